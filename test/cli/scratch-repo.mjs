// PlanLint as users get it: the packed tarball, installed into a scratch plans repository with no PlanLint
// sources. Nothing here reaches the network: the package has no dependencies and npm runs --offline.
import { spawnSync, execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { repoRoot } from '../helpers.mjs';

export const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
const temp = mkdtempSync(join(tmpdir(), 'planlint-pkg-'));
process.on('exit', () => rmSync(temp, { recursive: true, force: true }));

/** The environment of a user's shell: no npm_* variables of the running `npm test`, no repository bins on PATH. */
export const userEnv = {
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k))),
  PATH: process.env.PATH.split(delimiter)
    .filter(p => !p.includes('node_modules'))
    .join(delimiter),
  npm_config_offline: 'true',
  npm_config_ignore_scripts: 'true',
  npm_config_cache: join(temp, 'npm-cache'),
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
  NO_COLOR: '1',
  LANG: 'C',
  LC_ALL: '',
};

let packed;
/** `npm pack` of the built repository (the test run has built it; --ignore-scripts skips `prepare`). */
export function tarball() {
  packed ??= join(
    temp,
    execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', temp], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: userEnv,
    })
      .trim()
      .split('\n')
      .pop(),
  );
  return packed;
}

/** A new folder, removed when the tests end. */
export const tempDir = name => mkdtempSync(join(temp, `${name}-`));

/**
 * A git repository holding the seed plans, sources and registries, and a package.json as `npm init` leaves it.
 * The seeds hold errors about their documents (a table against its prose); the recipes are shown on a
 * repository that passes, so its config reports those rules as warnings: each finding is still shown.
 */
export function plansRepo({ seeds = true } = {}) {
  const dir = tempDir('plans');
  if (seeds) {
    cpSync(join(repoRoot, 'seeds'), dir, { recursive: true });
    const pinned = JSON.parse(readFileSync(join(repoRoot, 'test/fixtures/seeds.expected.json'), 'utf8'));
    const errors = [...new Set(pinned.filter(d => d.severity === 'error').map(d => d.code))];
    const config = join(dir, 'planlint.config.yaml');
    writeFileSync(
      config,
      readFileSync(config, 'utf8').replace(
        /^rules: \{\}$/m,
        errors.length ? `rules:\n${errors.map(c => `  ${c}: warning`).join('\n')}` : 'rules: {}',
      ),
    );
  }
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'plans', version: '1.0.0', private: true })}\n`);
  writeFileSync(join(dir, '.gitignore'), 'node_modules/\n');
  execFileSync('git', ['init', '-q'], { cwd: dir });
  return dir;
}

/** A recipe's command with the tarball in place of the registry package `planlint@<version>`. */
export const fromTarball = cmd => cmd.replace(/(["']?)planlint@[^\s"']+\1/g, tarball());

/** Runs a shell command as a CI runner would (bash, stop at the first failing command). */
export function bash(cmd, cwd, env = {}) {
  const options = { cwd, encoding: 'utf8', env: { ...userEnv, ...env } };
  return spawnSync('bash', ['-eo', 'pipefail', '-c', fromTarball(cmd)], options);
}

/** The entries of a zip file (a .vsix) as name → Buffer, read from its central directory. */
export function unzip(file) {
  const zip = readFileSync(file);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const entries = new Map();
  for (let i = 0, at = zip.readUInt32LE(end + 16); i < zip.readUInt16LE(end + 10); i++) {
    const [method, size, nameLen, extraLen, commentLen, local] = [
      zip.readUInt16LE(at + 10),
      zip.readUInt32LE(at + 20),
      zip.readUInt16LE(at + 28),
      zip.readUInt16LE(at + 30),
      zip.readUInt16LE(at + 32),
      zip.readUInt32LE(at + 42),
    ];
    const name = zip.toString('utf8', at + 46, at + 46 + nameLen);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    entries.set(name, method === 8 ? inflateRawSync(data) : data);
    at += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}
