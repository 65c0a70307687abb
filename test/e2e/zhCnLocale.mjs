// VS Code in Chinese without a language pack to download: a minimal local extension that declares the
// `zh-cn` localization (its translations of VS Code's own strings empty: the workbench stays English,
// but `vscode.env.language` is `zh-cn`, which is what PlanLint follows), installed into code-server.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const ID = 'planlint.planlint-e2e-zh-cn';

/** Packages and installs the localization extension; for `startCodeServer`'s `prepare`. */
export function zhCnLocalization(scratch) {
  return ({ extensions, userData, env, entry }) => {
    const dir = join(scratch, 'zh-cn-pack');
    mkdirSync(join(dir, 'translations'), { recursive: true });
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({
        name: 'planlint-e2e-zh-cn',
        displayName: 'zh-cn for the PlanLint e2e tests',
        description: 'Declares the zh-cn display language, with no translations of its own.',
        publisher: 'planlint',
        version: '0.0.1',
        license: 'MIT',
        engines: { vscode: '^1.90.0' },
        categories: ['Language Packs'],
        contributes: {
          localizations: [
            {
              languageId: 'zh-cn',
              languageName: 'Chinese Simplified',
              localizedLanguageName: '中文(简体)',
              translations: [{ id: 'vscode', path: './translations/main.i18n.json' }],
            },
          ],
        },
      }),
    );
    writeFileSync(join(dir, 'translations/main.i18n.json'), JSON.stringify({ version: '1.0.0', contents: {} }));
    const vsce = join(dirname(createRequire(import.meta.url).resolve('@vscode/vsce/package.json')), 'vsce');
    const vsix = join(scratch, 'zh-cn.vsix');
    const run = args => {
      const r = spawnSync(process.execPath, args, { cwd: dir, env, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`${args.join(' ')}: ${r.stdout}${r.stderr}`);
    };
    run([vsce, 'package', '--allow-missing-repository', '--skip-license', '--out', vsix]);
    const dirs = ['--config', '/dev/null', '--user-data-dir', userData, '--extensions-dir', extensions];
    run([entry, ...dirs, '--install-extension', vsix]);
    // What VS Code writes when a language pack is installed from its UI (the command-line install does not):
    // the index of installed localizations that `--locale` is resolved against.
    const installed = readdirSync(extensions).find(d => d.startsWith(`${ID}-`));
    writeFileSync(
      join(userData, 'languagepacks.json'),
      JSON.stringify({
        'zh-cn': {
          hash: 'planlint-e2e',
          extensions: [{ extensionIdentifier: { id: ID }, version: '0.0.1' }],
          translations: { vscode: join(extensions, installed, 'translations/main.i18n.json') },
          label: '中文(简体)',
        },
      }),
    );
  };
}
