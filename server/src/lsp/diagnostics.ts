/**
 * One plan checked and its diagnostics published (scheduler.ts decides when): the plan's findings, its
 * acknowledged ones, and the problems of the config file it applies, shown on that file.
 */
import { configDiagnostics, type ProjectCheck } from '../core/index';
import type { ServerContext } from './context';
import { toAcknowledgedLspDiagnostic, toLspDiagnostic } from './convert';
import { fileOfView } from './documentView';
import type { CheckJob } from './scheduler';

export class DiagnosticsPublisher {
  /** Config files whose problems are shown, by client URI; emptied when fixed. */
  private readonly configProblems = new Map<string, string>();
  /** Rules whose failure was logged: once each. */
  private readonly failedRules = new Set<string>();

  constructor(private readonly ctx: ServerContext) {}

  /** Checks one plan and publishes its diagnostics, unless the job went stale meanwhile. */
  readonly check = async (job: CheckJob): Promise<'done' | 'later'> => {
    const { uri, clientUri, opened } = job;
    const { session } = this.ctx;
    const project = await session.projectFor(uri);
    // The document's content handler has yet to put this text in: it checks again once it has.
    if (opened && !fileOfView(clientUri) && !project.hasOverlay(uri, opened.getText())) return 'later';
    const result = await project.check(uri);
    if (job.stale()) return 'later'; // a later edit will publish, and release the plans that read this one
    this.publishConfig(result);
    if (!result.ok) {
      this.ctx.log(`planlint: ${uri} is not checked: ${result.reason} (${result.detail})`);
      return 'done';
    }
    this.logFailedRules(result);
    await this.ctx.connection.sendDiagnostics({
      uri: clientUri,
      version: job.version,
      diagnostics: [
        ...result.diagnostics.map(toLspDiagnostic),
        ...result.suppressed.map(d => toAcknowledgedLspDiagnostic(d, clientUri, session.locale)),
      ],
    });
    // The Output channel says what was checked and why (not every keystroke: edits are the user's own).
    if (job.why) this.ctx.log(`planlint: checked ${uri} (${job.why}): ${result.diagnostics.length} finding(s)`);
    // Index what hovers and completion need now, while the user reads, not on their first request.
    setTimeout(() => {
      if (!job.stale()) void session.projectFor(uri).then(p => p.prepare(uri));
    }, 0);
    return 'done';
  };

  private logFailedRules(result: Extract<ProjectCheck, { ok: true }>): void {
    for (const d of result.diagnostics) {
      if (d.data?.internalError && !this.failedRules.has(d.code)) {
        this.failedRules.add(d.code);
        this.ctx.log(`planlint: rule ${d.code} failed: ${d.message}`);
      }
    }
  }

  /** A config file's problems, shown on the config file; the log says it is not applied. */
  private publishConfig(result: ProjectCheck): void {
    const applied = result.config;
    if (!applied.uri) return;
    const clientUri = this.ctx.uris.toClient(applied.uri);
    const diags = configDiagnostics(applied, this.ctx.session.locale);
    const key = JSON.stringify(diags.map(d => [d.range, d.message]));
    if ((this.configProblems.get(clientUri) ?? '[]') === key) return;
    if (diags.length) this.configProblems.set(clientUri, key);
    else this.configProblems.delete(clientUri);
    if (diags.length)
      this.ctx.log(`planlint: ${applied.uri} has ${diags.length} problem(s) and is not applied until they are fixed`);
    void this.ctx.connection.sendDiagnostics({ uri: clientUri, diagnostics: diags.map(toLspDiagnostic) });
  }
}
