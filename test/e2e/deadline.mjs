// One deadline per scenario of the real-editor suite: every step waits on the state it needs (a diagnostic
// published, a hover shown, an element visible) for what is left of its scenario's time, rather than for a
// short time of its own. A busy machine makes a scenario slower, not red; a broken one still fails, with
// the step that waited named. Pure: the Playwright scenarios import it, and the extension-host suite
// bundles it for both hosts (no Node built-ins).

/** A scenario's time, from its first step to its last: generous, as a machine under full load needs. */
export const SCENARIO_MS = 5 * 60_000;
/** The test runner's limit for one scenario: beyond the scenario's own deadline, so that the step that ran
 * out reports itself (and the page's screenshot and close still run) before the runner stops the test. */
export const TEST_MS = SCENARIO_MS + 60_000;

const isTimeout = e => e?.name === 'TimeoutError';

/** A deadline `ms` from now. */
export function deadline(ms = SCENARIO_MS) {
  const end = Date.now() + ms;
  /** What is left, in ms (at least 1: a wait given 0 would mean "no limit" to Playwright). */
  const left = () => Math.max(1, end - Date.now());
  return {
    left,
    /** Playwright's options for a wait or an action, bounded by what is left: `locator.waitFor(d.wait())`. */
    wait: state => (state ? { state, timeout: left() } : { timeout: left() }),
    /** `promise`, or an error naming `what` once the deadline passes. */
    within(what, promise) {
      let timer;
      const late = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), left());
      });
      return Promise.race([promise, late]).finally(() => clearTimeout(timer));
    },
    /** The first truthy value of `fn()`, asked again every `every` ms: for state that no event announces. */
    async poll(what, fn, every = 100) {
      for (;;) {
        const v = await fn();
        if (v) return v;
        if (Date.now() >= end) throw new Error(`timed out waiting for ${what}`);
        await new Promise(r => setTimeout(r, every));
      }
    },
    /**
     * `attempt(patience)` until it no longer times out: for an action the workbench can swallow (a key
     * pressed while it takes the focus back, a click that lands before a view is ready), which must be
     * done again rather than waited on, since nothing shows that it was lost. Each try is given twice the
     * patience of the one before (from 5 s), all of it within the deadline; other errors fail at once.
     */
    async again(attempt) {
      for (let patience = 5000; ; patience *= 2) {
        try {
          return await attempt(Math.min(patience, left()));
        } catch (e) {
          if (!isTimeout(e) || left() <= 1) throw e;
        }
      }
    },
  };
}
