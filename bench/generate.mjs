// A deterministic generator of realistic plans: indicators with baselines, milestones, growth,
// parts and sources; goals, tasks, funding clauses; a registry of organizations; a source document
// holding the anchored paragraphs. `node bench/generate.mjs --indicators N --out DIR [--files K]`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

/** A small seeded PRNG (mulberry32): the same N gives the same files. */
function rng(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const UNITS = ['亿元', '万元', '%', '万户', '家', '万吨标准煤', '亿千瓦时', '万人', '公里', '个'];
const NAMES = [
  '主营业务收入',
  '增加值',
  '普及率',
  '用户数',
  '企业数',
  '能耗',
  '发电量',
  '从业人数',
  '光缆长度',
  '示范项目',
];
const ORGS = ['省工信厅', '省发展改革委', '省科技厅', '省通信管理局', '省财政厅', '省商务厅', '省统计局', '省教育厅'];

export function generate(n, seed = 1) {
  const r = rng(seed + n);
  const pick = a => a[Math.floor(r() * a.length)];
  const paras = [];
  const ind = [],
    goals = [],
    tasks = [],
    funding = [];
  const goalCount = Math.max(1, Math.ceil(n / 10));
  for (let i = 0; i < n; i++) {
    const unit = UNITS[i % UNITS.length];
    const share = unit === '%';
    const base = share ? Math.round(r() * 5000) / 100 : Math.round(r() * 100000) / 10 + 1;
    const growth = Math.round(r() * 120) / 10 + 1; // % a year
    const t1 = share
      ? Math.min(99, Math.ceil((base + 0.1 + r() * 10) * 10) / 10)
      : Math.round(base * (1 + growth / 100) ** 3 * 10) / 10;
    const t2 = share
      ? Math.min(100, Math.round((t1 + r() * 5) * 10) / 10)
      : Math.round(base * (1 + growth / 100) ** 5 * 10) / 10;
    const name = `${pick(['全省', '规模以上', '重点行业'])}${NAMES[i % NAMES.length]}${i}`;
    const p = paras.length + 1;
    paras.push(
      `　　到2025年，${name}达到${t2}${unit}，2023年达到${t1}${unit}，2020年为${base}${unit}，年均增长${growth}%。`,
    );
    const lines = [
      `  ind${i}:`,
      `    name: ${name}`,
      `    unit: "${unit}"`,
      `    category: 类别${i % 7}`,
      `    direction: increase`,
      `    baseline: { year: 2020, value: ${base}, source: main#p${p} }`,
      `    targets:`,
      `      - { year: 2023, value: ${t1}, source: { doc: main, quote: "2023年达到${t1}${unit}", para: ${p} } }`,
      `      - { year: 2025, value: "${share ? '>= ' : ''}${t2}", source: { doc: main, quote: "${name}达到${t2}${unit}" } }`,
    ];
    if (!share)
      lines.push(`    growth: { value: "${growth}%", source: { doc: main, quote: "年均增长${growth}%", para: ${p} } }`);
    lines.push(`    responsible: [${pick(ORGS)}]`);
    ind.push(lines.join('\n'));
  }
  for (let g = 0; g < goalCount; g++) {
    const members = [];
    for (let i = g * 10; i < Math.min(n, g * 10 + 10); i++) members.push(`ind${i}`);
    goals.push(
      `  G${g}:\n    title: 目标${g}\n    indicators: [${members.join(', ')}]\n    responsible: [${pick(ORGS)}]\n    source: main#p${1 + g}`,
    );
    tasks.push(
      `  T${g}:\n    title: 任务${g}\n    lead: [${pick(ORGS)}]\n    support: [${pick(ORGS)}, ${pick(ORGS)}]\n    goals: [G${g}]\n    due: 2025\n    source: main#p${1 + g}`,
    );
    if (g % 2 === 0) {
      const p = paras.length + 1;
      paras.push(`　　${g}. 对符合条件的项目，给予不超过项目投资额的30%、总额不超过500万元的补助。`);
      funding.push(
        `  F${g}:\n    title: 补助${g}\n    instrument: subsidy\n    rate: "30%"\n    cap: { amount: "500万元", per: project }\n    supports: [T${g}]\n    source: main#p${p}`,
      );
    }
  }
  const plan = `planlint: 1
plan:
  id: bench-${n}
  title: 基准规划（${n}项指标）
  region: 某省
  period: [2021, 2025]
  baseline_year: 2020
include: [orgs.orgs.yaml]
sources:
  main: { path: source.txt, title: 规划原文 }
indicators:
${ind.join('\n')}
goals:
${goals.join('\n')}
tasks:
${tasks.join('\n')}
funding:
${funding.join('\n')}
`;
  const orgs = `planlint: 1\norganizations:\n${ORGS.map(o => `  ${o}: { name: 某省${o.slice(1)} }`).join('\n')}\n`;
  return { plan, orgs, source: `${paras.join('\n')}\n` };
}

/** Writes a workspace: the plan (or K plans), the registry, the source document and a config. */
export function writeWorkspace(dir, n, files = 1) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'planlint.config.yaml'), 'rules: {}\n');
  for (let k = 0; k < files; k++) {
    const g = generate(n, k + 1);
    const sub = files > 1 ? join(dir, `p${String(k).padStart(4, '0')}`) : dir;
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, 'bench.plan.yaml'), g.plan);
    writeFileSync(join(sub, 'orgs.orgs.yaml'), g.orgs);
    writeFileSync(join(sub, 'source.txt'), g.source);
  }
  return join(dir, 'bench.plan.yaml');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      indicators: { type: 'string', default: '200' },
      out: { type: 'string', default: 'bench/out' },
      files: { type: 'string', default: '1' },
    },
  });
  const file = writeWorkspace(values.out, Number(values.indicators), Number(values.files));
  console.log(`wrote ${file}`);
}
