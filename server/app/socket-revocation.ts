// Closes a principal's WebSockets with 4403 the moment its access ends (key revoked, account disabled,
// deleted or its role changed), on whichever instance holds them.
import type { WebSocket } from 'ws';
import type { AccountRef } from '../auth/account-changed.js';
import type { AccountDirectory } from '../auth/account-directory.js';
import type { AuthService } from '../auth/auth-service.js';
import type { Viewer } from '../auth/viewer.js';

export const CLOSE_FORBIDDEN = 4403;

const refKey = (ref: AccountRef) => (ref.kind === 'user' ? `user:${ref.userId}` : `apiKey:${ref.apiKeyId}`);
const viewerKey = (viewer: Viewer) =>
  viewer.kind === 'account' ? `user:${viewer.userId}` : `apiKey:${viewer.apiKeyId}`;

export class SocketRevocation {
  private readonly sockets = new Map<string, Map<WebSocket, Viewer>>();

  constructor(
    private readonly auth: Pick<AuthService, 'stillValid'>,
    accounts: Pick<AccountDirectory, 'onChange'>,
  ) {
    accounts.onChange((account) => void this.recheck(refKey(account)));
  }

  /** Watches an authenticated socket until it closes. */
  track(socket: WebSocket, viewer: Viewer): void {
    const key = viewerKey(viewer);
    let held = this.sockets.get(key);
    if (!held) {
      held = new Map();
      this.sockets.set(key, held);
    }
    held.set(socket, viewer);
    socket.once('close', () => {
      held.delete(socket);
      if (held.size === 0 && this.sockets.get(key) === held) this.sockets.delete(key);
    });
  }

  private async recheck(key: string): Promise<void> {
    for (const [socket, viewer] of this.sockets.get(key) ?? []) {
      // A failed check (database down, account not in memory) leaves the socket: the next change re-checks.
      const allowed = await this.auth.stillValid(viewer).catch(() => true);
      if (!allowed) socket.close(CLOSE_FORBIDDEN, 'Access revoked');
    }
  }
}
