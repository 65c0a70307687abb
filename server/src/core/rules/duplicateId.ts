import type { Rule } from './context';

const KIND_WORD = {
  indicator: ['an indicator', '指标'],
  goal: ['a goal', '目标'],
  task: ['a task', '任务'],
  funding: ['a funding clause', '资金条款'],
} as const;

/** duplicate-id: a key defined twice in a mapping, an id used twice in one namespace, or again in an included file. */
export const duplicateId: Rule = {
  code: 'duplicate-id',
  check(ctx) {
    const { file, scope } = ctx;
    const line = (s: { start: number }) => file.lines.positionAt(s.start).line + 1;
    for (const d of file.yaml.duplicateKeys) {
      ctx.report(d.span, {
        en: `'${d.key}' is defined twice (first on line ${line(d.firstSpan)})`,
        zh: `“${d.key}”重复定义（首次定义在第${line(d.firstSpan)}行）`,
      });
    }
    // Indicators, goals, tasks and funding clauses share one namespace.
    const seen = new Map<string, (typeof file.items)[number]>();
    for (const it of file.items) {
      const first = seen.get(it.id);
      if (!first) {
        seen.set(it.id, it);
        continue;
      }
      const [en, zh] = KIND_WORD[first.kind];
      ctx.report(it.keySpan, {
        en: `'${it.id}' is already ${en} (line ${line(first.keySpan)}): indicators, goals, tasks and funding clauses share one namespace`,
        zh: `“${it.id}”已被定义为${zh}（第${line(first.keySpan)}行）：指标、目标、任务和资金条款共用一套标识`,
      });
    }
    const others = scope.files.slice(1);
    const definedElsewhere = (id: string, pick: (f: typeof file) => Map<string, unknown> | undefined) =>
      others.find(f => pick(f)?.has(id));
    const report = (id: string, keySpan: { start: number; end: number }, other: typeof file) =>
      ctx.report(keySpan, {
        en: `'${id}' is also defined in included file ${other.uri.split('/').pop()}`,
        zh: `“${id}”在引入的文件“${other.uri.split('/').pop()}”中也有定义`,
      });
    for (const it of file.items) {
      const other = others.find(f => f.items.some(o => o.id === it.id));
      if (other) report(it.id, it.keySpan, other);
    }
    for (const o of file.organizations.values()) {
      const f = definedElsewhere(o.id, x => x.organizations);
      if (f) report(o.id, o.keySpan, f);
    }
    for (const s of file.sources.values()) {
      const f = definedElsewhere(s.id, x => x.sources);
      if (f) report(s.id, s.keySpan, f);
    }
    for (const d of ctx.includeDuplicates) {
      const a = d.first.uri.split('/').pop(),
        b = d.second.uri.split('/').pop();
      ctx.report(d.entry.span, {
        en: `'${d.id}' is defined both in ${a} and in ${b}, which this include brings in`,
        zh: `“${d.id}”同时定义于“${a}”和本条引入的“${b}”`,
      });
    }
  },
};
