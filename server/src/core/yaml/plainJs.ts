/**
 * A parsed document as plain JavaScript, the same value `doc.toJS()` gives, built by one walk over the
 * nodes. The library's `toJS` keeps a context per call (anchors, the warning for collection keys) and
 * goes through each node's `toJSON`; on 1,000 plans it was ~3 % of a CLI run, for schema validation.
 * Only the plain shapes are walked here: a document with an alias, a merge key, a collection or
 * object as a key, or a node of another class (a custom tag's) is left to the library, whose result
 * this one equals (test/unit/plain-js.test.mjs).
 */
import { Scalar, YAMLMap, YAMLSeq, type Document } from 'yaml';

/** Thrown inside the walk on a shape it leaves to the library. */
const NOT_PLAIN = Symbol('not plain');

/** `doc.toJS({ maxAliasCount })`, walked directly where the document has only plain shapes. */
export function plainJs(doc: Document.Parsed, maxAliasCount: number): unknown {
  try {
    return toPlain(doc.contents);
  } catch (e) {
    if (e !== NOT_PLAIN) throw e;
    return doc.toJS({ maxAliasCount });
  }
}

function toPlain(node: unknown): unknown {
  if (node === null || node === undefined) return node;
  const kind = (node as object).constructor;
  if (kind === Scalar) {
    const v = (node as Scalar).value;
    if (typeof v === 'object' && v !== null) throw NOT_PLAIN; // a tag's value (binary, a date…)
    return v;
  }
  if (kind === YAMLSeq) return (node as YAMLSeq).items.map(toPlain);
  if (kind !== YAMLMap) throw NOT_PLAIN; // an alias, a pair in a sequence, a custom collection
  const out: Record<string, unknown> = {};
  for (const { key, value } of (node as YAMLMap).items) {
    const k = toPlain(key);
    // A collection as a key is stringified (with a warning) by the library; `<<` may be a merge.
    if ((typeof k === 'object' && k !== null) || k === '<<') throw NOT_PLAIN;
    const name = k === null ? '' : String(k);
    const v = toPlain(value);
    // As the library does: a key the object already has (a duplicate, or one of Object's own such as
    // `constructor` or `__proto__`) is defined on it, not assigned.
    if (name in out)
      Object.defineProperty(out, name, { value: v, writable: true, enumerable: true, configurable: true });
    else out[name] = v;
  }
  return out;
}
