import WebSocket from 'ws';

/**
 * A minimal graphql-transport-ws client (the protocol Mercurius speaks) for the live tests:
 * connects with a session cookie as a browser would, subscribes, and collects `next` payloads.
 */
export class LiveClient {
  private readonly received = new Map<string, unknown[]>();
  private readonly waiters: (() => void)[] = [];
  private nextId = 1;

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (raw) => {
      const msg = JSON.parse(String(raw)) as { id?: string; type: string; payload?: unknown };
      if ((msg.type === 'next' || msg.type === 'error') && msg.id) {
        const list = this.received.get(msg.id) ?? [];
        list.push(msg.type === 'error' ? { errors: msg.payload } : msg.payload);
        this.received.set(msg.id, list);
        for (const wake of this.waiters.splice(0)) wake();
      }
    });
  }

  /** Opens and initializes a connection; rejects with the HTTP status when the upgrade is refused. */
  static connect(
    baseUrl: string,
    cookie: string | null,
    headers: Record<string, string> = {},
  ): Promise<LiveClient> {
    const url = `${baseUrl.replace(/^http/, 'ws')}/graphql`;
    const socket = new WebSocket(url, 'graphql-transport-ws', {
      headers: { ...headers, ...(cookie ? { cookie } : {}) },
    });
    return new Promise((resolve, reject) => {
      socket.once('unexpected-response', (_req, res) => {
        reject(new RefusedError(res.statusCode ?? 0));
        socket.terminate();
      });
      socket.once('error', reject);
      socket.once('open', () => {
        socket.send(JSON.stringify({ type: 'connection_init', payload: {} }));
      });
      socket.on('message', (raw) => {
        const msg = JSON.parse(String(raw)) as { type: string };
        if (msg.type === 'connection_ack') resolve(new LiveClient(socket));
        if (msg.type === 'connection_error') reject(new Error(JSON.stringify(msg)));
      });
      socket.once('close', (code) => reject(new Error(`closed ${code}`)));
    });
  }

  /** Starts a subscription; returns its id. */
  subscribe(query: string): string {
    const id = String(this.nextId++);
    this.received.set(id, []);
    this.socket.send(JSON.stringify({ id, type: 'subscribe', payload: { query } }));
    return id;
  }

  messages<T = unknown>(id: string): T[] {
    return (this.received.get(id) ?? []) as T[];
  }

  /** Waits until the subscription has at least `count` messages (or fails after `ms`). */
  async waitFor<T = unknown>(id: string, count = 1, ms = 5000): Promise<T[]> {
    const deadline = Date.now() + ms;
    while (this.messages(id).length < count) {
      const left = deadline - Date.now();
      if (left <= 0) {
        throw new Error(`Timed out waiting for ${count} message(s) on subscription ${id}`);
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.messages<T>(id);
  }

  close(): Promise<void> {
    if (this.socket.readyState === WebSocket.CLOSED) return Promise.resolve();
    return new Promise((resolve) => {
      this.socket.once('close', () => resolve());
      this.socket.close();
    });
  }
}

export class RefusedError extends Error {
  constructor(readonly status: number) {
    super(`WebSocket upgrade refused with HTTP ${status}`);
  }
}
