/** The language server the extension starts on the desktop (IPC), reading the disk directly. */
import { t } from '../core/index';
import { startNodeServer } from './languageServer';

if (!startNodeServer(process.argv.slice(2))) {
  process.stderr.write(t('en', 'server.usage'));
  process.exitCode = 2;
}
