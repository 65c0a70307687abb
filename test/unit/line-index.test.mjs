// text/lineIndex.ts finds line breaks by indexOf when a text has no CR, by character otherwise: both
// must give the lines and positions a plain reading gives (LF, CRLF and a lone CR each end a line).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core } from '../helpers.mjs';

/** The line starts as a plain reading gives them. */
function starts(text) {
  const out = [0];
  for (let i = 0; i < text.length; i++)
    if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) out.push(i + 1);
  return out;
}

function texts() {
  const parts = ['a', '指标', '\n', '\r\n', '\r', '', ' ', '\n\n', '\r\r\n'];
  const out = ['', '\n', '\r', '\r\n', 'x', 'plan:\n  id: a\n', 'a\r\nb\rc\nd'];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
  for (let k = 0; k < 300; k++) {
    let t = '';
    for (let j = next() % 12; j > 0; j--) t += parts[next() % parts.length];
    out.push(t);
  }
  return out;
}

test('line starts, line texts and positions match a plain reading, with and without CR', () => {
  let withCr = 0;
  for (const text of texts()) {
    if (text.includes('\r')) withCr++;
    const lines = new core.LineIndex(text);
    const want = starts(text);
    assert.equal(lines.lineCount, want.length, JSON.stringify(text));
    want.forEach((s, line) => {
      assert.equal(lines.lineStart(line), s, JSON.stringify(text));
      assert.deepEqual(lines.positionAt(s), { line, character: 0 });
      const next = want[line + 1] ?? text.length;
      assert.equal(lines.lineText(line), text.slice(s, next).replace(/\r?\n$|\r$/, ''));
    });
  }
  assert.ok(withCr > 50, 'texts with a CR were read too');
});
