/**
 * The server's start: `initialize` makes the session over the workspace folders and says what the server
 * can do; `initialized` pulls the editor's settings and indexes the workspace; a settings change has every
 * plan checked again.
 */
import {
  DidChangeConfigurationNotification,
  TextDocumentSyncKind,
  type DidChangeConfigurationParams,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { Session } from '../core/index';
import { SERVER_COMMANDS } from './commands';
import type { ServerContext } from './context';
import { EDITING_CAPABILITIES } from './editing';
import { indexWorkspace } from './indexing';
import type { InitializationOptions } from './protocol';
import type { DiagnosticsScheduler } from './scheduler';
import type { ServerSettings } from './settings';
import { SourceFeatures } from './sourceFeatures';

declare const PLANLINT_VERSION: string;

/** The session and the source features over the client's workspace folders, and what the client can do. */
function initialize(ctx: ServerContext, settings: ServerSettings, params: InitializeParams): InitializeResult {
  const { connection, documents, uris, runtime } = ctx;
  const roots = params.workspaceFolders?.map(f => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  const folders = roots.map(u => uris.toCore(u));
  uris.folders = folders;
  ctx.session = new Session(runtime.host(connection), { folders, rules: runtime.rules });
  ctx.sources = new SourceFeatures(ctx.session, documents, connection, uris);
  const workspace = params.capabilities.workspace;
  ctx.sources.canRefresh = {
    codeLens: !!workspace?.codeLens?.refreshSupport,
    inlayHints: !!workspace?.inlayHint?.refreshSupport,
  };
  const init = params.initializationOptions as InitializationOptions | undefined;
  uris.views = !!init?.documentViews;
  settings.init(params, init);
  ctx.can = {
    pullConfig: !!workspace?.configuration,
    registerConfig: !!workspace?.didChangeConfiguration?.dynamicRegistration,
    showDocument: !!params.capabilities.window?.showDocument?.support,
  };
  const transport = runtime.transport;
  if (transport) transport.textOf = async u => (await ctx.session.projectFor(uris.toCore(u))).text(uris.toCore(u));
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
}

export function registerLifecycle(ctx: ServerContext, settings: ServerSettings, scheduler: DiagnosticsScheduler): void {
  const { connection, route } = ctx;
  connection.onInitialize(route.request('initialize', (params: InitializeParams) => initialize(ctx, settings, params)));
  connection.onInitialized(
    route.notification('initialized', async () => {
      if (ctx.can.registerConfig)
        void connection.client
          .register(DidChangeConfigurationNotification.type, { section: 'planlint' })
          .catch(() => undefined);
      // Plans opened before the settings arrived (a client may open them before `initialized`).
      if (ctx.can.pullConfig && (await settings.pull())) scheduler.recheckOpenPlans('settings from the editor');
      void indexWorkspace(ctx, uri => scheduler.validate(uri));
    }),
  );
  connection.onDidChangeConfiguration(
    route.notification('workspace/didChangeConfiguration', async ({ settings: sent }: DidChangeConfigurationParams) => {
      await settings.changed(sent);
      for (const p of ctx.session.projects) for (const uri of p.plans) scheduler.schedule(uri, 0, 'settings changed');
      ctx.sources.invalidate();
      void ctx.sources.refresh(true);
    }),
  );
}
