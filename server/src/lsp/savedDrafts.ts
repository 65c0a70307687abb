/**
 * A drafted plan, saved. VS Code saves an `untitled:` draft by creating its file empty, opening it, giving
 * it the draft's text, writing it, and only then closing the draft. A draft with a path is checked as the
 * file it will be saved as (uris.ts), so a draft and its saved file are one plan of the project: the file's
 * empty first moment must not blank the plan, and the draft's close must not remove the plan the file now
 * holds. Otherwise the source document's lenses, `¶N` marks and coverage would drop to nothing.
 * "Save As" elsewhere (into `plans/`) is a new plan whose relative source paths the client rewrites
 * (`planlint/relocateDraft`) before it is written.
 */
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ServerContext } from './context';
import { RELOCATE_DRAFT, type RelocateDraftParams, type RelocateDraftResult } from './protocol';
import type { UriMap } from './uris';

/** Another open document that is the same plan as `clientUri` (a draft and the file it was saved as). */
export function twinOf(
  documents: TextDocuments<TextDocument>,
  uris: UriMap,
  clientUri: string,
): TextDocument | undefined {
  const core = uris.toCore(clientUri);
  return documents.all().find(d => d.uri !== clientUri && uris.toCore(d.uri) === core);
}

/** `ours` maps a client URI to the core's, throwing for one outside the workspace (features.ts). */
export function registerSavedDrafts(ctx: ServerContext, ours: (uri: string) => string): void {
  ctx.connection.onRequest(
    RELOCATE_DRAFT,
    ctx.route.request(RELOCATE_DRAFT, async (p: RelocateDraftParams, work): Promise<RelocateDraftResult> => {
      const from = ours(p.from);
      return (await work.step(ctx.session.projectFor(from))).relocate(from, ours(p.to));
    }),
  );
}
