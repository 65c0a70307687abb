// The same extension-host suite under @vscode/test-electron, for desktop VS Code. No desktop build can
// be had here, so without VSCODE_EXECUTABLE this says so in one line and fails: it never passes silently.
import { mkdtempSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers.mjs';
import { buildSuite, runnerExtension } from './codeServer.mjs';

const exe = process.env.VSCODE_EXECUTABLE;
if (!exe) {
  console.error(
    'test:e2e:electron: no desktop VS Code here; set VSCODE_EXECUTABLE to its executable to run the suite on the desktop',
  );
  process.exit(1);
}
const { runTests } = await import('@vscode/test-electron');
const scratch = mkdtempSync(join(tmpdir(), 'planlint-electron-'));
const runner = runnerExtension(scratch);
const suite = await buildSuite(runner);
const workspace = join(scratch, 'seeds');
cpSync(join(repoRoot, 'seeds'), workspace, { recursive: true });
await runTests({
  vscodeExecutablePath: exe,
  extensionDevelopmentPath: [repoRoot, runner],
  extensionTestsPath: suite,
  launchArgs: [workspace, '--disable-extensions'],
});
