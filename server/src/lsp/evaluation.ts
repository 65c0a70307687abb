/**
 * "Show evaluation": the server answers `planlint/evaluation` with the page `planlint report --evaluation`
 * writes for one plan (cli/commands/reportPage.ts, the same code, which bundles into both servers), checked
 * as the editor holds it. The client shows it in a webview.
 */
import type { ServerContext } from './context';
import { PLAN_FILE } from '../core/text/fileKinds';
import { evaluationPage } from '../cli/commands/reportPage';
import { EVALUATION, type EvaluationParams, type EvaluationResult } from './protocol';

declare const PLANLINT_VERSION: string;
const VERSION = typeof PLANLINT_VERSION === 'string' ? PLANLINT_VERSION : '0.0.0';

/** `ours` maps a client URI to the core's, throwing for one outside the workspace (features.ts). */
export function registerEvaluation(ctx: ServerContext, ours: (uri: string) => string): void {
  ctx.connection.onRequest(
    EVALUATION,
    ctx.route.request(EVALUATION, async (p: EvaluationParams, work): Promise<EvaluationResult | null> => {
      const core = ours(p.uri);
      if (!PLAN_FILE.test(core)) return null;
      const s = ctx.session;
      const result = await work.step((await work.step(s.projectFor(core))).check(core));
      if (!result.ok || !result.file.meta) return null;
      const file = decodeURIComponent(core.slice(core.lastIndexOf('/') + 1));
      const report = { file, diagnostics: result.diagnostics, suppressed: result.suppressed, source: result.file.text };
      const meta = result.file.meta;
      return {
        html: evaluationPage([{ ...report, result }], s.locale, VERSION),
        title: meta.title?.value ?? meta.id?.value ?? file,
      };
    }),
  );
}
