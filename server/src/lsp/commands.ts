/**
 * For editors without the extension: the commands that its source-document lenses and "Go to ¶N" run,
 * over plain LSP (`workspace/executeCommand`). Each answers with the place it means and asks the client
 * to show it (`window/showDocument`); a client that cannot show documents is told where it is.
 */
import {
  ErrorCodes,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  type Connection,
  type ExecuteCommandParams,
  type Location,
  type Range,
  type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { t, type Locale } from '../core/index';
import { GO_TO_PARAGRAPH_COMMAND, SHOW_CITATIONS_COMMAND } from './protocol';
import type { Router } from './requests';
import type { SourceFeatures } from './sourceFeatures';
import type { UriMap } from './uris';

/** The commands the server runs for a client that does not run them itself. */
export const SERVER_COMMANDS = [SHOW_CITATIONS_COMMAND, GO_TO_PARAGRAPH_COMMAND];

export interface CommandContext {
  documents: TextDocuments<TextDocument>;
  uris: UriMap;
  sources: () => SourceFeatures;
  locale: () => Locale;
  /** Whether the client shows a document when asked (`window.showDocument.support`). */
  canShow: () => boolean;
  route: Router;
}

export function registerCommands(connection: Connection, c: CommandContext): void {
  // A notification: the library's showWarningMessage is a request, which not every client answers.
  const tell = (type: MessageType, message: string) =>
    void connection.sendNotification(ShowMessageNotification.type, { type, message });
  const show = async (at: Location): Promise<Location> => {
    if (c.canShow()) {
      await connection.window
        .showDocument({ uri: at.uri, selection: at.range, takeFocus: true })
        .catch(() => undefined);
    } else {
      const file = decodeURIComponent(at.uri.slice(at.uri.lastIndexOf('/') + 1));
      tell(MessageType.Info, t(c.locale(), 'goTo.at', { file, line: at.range.start.line + 1 }));
    }
    return at;
  };

  connection.onExecuteCommand(
    c.route.request('workspace/executeCommand', async ({ command, arguments: args = [] }: ExecuteCommandParams) => {
      if (command === SHOW_CITATIONS_COMMAND) {
        // The lens's arguments: the source document, the lens's position, the citing items' places.
        const first = (args[2] as Location[] | undefined)?.[0];
        return first ? show(first) : null;
      }
      if (command === GO_TO_PARAGRAPH_COMMAND) {
        const [uri, n] = args as [unknown, unknown];
        const para = Number(n);
        // Only a document the client has open: the command moves its cursor there.
        if (typeof uri !== 'string' || !c.documents.get(uri) || !Number.isInteger(para))
          throw new ResponseError(
            ErrorCodes.InvalidParams,
            'arguments: an open source document and a paragraph number',
          );
        const r = await c.sources().paragraph(c.uris.toCore(uri), para);
        if (!r?.range) {
          tell(MessageType.Warning, t(c.locale(), 'goTo.noParagraph', { n: para, count: r?.count ?? 0 }));
          return null;
        }
        return show({ uri, range: r.range as Range });
      }
      throw new ResponseError(ErrorCodes.InvalidParams, `unknown command: ${command}`);
    }),
  );
}
