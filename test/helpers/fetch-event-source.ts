// A small EventSource over fetch for Node 20 (which has none): what the OFREP web provider needs of the
// browser's — open/message/error events, readyState, Last-Event-ID and retry on reconnect, close().
const CONNECTING = 0;
const OPEN = 1;
const CLOSED = 2;

export class FetchEventSource extends EventTarget {
  static readonly CONNECTING = CONNECTING;
  static readonly OPEN = OPEN;
  static readonly CLOSED = CLOSED;
  /** Every instance ever made, so tests can see what the provider connected to. */
  static readonly made: FetchEventSource[] = [];

  readonly url: string;
  readyState = CONNECTING;
  private lastEventId = '';
  private retryMs = 1000;
  private controller = new AbortController();
  private timer: NodeJS.Timeout | undefined;

  constructor(url: string | URL) {
    super();
    this.url = String(url);
    FetchEventSource.made.push(this);
    void this.connect();
  }

  close(): void {
    this.readyState = CLOSED;
    clearTimeout(this.timer);
    this.controller.abort();
  }

  private async connect(): Promise<void> {
    this.controller = new AbortController();
    try {
      const response = await fetch(this.url, {
        headers: {
          accept: 'text/event-stream',
          ...(this.lastEventId ? { 'last-event-id': this.lastEventId } : {}),
        },
        signal: this.controller.signal,
      });
      if (response.status !== 200 || !response.headers.get('content-type')?.startsWith('text/event-stream')) {
        // As the browser's: a refused connection is not retried.
        this.readyState = CLOSED;
        this.dispatchEvent(new Event('error'));
        return;
      }
      this.readyState = OPEN;
      this.dispatchEvent(new Event('open'));
      await this.read(response.body as ReadableStream<Uint8Array>);
    } catch {
      // Aborted by close(), or the network failed: retried below unless closed.
    }
    if (this.readyState === CLOSED) return;
    this.readyState = CONNECTING;
    this.dispatchEvent(new Event('error'));
    this.timer = setTimeout(() => void this.connect(), this.retryMs);
  }

  private async read(body: ReadableStream<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    let buffer = '';
    let event = { type: '', data: [] as string[] };
    for await (const chunk of body) {
      buffer += decoder.decode(chunk, { stream: true });
      for (let end = buffer.indexOf('\n'); end >= 0; end = buffer.indexOf('\n')) {
        const line = buffer.slice(0, end).replace(/\r$/, '');
        buffer = buffer.slice(end + 1);
        if (line === '') {
          if (event.data.length > 0 && this.readyState === OPEN) {
            const init = { data: event.data.join('\n'), lastEventId: this.lastEventId };
            this.dispatchEvent(new MessageEvent(event.type || 'message', init));
          }
          event = { type: '', data: [] };
          continue;
        }
        if (line.startsWith(':')) continue;
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'event') event.type = value;
        else if (field === 'data') event.data.push(value);
        else if (field === 'id') this.lastEventId = value;
        else if (field === 'retry' && /^\d+$/.test(value)) this.retryMs = Number(value);
      }
    }
  }
}
