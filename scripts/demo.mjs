// `npm run demo`: a real VS Code in the browser, on 127.0.0.1, with PlanLint installed and a copy of seeds/ open.
import { scratchDir, seedsWorkspace, startCodeServer } from '../test/e2e/codeServer.mjs';

const scratch = scratchDir();
const workspace = seedsWorkspace(scratch);
const server = await startCodeServer({ scratch, workspace });
console.log(
  `PlanLint demo: open ${server.base}/?folder=${encodeURIComponent(workspace)}\n(a copy of seeds/ in ${workspace}; Ctrl+C stops it)`,
);
process.on('SIGINT', async () => {
  await server.stop();
  process.exit(0);
});
