/** The node server with a rule that throws; built for the tests only (dist/test/), never shipped. */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from '../../../server/src/lsp/server';
import { listPlanFilesOnDisk, nodeUriHost } from '../../../server/src/node/nodeUriHost';
import { faultyRules } from './rules';

startServer(createConnection(ProposedFeatures.all), {
  host: c => nodeUriHost(c), listPlanFiles: listPlanFilesOnDisk, rules: faultyRules('growth-mismatch'),
});
