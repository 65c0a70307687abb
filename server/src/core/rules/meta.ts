import type { Msg, Severity } from '../diagnostics';

export interface RuleMeta {
  code: string;
  severity: Severity;
  summary: Msg;
}

/** Every rule code of the format contract, with its default severity. Codes never change meaning. */
export const RULES: readonly RuleMeta[] = [
  {
    code: 'encoding',
    severity: 'error',
    summary: {
      en: 'A plan or registry file is not text in UTF-8, UTF-16 or GB18030',
      zh: '规划或机构名录文件不是 UTF-8、UTF-16或GB18030编码的文本',
    },
  },
  { code: 'yaml-syntax', severity: 'error', summary: { en: 'The YAML does not parse', zh: 'YAML 无法解析' } },
  {
    code: 'schema',
    severity: 'error',
    summary: {
      en: 'A required field is missing, a field has the wrong type, or an unknown field is used',
      zh: '缺少必填字段、字段类型错误或使用了未知字段',
    },
  },
  { code: 'duplicate-id', severity: 'error', summary: { en: 'An id or key is defined twice', zh: '标识或键重复定义' } },
  {
    code: 'unknown-reference',
    severity: 'error',
    summary: {
      en: 'A reference names nothing of the right kind, or an include cannot be used',
      zh: '引用的对象不存在或类型不符，或引入文件无法使用',
    },
  },
  { code: 'unit-unknown', severity: 'warning', summary: { en: 'A unit is not understood', zh: '无法识别的单位' } },
  {
    code: 'unit-mismatch',
    severity: 'error',
    summary: { en: 'Quantities that must be compared have different dimensions', zh: '需要比较的数量量纲不一致' },
  },
  {
    code: 'percent-range',
    severity: 'error',
    summary: {
      en: 'A share lies outside 0..100, or a funding rate outside (0, 100]',
      zh: '比重超出0～100，或资金比例超出(0, 100]',
    },
  },
  {
    code: 'year-order',
    severity: 'error',
    summary: { en: 'Years run backwards: targets, baseline, period', zh: '年份顺序错误（目标、基期、规划期）' },
  },
  {
    code: 'target-outside-period',
    severity: 'warning',
    summary: {
      en: 'A target year or task due year lies outside the plan period',
      zh: '目标年份或任务完成时限超出规划期',
    },
  },
  {
    code: 'direction-conflict',
    severity: 'error',
    summary: { en: "A target moves against the indicator's direction", zh: '目标值与指标方向相反' },
  },
  {
    code: 'milestone-regression',
    severity: 'error',
    summary: { en: 'A later milestone is less ambitious than an earlier one', zh: '后期目标低于前期目标' },
  },
  {
    code: 'target-conflict',
    severity: 'error',
    summary: { en: 'Two targets for the same year admit no common value', zh: '同一年的两个目标互相矛盾' },
  },
  {
    code: 'growth-mismatch',
    severity: 'warning',
    summary: {
      en: 'The stated growth differs from the growth the numbers imply',
      zh: '所述年均增速与基期、目标值推算的增速不符',
    },
  },
  {
    code: 'sum-mismatch',
    severity: 'error',
    summary: {
      en: 'Parts do not add up to their total, or a subset exceeds its total',
      zh: '分项之和与总量不符，或“其中”项大于总量',
    },
  },
  {
    code: 'binding-without-owner',
    severity: 'warning',
    summary: { en: 'A binding indicator has no responsible organization', zh: '约束性指标没有责任单位' },
  },
  {
    code: 'org-superseded',
    severity: 'warning',
    summary: { en: 'An organization is named after it ceased to exist', zh: '引用了已撤销、更名或合并的机构' },
  },
  {
    code: 'funding-cap-conflict',
    severity: 'error',
    summary: {
      en: 'A funding cap is below an amount it must cover, or caps contradict each other',
      zh: '资金上限低于应覆盖的金额，或上限之间互相矛盾',
    },
  },
  {
    code: 'funding-tier-order',
    severity: 'error',
    summary: { en: 'Tier amounts do not run in the declared order', zh: '分档金额不符合声明的顺序' },
  },
  {
    code: 'funding-share',
    severity: 'error',
    summary: { en: 'A cost share has a negative or zero part', zh: '分担比例中有零或负数' },
  },
  {
    code: 'funding-duration',
    severity: 'warning',
    summary: { en: 'Payments run past the plan period', zh: '资金支持期限超出规划期' },
  },
  {
    code: 'source-missing',
    severity: 'error',
    summary: {
      en: 'A source document cannot be read, lies outside the workspace, or is not text',
      zh: '来源文件无法读取、位于工作区之外或不是文本',
    },
  },
  {
    code: 'source-anchor',
    severity: 'error',
    summary: { en: 'A paragraph number is out of range, or a quote is not found', zh: '段落号超出范围或引文未找到' },
  },
  {
    code: 'source-ambiguous',
    severity: 'warning',
    summary: { en: 'A quote matches more than one place', zh: '引文匹配到多处' },
  },
  {
    code: 'source-value-drift',
    severity: 'warning',
    summary: {
      en: 'The anchored text states no number equal to the value it backs',
      zh: '引文中没有与该数值相符的数字',
    },
  },
  {
    code: 'unused-indicator',
    severity: 'hint',
    summary: { en: 'No goal lists the indicator', zh: '指标未被任何目标引用' },
  },
];

export const RULE_CODES: ReadonlySet<string> = new Set(RULES.map(r => r.code));

/** Codes PlanLint adds beyond the contract's rules (not configurable as rules). */
export const EXTRA_CODES: readonly RuleMeta[] = [
  {
    code: 'limit-exceeded',
    severity: 'error',
    summary: { en: 'A resource limit is exceeded: the file is not checked', zh: '超出资源限制，文件未被检查' },
  },
];
export function ruleMeta(code: string): RuleMeta | undefined {
  return RULES.find(r => r.code === code) ?? EXTRA_CODES.find(r => r.code === code);
}
