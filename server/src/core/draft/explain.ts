/**
 * `planlint draft --explain`: for each number of the document, the role the drafter gave it and why
 * (baseline, target, growth, actual, history, left out …). Readers record here as they decide; a number
 * no reader decided on is reported as read by no rule.
 */
export interface Reading {
  start: number;
  end: number;
  role: string;
  reason: string;
}
export type Explain = Reading[];

/** Records a decision, when the caller asked for explanations. */
export function explainNumber(
  explain: Explain | undefined,
  at: { start: number; end: number },
  role: string,
  reason: string,
): void {
  if (!explain) return;
  // A figure first read as history may then be taken as a baseline: the later reading is the one that counts.
  const i = explain.findIndex(r => r.start === at.start && r.end === at.end);
  if (i < 0) explain.push({ ...at, role, reason });
  else if (explain[i].role === 'history' && role === 'baseline') explain[i] = { ...at, role, reason };
}
