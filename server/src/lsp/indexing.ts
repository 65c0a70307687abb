/**
 * The workspace indexed at start-up: every plan file below the workspace folders becomes a plan of its
 * project and is checked in the background (open documents were checked first, as they opened), with the
 * progress reported for the status bar.
 */
import { REGISTRY_FILE } from '../core/text/fileKinds';
import type { ServerContext } from './context';
import { LIST_FILES, STATUS, type ListFilesResult } from './protocol';

/** Plans checked between two progress reports (and two chances for requests on open files to get through). */
const BATCH = 20;

/** The plan files of every project, each added to its project. */
async function listPlans(ctx: ServerContext): Promise<string[]> {
  const { connection, runtime, uris } = ctx;
  const found: string[] = [];
  for (const project of ctx.session.projects) {
    let listed: string[] = [];
    try {
      listed = runtime.listPlanFiles
        ? await runtime.listPlanFiles(project.root)
        : ((await connection.sendRequest(LIST_FILES, { folder: uris.toClient(project.root) })) as ListFilesResult).map(
            u => uris.toCore(u),
          );
    } catch (e) {
      ctx.log(`planlint: cannot list the files of ${project.root}: ${String(e)}`);
    }
    for (const uri of listed) {
      project.addPlan(uri);
      found.push(uri);
    }
  }
  return found;
}

/** Index every plan of the workspace in the background; `validate` checks and publishes one. */
export async function indexWorkspace(ctx: ServerContext, validate: (uri: string) => Promise<void>): Promise<void> {
  const { connection, documents, uris, sources } = ctx;
  const found = await listPlans(ctx);
  void connection.sendNotification(STATUS, { indexing: true, done: 0, total: found.length });
  let done = 0;
  for (const uri of found) {
    if (!documents.get(uris.toClient(uri))) await validate(uri);
    done++;
    if (done % BATCH === 0) {
      void connection.sendNotification(STATUS, { indexing: true, done, total: found.length });
      await new Promise(r => setTimeout(r, 0)); // let requests for open files through
    }
  }
  const registries = found.filter(u => REGISTRY_FILE.test(u)).length;
  void connection.sendNotification(STATUS, { indexing: false, done, total: found.length, registries });
  ctx.log(`planlint: indexed ${done} plan files`);
  // Source documents opened before the plans were known (a window reloaded with them open) were
  // answered as cited by nothing: answer again, and have the client ask again for lenses and hints.
  sources.invalidate();
  void sources.refresh(true);
}
