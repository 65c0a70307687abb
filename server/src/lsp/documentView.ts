/**
 * Paragraph views (protocol.ts, `DOCUMENT_VIEW_SCHEME`): a `.docx`, `.html` or `.pdf` source document is
 * shown as a virtual document of its paragraphs, one a line. The core knows only the file; these map
 * the view's URI to the file's and back, and send a hover's links into such a document to its view.
 */
import { URI } from 'vscode-uri';
import { VIEWED_SOURCE_FILE } from '../core/text/fileKinds';
import { DOCUMENT_VIEW_SCHEME, PARAGRAPH_VIEW_QUERY } from './protocol';

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
 * it) marked for its view: VS Code renders a hover's links only to files (`file:`, `vscode-remote:`, …),
 * never to a `planlint-doc:` view, so the link stays on the file, with the place to show in the query
 * (`?planlint-view=L3,5-L3,20`), and the extension opens the view there instead of the file
 * (`PARAGRAPH_VIEW_QUERY`). `fileOf` maps the file's core URI to the client's. Labels are escaped
 * Markdown, so `](` only starts a link target.
 */
export function linksToViews(markdown: string, fileOf: (core: string) => string): string {
  return markdown.replace(/\]\(([^()\s#]+)(#[^()\s]*)?\)/g, (whole, target: string, fragment = '') => {
    let core: string;
    try {
      core = decodeURIComponent(target);
    } catch {
      return whole;
    }
    if (!VIEWED_SOURCE_FILE.test(core)) return whole;
    const file = URI.parse(fileOf(core));
    const marked = file.with({ query: `${PARAGRAPH_VIEW_QUERY}=${fragment.slice(1)}` }).toString();
    // Parentheses stay encoded: a link target must not close early.
    return `](${marked.replace(/\(/g, '%28').replace(/\)/g, '%29')}${fragment})`;
  });
}
