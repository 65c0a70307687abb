// A local emulation of the GitHub Actions runner, enough to run the CI recipes as they are: `run:` steps in bash
// with RUNNER_TEMP and the GITHUB_* variables set and `${{ runner.temp }}` filled in, `uses:` steps by stubs,
// and the runner's workflow-command parser (a port of actions/runner's ActionCommand.TryParseV2 and TryParse).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { bash } from './scratch-repo.mjs';

/**
 * Every workflow command the runner would act on in `text`, one line at a time, as its parser reads them:
 * `::name props::data` once the line's leading white space is trimmed (TryParseV2), else the legacy
 * `##[name props]data` anywhere in the line (TryParse). The runner then keeps only registered names; any name
 * counts here, so a forged one cannot hide behind a name this list lacks.
 */
export function workflowCommands(text) {
  const found = [];
  for (const raw of text.split(/\r?\n|\r/)) {
    const line = raw.trimStart();
    if (line.startsWith('::')) {
      const end = line.indexOf('::', 2);
      if (end >= 0) {
        const info = line.slice(2, end);
        const space = info.indexOf(' ');
        found.push({ syntax: 'v2', name: space < 0 ? info : info.slice(0, space), line: raw });
        continue;
      }
    }
    const at = raw.indexOf('##[');
    if (at < 0) continue;
    const rb = raw.indexOf(']', at);
    if (rb < 0) continue;
    const info = raw.slice(at + 3, rb);
    const space = info.indexOf(' ');
    found.push({ syntax: 'legacy', name: space < 0 ? info : info.slice(0, space), line: raw });
  }
  return found;
}

/** `${{ runner.temp }}` and `${{ inputs.x }}` filled in, as the runner would before a step runs. */
export const expand = (s, vars) => String(s).replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (m, k) => (k in vars ? vars[k] : m));

/** The variables a runner sets for a job checked out at `workspace`, with its temporary folder at `temp`. */
export function runnerEnv(workspace, temp) {
  mkdirSync(temp, { recursive: true });
  return {
    RUNNER_TEMP: temp,
    GITHUB_WORKSPACE: workspace,
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'planlint/plans',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_SHA: '0'.repeat(40),
    GITHUB_REF: 'refs/pull/1/merge',
    GITHUB_ENV: join(temp, '_github_env'),
    GITHUB_OUTPUT: join(temp, '_github_output'),
    GITHUB_PATH: join(temp, '_github_path'),
    GITHUB_STEP_SUMMARY: join(temp, '_step_summary'),
  };
}

/**
 * Runs a job's steps: `run:` in bash in the workspace (or its `working-directory`), `uses:` by `stubs[name]`
 * (given the step's `with:`, expanded). Returns each step with what it printed.
 */
export function runJob(steps, { workspace, env, stubs = {}, vars = {} }) {
  const all = { 'runner.temp': env.RUNNER_TEMP, ...vars };
  return steps.map(step => {
    if (step.uses) {
      const name = step.uses.split('@')[0];
      const given = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, expand(v, all)]));
      return { step, ...(stubs[name]?.(given) ?? {}), stdout: '', stderr: '', status: 0 };
    }
    const stepEnv = {
      ...env,
      ...Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(v, all)])),
    };
    const cwd = step['working-directory'] ? expand(step['working-directory'], all) : workspace;
    return { step, ...bash(expand(step.run, all), cwd, stepEnv) };
  });
}
