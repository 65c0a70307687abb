// Shared by the tests: the built core, a file host over the disk, and fixture expectations.
import { spawnSync } from 'node:child_process';
import {
  promises as fs,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { buildSync } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
export const core = await import(join(repoRoot, 'dist/core.mjs'));

export const diskHost = {
  async readFile(uri) {
    const st = await fs.stat(uri);
    if (!st.isFile()) throw new core.NotAFile();
    return fs.readFile(uri);
  },
  realPath: uri => fs.realpath(uri),
};

/**
 * A project over `root` as every host makes one, its config given (else the defaults), not found on disk:
 * the one door into the checker.
 */
export function projectFor(host, root, { config = core.DEFAULT_CONFIG, locale = 'en', rules, limits, once } = {}) {
  const explicit = Promise.resolve({ config: limits ? { ...config, limits } : config, problems: [] });
  const project = new core.Project(host, root, { rules, explicit, once });
  project.settings = { locale, overrides: {} };
  return project;
}

/** One file's check through a project: ok with its diagnostics, file and resolution, or why it was not read. */
export function checkResult(host, root, uri, options) {
  return projectFor(host, root, options).check(uri);
}

/** Checks one file the way the CLI does, in a workspace rooted at `root`. */
export async function check(file, { root = dirname(file), host = diskHost, ...options } = {}) {
  const result = await checkResult(host, realpathSync(root), realpathSync(file), options);
  if (!result.ok) throw new Error(`${file}: ${result.reason} ${result.detail}`);
  return result.diagnostics;
}

/** `# expect: code, code` comments: the 0-based lines where diagnostics of those codes must start. */
export function expectations(file) {
  const out = [];
  readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .forEach((line, i) => {
      const m = /#\s*expect:\s*(.+)$/.exec(line);
      if (m)
        for (const code of m[1]
          .split(',')
          .map(s => s.trim())
          .filter(Boolean))
          out.push(`${i + 1}:${code}`);
    });
  return out.sort();
}

export const found = diags => diags.map(d => `${d.range.start.line + 1}:${d.code}`).sort();

/** Runs the built command line as a user would, in `cwd`, without colours or the machine's locale. */
export function planlint(args, cwd) {
  const r = spawnSync(process.execPath, [join(repoRoot, 'bin/planlint.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', LANG: 'C', LC_ALL: '' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Milliseconds per call, repeated until 20 ms have passed (for costs compared in one run, never thresholds). */
export async function perCall(run) {
  let k = 0;
  const t0 = performance.now();
  do {
    await run();
    k++;
  } while (performance.now() - t0 < 20);
  return (performance.now() - t0) / k;
}

/** Every YAML file of the fixtures and the seeds, with its text (for properties that must hold on all of them). */
export function fixtureYamlFiles() {
  const walk = (d, out = []) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p, out);
      else if (/\.ya?ml$/.test(name)) out.push(p);
    }
    return out;
  };
  const files = [...walk(join(repoRoot, 'test/fixtures')), ...walk(join(repoRoot, 'seeds'))];
  return files.map(file => ({ file, text: readFileSync(file, 'utf8') }));
}

/**
 * A core module bundled with the `yaml` library, as the CLI bundles them (one `yaml` for both): its
 * exports and the library's named ones, e.g. `bundledWithYaml('yaml/plainJs.ts', ['plainJs'], ['parseDocument'])`.
 */
export function bundledWithYaml(module, names, yamlNames) {
  const dir = mkdtempSync(join(tmpdir(), 'planlint-bundle-'));
  const entry = join(dir, 'entry.ts');
  writeFileSync(
    entry,
    `export { ${names.join(', ')} } from ${JSON.stringify(join(repoRoot, 'server/src/core', module))};\n` +
      `export { ${yamlNames.join(', ')} } from 'yaml';\n`,
  );
  buildSync({
    entryPoints: [entry],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    outfile: join(dir, 'out.cjs'),
    nodePaths: [join(repoRoot, 'node_modules')],
  });
  const exports = createRequire(import.meta.url)(join(dir, 'out.cjs'));
  rmSync(dir, { recursive: true, force: true });
  return exports;
}
