/** Text that every consumer of a report can take: well-formed Unicode, nothing a parser rejects. */

/**
 * Lone surrogates and the noncharacters U+FFFE and U+FFFF shown as `\uXXXX`: XML forbids them,
 * and strict JSON readers reject an escaped lone surrogate.
 */
export const wellFormed = (s: string) =>
  s.replace(
    /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\ufffe\uffff]/g,
    c => `\\u${c.charCodeAt(0).toString(16)}`,
  );
