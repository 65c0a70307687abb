// Rule help in the real workbench: following a diagnostic's link (the command its code targets) opens the
// rule's section in a webview titled by the rule, in English and, with planlint.locale zh-cn, in Chinese.
const vscode = require('vscode');

/** The webview tab whose label matches, once the workbench shows it (no polling), within the suite's time. */
function webviewTab(label, within) {
  const find = () =>
    vscode.window.tabGroups.all
      .flatMap(g => g.tabs)
      .find(t => t.input instanceof vscode.TabInputWebview && t.label === label);
  let sub;
  const shown = new Promise(resolve => {
    sub = vscode.window.tabGroups.onDidChangeTabs(() => {
      const t = find();
      if (t) resolve(t);
    });
    const now = find();
    if (now) resolve(now);
  });
  return within(`the webview tab '${label}'`, shown).finally(() => sub.dispose());
}

module.exports = (test, { assert, open, until, PLAN, within }) => {
  test("a diagnostic's link opens its rule's section, rendered, in the locale", async () => {
    const doc = await open(PLAN);
    const d = await until('growth-mismatch', doc.uri, diags => diags.find(x => typeof x.code === 'object'));
    const target = d.code.target;
    assert(target.scheme === 'command' && target.path === 'planlint.showRule', `link: ${String(target)}`);
    const args = JSON.parse(target.query);
    assert(args[0] === 'growth-mismatch', `arguments: ${target.query}`);
    // What VS Code does when the link is clicked in the hover or the Problems panel.
    await vscode.commands.executeCommand(target.path, ...args);
    const tab = await webviewTab('PlanLint rule: growth-mismatch', within);
    assert(tab.input.viewType.endsWith('planlint.rule'), `view type: ${tab.input.viewType}`);
    await vscode.window.tabGroups.close(tab);
    await vscode.workspace.getConfiguration('planlint').update('locale', 'zh-cn', vscode.ConfigurationTarget.Global);
    try {
      await vscode.commands.executeCommand(target.path, ...args);
      // The title comes from the display language's bundle; the section from docs/rules.zh-cn.md.
      const zh = await Promise.race([
        webviewTab('PlanLint rule: growth-mismatch', within),
        webviewTab('PlanLint 规则：growth-mismatch', within),
      ]);
      await vscode.window.tabGroups.close(zh);
    } finally {
      await vscode.workspace
        .getConfiguration('planlint')
        .update('locale', undefined, vscode.ConfigurationTarget.Global);
    }
  });
};
