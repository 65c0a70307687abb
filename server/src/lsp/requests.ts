/**
 * The one way a handler is registered: every request goes through `route.request`, every notification
 * through `route.notification` (test/unit/server-size.test.mjs holds the requests to it). As VS Code's JSON
 * server does it (`runSafeAsync`, extensions/json-language-features/server/src/utils/runner.ts), a request
 * starts on the next turn of the event loop, so a `$/cancelRequest` the client sent with it is seen first;
 * once the client cancels (before the handler runs, between its awaits, or as it finishes), it is answered
 * RequestCancelled (-32800, LSP 3.17: "the client has canceled a request and a server has detected the
 * cancel"; ServerCancelled is for requests a server may cancel itself, none of ours). What a handler throws
 * is logged with its stack and answered as an error: never a crash, never a request left unanswered.
 */
import { CancellationToken, ErrorCodes, LSPErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';

/** Thrown by `Work.check` once the client cancelled: the request is answered RequestCancelled. */
class Cancelled extends Error {}

/** A request being answered, as its handler sees it: look at the cancellation between awaits. */
export class Work {
  constructor(private readonly token: CancellationToken) {}

  /** Goes no further once the client cancelled the request. */
  check(): void {
    if (this.token.isCancellationRequested) throw new Cancelled('cancelled');
  }

  /** Awaits one step of the work, then goes no further if the client cancelled meanwhile. */
  async step<T>(value: T | Promise<T>): Promise<T> {
    const v = await value;
    this.check();
    return v;
  }
}

export type RequestHandler<P, R> = (params: P, work: Work) => R | Promise<R>;

export interface Router {
  request<P, R>(
    method: string,
    handler: RequestHandler<P, R>,
  ): (params: P, token?: CancellationToken) => Promise<R | ResponseError<never>>;
  notification<P>(method: string, handler: (params: P) => unknown): (params: P) => Promise<void>;
}

/** The next turn of the event loop (a browser worker has no `setImmediate`). */
const nextTurn = () =>
  new Promise<void>(resolve => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));

const describe = (e: unknown) => (e instanceof Error ? (e.stack ?? e.message) : String(e));

export function router(connection: Connection): Router {
  const failed = (method: string, e: unknown) => connection.console.error(`planlint: ${method} failed: ${describe(e)}`);
  const answer = async <P, R>(method: string, handler: RequestHandler<P, R>, params: P, token: CancellationToken) => {
    // Not `initialize`: what the client sends next (it may not wait for the answer) needs the session it makes.
    if (method !== 'initialize') await nextTurn();
    const work = new Work(token);
    try {
      work.check();
      return await work.step(handler(params, work));
    } catch (e) {
      const cancelled = new ResponseError<never>(LSPErrorCodes.RequestCancelled, `${method} cancelled`);
      if (e instanceof Cancelled) return cancelled;
      // A refusal the handler means (InvalidParams, …) is answered as it is.
      if (e instanceof ResponseError) return e as ResponseError<never>;
      failed(method, e);
      if (token.isCancellationRequested) return cancelled;
      const why = e instanceof Error ? e.message : String(e);
      return new ResponseError<never>(ErrorCodes.InternalError, `planlint could not answer ${method}: ${why}`);
    }
  };
  return {
    // The library answers a ResponseError returned (not thrown) as the request's error.
    request:
      (method, handler) =>
      (params, token = CancellationToken.None) =>
        answer(method, handler, params, token),
    notification: (method, handler) => async params => {
      try {
        await handler(params);
      } catch (e) {
        failed(method, e);
      }
    },
  };
}
