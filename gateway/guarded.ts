/**
 * A request handler that fails answers its own request, never the process.
 *
 * uWebSockets.js calls handlers from native code: an exception thrown there
 * is an uncaught exception, and Node exits. `guard` wraps a handler (and the
 * promise it may return); `settle` does the same for a promise continuation
 * started by a handler (a .then whose callback throws is otherwise an
 * unhandled rejection, which Node also treats as fatal). Both hand the error
 * to `onError`, which answers (see `answerFailure`) and counts it.
 *
 * Engine-neutral on purpose: it only needs the few response calls below.
 */
export interface FailableResponse {
  cork(work: () => void): unknown;
  writeStatus(status: string): FailableResponse;
  writeHeader(key: string, value: string): FailableResponse;
  end(body?: string): unknown;
  close(): unknown;
}

const kStreaming = Symbol('sluice.streaming');

export function guard<Res, Req>(handler: (res: Res, req: Req) => unknown, onError: (error: unknown, res: Res) => void): (res: Res, req: Req) => void {
  return (res, req) => {
    try {
      const result = handler(res, req);
      if (result instanceof Promise) result.catch((error: unknown) => onError(error, res));
    } catch (error) {
      onError(error, res);
    }
  };
}

/** Ends a handler's promise chain: a rejection goes to `onError` instead of the event loop. */
export function settle(work: Promise<unknown>, onError: (error: unknown) => void): void {
  work.catch(onError);
}

/** Marks a response whose headers are out (an SSE stream): a failure can only close it. */
export function markStreaming(res: object): void {
  (res as { [kStreaming]?: true })[kStreaming] = true;
}

/**
 * Answers a failed request with 500 JSON, or closes the connection when the
 * response had already begun. A response already ended or aborted refuses
 * both (uWS throws on a discarded response): then there is nothing to do.
 */
export function answerFailure(res: FailableResponse): void {
  try {
    if ((res as { [kStreaming]?: true })[kStreaming] === true) {
      res.close();
      return;
    }
    res.cork(() => {
      res.writeStatus('500 Internal Server Error').writeHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ error: 'internal', message: 'the request failed inside Sluice; it was counted in sluice_http_handler_errors_total' }));
    });
  } catch {
    // Already ended or aborted.
  }
}
