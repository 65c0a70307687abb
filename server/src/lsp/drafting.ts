/**
 * Drafting in the editor: `planlint/draft` (a plan drafted from a source document, for the client to open
 * unsaved beside it) and "Add to plan…", the code actions on a source document's uncited numbers and
 * clauses. The server computes edits; the client applies them (and can undo them). Nothing is written here.
 */
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { t, type Locale, type Project } from '../core/index';
import type { ServerContext } from './context';
import { DRAFT, DRAFT_COMMAND, type DraftParams, type DraftResult } from './protocol';
import { encodeCoreUri, type UriMap } from './uris';

/** `ours` maps a client URI to the core's, throwing for one outside the workspace (features.ts). */
export function registerDrafting(ctx: ServerContext, ours: (uri: string) => string): void {
  ctx.connection.onRequest(
    DRAFT,
    ctx.route.request(DRAFT, async (p: DraftParams, work): Promise<DraftResult | null> => {
      const core = ours(p.uri);
      const r = await (await work.step(ctx.session.projectFor(core))).documents.draft(core);
      return r ? { text: r.text, suggestedUri: encodeCoreUri(r.planUri) } : null;
    }),
  );
}

const UNCITED = new Set(['uncited-number', 'uncited-clause']);

/** "Add to plan…" on the uncited numbers and clauses of a source document, and "draft a new plan". */
export async function sourceCodeActions(
  project: Project,
  core: string,
  doc: TextDocument,
  diagnostics: Diagnostic[],
  uris: UriMap,
  locale: Locale,
): Promise<CodeAction[]> {
  const ours = diagnostics.filter(d => d.source === 'planlint' && UNCITED.has(String(d.code)));
  if (!ours.length) return [];
  const out: CodeAction[] = [];
  const seen = new Set<string>();
  for (const d of ours) {
    const span = { start: doc.offsetAt(d.range.start), end: doc.offsetAt(d.range.end) };
    for (const a of await project.documents.additions(core, span)) {
      const file = a.planUri.slice(a.planUri.lastIndexOf('/') + 1);
      const name = a.name.length > 24 ? `${a.name.slice(0, 24)}…` : a.name;
      const title =
        a.year === undefined
          ? t(locale, 'action.addToPlan', { file, id: a.id, name })
          : t(locale, 'action.addActual', { file, id: a.id, name, year: a.year });
      if (seen.has(title)) continue;
      seen.add(title);
      out.push({
        title,
        kind: CodeActionKind.QuickFix,
        isPreferred: a.year !== undefined,
        diagnostics: [d],
        edit: { changes: { [uris.toClient(a.planUri)]: a.edits } },
      });
    }
  }
  const title = t(locale, 'action.addToNewPlan');
  out.push({
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: ours,
    command: { title, command: DRAFT_COMMAND, arguments: [doc.uri] },
  });
  return out;
}
