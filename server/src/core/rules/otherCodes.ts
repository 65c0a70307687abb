/**
 * The codes reported outside rule modules, with their rows: the rule table is these and the modules'
 * meta. No check here: each is reported where its problem is found.
 */
import { DOCS_BASE } from '../diagnostics';
import { defineCode, type CodeMeta } from './define';

/**
 * Rules of the contract that no module checks: a file that does not decode (check.ts) or does not
 * parse (the YAML reader) gets these and nothing else. Configurable like the modules' codes.
 */
export const READER_CODES: readonly CodeMeta[] = [
  defineCode({
    code: 'encoding',
    severity: 'error',
    summary: {
      en: 'A plan or registry file is not text in UTF-8, UTF-16 or GB18030',
      zh: '规划或机构名录文件不是 UTF-8、UTF-16或GB18030编码的文本',
    },
  }),
  defineCode({
    code: 'yaml-syntax',
    severity: 'error',
    summary: { en: 'The YAML does not parse', zh: 'YAML 无法解析' },
  }),
];

const beyond = `${DOCS_BASE}#codes-beyond-the-contract`;

/** Codes PlanLint adds beyond the contract's rules (not configurable as rules). */
export const EXTRA_CODES: readonly CodeMeta[] = [
  defineCode({
    code: 'limit-exceeded',
    severity: 'error',
    summary: { en: 'A resource limit is exceeded: the file is not checked', zh: '超出资源限制，文件未被检查' },
    docs: beyond,
  }),
  // With --report-unused-disable (check.ts).
  defineCode({
    code: 'unused-disable',
    severity: 'warning',
    summary: { en: 'A planlint-disable comment silences nothing', zh: 'planlint-disable注释未屏蔽任何诊断' },
    docs: beyond,
  }),
  // With require_disable_reason in the config (check.ts).
  defineCode({
    code: 'disable-without-reason',
    severity: 'error',
    summary: {
      en: 'A planlint-disable comment gives no reason where the config requires one',
      zh: 'planlint-disable注释未写明理由，而配置要求写明',
    },
    docs: beyond,
  }),
  // On planlint.config.yaml (project/configs.ts).
  defineCode({
    code: 'config',
    severity: 'error',
    summary: {
      en: 'A planlint.config.yaml cannot be read or is wrong',
      zh: '配置文件planlint.config.yaml无法读取或有误',
    },
    docs: beyond,
  }),
  // In the editor, on source documents (lsp/sourceFeatures.ts).
  defineCode({
    code: 'uncited-number',
    severity: 'hint',
    summary: {
      en: 'A number in a cited paragraph that no plan item cites',
      zh: '被引用段落中未被任何规划条目引用的数字',
    },
    docs: beyond,
  }),
  defineCode({
    code: 'uncited-clause',
    severity: 'hint',
    summary: {
      en: 'A 责任单位 or support clause in a cited document that no plan item cites',
      zh: '被引用文件中未被任何规划条目引用的责任单位或支持措施条款',
    },
    docs: beyond,
  }),
];
