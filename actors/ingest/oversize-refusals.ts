/**
 * Counts the batches grpc-js refuses on its own for being larger than
 * `grpc.max_receive_message_length`. grpc-js reads the 5-byte gRPC message
 * prefix, sees the declared length is over the limit and answers
 * RESOURCE_EXHAUSTED at once (without buffering the message): no handler
 * runs, so the ingest never hears of it. Raising grpc-js's limit and
 * checking the size in our handler would count only what fits under the
 * raised limit, and would buffer each message whole first.
 *
 * This server interceptor sees every status of the call. A status our
 * handler sends passes through this interceptor's responder first; one that
 * grpc-js itself sends (its size check, a decompressed message too large)
 * reaches the next call's `sendStatus` directly. So a RESOURCE_EXHAUSTED
 * there that did not come from the handler is a refusal for size.
 *
 * Relies on grpc-js (checked on 1.14) sending its own statuses through the
 * innermost call's `sendStatus` method; test/oversize-batch.test.ts pins it.
 */
import * as grpc from '@grpc/grpc-js';

export function countOversizeRefusals(onRefused: () => void): grpc.ServerInterceptor {
  return (_method, call) => {
    let fromHandler = false;
    // grpc-js may report the same refusal more than once (each further data
    // frame of the call runs into the same size check): count a call once.
    let counted = false;
    const send = call.sendStatus.bind(call);
    call.sendStatus = (status) => {
      if (!fromHandler && !counted && status.code === grpc.status.RESOURCE_EXHAUSTED) {
        counted = true;
        onRefused();
      }
      send(status);
    };
    return new grpc.ServerInterceptingCall(call, {
      sendStatus: (status, next) => {
        fromHandler = true;
        next(status);
      },
    });
  };
}
