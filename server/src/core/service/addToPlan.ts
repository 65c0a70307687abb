/**
 * "Add to plan…": the edits that put what the draft extractor reads at an uncited number or clause of a
 * source document into a plan that cites it, under `indicators:`, `tasks:` or `funding:`, indented as
 * the plan indents. Organizations join the plan's own (and its registries') where a name or alias
 * matches; others are added to its `organizations:`. Pure: the editor applies the edits (and can undo them).
 */
import type { Resolution } from '../resolve/scope';
import type { Locale } from '../diagnostics';
import { str } from '../draft/emit';
import type { PlanFile } from '../model/types';
import type { TextEdit } from './codeActions';
import { entryYaml, SECTION, type Reading } from './drafting';
import { indentUnit, reindent } from './indentUnit';

/** The id, name and edits of a reading added to a plan; undefined where the plan's layout is not one we edit. */
export interface PlanAddition {
  id: string;
  name: string;
  edits: TextEdit[];
}

function readingName(r: Reading): string {
  return r.kind === 'indicator' ? r.item.name : r.item.title;
}

export function addToPlan(
  file: PlanFile,
  res: Resolution,
  docId: string,
  r: Reading,
  locale: Locale,
): PlanAddition | undefined {
  const eol = file.text.includes('\r\n') ? '\r\n' : '\n';
  const lines = file.text.split(/\r?\n/);
  const unit = indentUnit(lines);
  const indent = (l: string) => reindent(l, unit);
  const [section, prefix] = SECTION[r.kind];
  let n = 1;
  while (res.scope.items.has(`${prefix}${n}`) || res.scope.organizations.has(`${prefix}${n}`)) n++;
  const id = `${prefix}${n}`;

  const byName = new Map<string, string>();
  for (const o of res.scope.organizations.values()) if (o.name) byName.set(o.name.value, o.id);
  for (const [name, o] of res.scope.orgNames) byName.set(name, o.id);
  const newOrgs: string[] = [];
  const orgId = (name: string) => {
    const known = byName.get(name);
    if (known) return known;
    if (!newOrgs.includes(name)) newOrgs.push(name);
    return name;
  };
  const entry = entryYaml(r, id, docId, orgId, locale).map(indent);
  const orgLines = newOrgs.map(o => indent(`  ${str(o)}: { name: ${str(o)} }`));

  const edits: TextEdit[] = [];
  const add = (key: string, body: string[]): boolean => {
    const at = insertion(lines, key, eol);
    if (!at) return false;
    const lead = at.before ?? '';
    const text = (at.header ? [...at.header, ...body] : body).join(eol) + eol;
    const start = { line: at.line, character: at.character };
    const end = { line: at.endLine ?? at.line, character: at.endCharacter ?? at.character };
    // Two additions at one place (both sections new, or one replacing `tasks: {}` where the other goes): one edit.
    const same = edits.find(e => e.range.start.line === start.line && e.range.start.character === start.character);
    if (!same) edits.push({ range: { start, end }, newText: lead + text });
    else {
      same.newText += text;
      if (end.line > same.range.end.line) same.range.end = end;
    }
    return true;
  };
  if (orgLines.length && !add('organizations', orgLines)) return undefined;
  if (!add(section, entry)) return undefined;
  return { id, name: readingName(r), edits };
}

interface Insertion {
  line: number;
  character: number;
  endLine?: number;
  endCharacter?: number;
  /** Text before the new lines (a line break where the file does not end with one). */
  before?: string;
  /** The section's key line, where the section is new or was `{}`. */
  header?: string[];
}

/** Where the new lines of a top-level block mapping go: after its last line; a new section at the end. */
function insertion(lines: string[], key: string, eol: string): Insertion | undefined {
  const keyRe = new RegExp(`^${key}\\s*:`);
  const head = lines.findIndex(l => keyRe.test(l));
  const last = lines.length - 1;
  const atEnd = (header: string[]): Insertion =>
    lines[last] === ''
      ? { line: last, character: 0, header }
      : { line: last, character: lines[last].length, before: eol, header };
  if (head < 0) return atEnd([`${key}:`]);
  const rest = lines[head].replace(keyRe, '');
  if (/^\s*\{\s*\}\s*(#.*)?$/.test(rest)) {
    // `indicators: {}`: the key line becomes a block mapping's.
    return { line: head, character: 0, endLine: head + 1, endCharacter: 0, header: [`${key}:`] };
  }
  if (!/^\s*(#.*)?$/.test(rest)) return undefined; // a flow mapping or another value: not edited
  let end = head;
  for (let i = head + 1; i < lines.length; i++) {
    if (/^\s*$/.test(lines[i]) || /^#/.test(lines[i])) continue;
    if (/^\s/.test(lines[i])) {
      end = i;
      continue;
    }
    break;
  }
  if (end + 1 < lines.length) return { line: end + 1, character: 0 };
  return { line: end, character: lines[end].length, before: eol };
}
