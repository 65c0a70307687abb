import type { Msg } from '../diagnostics';
import { defineRule } from './define';
import { byId } from '../model/groups';
import { repeatedParts } from '../model/allocation';

/** What an id already names, in each language. */
const KIND: Record<'indicator' | 'goal' | 'task' | 'funding', Msg> = {
  indicator: { en: 'an indicator', zh: '指标' },
  goal: { en: 'a goal', zh: '目标' },
  task: { en: 'a task', zh: '任务' },
  funding: { en: 'a funding clause', zh: '资金条款' },
};

const fileName = (uri: string) => uri.split('/').pop()!;

/** duplicate-id: a key defined twice in a mapping, an id used twice in one namespace, or again in an included file. */
export const duplicateId = defineRule({
  meta: {
    code: 'duplicate-id',
    severity: 'error',
    summary: { en: 'An id or key is defined twice', zh: '标识或键重复定义' },
    messages: {
      key: { en: "'{key}' is defined twice (first on line {line})", zh: '“{key}”重复定义（首次定义在第{line}行）' },
      id: {
        en: "'{id}' is already {kind} (line {line}): indicators, goals, tasks and funding clauses share one namespace",
        zh: '“{id}”已被定义为{kind}（第{line}行）：指标、目标、任务和资金条款共用一套标识',
      },
      included: {
        en: "'{id}' is also defined in included file {file}",
        zh: '“{id}”在引入的文件“{file}”中也有定义',
      },
      partTwice: {
        en: "'{id}' is already listed in allocated_to (line {line}): a part counts once",
        zh: '“{id}”已在 allocated_to 中列出（第{line}行）：每个分解项只计一次',
      },
      twoIncludes: {
        en: "'{id}' is defined both in {first} and in {second}, which this include brings in",
        zh: '“{id}”同时定义于“{first}”和本条引入的“{second}”',
      },
    },
  },
  across: {
    // Indicators, goals, tasks and funding clauses share one namespace, across the files in scope.
    groups: byId,
    minMembers: 2,
    lines: true,
    check(ctx, group) {
      const own = group.joined.filter(it => it.uri === ctx.file.uri);
      const other = group.joined.find(it => it.uri !== ctx.file.uri);
      const line = (s: { start: number }) => ctx.file.lines.positionAt(s.start).line + 1;
      for (const it of own.slice(1))
        ctx.report(it.keySpan, 'id', { id: it.id, kind: KIND[own[0].kind], line: line(own[0].keySpan) });
      if (other) for (const it of own) ctx.report(it.keySpan, 'included', { id: it.id, file: fileName(other.uri) });
    },
  },
  check(ctx) {
    const { file, scope } = ctx;
    const line = (s: { start: number }) => file.lines.positionAt(s.start).line + 1;
    for (const d of file.yaml.duplicateKeys) ctx.report(d.span, 'key', { key: d.key, line: line(d.firstSpan) });
    const others = scope.files.slice(1);
    const definedElsewhere = (id: string, pick: (f: typeof file) => Map<string, unknown> | undefined) =>
      others.find(f => pick(f)?.has(id));
    const report = (id: string, keySpan: { start: number; end: number }, other: typeof file) =>
      ctx.report(keySpan, 'included', { id, file: fileName(other.uri) });
    for (const o of file.organizations.values()) {
      const f = definedElsewhere(o.id, x => x.organizations);
      if (f) report(o.id, o.keySpan, f);
    }
    for (const s of file.sources.values()) {
      const f = definedElsewhere(s.id, x => x.sources);
      if (f) report(s.id, s.keySpan, f);
    }
    for (const def of file.indicators.values()) {
      for (const { again, first } of repeatedParts(ctx.links.links, def, file)) {
        ctx.report(again.link.span, 'partTwice', { id: again.link.indicator!.value, line: line(first.link.span) });
      }
    }
    for (const d of ctx.includeDuplicates) {
      const values = { id: d.id, first: fileName(d.first.uri), second: fileName(d.second.uri) };
      ctx.report(d.entry.span, 'twoIncludes', values);
    }
  },
});
