import { RULES } from '../../core/index';
import { wellFormed } from './text';
import type { Reporter } from './types';

/**
 * Text as XML 1.0 character data or an attribute value: the characters XML forbids (most C0
 * controls, lone surrogates, U+FFFE, U+FFFF), and DEL and C1 controls a terminal showing the
 * report might act on, show as `\uXXXX`; tab and line breaks become character references, so
 * attribute normalisation keeps them.
 */
export const xml = (s: string) =>
  wellFormed(s)
    .replace(
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g,
      c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    )
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/[\t\n\r]/g, c => `&#${c.charCodeAt(0)};`);

/** JUnit XML: a test suite per file, a test case per rule, a failure per diagnostic. */
export const junit: Reporter = reports => {
  let tests = 0,
    failures = 0;
  const suites = reports.map(r => {
    const codes = [...new Set([...RULES.map(x => x.code), ...r.diagnostics.map(d => d.code)])];
    let suiteFailures = 0;
    const cases = codes.map(code => {
      const ds = r.diagnostics.filter(d => d.code === code);
      tests++;
      if (ds.length) {
        failures++;
        suiteFailures++;
      }
      const body = ds
        .map(
          d =>
            `      <failure type="${d.severity}" message="${xml(d.message)}">` +
            `${xml(`${r.file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.message}`)}` +
            '</failure>',
        )
        .join('\n');
      return ds.length
        ? `    <testcase classname="${xml(r.file)}" name="${xml(code)}">\n${body}\n    </testcase>`
        : `    <testcase classname="${xml(r.file)}" name="${xml(code)}"/>`;
    });
    const head = `  <testsuite name="${xml(r.file)}" tests="${codes.length}" failures="${suiteFailures}" errors="0">`;
    return `${head}\n${cases.join('\n')}\n  </testsuite>`;
  });
  const head = `<testsuites name="planlint" tests="${tests}" failures="${failures}" errors="0">`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${head}\n${suites.join('\n')}\n</testsuites>\n`;
};
