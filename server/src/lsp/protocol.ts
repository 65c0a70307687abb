/**
 * PlanLint's own messages between the client and the server (no imports: the client bundles this too).
 */
/** Server → client: read a workspace file (the browser worker has no disk; virtual workspaces neither). */
export const READ_FILE = 'planlint/readFile';
/** `maxBytes`: the size past which the server will refuse the file anyway (a client may refuse it unread). */
export interface ReadFileParams {
  uri: string;
  maxBytes?: number;
}
/** The file's bytes, base64-encoded; `null` when it cannot be read; `size` when it is past `maxBytes` (not read). */
export interface ReadFileResult {
  base64: string | null;
  error?: string;
  size?: number;
}

/** Server → client: the plan files below a workspace folder. */
export const LIST_FILES = 'planlint/listFiles';
export interface ListFilesParams {
  folder: string;
}
export type ListFilesResult = string[];

/** Server → client: workspace indexing progress, for the status bar. */
export const STATUS = 'planlint/status';
/** `registries`: how many of the files are registries (`*.orgs.yaml`), for the status bar. */
export interface StatusParams {
  indexing: boolean;
  done: number;
  total: number;
  registries?: number;
}

/** Client → server: the cited spans of a source document, for decorations. */
export const CITED_RANGES = 'planlint/citedRanges';
export interface CitedRangesParams {
  uri: string;
}
export interface CitedRangesResult {
  ranges: { start: { line: number; character: number }; end: { line: number; character: number } }[];
}

/** The client command a CodeLens runs to list the plan items that cite a paragraph. */
export const SHOW_CITATIONS_COMMAND = 'planlint.showCitations';

/**
 * What the client passes at start-up: the `planlint.*` settings, at the top or under `planlint`. The extension
 * passes its display language as `locale` (a setting's `auto` follows it), and the commands it runs itself
 * (`clientCommands`): the server runs those for every other client.
 */
export interface InitializationOptions extends Omit<PlanlintSettings, 'locale'> {
  locale?: string;
  planlint?: PlanlintSettings;
  clientCommands?: string[];
  /** The client shows `.docx`, `.html` and `.pdf` source documents in paragraph views (`DOCUMENT_VIEW_SCHEME`). */
  documentViews?: boolean;
}

/** The `planlint.*` settings. */
export interface PlanlintSettings {
  rules?: Record<string, string>;
  growthTolerance?: number | null;
  locale?: 'auto' | 'en' | 'zh-cn';
  /** The editor-only hint kinds on source documents, each of which a user may turn off. */
  hints?: HintSettings;
}
export interface HintSettings {
  uncitedNumbers?: boolean;
  uncitedClauses?: boolean;
  citationLens?: boolean;
  paragraphNumbers?: boolean;
  /** On a source document that no plan cites, the findings `planlint doc` gives. */
  documentFindings?: boolean;
}

/** Client → server: the coverage of a source document, for the status bar. */
export const COVERAGE = 'planlint/coverage';
export interface CoverageParams {
  uri: string;
}
export interface CoverageResult {
  numbers: { total: number; cited: number };
  clauses: { total: number; cited: number };
  plans: number;
}

/**
 * Client → server: how many findings a source document shows (its own when no plan cites it, else its
 * citing plans'), by severity, for the status bar; `enabled` is false when the setting turns them off.
 */
export const DOCUMENT_FINDINGS = 'planlint/documentFindings';
export interface DocumentFindingsResult {
  enabled: boolean;
  cited: boolean;
  errors: number;
  warnings: number;
  infos: number;
}

/** Client → server: a source anchor (and a target entry) for a selection in a source document. */
export const CITE_SELECTION = 'planlint/citeSelection';
export interface CiteSelectionParams {
  uri: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}
export interface CiteSelectionResult {
  anchor: string;
  /** The first target's inline map, when the extractor reads one. */
  entry?: string;
  /** What the draft extractor reads in the passage, anchored to it: `- { year, value, source }` targets, `baseline:`,
   * `growth:`. */
  entries: { kind: 'target' | 'baseline' | 'growth'; text: string }[];
  quote: string;
  para: number;
  unique: boolean;
}

/** Client → server: a plan drafted from a source document (the text the client holds), and where it goes. */
export const DRAFT = 'planlint/draft';
export interface DraftParams {
  uri: string;
}
/** `suggestedUri`: `<stem>.plan.yaml` beside the document, where the draft's `sources.main.path` resolves. */
export interface DraftResult {
  text: string;
  suggestedUri: string;
}
/** The client command that drafts a plan from a source document (argument: its URI, else the active editor's). */
export const DRAFT_COMMAND = 'planlint.draftPlan';

/** Client → server: paragraph `para` of a source document (as anchors number them), for "Go to ¶N". */
export const PARAGRAPH = 'planlint/paragraph';
export interface ParagraphParams {
  uri: string;
  para: number;
}
/** `count`: the document's paragraphs; `range`: paragraph `para`'s, when there is one. `null`: not readable. */
export type ParagraphResult = {
  count: number;
  range?: { start: { line: number; character: number }; end: { line: number; character: number } };
} | null;
/** The client command "Go to ¶N" (argument: N; without it, an input box asks). */
export const GO_TO_PARAGRAPH_COMMAND = 'planlint.goToParagraph';

/**
 * The read-only paragraph view of a source document that is not plain text (`.docx`, `.html`, `.pdf`): a
 * virtual document whose text is the document's paragraphs, one a line, as anchors number them. Its URI is
 * `planlint-doc:<the file's path>?<the file's URI>`; the server maps it to the file for every source feature,
 * and sends hovers and definitions into a Word file, web page or PDF to its view.
 */
export const DOCUMENT_VIEW_SCHEME = 'planlint-doc';
/**
 * A hover's link to such a document (hovers link only to files) carries `?planlint-view=L3,5-L3,20`: the
 * extension opens the view there instead of the file.
 */
export const PARAGRAPH_VIEW_QUERY = 'planlint-view';
/** Client → server: the text of a paragraph view (`uri`: the view's). `reload`: the file changed, read it again. */
export const DOCUMENT_TEXT = 'planlint/documentText';
export interface DocumentTextParams {
  uri: string;
  reload?: boolean;
}
/** The paragraphs, one a line; `null` and why, in the user's language, when the document cannot be read. */
export interface DocumentTextResult {
  text: string | null;
  error?: string;
}
/** The client command that opens a source document's paragraph view (argument: its URI, else the active editor's). */
export const OPEN_PARAGRAPH_VIEW_COMMAND = 'planlint.openParagraphView';

/**
 * Client → server: the evaluation page of a plan (`planlint report --evaluation` on it, from the same code):
 * a self-contained HTML page (no script, its own strict CSP) for a webview. `null`: not a plan that parses.
 */
export const EVALUATION = 'planlint/evaluation';
export interface EvaluationParams {
  uri: string;
}
export interface EvaluationResult {
  html: string;
  /** The plan's title (else its id, else its file name), for the webview's tab. */
  title: string;
}
/** The client command "Show evaluation" (argument: a plan's URI, else the active editor's). */
export const SHOW_EVALUATION_COMMAND = 'planlint.showEvaluation';

/**
 * Client → server: a drafted plan (`from`, the unsaved `untitled:` document) being saved as another file
 * (`to`, "Save As"): the edits to the saved text that keep its relative source paths naming the same files.
 */
export const RELOCATE_DRAFT = 'planlint/relocateDraft';
export interface RelocateDraftParams {
  from: string;
  to: string;
}
export type RelocateDraftResult = {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  newText: string;
}[];
