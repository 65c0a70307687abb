/**
 * The PlanLint language server: one `startServer(connection, runtime)` over the checker core,
 * started by a few-line node main (IPC/stdio) and a browser main (web worker).
 */
import {
  TextDocuments,
  TextDocumentSyncKind,
  FileChangeType,
  DidChangeConfigurationNotification,
  ErrorCodes,
  ResponseError,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { PLAN_FILE, REGISTRY_FILE } from '../core/text/fileKinds';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  configDiagnostics,
  RULE_CODES,
  Session,
  toLocale,
  type FileHost,
  type PlanlintConfig,
  type ProjectCheck,
  type Rule,
  type RuleSetting,
} from '../core/index';
import { toAcknowledgedLspDiagnostic, toLspDiagnostic } from './convert';
import {
  CITED_RANGES,
  COVERAGE,
  DOCUMENT_FINDINGS,
  DOCUMENT_TEXT,
  LIST_FILES,
  PARAGRAPH,
  STATUS,
  type CitedRangesParams,
  type DocumentTextParams,
  type DocumentTextResult,
  type ListFilesResult,
  type CoverageParams,
  type ParagraphParams,
  type InitializationOptions,
  type PlanlintSettings,
} from './protocol';
import { SourceFeatures } from './sourceFeatures';
import { EDITING_CAPABILITIES, registerEditing } from './editing';
import { UriMap } from './uris';
import { fileOfView, linksToViews } from './documentView';
import { registerDrafting } from './drafting';
import { registerEvaluation } from './evaluation';
import { registerSavedDrafts, twinOf } from './savedDrafts';
import { registerCommands, SERVER_COMMANDS } from './commands';
import { initialSettings, mergeSettings } from './settings';
import type { Transport } from './transport';

export interface Runtime {
  /** File access: the node server reads the disk; the browser worker asks the client. */
  host(connection: Connection): FileHost;
  /** The plan files below a folder; without it, the server asks the client. */
  listPlanFiles?(folder: string): Promise<string[]>;
  /** The rules to run (the tests' own server builds inject a failing one); default: all. */
  rules?: readonly Rule[];
  /** The wire below the connection: the position encoding it agreed (UTF-16 without one). */
  transport?: Transport;
}

/** Short: typing stays responsive, and a burst of keystrokes is checked once. */
const CHANGE_DEBOUNCE_MS = 5;

export function startServer(connection: Connection, runtime: Runtime): void {
  const documents = new TextDocuments(TextDocument);
  let session: Session;
  let sources: SourceFeatures;
  const uris = new UriMap();
  /** Config files whose problems are shown, by client URI; emptied when fixed. */
  const configProblems = new Map<string, string>();
  let editorLocale = 'en';
  let canPullConfig = false;
  let canRegisterConfig = false;
  /** The settings from `initializationOptions`; `workspace/configuration` answers over them. */
  let startSettings: PlanlintSettings = {};
  let canShowDocument = false;
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const failedRules = new Set<string>();
  const log = (m: string) => connection.console.log(m);

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const folders = (params.workspaceFolders?.map(f => f.uri) ?? (params.rootUri ? [params.rootUri] : [])).map(u =>
      uris.toCore(u),
    );
    uris.folders = folders;
    session = new Session(runtime.host(connection), { folders, rules: runtime.rules });
    sources = new SourceFeatures(session, documents, connection, uris);
    sources.canRefresh = {
      codeLens: !!params.capabilities.workspace?.codeLens?.refreshSupport,
      inlayHints: !!params.capabilities.workspace?.inlayHint?.refreshSupport,
    };
    const init = params.initializationOptions as InitializationOptions | undefined;
    // The extension's `locale` is its display language; another client's is the setting.
    editorLocale = init?.locale && init.locale !== 'auto' ? init.locale : (params.locale ?? 'en');
    uris.views = !!init?.documentViews;
    startSettings = initialSettings(init);
    applySettings(startSettings);
    canPullConfig = !!params.capabilities.workspace?.configuration;
    canRegisterConfig = !!params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration;
    canShowDocument = !!params.capabilities.window?.showDocument?.support;
    const transport = runtime.transport;
    if (transport) transport.textOf = async u => (await session.projectFor(uris.toCore(u))).text(uris.toCore(u));
    // The commands the client does not run itself, the server runs (the extension's run in VS Code).
    const commands = SERVER_COMMANDS.filter(c => !init?.clientCommands?.includes(c));
    return {
      capabilities: {
        positionEncoding: transport?.encoding ?? 'utf-16',
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        definitionProvider: true,
        codeLensProvider: { resolveProvider: false },
        ...EDITING_CAPABILITIES,
        ...(commands.length ? { executeCommandProvider: { commands } } : {}),
        workspace: { workspaceFolders: { supported: true } },
      },
      serverInfo: { name: 'planlint', version: typeof PLANLINT_VERSION === 'string' ? PLANLINT_VERSION : '0.0.0' },
    };
  });

  connection.onInitialized(async () => {
    if (canRegisterConfig)
      void connection.client
        .register(DidChangeConfigurationNotification.type, { section: 'planlint' })
        .catch(() => undefined);
    if (canPullConfig && (await pullSettings())) recheckOpenPlans('settings from the editor');
    void indexWorkspace();
  });

  /** The editor's settings over the start-up ones; whether they differ from those applied before. */
  async function pullSettings(): Promise<boolean> {
    let s: unknown = null;
    try {
      s = await connection.workspace.getConfiguration('planlint');
    } catch {
      /* a client without settings */
    }
    return applySettings(mergeSettings(startSettings, s));
  }

  /** Plans opened before the settings arrived (a client may open them before `initialized`). */
  function recheckOpenPlans(why: string): void {
    for (const d of documents.all()) if (PLAN_FILE.test(uris.toCore(d.uri))) schedule(uris.toCore(d.uri), 0, why);
  }

  let applied = '';
  function applySettings(s: PlanlintSettings): boolean {
    const rules: Record<string, RuleSetting> = {};
    for (const [code, v] of Object.entries(s.rules ?? {}))
      if (RULE_CODES.has(code) && ['error', 'warning', 'info', 'hint', 'off'].includes(v))
        rules[code] = v as RuleSetting;
    const overrides: Partial<PlanlintConfig> = { rules };
    if (typeof s.growthTolerance === 'number' && s.growthTolerance >= 0) overrides.growthTolerance = s.growthTolerance;
    const locale = !s.locale || s.locale === 'auto' ? toLocale(editorLocale) : toLocale(s.locale);
    session.applySettings({ locale, overrides });
    sources.hints = {
      uncitedNumbers: s.hints?.uncitedNumbers !== false,
      uncitedClauses: s.hints?.uncitedClauses !== false,
      citationLens: s.hints?.citationLens !== false,
      paragraphNumbers: s.hints?.paragraphNumbers !== false,
      documentFindings: s.hints?.documentFindings !== false,
    };
    const key = JSON.stringify([locale, overrides, sources.hints]);
    const changed = key !== applied;
    applied = key;
    return changed;
  }

  connection.onDidChangeConfiguration(async ({ settings }) => {
    if (canPullConfig) await pullSettings();
    // A client that cannot be asked sends its settings along.
    else applySettings(mergeSettings(startSettings, (settings as { planlint?: unknown } | null)?.planlint));
    for (const p of session.projects) for (const uri of p.plans) schedule(uri, 0, 'settings changed');
    sources.invalidate();
    void sources.refresh(true);
  });

  /** Checks one plan and publishes its diagnostics, unless a newer version arrived meanwhile. */
  async function validate(uri: string, why?: string): Promise<void> {
    const clientUri = uris.toClient(uri);
    const opened = documents.get(clientUri);
    const version = opened?.version;
    // Stale once a later edit came, or once the document was closed and opened again (versions restart).
    const stale = () => documents.get(clientUri) !== opened || opened?.version !== version;
    try {
      const project = await session.projectFor(uri);
      // The document's content handler has yet to put this text in: it checks again once it has.
      if (opened && !fileOfView(clientUri) && !project.hasOverlay(uri, opened.getText())) return;
      const result = await project.check(uri);
      if (stale()) return; // a later edit will publish, and release the plans that read this one
      publishConfig(result);
      if (!result.ok) {
        log(`planlint: ${uri} is not checked: ${result.reason} (${result.detail})`);
        releaseDependents(uri);
        return;
      }
      for (const d of result.diagnostics) {
        if (d.data?.internalError && !failedRules.has(d.code)) {
          failedRules.add(d.code);
          log(`planlint: rule ${d.code} failed: ${d.message}`);
        }
      }
      await connection.sendDiagnostics({
        uri: clientUri,
        version,
        diagnostics: [
          ...result.diagnostics.map(toLspDiagnostic),
          ...result.suppressed.map(d => toAcknowledgedLspDiagnostic(d, clientUri, session.locale)),
        ],
      });
      releaseDependents(uri);
      // The Output channel says what was checked and why (not every keystroke: edits are the user's own).
      if (why) log(`planlint: checked ${uri} (${why}): ${result.diagnostics.length} finding(s)`);
      // Index what hovers and completion need now, while the user reads, not on their first request.
      setTimeout(() => {
        if (!stale()) void session.projectFor(uri).then(p => p.prepare(uri));
      }, 0);
    } catch (e) {
      log(`planlint: checking ${uri} failed: ${e instanceof Error ? e.stack : String(e)}`);
      releaseDependents(uri);
    }
  }

  /** A config file's problems, shown on the config file; the log says it is not applied. */
  function publishConfig(result: ProjectCheck): void {
    const applied = result.config;
    if (!applied.uri) return;
    const clientUri = uris.toClient(applied.uri);
    const diags = configDiagnostics(applied, session.locale);
    const key = JSON.stringify(diags.map(d => [d.range, d.message]));
    if ((configProblems.get(clientUri) ?? '[]') === key) return;
    if (diags.length) configProblems.set(clientUri, key);
    else configProblems.delete(clientUri);
    if (diags.length)
      log(`planlint: ${applied.uri} has ${diags.length} problem(s) and is not applied until they are fixed`);
    void connection.sendDiagnostics({ uri: clientUri, diagnostics: diags.map(toLspDiagnostic) });
  }

  function schedule(uri: string, delay: number, why?: string): void {
    clearTimeout(timers.get(uri));
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        void validate(uri, why);
      }, delay),
    );
  }

  /** A registry, config or source document changed: check again every plan that reads it. */
  /** Plans to check again once the edited plan they read is checked and published: it comes first. */
  const afterCheck = new Map<string, Set<string>>();
  function releaseDependents(uri: string): void {
    const waiting = afterCheck.get(uri);
    afterCheck.delete(uri);
    for (const plan of waiting ?? []) schedule(plan, 0, `it reads ${uri}, which changed`);
  }
  function recheckDependents(uri: string): void {
    const edited = PLAN_FILE.test(uri) && documents.get(uris.toClient(uri)) !== undefined;
    for (const p of session.projects)
      for (const plan of p.invalidate(uri)) {
        if (plan === uri) continue;
        if (!edited) schedule(plan, CHANGE_DEBOUNCE_MS, `it reads ${uri}, which changed`);
        else afterCheck.set(uri, (afterCheck.get(uri) ?? new Set()).add(plan));
      }
    sources.invalidate();
    // The edited document's lenses and marks the client asks for again by itself; its hints follow here.
    if (sources.shown(uri)) void sources.drawnByClient(uri);
  }

  /** A plan changed: the hints on open source documents follow, once typing pauses. */
  let sourcesTimer: ReturnType<typeof setTimeout> | undefined;
  const refreshSourcesSoon = () => {
    clearTimeout(sourcesTimer);
    sourcesTimer = setTimeout(() => void sources.refresh(), 200);
  };

  // TextDocuments reports an open as a content change too: check at once then, debounce after.
  const justOpened = new Set<string>();
  documents.onDidOpen(e => {
    justOpened.add(uris.toCore(e.document.uri, true));
  });
  documents.onDidChangeContent(async e => {
    const uri = uris.toCore(e.document.uri);
    const opening = justOpened.delete(uri);
    // A new unsaved plan opens empty and its text (a draft) lands next: not a plan to check until then,
    // and checked at once when it does, as if it opened with it.
    // So does the file a draft is saved as (savedDrafts.ts): its draft holds the plan meanwhile.
    const blank = !e.document.getText();
    if (opening && blank && (e.document.uri.startsWith('untitled:') || twinOf(documents, uris, e.document.uri))) {
      justOpened.add(uri);
      return;
    }
    const project = await session.projectFor(uri);
    // Handlers resume out of order: the overlay takes the document as it is now, not as this event saw
    // it (a close and a reopen may have come meanwhile, and the close's handler clears nothing then).
    const current = documents.get(e.document.uri);
    if (!current) return;
    // A paragraph view's text is the file's, as its reader gives it: the file is read, never the view.
    if (!fileOfView(e.document.uri)) project.setOverlay(uri, current.getText());
    if (PLAN_FILE.test(uri)) project.addPlan(uri);
    sources.invalidate();
    if (PLAN_FILE.test(uri)) schedule(uri, opening ? 0 : CHANGE_DEBOUNCE_MS, opening ? 'opened' : undefined);
    if (!opening) recheckDependents(uri);
    else if (uris.showsSource(e.document.uri)) void sources.drawnByClient(uri);
    // A draft is a new plan even as it opens: the document it cites shows its lenses at once.
    if (PLAN_FILE.test(uri) && (!opening || e.document.uri.startsWith('untitled:'))) refreshSourcesSoon();
  });
  documents.onDidClose(async e => {
    const uri = uris.toCore(e.document.uri);
    const project = await session.projectFor(uri);
    if (documents.get(e.document.uri)) return; // opened again meanwhile: that open's handler holds it
    const saved = e.document.uri.startsWith('untitled:') ? twinOf(documents, uris, e.document.uri) : undefined;
    if (saved) {
      // A draft closed once saved (savedDrafts.ts): the plan is the file's now, with the file's text.
      project.setOverlay(uri, saved.getText() || e.document.getText());
      uris.toCore(saved.uri, true);
      void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
      schedule(uri, 0, 'saved');
      return;
    }
    project.clearOverlay(uri);
    if (e.document.uri.startsWith('untitled:')) {
      // An unsaved draft closed: it was never a file (saved, it comes back as one).
      project.removePlan(uri);
      uris.forget(uri);
      void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    } else if (PLAN_FILE.test(uri)) schedule(uri, 0, 'closed: back to the file on disk');
    else void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    recheckDependents(uri);
    // What the plan cited is gone (or back to the file's): the source documents' lenses and marks follow.
    if (PLAN_FILE.test(uri)) refreshSourcesSoon();
  });

  connection.onDidChangeWatchedFiles(async ({ changes }) => {
    for (const c of changes) {
      const uri = uris.toCore(c.uri);
      // The editor's text wins while it is open; a paragraph view shows the file, which changed.
      const open = uris.toClient(uri);
      if (documents.get(open) && !fileOfView(open)) continue;
      const project = await session.projectFor(uri);
      if (PLAN_FILE.test(uri)) {
        if (c.type === FileChangeType.Deleted) {
          project.removePlan(uri);
          void connection.sendDiagnostics({ uri: uris.toClient(uri), diagnostics: [] });
        } else {
          project.addPlan(uri);
          schedule(uri, CHANGE_DEBOUNCE_MS, 'changed on disk');
        }
      }
      recheckDependents(uri);
    }
  });

  /** Index every plan of the workspace in the background; open documents were checked first. */
  async function indexWorkspace(): Promise<void> {
    const found: string[] = [];
    for (const project of session.projects) {
      let listed: string[] = [];
      try {
        listed = runtime.listPlanFiles
          ? await runtime.listPlanFiles(project.root)
          : (
              (await connection.sendRequest(LIST_FILES, { folder: uris.toClient(project.root) })) as ListFilesResult
            ).map(u => uris.toCore(u));
      } catch (e) {
        log(`planlint: cannot list the files of ${project.root}: ${String(e)}`);
      }
      for (const uri of listed) {
        project.addPlan(uri);
        found.push(uri);
      }
    }
    void connection.sendNotification(STATUS, { indexing: true, done: 0, total: found.length });
    let done = 0;
    for (const uri of found) {
      if (!documents.get(uris.toClient(uri))) await validate(uri);
      done++;
      if (done % 20 === 0) {
        void connection.sendNotification(STATUS, { indexing: true, done, total: found.length });
        await new Promise(r => setTimeout(r, 0)); // let requests for open files through
      }
    }
    const registries = found.filter(u => REGISTRY_FILE.test(u)).length;
    void connection.sendNotification(STATUS, { indexing: false, done, total: found.length, registries });
    log(`planlint: indexed ${done} plan files`);
    // Source documents opened before the plans were known (a window reloaded with them open) were
    // answered as cited by nothing: answer again, and have the client ask again for lenses and hints.
    sources.invalidate();
    void sources.refresh(true);
  }

  connection.onHover(async ({ textDocument, position }) => {
    const uri = uris.toCore(textDocument.uri);
    const doc = documents.get(textDocument.uri);
    if (!doc) return null;
    if (uris.showsSource(textDocument.uri)) return sources.hover(uri, position);
    const h = await (await session.projectFor(uri)).hover(uri, doc.offsetAt(position));
    if (!h) return null;
    const value = uris.views ? linksToViews(h.markdown, core => uris.fileForm(core)) : h.markdown;
    return { contents: { kind: 'markdown', value }, range: h.range };
  });

  connection.onDefinition(async ({ textDocument, position }) => {
    const uri = uris.toCore(textDocument.uri);
    const doc = documents.get(textDocument.uri);
    if (!doc || !PLAN_FILE.test(uri)) return [];
    const locs = await (await session.projectFor(uri)).definition(uri, doc.offsetAt(position));
    return locs.map(l => ({ uri: uris.toClient(l.uri), range: l.range }));
  });

  connection.onCodeLens(async ({ textDocument }) => {
    const uri = uris.toCore(textDocument.uri);
    return uris.showsSource(textDocument.uri) ? sources.codeLenses(uri) : [];
  });

  /**
   * PlanLint's own requests answer only for documents of the workspace: an open document, or a file inside a
   * workspace folder. A client (or an extension speaking for it) naming `file:///etc/passwd` gets an error,
   * not the file's paragraphs or a draft quoting it.
   */
  const ours = (clientUri: string) => {
    const core = uris.toCore(clientUri);
    if (documents.get(clientUri) || uris.inWorkspace(core)) return core;
    throw new ResponseError(ErrorCodes.InvalidParams, 'not a document of the workspace');
  };
  connection.onRequest(CITED_RANGES, async (p: CitedRangesParams) => sources.citedRanges(ours(p.uri)));
  connection.onRequest(COVERAGE, async (p: CoverageParams) => sources.coverage(ours(p.uri)));
  connection.onRequest(DOCUMENT_FINDINGS, async (p: CoverageParams) => sources.findingCounts(ours(p.uri)));
  connection.onRequest(PARAGRAPH, async (p: ParagraphParams) => sources.paragraph(ours(p.uri), p.para));
  connection.onRequest(DOCUMENT_TEXT, async (p: DocumentTextParams): Promise<DocumentTextResult> => {
    const core = ours(p.uri);
    if (p.reload) recheckDependents(core); // forgets what was read of the file, and checks its plans again
    const r = await (await session.projectFor(core)).sourceText(core);
    return r.ok ? { text: r.text } : { text: null, error: r.why };
  });

  registerEditing(
    connection,
    documents,
    () => session,
    uris,
    () => sources,
  );
  registerDrafting(connection, () => session, ours);
  registerEvaluation(connection, () => session, ours);
  registerSavedDrafts(connection, () => session, ours);
  registerCommands(connection, {
    documents,
    uris,
    sources: () => sources,
    locale: () => session.locale,
    canShow: () => canShowDocument,
  });
  documents.listen(connection);
  connection.listen();
}

declare const PLANLINT_VERSION: string;
