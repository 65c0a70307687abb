/**
 * The PlanLint language server: one `startServer(connection, runtime)` over the checker core,
 * started by a few-line node main (IPC/stdio) and a browser main (web worker).
 */
import {
  TextDocuments, TextDocumentSyncKind, FileChangeType, DidChangeConfigurationNotification,
  type Connection, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ALL_RULES, RULE_CODES, toLocale, type FileHost, type PlanlintConfig, type Rule, type RuleSetting } from '../core/index';
import { toLspDiagnostic } from './convert';
import { CITED_RANGES, LIST_FILES, STATUS, type CitedRangesParams, type InitializationOptions, type PlanlintSettings } from './protocol';
import { Services } from './services';
import { SourceFeatures } from './sourceFeatures';
import { EDITING_CAPABILITIES, registerEditing } from './editing';
import { toCoreUri, toLspUri } from './uris';

export interface Runtime {
  /** File access: the node server reads the disk; the browser worker asks the client. */
  host(connection: Connection): FileHost;
  /** The plan files below a folder; without it, the server asks the client. */
  listPlanFiles?(folder: string): Promise<string[]>;
}

const PLAN_FILE = /\.(plan\.ya?ml|orgs\.yaml)$/;
const SOURCE_FILE = /\.(txt|md|markdown)$/i;
/** Short: typing stays responsive, and a burst of keystrokes is checked once. */
const CHANGE_DEBOUNCE_MS = 5;

export function startServer(connection: Connection, runtime: Runtime): void {
  const documents = new TextDocuments(TextDocument);
  let services: Services;
  let sources: SourceFeatures;
  let editorLocale = 'en';
  let canPullConfig = false;
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const failedRules = new Set<string>();
  const log = (m: string) => connection.console.log(m);

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const folders = (params.workspaceFolders?.map(f => f.uri) ?? (params.rootUri ? [params.rootUri] : [])).map(toCoreUri);
    const fault = (params.initializationOptions as InitializationOptions | undefined)?.testFaultRule;
    const rules: readonly Rule[] | undefined = fault ? ALL_RULES.map(r => r.code === fault ? { code: r.code, check() { throw new Error('injected fault'); } } : r) : undefined;
    services = new Services(runtime.host(connection), folders, rules);
    sources = new SourceFeatures(services, documents, connection);
    editorLocale = (params.initializationOptions as InitializationOptions | undefined)?.locale ?? params.locale ?? 'en';
    services.applySettings({ locale: toLocale(editorLocale), overrides: {} });
    canPullConfig = !!params.capabilities.workspace?.configuration;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        definitionProvider: true,
        codeLensProvider: { resolveProvider: false },
        ...EDITING_CAPABILITIES,
        workspace: { workspaceFolders: { supported: true } },
      },
      serverInfo: { name: 'planlint', version: typeof PLANLINT_VERSION === 'string' ? PLANLINT_VERSION : '0.0.0' },
    };
  });

  connection.onInitialized(async () => {
    if (canPullConfig) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'planlint' }).catch(() => undefined);
      await pullSettings();
    }
    void indexWorkspace();
  });

  async function pullSettings(): Promise<void> {
    let s: PlanlintSettings = {};
    try { s = (await connection.workspace.getConfiguration('planlint')) ?? {}; } catch { /* a client without settings */ }
    const rules: Record<string, RuleSetting> = {};
    for (const [code, v] of Object.entries(s.rules ?? {})) if (RULE_CODES.has(code) && ['error', 'warning', 'info', 'hint', 'off'].includes(v)) rules[code] = v as RuleSetting;
    const overrides: Partial<PlanlintConfig> = { rules };
    if (typeof s.growthTolerance === 'number' && s.growthTolerance >= 0) overrides.growthTolerance = s.growthTolerance;
    const locale = !s.locale || s.locale === 'auto' ? toLocale(editorLocale) : toLocale(s.locale);
    services.applySettings({ locale, overrides });
  }

  connection.onDidChangeConfiguration(async () => {
    if (canPullConfig) await pullSettings();
    for (const s of services.all) for (const uri of s.planUris) schedule(uri, 0);
  });

  /** Checks one plan and publishes its diagnostics, unless a newer version arrived meanwhile. */
  async function validate(uri: string): Promise<void> {
    const doc = documents.get(toLspUri(uri));
    const version = doc?.version;
    try {
      const diags = await services.for(uri).validate(uri);
      if (documents.get(toLspUri(uri))?.version !== version) return; // stale: a later edit will publish
      if (!diags) return;
      for (const d of diags) {
        if (d.data?.internalError && !failedRules.has(d.code)) { failedRules.add(d.code); log(`planlint: rule ${d.code} failed: ${d.message}`); }
      }
      await connection.sendDiagnostics({ uri: toLspUri(uri), version, diagnostics: diags.map(toLspDiagnostic) });
      // Index what hovers and completion need now, while the user reads, not on their first request.
      setTimeout(() => { if (documents.get(toLspUri(uri))?.version === version) void services.for(uri).prepare(uri); }, 0);
    } catch (e) {
      log(`planlint: checking ${uri} failed: ${e instanceof Error ? e.stack : String(e)}`);
    }
  }

  function schedule(uri: string, delay: number): void {
    clearTimeout(timers.get(uri));
    timers.set(uri, setTimeout(() => { timers.delete(uri); void validate(uri); }, delay));
  }

  /** A registry, config or source document changed: check again every plan that reads it. */
  function recheckDependents(uri: string): void {
    for (const s of services.all) for (const plan of s.invalidate(uri)) if (plan !== uri) schedule(plan, CHANGE_DEBOUNCE_MS);
    sources.invalidate();
    if (SOURCE_FILE.test(uri)) sources.refresh();
  }

  // TextDocuments reports an open as a content change too: check at once then, debounce after.
  const justOpened = new Set<string>();
  documents.onDidOpen(e => { justOpened.add(toCoreUri(e.document.uri)); });
  documents.onDidChangeContent(e => {
    const uri = toCoreUri(e.document.uri);
    const opening = justOpened.delete(uri);
    services.for(uri).setOverlay(uri, e.document.getText());
    sources.invalidate();
    if (PLAN_FILE.test(uri)) schedule(uri, opening ? 0 : CHANGE_DEBOUNCE_MS);
    if (!opening) recheckDependents(uri);
    else if (SOURCE_FILE.test(uri)) void sources.publish(uri);
  });
  documents.onDidClose(e => {
    const uri = toCoreUri(e.document.uri);
    services.for(uri).clearOverlay(uri);
    if (PLAN_FILE.test(uri)) schedule(uri, 0); // back to what is on disk
    else void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    recheckDependents(uri);
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    for (const c of changes) {
      const uri = toCoreUri(c.uri);
      const service = services.for(uri);
      if (documents.get(c.uri)) continue; // the editor's text wins while it is open
      if (PLAN_FILE.test(uri)) {
        if (c.type === FileChangeType.Deleted) { service.planUris.delete(uri); void connection.sendDiagnostics({ uri: c.uri, diagnostics: [] }); }
        else { service.planUris.add(uri); schedule(uri, CHANGE_DEBOUNCE_MS); }
      }
      recheckDependents(uri);
    }
  });

  /** Index every plan of the workspace in the background; open documents were checked first. */
  async function indexWorkspace(): Promise<void> {
    const found: { service: ReturnType<Services['for']>; uri: string }[] = [];
    for (const service of services.all) {
      let uris: string[] = [];
      try {
        uris = runtime.listPlanFiles ? await runtime.listPlanFiles(service.root)
          : ((await connection.sendRequest(LIST_FILES, { folder: toLspUri(service.root) })) as string[]).map(toCoreUri);
      } catch (e) { log(`planlint: cannot list the files of ${service.root}: ${String(e)}`); }
      for (const uri of uris) { service.planUris.add(uri); found.push({ service, uri }); }
    }
    void connection.sendNotification(STATUS, { indexing: true, done: 0, total: found.length });
    let done = 0;
    for (const { uri } of found) {
      if (!documents.get(toLspUri(uri))) await validate(uri);
      done++;
      if (done % 20 === 0) {
        void connection.sendNotification(STATUS, { indexing: true, done, total: found.length });
        await new Promise(r => setTimeout(r, 0)); // let requests for open files through
      }
    }
    void connection.sendNotification(STATUS, { indexing: false, done, total: found.length });
    log(`planlint: indexed ${done} plan files`);
    sources.refresh();
  }

  connection.onHover(async ({ textDocument, position }) => {
    const uri = toCoreUri(textDocument.uri);
    const doc = documents.get(textDocument.uri);
    if (!doc) return null;
    if (SOURCE_FILE.test(uri)) return sources.hover(uri, position);
    const h = await services.for(uri).hover(uri, doc.offsetAt(position));
    return h ? { contents: { kind: 'markdown', value: h.markdown }, range: h.range } : null;
  });

  connection.onDefinition(async ({ textDocument, position }) => {
    const uri = toCoreUri(textDocument.uri);
    const doc = documents.get(textDocument.uri);
    if (!doc || !PLAN_FILE.test(uri)) return [];
    const locs = await services.for(uri).definition(uri, doc.offsetAt(position));
    return locs.map(l => ({ uri: toLspUri(l.uri), range: l.range }));
  });

  connection.onCodeLens(async ({ textDocument }) => {
    const uri = toCoreUri(textDocument.uri);
    return SOURCE_FILE.test(uri) ? sources.codeLenses(uri) : [];
  });

  connection.onRequest(CITED_RANGES, async (p: CitedRangesParams) => sources.citedRanges(toCoreUri(p.uri)));

  registerEditing(connection, documents, () => services);
  documents.listen(connection);
  connection.listen();
}

declare const PLANLINT_VERSION: string;
