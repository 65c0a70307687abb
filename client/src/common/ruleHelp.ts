/**
 * Rule help: the link of a PlanLint diagnostic's code runs `planlint.showRule`, which shows the rule's own
 * section of the rules page shipped with the extension, rendered by VS Code's Markdown renderer in a
 * webview, in the locale (docs/rules.zh-cn.md for Chinese). The page ships with the extension, so help
 * opens on a network that cannot reach a website; a webview and the renderer work in the browser host too.
 */
import * as vscode from 'vscode';
import { ruleHelpLink, ruleSection, SHOW_RULE_COMMAND } from '../../../server/src/core/text/ruleHelp';

const DOCS_SITE = 'https://github.com/planlint/planlint/blob/main/docs/';

/** Chinese by the `planlint.locale` setting, else by VS Code's display language. */
function chinese(): boolean {
  const set = vscode.workspace.getConfiguration('planlint').get<string>('locale', 'auto');
  return set === 'auto' ? vscode.env.language.toLowerCase().startsWith('zh') : set.startsWith('zh');
}

/** Each PlanLint diagnostic's code links to its rule's help instead of the website. */
export function withRuleHelp(diagnostics: vscode.Diagnostic[]): vscode.Diagnostic[] {
  for (const d of diagnostics) {
    if (d.source !== 'planlint' || typeof d.code !== 'object' || !d.code) continue;
    d.code = { value: d.code.value, target: vscode.Uri.parse(ruleHelpLink(String(d.code.value))) };
  }
  return diagnostics;
}

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, c => `&#${c.charCodeAt(0)};`);

async function rendered(markdown: string): Promise<string> {
  try {
    const html = await vscode.commands.executeCommand<string>('markdown.api.render', markdown);
    if (typeof html === 'string') return html;
  } catch {
    // the built-in Markdown extension is disabled: the section as text
  }
  return `<pre>${escapeHtml(markdown)}</pre>`;
}

function page(webview: vscode.Webview, body: string, nonce: string, lang: string): string {
  const csp = `default-src 'none'; style-src ${webview.cspSource} 'unsafe-inline'; script-src 'nonce-${nonce}';`;
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<style>
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); line-height: 1.6;
  color: var(--vscode-foreground); max-width: 52em; padding: 0 1.5em; }
code { font-family: var(--vscode-editor-font-family); background: var(--vscode-textCodeBlock-background); }
a { color: var(--vscode-textLink-foreground); }
</style></head><body>${body}
<script nonce="${nonce}">
const vscode = acquireVsCodeApi();
document.addEventListener('click', e => {
  const a = e.target.closest('a');
  if (!a) return;
  e.preventDefault();
  vscode.postMessage({ href: a.getAttribute('href') || '' });
});
</script></body></html>`;
}

/**
 * The rules page shipped with the extension: through the workbench's file systems (the desktop, a remote
 * such as code-server); a browser-only workbench serves extension files over https, which `fetch` reads.
 */
async function readPage(uri: vscode.Uri): Promise<string> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch (e) {
    if (!/^https?$/.test(uri.scheme)) throw e;
    return (await fetch(uri.toString(true))).text();
  }
}

export function registerRuleHelp(context: vscode.ExtensionContext): void {
  let panel: vscode.WebviewPanel | undefined;
  const show = async (code: string) => {
    const zh = chinese();
    const file = zh ? 'rules.zh-cn.md' : 'rules.md';
    const markdown = await readPage(vscode.Uri.joinPath(context.extensionUri, 'docs', file));
    const section = ruleSection(markdown, code) ?? markdown;
    if (!panel) {
      panel = vscode.window.createWebviewPanel('planlint.rule', code, vscode.ViewColumn.Beside, {
        enableScripts: true,
        localResourceRoots: [],
      });
      panel.onDidDispose(() => {
        panel = undefined;
      });
      // A link inside the section: another rule's or heading's section, else the page on the website.
      panel.webview.onDidReceiveMessage(async (m: { href?: string }) => {
        const href = m.href ?? '';
        if (href.startsWith('#')) await show(decodeURIComponent(href.slice(1)));
        else if (/^https?:/.test(href)) await vscode.env.openExternal(vscode.Uri.parse(href));
        else if (href) await vscode.env.openExternal(vscode.Uri.parse(DOCS_SITE + href));
      });
    }
    panel.title = vscode.l10n.t('PlanLint rule: {0}', code);
    const nonce = Array.from({ length: 16 }, () => Math.floor(Math.random() * 36).toString(36)).join('');
    panel.webview.html = page(panel.webview, await rendered(section), nonce, zh ? 'zh-CN' : 'en');
    panel.reveal(undefined, true);
  };
  context.subscriptions.push(vscode.commands.registerCommand(SHOW_RULE_COMMAND, show));
}
