/**
 * When plans are checked: per document, a burst of edits is checked once (debounced); a check whose
 * document changed meanwhile publishes nothing (a later edit, or a close and a reopen whose versions
 * restart at 1, must never be overwritten by an older result); and an edited plan is checked and published
 * before the plans that read it, which wait for it. What a check does is diagnostics.ts's.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { PLAN_FILE } from '../core/text/fileKinds';
import type { ServerContext } from './context';

/** Short: typing stays responsive, and a burst of keystrokes is checked once. */
export const CHANGE_DEBOUNCE_MS = 5;

/** One check of one plan, as the document stood when it started. */
export interface CheckJob {
  uri: string;
  clientUri: string;
  /** The open document (undefined for a plan only on disk) and its version, when the check started. */
  opened: TextDocument | undefined;
  version: number | undefined;
  /** Why it is checked, for the Output channel; undefined for the user's own edits. */
  why: string | undefined;
  /** True once a newer version came, or the document was closed (and maybe opened again). */
  stale(): boolean;
}

/**
 * `done` releases the plans waiting for this one (published, or not checkable); `later`: a newer check will
 * (the check went stale, or the document's text is not in the project yet).
 */
export type CheckPlan = (job: CheckJob) => Promise<'done' | 'later'>;

export class DiagnosticsScheduler {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Plans to check again once the edited plan they read is checked and published: it comes first. */
  private readonly afterCheck = new Map<string, Set<string>>();

  constructor(
    private readonly ctx: ServerContext,
    private readonly checkPlan: CheckPlan,
  ) {}

  /** Checks a plan after `delay` ms; a later call for the same plan before then replaces this one. */
  schedule(uri: string, delay: number, why?: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        void this.validate(uri, why);
      }, delay),
    );
  }

  /** Checks one plan now and publishes its diagnostics, unless a newer version arrived meanwhile. */
  async validate(uri: string, why?: string): Promise<void> {
    const { documents, uris } = this.ctx;
    const clientUri = uris.toClient(uri);
    const opened = documents.get(clientUri);
    const version = opened?.version;
    const stale = () => documents.get(clientUri) !== opened || opened?.version !== version;
    let outcome: 'done' | 'later' = 'done';
    try {
      outcome = await this.checkPlan({ uri, clientUri, opened, version, why, stale });
    } catch (e) {
      this.ctx.log(`planlint: checking ${uri} failed: ${e instanceof Error ? e.stack : String(e)}`);
    }
    if (outcome === 'done') this.releaseDependents(uri);
  }

  /** Every open plan, checked again (settings arrived or changed). */
  recheckOpenPlans(why: string): void {
    for (const d of this.ctx.documents.all()) {
      const uri = this.ctx.uris.toCore(d.uri);
      if (PLAN_FILE.test(uri)) this.schedule(uri, 0, why);
    }
  }

  /**
   * A registry, config, source document or plan changed: every plan that reads it is checked again. Those
   * that read an open plan being edited wait for its check; the others, once the burst of changes pauses.
   */
  recheckDependents(uri: string): void {
    const { documents, uris, session, sources } = this.ctx;
    const edited = PLAN_FILE.test(uri) && documents.get(uris.toClient(uri)) !== undefined;
    for (const p of session.projects)
      for (const plan of p.invalidate(uri)) {
        if (plan === uri) continue;
        if (!edited) this.schedule(plan, CHANGE_DEBOUNCE_MS, `it reads ${uri}, which changed`);
        else this.afterCheck.set(uri, (this.afterCheck.get(uri) ?? new Set()).add(plan));
      }
    sources.invalidate();
    // The edited document's lenses and marks the client asks for again by itself; its hints follow here.
    if (sources.shown(uri)) void sources.drawnByClient(uri);
  }

  private releaseDependents(uri: string): void {
    const waiting = this.afterCheck.get(uri);
    this.afterCheck.delete(uri);
    for (const plan of waiting ?? []) this.schedule(plan, 0, `it reads ${uri}, which changed`);
  }
}
