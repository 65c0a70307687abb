/**
 * The plan schema (schemas/plan.schema.json) as the editor reads it: which fields a mapping at a
 * key path has, which of them are required, and whether a field holds a list.
 * Paths are the keys from the root down; ids (`indicators.<id>`) and list items add no key of their own
 * beyond the id, as in the cursor context.
 */
import schema from '../../../../schemas/plan.schema.json';

export interface SchemaDef {
  properties?: Record<string, SchemaDef>;
  required?: string[];
  enum?: string[];
  title?: string;
  description?: string;
  $ref?: string;
  anyOf?: SchemaDef[];
  items?: SchemaDef;
  additionalProperties?: SchemaDef | boolean;
  examples?: unknown[];
  type?: string | string[];
}
const root = schema as unknown as SchemaDef & { definitions: Record<string, SchemaDef> };

/** A `$ref` resolved; the definition's own title and description win over the target's (none do today). */
function deref(d: SchemaDef | undefined): SchemaDef | undefined {
  return d?.$ref ? root.definitions[d.$ref.split('/').pop()!] : d;
}

/** The object branch of a definition (growth and amount are "a quantity, or { value, … }"). */
function objectBranch(d: SchemaDef | undefined): SchemaDef | undefined {
  d = deref(d);
  if (!d || d.properties) return d;
  return d.anyOf?.map(deref).find(b => b?.properties) ?? d;
}
/** The list branch's item definition, if the field may be a list (targets, tiers, cap as a list). */
function itemBranch(d: SchemaDef | undefined): SchemaDef | undefined {
  d = deref(d);
  if (d?.items) return deref(d.items);
  const list = d?.anyOf?.map(deref).find(b => b?.items);
  return list ? deref(list.items) : undefined;
}

/** A field of the mapping at `path` named `key`: its definition and whether it is a declared property (not an id). */
export function fieldOf(path: string[], key: string): { def: SchemaDef; declared: boolean } | undefined {
  const parent = objectBranch(mappingAt(path));
  if (!parent) return undefined;
  const declared = parent.properties?.[key];
  if (declared) return { def: deref(declared)!, declared: true };
  const extra = parent.additionalProperties;
  return typeof extra === 'object' ? { def: deref(extra)!, declared: false } : undefined;
}

/** The definition of the mapping (or list) at a key path; a list field yields its item definition. */
function mappingAt(path: string[]): SchemaDef | undefined {
  let d: SchemaDef | undefined = root;
  for (const k of path) {
    const f = fieldOf0(d, k);
    if (!f) return undefined;
    d = itemBranch(f) ?? objectBranch(f);
  }
  return d;
}
function fieldOf0(d: SchemaDef | undefined, key: string): SchemaDef | undefined {
  const parent = objectBranch(d);
  const extra = typeof parent?.additionalProperties === 'object' ? parent.additionalProperties : undefined;
  const next = parent?.properties?.[key] ?? extra;
  return deref(next);
}

/** Whether the field at the end of `path` holds a list of mappings (targets, tiers). */
export function isListOfMappings(path: string[]): boolean {
  if (!path.length) return false;
  const f = fieldOf0(mappingAt(path.slice(0, -1)), path[path.length - 1]);
  return !!objectBranch(itemBranch(f))?.properties;
}

/** The declared fields of the mapping at `path`, with its required ones. */
export function fieldsAt(path: string[]): { fields: [string, SchemaDef][]; required: Set<string> } | undefined {
  const d = objectBranch(mappingAt(path));
  if (!d?.properties) return undefined;
  return { fields: Object.entries(d.properties).map(([k, v]) => [k, deref(v)!]), required: new Set(d.required ?? []) };
}
