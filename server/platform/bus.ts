// The event bus: configuration changes announced after commit, in-process or across instances through Redis.
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub } from 'graphql-yoga';
import { Redis } from 'ioredis';
import type { TargetType } from '../audit/audit-event.js';
import type { Logger } from './logger.js';

/** Published once a flag, segment or persona change has committed; never for a rolled-back one. */
export interface ConfigChangeEvent {
  targetType: TargetType;
  key: string;
  action: string;
  revision: number;
  configRevision: number;
  actor: string;
  summary: string;
  at: string;
}

const TOPIC = 'config-change';
type Topics = { [TOPIC]: [ConfigChangeEvent] };

export interface Bus {
  publish(event: ConfigChangeEvent): void;
  /** Every event from every instance (this one included), until the returned function is called. */
  subscribe(handler: (event: ConfigChangeEvent) => void): () => void;
  close(): Promise<void>;
}

export function createBus(options: { redisUrl?: string | undefined; logger: Logger }): Bus {
  let clients: Redis[] = [];
  let pubSub = createPubSub<Topics>();
  let publish = (event: ConfigChangeEvent) => pubSub.publish(TOPIC, event);
  if (options.redisUrl) {
    // Redis needs a dedicated connection for SUBSCRIBE.
    const publishClient = new Redis(options.redisUrl, { maxRetriesPerRequest: 2 });
    const subscribeClient = new Redis(options.redisUrl);
    clients = [publishClient, subscribeClient];
    for (const client of clients) {
      client.on('error', (err: Error) =>
        options.logger.warn({ err: { message: err.message } }, 'bus: redis error'),
      );
    }
    // The event target drops the promises of SUBSCRIBE/UNSUBSCRIBE; while Redis is away (or after close)
    // they reject, and an unhandled rejection would end the process.
    for (const method of ['subscribe', 'unsubscribe'] as const) {
      const original = subscribeClient[method].bind(subscribeClient) as (
        ...args: unknown[]
      ) => Promise<unknown>;
      (subscribeClient as unknown as Record<string, unknown>)[method] = (...args: unknown[]) =>
        original(...args).catch((err: Error) =>
          options.logger.warn({ err: { message: err.message } }, `bus: redis ${method} failed`),
        );
    }
    pubSub = createPubSub<Topics>({
      eventTarget: createRedisEventTarget({ publishClient, subscribeClient }),
    });
    // Published on the channel the event target listens to, with the rejection handled: the event target's
    // own publish drops its promise, and an unreachable Redis would then crash the process.
    publish = (event) => {
      publishClient.publish(TOPIC, JSON.stringify(event)).catch((err: Error) => {
        options.logger.error({ err: { message: err.message }, key: event.key }, 'bus: publish failed');
      });
    };
  }
  const stops = new Set<() => void>();
  return {
    publish: (event) => publish(event),
    subscribe: (handler) => {
      const iterator = pubSub.subscribe(TOPIC)[Symbol.asyncIterator]();
      let active = true;
      const stop = () => {
        active = false;
        stops.delete(stop);
        void iterator.return?.();
      };
      stops.add(stop);
      void (async () => {
        while (active) {
          const next = await iterator.next();
          if (next.done) return;
          try {
            handler(next.value);
          } catch (err) {
            options.logger.error({ err }, 'bus handler failed');
          }
        }
      })();
      return stop;
    },
    close: async () => {
      for (const stop of [...stops]) stop();
      await Promise.all(clients.map((c) => c.quit().catch(() => undefined)));
    },
  };
}
