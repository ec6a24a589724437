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

type Topics = { 'config-change': [ConfigChangeEvent] };

export interface Bus {
  publish(event: ConfigChangeEvent): void;
  /** Every event from every instance (this one included), until the returned function is called. */
  subscribe(handler: (event: ConfigChangeEvent) => void): () => void;
  /** The raw stream, for GraphQL subscriptions that forward events as they come. */
  events(): AsyncIterable<ConfigChangeEvent>;
  close(): Promise<void>;
}

export function createBus(options: { redisUrl?: string | undefined; logger: Logger }): Bus {
  let clients: Redis[] = [];
  let pubSub = createPubSub<Topics>();
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
    pubSub = createPubSub<Topics>({
      eventTarget: createRedisEventTarget({ publishClient, subscribeClient }),
    });
  }
  const stops = new Set<() => void>();
  return {
    publish: (event) => pubSub.publish('config-change', event),
    subscribe: (handler) => {
      const iterator = pubSub.subscribe('config-change')[Symbol.asyncIterator]();
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
    events: () => pubSub.subscribe('config-change'),
    close: async () => {
      for (const stop of [...stops]) stop();
      await Promise.all(clients.map((c) => c.quit().catch(() => undefined)));
    },
  };
}
