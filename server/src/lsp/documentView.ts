/**
 * Paragraph views (protocol.ts, `DOCUMENT_VIEW_SCHEME`): a `.docx`, `.html` or `.pdf` source document is
 * shown as a virtual document of its paragraphs, one a line. The core knows only the file; these map
 * the view's URI to the file's and back, and send a hover's links into such a document to its view.
 */
import { URI } from 'vscode-uri';
import { VIEWED_SOURCE_FILE } from '../core/text/fileKinds';
import { DOCUMENT_VIEW_SCHEME } from './protocol';

/** The file's client URI of a view's URI; undefined for any other URI. */
export function fileOfView(clientUri: string): string | undefined {
  if (!clientUri.startsWith(`${DOCUMENT_VIEW_SCHEME}:`)) return undefined;
  const file = URI.parse(clientUri).query;
  return VIEWED_SOURCE_FILE.test(URI.parse(file).path) ? file : undefined;
}

/** The view's URI of a file's client URI (built as the extension builds it, with VS Code's URI code). */
export function viewOfFile(fileUri: string): string {
  return URI.from({ scheme: DOCUMENT_VIEW_SCHEME, path: URI.parse(fileUri).path, query: fileUri }).toString();
}

/**
 * A hover's Markdown with each link to a Word file, web page or PDF (`](target#L…)`, as `docLink` writes
 * it) pointing to that document's view instead: the file itself is not text an editor can select in.
 * `viewOf` maps the file's core URI to its view's URI. Labels are escaped Markdown, so `](` only starts a
 * link target.
 */
export function linksToViews(markdown: string, viewOf: (core: string) => string): string {
  return markdown.replace(/\]\(([^()\s#]+)(#[^()\s]*)?\)/g, (whole, target: string, fragment = '') => {
    let core: string;
    try {
      core = decodeURIComponent(target);
    } catch {
      return whole;
    }
    if (!VIEWED_SOURCE_FILE.test(core)) return whole;
    // Parentheses stay encoded: a link target must not close early.
    const view = viewOf(core).replace(/\(/g, '%28').replace(/\)/g, '%29');
    return `](${view}${fragment})`;
  });
}
