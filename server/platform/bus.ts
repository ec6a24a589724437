// The event bus: typed topics announced after commit, in-process or across instances through Redis.
// Each topic's payload type is declared by the slice that publishes it and registered in server/app/.
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub } from 'graphql-yoga';
import { Redis } from 'ioredis';
import type { Logger } from './logger.js';

/** Topic name -> payload; payloads are plain JSON (they cross instances through Redis). */
export type TopicMap = { [topic: string]: unknown };

export interface Bus<T extends TopicMap> {
  publish<K extends keyof T & string>(topic: K, event: T[K]): void;
  /** Every event of `topic` from every instance (this one included), until the returned function is called. */
  subscribe<K extends keyof T & string>(topic: K, handler: (event: T[K]) => void): () => void;
  close(): Promise<void>;
}

/** What a slice that only announces needs of the bus. */
export type Publisher<T extends TopicMap> = Pick<Bus<T>, 'publish'>;

/** What a slice that only listens needs of the bus. */
export type Subscriber<T extends TopicMap> = Pick<Bus<T>, 'subscribe'>;

type PubSubTopics<T extends TopicMap> = { [K in keyof T & string]: [T[K]] };

export function createBus<T extends TopicMap>(options: {
  redisUrl?: string | undefined;
  logger: Logger;
}): Bus<T> {
  let clients: Redis[] = [];
  let pubSub = createPubSub<PubSubTopics<T>>();
  let publish = <K extends keyof T & string>(topic: K, event: T[K]) =>
    pubSub.publish(topic, ...([event] as PubSubTopics<T>[K]));
  if (options.redisUrl) {
    // Redis needs a dedicated connection for SUBSCRIBE.
    const publishClient = new Redis(options.redisUrl, { maxRetriesPerRequest: 2 });
    const subscribeClient = new Redis(options.redisUrl);
    clients = [publishClient, subscribeClient];
    for (const client of clients) {
      // ioredis retries by itself (errors do not end the process): one line per outage, not one per retry.
      let down = false;
      client.on('error', (err: Error) => {
        if (!down) options.logger.warn({ err: { message: err.message } }, 'bus: redis error');
        down = true;
      });
      client.on('ready', () => {
        if (down) options.logger.info('bus: redis available again');
        down = false;
      });
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
    pubSub = createPubSub<PubSubTopics<T>>({
      eventTarget: createRedisEventTarget({ publishClient, subscribeClient }),
    });
    // Published on the channel the event target listens to, with the rejection handled: the event target's
    // own publish drops its promise, and an unreachable Redis would then crash the process.
    publish = (topic, event) => {
      publishClient.publish(topic, JSON.stringify(event)).catch((err: Error) => {
        options.logger.error({ err: { message: err.message }, topic }, 'bus: publish failed');
      });
    };
  }
  const stops = new Set<() => void>();
  return {
    publish: (topic, event) => publish(topic, event),
    subscribe: (topic, handler) => {
      const iterator = pubSub.subscribe(topic)[Symbol.asyncIterator]();
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
            handler(next.value as T[typeof topic]);
          } catch (err) {
            options.logger.error({ err, topic }, 'bus handler failed');
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
