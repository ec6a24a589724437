// Closes a principal's WebSockets with 4403 the moment its access ends (key revoked, account disabled,
// deleted or its role changed), on whichever instance holds them.
import type { WebSocket } from 'ws';
import type { AccountRef } from '../auth/account-changed.js';
import type { AccountDirectory } from '../auth/account-directory.js';
import type { AuthService } from '../auth/auth-service.js';
import type { Viewer } from '../auth/viewer.js';

export const CLOSE_FORBIDDEN = 4403;

/** The same key as socket-limits' principalKey, from the reference an account change carries. */
const refKey = (ref: AccountRef) => (ref.kind === 'user' ? `user:${ref.userId}` : `apiKey:${ref.apiKeyId}`);

export class SocketRevocation {
  /** The viewer each socket authenticated as: sockets of one principal may predate a role change. */
  private readonly viewers = new WeakMap<WebSocket, Viewer>();

  constructor(
    private readonly auth: Pick<AuthService, 'stillValid'>,
    accounts: Pick<AccountDirectory, 'onChange'>,
    /** The open sockets of a principal key on this instance. */
    private readonly socketsOf: (key: string) => Iterable<WebSocket>,
  ) {
    accounts.onChange((account) => void this.recheck(refKey(account)));
  }

  track(socket: WebSocket, viewer: Viewer): void {
    this.viewers.set(socket, viewer);
  }

  private async recheck(key: string): Promise<void> {
    for (const socket of [...this.socketsOf(key)]) {
      const viewer = this.viewers.get(socket);
      if (!viewer) continue;
      // A failed check (database down, account not in memory) leaves the socket: the next change re-checks.
      const allowed = await this.auth.stillValid(viewer).catch(() => true);
      if (!allowed) socket.close(CLOSE_FORBIDDEN, 'Access revoked');
    }
  }
}
