import type { Rule } from './context';

/** yaml-syntax: the YAML does not parse. Once a file has one, nothing else is reported (no cascade). */
export const yamlSyntax: Rule = {
  code: 'yaml-syntax',
  check(ctx) {
    for (const p of ctx.file.yaml.syntax) ctx.report(p.span, p.message);
  },
};
