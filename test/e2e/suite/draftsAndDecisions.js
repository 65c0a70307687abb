// Extension-host tests that run in every display language (the zh-cn workbench runs only these):
// PlanLint speaks VS Code's language; a saved draft keeps its document's lenses; "Record as an
// inconsistency of the document" turns a finding into an acknowledged one.
const vscode = require('vscode');

const zh = () => vscode.env.language === 'zh-cn';
const PLAN = 'plans/sx-industry-13th.plan.yaml';
const DOC = 'sources/001_9b1133b78090ed6f.txt';
const codeOf = d => (typeof d.code === 'object' ? d.code.value : d.code);

/** How many plan items cite the document's paragraphs, summed: the number each paragraph's first lens counts. */
async function citing(uri) {
  const lenses = await vscode.commands.executeCommand('vscode.executeCodeLensProvider', uri);
  const first = new Map();
  for (const l of lenses) if (!first.has(l.range.start.line)) first.set(l.range.start.line, l.command?.title ?? '');
  return [...first.values()].reduce((n, t) => n + Number(/\d+/.exec(t)?.[0] ?? 0), 0);
}

// `poll(what, fn)`: the suite's deadline's (lens providers fire no event).
module.exports = ({ test, assert, until, open, poll }) => {
  test(
    "VS Code's display language is PlanLint's, with no setting",
    async () => {
      console.log(`PLANLINT_E2E_LANGUAGE=${vscode.env.language}`);
      const doc = await open(PLAN);
      const words = zh() ? /所述年均增长11%/ : /stated growth 11%/;
      await until(`the growth finding in ${vscode.env.language}`, doc.uri, diags =>
        diags.some(d => codeOf(d) === 'growth-mismatch' && words.test(d.message)),
      );
    },
    { anyLocale: true },
  );

  test(
    "a draft saved with Ctrl+S keeps its document's lenses: no moment without them",
    async () => {
      const doc = await open(DOC);
      const before = await citing(doc.uri);
      await vscode.commands.executeCommand('planlint.draftPlan', doc.uri.toString());
      const name = DOC.replace(/^.*\//, '').replace(/\.txt$/, '.plan.yaml');
      const draft = await poll('the draft', () =>
        vscode.workspace.textDocuments.find(
          d => d.uri.scheme === 'untitled' && d.uri.path.endsWith(name) && d.getText(),
        ),
      );
      const drafted = await poll('lenses naming the draft', async () => {
        const n = await citing(doc.uri);
        return n > before && n;
      });
      await vscode.window.showTextDocument(draft);
      const samples = [];
      let saving = true;
      const sampler = (async () => {
        while (saving) samples.push(await citing(doc.uri));
      })();
      try {
        assert(await draft.save(), 'the draft is saved');
        // Saved: the file is open in the draft's place, and the draft is closed (its plan, the server's to keep).
        await poll(
          'the saved plan open, the draft closed',
          () =>
            draft.isClosed &&
            vscode.workspace.textDocuments.some(d => d.uri.scheme !== 'untitled' && d.uri.path === draft.uri.path),
        );
      } finally {
        saving = false;
        await sampler;
      }
      assert(
        samples.every(n => n >= drafted),
        `items citing the document while saving: ${samples.join(', ')} (${drafted} with the draft)`,
      );
      // Asked after the draft's close reached the server: what the saved plan alone makes of the document.
      assert((await citing(doc.uri)) === drafted, 'the saved plan cites the document as the draft did');
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(draft.uri.with({ scheme: doc.uri.scheme, authority: doc.uri.authority }));
    },
    { anyLocale: true },
  );

  test(
    'record as an inconsistency of the document: the finding becomes acknowledged, with its reason',
    async () => {
      const doc = await open(PLAN);
      const onGrowth = d => codeOf(d) === 'growth-mismatch' && doc.lineAt(d.range.start.line).text.includes('"11%"');
      const d = await until('the 11% growth finding', doc.uri, diags =>
        diags.find(x => onGrowth(x) && x.severity === vscode.DiagnosticSeverity.Warning),
      );
      const actions = await vscode.commands.executeCommand(
        'vscode.executeCodeActionProvider',
        doc.uri,
        d.range,
        vscode.CodeActionKind.QuickFix.value,
      );
      const title = zh() ? /^记为原文自身的不一致/ : /^Record as an inconsistency of the document/;
      const fix = actions.find(a => title.test(a.title));
      assert(fix, `actions: ${actions.map(a => a.title).join(' | ')}`);
      assert(await vscode.workspace.applyEdit(fix.edit), 'the edit applies');
      const words = zh() ? /^已确认：.*原文自身不一致/ : /^acknowledged: .*inconsistency of the document/;
      const ack = await until('the finding acknowledged', doc.uri, diags => {
        const mine = diags.filter(onGrowth);
        return mine.length === 1 && mine[0].severity === vscode.DiagnosticSeverity.Hint && mine[0];
      });
      assert(words.test(ack.message), `acknowledged: ${ack.message}`);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    },
    { anyLocale: true },
  );
};
