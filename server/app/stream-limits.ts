// SSE streams' limits: each counts against its principal's connection cap (WebSocket sockets are counted per
// socket), and a stream whose reader falls behind by more than the unsent-bytes bound is ended.
import type { ServerResponse } from 'node:http';
import type { Plugin } from '@envelop/core';
import { GraphQLError } from 'graphql';
import type { Viewer } from '../auth/viewer.js';
import { type ConnectionLimits, principalKey } from './socket-limits.js';

interface StreamContext {
  viewer?: Viewer | undefined;
  requestId?: string;
  /** Present on HTTP requests only: over a WebSocket the socket itself holds the slot. */
  res?: ServerResponse;
}

export function useStreamLimits(connections: ConnectionLimits): Plugin<StreamContext> {
  return {
    onSubscribe({ args, setResultAndStopExecution }) {
      const { viewer, res, requestId } = args.contextValue;
      if (!viewer || !res) return;
      const release = connections.principals.acquire(principalKey(viewer));
      if (!release) {
        connections.stats.refusedStreams++;
        const limit = connections.limits.maxSocketsPerPrincipal;
        setResultAndStopExecution({
          errors: [
            new GraphQLError(`At most ${limit} open streams and sockets per credential`, {
              extensions: { code: 'RATE_LIMITED', requestId, limit, retryAfterSeconds: 5 },
            }),
          ],
        });
        return;
      }
      // The stream ends with its response: the client went away, or the stream finished or failed.
      res.once('close', release);
      return {
        onSubscribeResult: () => ({
          onNext: () => {
            if (res.destroyed || res.writableLength <= connections.limits.maxBufferedBytes) return;
            // SSE has no close codes: the stream just ends, and the client reconnects with sinceRevision.
            connections.stats.slowConsumers++;
            res.destroy();
          },
        }),
      };
    },
  };
}
