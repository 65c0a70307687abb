// The language server stays in small parts (issue 30): no function in `server/src/lsp/` is over 60 lines
// (an arrow function handed to `connection.on…` counts as one), and every request handler goes through
// the one request-routing helper (lsp/requests.ts), which answers cancellations and errors. Function
// bodies are found with the TypeScript compiler's own parser (TypeScript 7's API, over tsconfig.json).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { API } from 'typescript/unstable/sync';
import { SyntaxKind } from 'typescript/unstable/ast';
import { repoRoot } from '../helpers.mjs';

const MAX_LINES = 60;
const LSP = join(repoRoot, 'server/src/lsp');
const FUNCTIONS = new Set([
  SyntaxKind.FunctionDeclaration,
  SyntaxKind.FunctionExpression,
  SyntaxKind.ArrowFunction,
  SyntaxKind.MethodDeclaration,
  SyntaxKind.Constructor,
  SyntaxKind.GetAccessor,
  SyntaxKind.SetAccessor,
]);
/** `connection.on…` registrations that are notifications: nothing to answer, so no route. */
const NOTIFICATIONS = /^on(Initialized|Did\w+|Notification|Exit|Progress)$/;

const api = new API({ cwd: repoRoot });
after(() => api.close());
const program = api.updateSnapshot({ openProjects: [join(repoRoot, 'tsconfig.json')] }).getProjects()[0].program;
const files = readdirSync(LSP)
  .filter(f => f.endsWith('.ts'))
  .map(f => ({ name: `lsp/${f}`, sf: program.getSourceFile(join(LSP, f)) }));

function walk(node, visit) {
  visit(node);
  node.forEachChild(child => {
    walk(child, visit);
  });
}
const lineOf = (sf, pos) => sf.getLineAndCharacterOfPosition(pos).line + 1;

test(`no function in server/src/lsp/ is over ${MAX_LINES} lines`, () => {
  assert.ok(files.length > 10 && files.every(f => f.sf), 'the parser found every file of lsp/');
  const long = [];
  let functions = 0;
  for (const { name, sf } of files)
    walk(sf, n => {
      if (!FUNCTIONS.has(n.kind)) return;
      functions++;
      const start = lineOf(sf, n.getStart(sf));
      const lines = lineOf(sf, n.end) - start + 1;
      if (lines > MAX_LINES) long.push(`${name}:${start} (${n.name?.text ?? 'a handler'}, ${lines} lines)`);
    });
  assert.ok(functions > 100, `the scan found the functions (${functions})`);
  assert.deepEqual(long, []);
});

test('every request handler goes through the request-routing helper', () => {
  const bare = [];
  let requests = 0;
  for (const { name, sf } of files)
    walk(sf, n => {
      if (n.kind !== SyntaxKind.CallExpression || n.expression.kind !== SyntaxKind.PropertyAccessExpression) return;
      const callee = n.expression.getText(sf);
      const method = n.expression.name.text;
      // `connection.onHover(…)`, `connection.onRequest(…)`, `connection.languages.inlayHint.on(…)`.
      const onConnection = /^connection\.(on\w+|languages\.\w+\.on)$/.test(callee);
      if (!onConnection || NOTIFICATIONS.test(method)) return;
      requests++;
      const handler = n.arguments[n.arguments.length - 1];
      const routed =
        handler?.kind === SyntaxKind.CallExpression && /(^|\.)request$/.test(handler.expression.getText(sf));
      if (!routed) bare.push(`${name}:${lineOf(sf, n.getStart(sf))} ${callee}`);
    });
  assert.ok(requests > 15, `the scan found the request handlers (${requests})`);
  assert.deepEqual(bare, []);
});
