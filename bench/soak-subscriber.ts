// One live subscriber of bench:soak: a graphql-ws client holding every flag for one user, which resumes
// with the revision it last saw whenever its socket closes (a wave, a slow-consumer drop, a restart).
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

const QUERY = `subscription ($context: EvaluationContextInput!, $since: Int) {
  flagUpdates(context: $context, sinceRevision: $since) { configRevision full flags { key enabled } }
}`;

type Update = {
  flagUpdates: { configRevision: number; full: boolean; flags: { key: string; enabled: boolean }[] };
};

export class SoakSubscriber {
  readonly flags = new Map<string, boolean>();
  revision: number | undefined;
  ready = false;
  connects = 0;
  errors = 0;
  private client: Client | undefined;
  private closed = false;

  constructor(
    private readonly wsUrl: string,
    private readonly secret: string,
    private readonly userId: string,
  ) {}

  connect(): void {
    if (this.closed) return;
    this.ready = false;
    const client = createClient({
      url: this.wsUrl,
      webSocketImpl: WebSocket,
      lazy: false,
      retryAttempts: 0,
      keepAlive: 0,
      connectionParams: { authorization: `Bearer ${this.secret}` },
      onNonLazyError: () => undefined,
    });
    this.client = client;
    client.subscribe(
      { query: QUERY, variables: { context: { userId: this.userId }, since: this.revision ?? null } },
      {
        next: (value) => {
          const update = (value.data as Update | undefined)?.flagUpdates;
          if (!update) {
            this.errors++;
            return;
          }
          if (update.full) this.flags.clear();
          for (const flag of update.flags) this.flags.set(flag.key, flag.enabled);
          this.revision = update.configRevision;
          if (!this.ready) {
            this.ready = true;
            this.connects++;
          }
        },
        error: () => this.resume(client),
        complete: () => this.resume(client),
      },
    );
  }

  /** The wave: drop the socket now and come back with the last revision. */
  reconnect(): void {
    const client = this.client;
    this.client = undefined;
    void client?.dispose();
    this.connect();
  }

  close(): void {
    this.closed = true;
    void this.client?.dispose();
  }

  private resume(client: Client): void {
    if (this.closed || client !== this.client) return;
    this.client = undefined;
    void client.dispose();
    // Jittered, so a server-side drop of many sockets does not come back as one burst.
    setTimeout(() => this.connect(), 100 + Math.random() * 900);
  }
}
