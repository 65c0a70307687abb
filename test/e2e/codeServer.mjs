// A real VS Code workbench (code-server) on 127.0.0.1, with its own scratch home, user data and
// extensions; the packaged .vsix installed into it.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers.mjs';
import { deadline } from './deadline.mjs';

export const CACHE =
  process.env.PLANLINT_E2E_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'planlint-e2e');
const entry = join(CACHE, 'node_modules/code-server/out/node/entry.js');
export const out = join(repoRoot, 'test-output/e2e');
export const VSIX = join(repoRoot, 'planlint.vsix');

const freePort = () =>
  new Promise(res => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const p = s.address().port;
      s.close(() => res(p));
    });
  });

function scratchEnv(dir) {
  return {
    ...process.env,
    HOME: dir,
    XDG_CONFIG_HOME: join(dir, 'config'),
    XDG_DATA_HOME: join(dir, 'data'),
    XDG_CACHE_HOME: join(dir, 'cache'),
  };
}

/** Installs the packaged extension into a fresh extensions folder; returns the folder and the installed extension's path. */
export function installVsix(scratch) {
  if (!existsSync(entry)) throw new Error(`code-server is not installed in ${CACHE}: run \`npm run e2e:setup\``);
  if (!existsSync(VSIX)) throw new Error('planlint.vsix is missing: run `npm run package`');
  const extensions = join(scratch, 'extensions'),
    userData = join(scratch, 'user-data');
  const r = spawnSync(
    process.execPath,
    [
      entry,
      '--config',
      '/dev/null',
      '--user-data-dir',
      userData,
      '--extensions-dir',
      extensions,
      '--install-extension',
      VSIX,
    ],
    { env: scratchEnv(scratch), encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`installing the .vsix failed: ${r.stdout}${r.stderr}`);
  return { extensions, userData, installed: join(extensions, 'planlint.planlint-0.1.0') };
}

/** A scratch copy of the seeds, so what the tests change never touches the repository. */
export function seedsWorkspace(scratch) {
  const ws = join(scratch, 'seeds');
  cpSync(join(repoRoot, 'seeds'), ws, { recursive: true });
  return ws;
}

/**
 * `locale`: VS Code's display language (`--locale`); `prepare({ extensions, userData, env })` runs once the
 * .vsix is installed and before the workbench starts (it installs what else the run needs); `d`: the deadline
 * by which the server must answer (deadline.mjs).
 */
export async function startCodeServer({ scratch, workspace, settings = {}, locale, prepare, d = deadline() }) {
  const { extensions, userData, installed } = installVsix(scratch);
  await prepare?.({ extensions, userData, env: scratchEnv(scratch), entry });
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(
    join(userData, 'User/settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'security.workspace.trust.enabled': false,
        'workbench.tips.enabled': false,
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'workbench.welcomePage.walkthroughs.openOnInstall': false,
        'chat.commandCenter.enabled': false,
        ...settings,
      },
      null,
      2,
    ),
  );
  const port = await freePort();
  const proc = spawn(
    process.execPath,
    [
      entry,
      '--config',
      '/dev/null',
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--auth',
      'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      ...(locale ? ['--locale', locale] : []),
      '--user-data-dir',
      userData,
      '--extensions-dir',
      extensions,
      workspace,
    ],
    { env: scratchEnv(scratch), stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  const log = [];
  proc.stdout.on('data', chunk => log.push(String(chunk)));
  proc.stderr.on('data', chunk => log.push(String(chunk)));
  const base = `http://127.0.0.1:${port}`;
  // Stopping kills code-server's whole process group (its extension and pty hosts too).
  const stop = () =>
    new Promise(res => {
      proc.once('exit', res);
      try {
        process.kill(-proc.pid, 'SIGTERM');
      } catch {
        proc.kill();
      }
      setTimeout(() => {
        try {
          process.kill(-proc.pid, 'SIGKILL');
        } catch {
          /* gone */
        }
        proc.stdout.destroy();
        proc.stderr.destroy();
        proc.unref();
        res();
      }, 2000);
    });
  try {
    await d.poll(
      'code-server to answer /healthz',
      async () => {
        try {
          return (await fetch(`${base}/healthz`)).ok;
        } catch {
          return false; // not listening yet
        }
      },
      200,
    );
  } catch (e) {
    await stop();
    throw new Error(`${e.message}\n${log.join('')}`);
  }
  return { base, port, installed, log, stop };
}

/** A runner extension for one host only: it puts the workbench in test mode there, nothing more. */
export function runnerExtension(scratch, host = 'node') {
  const dir = join(scratch, `runner-${host}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({
      name: 'planlint-e2e-runner',
      publisher: 'planlint',
      version: '0.0.1',
      private: true,
      engines: { vscode: '^1.91.0' },
      activationEvents: [],
      [host === 'web' ? 'browser' : 'main']: './index.js',
    }),
  );
  writeFileSync(join(dir, 'index.js'), 'exports.activate = () => {};\n');
  return dir;
}

/** The extension-host suite, bundled by `npm run build` into one self-contained file, placed in `dir`. */
export async function buildSuite(dir = join(out, 'suite')) {
  const bundle = join(repoRoot, 'dist/e2e-suite.js');
  if (!existsSync(bundle)) throw new Error('dist/e2e-suite.js is missing: run `npm run build`');
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, 'suite.js');
  copyFileSync(bundle, outfile);
  return outfile;
}

export const scratchDir = () => mkdtempSync(join(tmpdir(), 'planlint-e2e-'));
