import { EXTRA_CODES, RULES, type CodeMeta, type PlanDiagnostic, type Range } from '../../core/index';
import { pathToFileURL } from 'node:url';
import { fingerprints } from './fingerprint';
import { wellFormed } from './text';
import type { Reporter } from './types';

const LEVEL = { error: 'error', warning: 'warning', info: 'note', hint: 'note' } as const;
/**
 * SARIF §3.11.6: brackets in a plain-text message start embedded links (`[x](command:y)` in a
 * viewer), so literal ones, and the backslash that escapes them, are escaped.
 */
const sarifText = (s: string) => wellFormed(s).replace(/[\\[\]]/g, c => `\\${c}`);
/** A relative artifact URI with every path segment percent-encoded (`#`, `?`, `%`, spaces, non-ASCII). */
const artifactUri = (file: string) =>
  file
    .split('/')
    .map(seg =>
      encodeURIComponent(wellFormed(seg)).replace(/[!'()*]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`),
    )
    .join('/');
const pascal = (code: string) =>
  code
    .split('-')
    .map(w => w[0].toUpperCase() + w.slice(1))
    .join('');

/**
 * SARIF 2.1.0 for code scanning: one rule per code, regions in UTF-16 columns, suppressed results marked.
 * The rules are the rule table, then the codes beyond it that the run reports (`limit-exceeded`,
 * `unused-disable`), so every result has its rule and its docs link.
 */
/** A span of a file as SARIF places it: lines and columns from 1, UTF-16 columns, end exclusive. */
function placeIn(file: string, range: Range) {
  return {
    artifactLocation: { uri: artifactUri(file), uriBaseId: '%SRCROOT%' },
    region: {
      startLine: range.start.line + 1,
      startColumn: range.start.character + 1,
      endLine: range.end.line + 1,
      endColumn: range.end.character + 1,
    },
  };
}

export const sarif: Reporter = (reports, { toolVersion, cwd }) => {
  const reported = new Set(reports.flatMap(r => [...r.diagnostics, ...r.suppressed].map(d => d.code)));
  const table: readonly CodeMeta[] = [...RULES, ...EXTRA_CODES.filter(c => reported.has(c.code))];
  const ruleIndex = new Map(table.map((r, i) => [r.code, i]));
  const rules = table.map(r => ({
    id: r.code,
    name: pascal(r.code),
    shortDescription: { text: r.summary.en },
    fullDescription: { text: `${r.summary.en}. ${r.summary.zh}。` },
    helpUri: r.docs,
    help: { text: `See ${r.docs}` },
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: { tags: ['plan'] },
  }));
  const results: Record<string, unknown>[] = [];
  for (const r of reports) {
    const all: [PlanDiagnostic, boolean][] = [
      ...r.diagnostics.map(d => [d, false] as [PlanDiagnostic, boolean]),
      ...r.suppressed.map(d => [d, true] as [PlanDiagnostic, boolean]),
    ];
    const prints = fingerprints(
      r,
      all.map(([d]) => d),
    );
    all.forEach(([d, suppressed], i) => {
      const index = ruleIndex.get(d.code);
      results.push({
        ruleId: d.code,
        ...(index !== undefined ? { ruleIndex: index } : {}),
        level: LEVEL[d.severity],
        message: { text: sarifText(d.message) },
        locations: [{ physicalLocation: placeIn(r.file, d.range) }],
        ...(d.related?.length
          ? {
              relatedLocations: d.related.map((other, k) => ({
                id: k + 1,
                physicalLocation: placeIn(r.file, other.range),
                message: { text: `¶${other.paragraph}` },
              })),
            }
          : {}),
        partialFingerprints: { 'planlintFinding/v1': prints[i] },
        ...(suppressed
          ? {
              suppressions: [
                {
                  kind: 'inSource',
                  status: 'accepted',
                  justification: d.acknowledged?.reason ?? 'planlint-disable comment (no reason given)',
                },
              ],
            }
          : {}),
      });
    });
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'PlanLint',
            version: toolVersion,
            semanticVersion: toolVersion,
            informationUri: 'https://github.com/planlint/planlint',
            rules,
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd.endsWith('/') ? cwd : `${cwd}/`).href } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
