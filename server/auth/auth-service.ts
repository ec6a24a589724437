// Signs accounts in (rate-limited, one answer for every failure) and turns bearer credentials into viewers.
import type { ApiKeyService } from '../api-keys/api-key-service.js';
import { AugurError } from '../platform/errors.js';
import type { AccountDirectory } from './account-directory.js';
import type { LoginLimiter } from './login-limiter.js';
import { decoyHash, verifyPassword } from './password.js';
import type { TokenSigner } from './token.js';
import type { User, UserWithPassword } from './user.js';
import type { UserStore } from './user-store.js';
import type { AccountViewer, Viewer } from './viewer.js';

const MAX_EMAIL = 254;
const MAX_PASSWORD = 1024;

export interface LoginInput {
  email: string;
  password: string;
  tenant?: string | undefined;
  /** The client's address, for the per-address failure limit. */
  address: string;
}

/** The credential on a request could not be used: the caller must sign in again. */
export class InvalidCredentialError extends AugurError {
  constructor() {
    super('UNAUTHENTICATED', 'Invalid or expired credentials');
  }
}

/** A refused sign-in (metrics); the tenant only when the email named exactly one account. */
export type SignInRefusal = { tenantId: string | null; reason: 'credentials' | 'rate_limited' };

export class AuthService {
  /** Told of every refused sign-in; must not throw or block (the metric recorder only buffers). */
  onSignInRefusal: ((refusal: SignInRefusal) => void) | undefined;

  constructor(
    private readonly users: Pick<UserStore, 'findForLogin'>,
    /** Who may call, from memory: a request with a session reads no database row. */
    private readonly accounts: Pick<AccountDirectory, 'user'>,
    private readonly apiKeys: ApiKeyService,
    private readonly tokens: TokenSigner,
    private readonly limiter: LoginLimiter,
  ) {}

  async login(input: LoginInput): Promise<{ token: string; user: User }> {
    const email = input.email.trim().toLowerCase();
    // The account lookup runs beside the limiter's count, so a hung database costs one deadline, not two.
    const candidates = this.candidates(email, input.password, input.tenant);
    candidates.catch(() => undefined);
    const retryAfter = await this.limiter.consume(email, input.address);
    if (retryAfter > 0) {
      this.onSignInRefusal?.({ tenantId: null, reason: 'rate_limited' });
      throw new AugurError('RATE_LIMITED', 'Too many failed sign-in attempts; try again later', {
        retryAfterSeconds: retryAfter,
      });
    }
    const found = await candidates;
    const user = await this.checkPassword(found, input.password);
    if (!user) {
      this.onSignInRefusal?.({
        tenantId: found.length === 1 ? (found[0]?.tenantId ?? null) : null,
        reason: 'credentials',
      });
      throw new AugurError('UNAUTHENTICATED', 'Email or password is incorrect');
    }
    await this.limiter.recordSuccess(email, input.address);
    return { token: await this.tokens.sign(user.id, user.tenantId), user };
  }

  private async candidates(email: string, password: string, tenant: string | undefined) {
    const plausible = email.length > 0 && email.length <= MAX_EMAIL && password.length <= MAX_PASSWORD;
    return plausible ? this.users.findForLogin(email, tenant) : [];
  }

  private async checkPassword(candidates: UserWithPassword[], password: string): Promise<User | undefined> {
    // An email present in several tenants is ambiguous without `tenant`: it fails like a wrong password.
    const only = candidates.length === 1 ? candidates[0] : undefined;
    const ok = await verifyPassword(
      password.slice(0, MAX_PASSWORD),
      only?.passwordHash ?? (await decoyHash()),
    );
    if (!ok || !only || only.disabledAt !== null) return undefined;
    const { passwordHash: _, ...user } = only;
    return user;
  }

  /**
   * The viewer for an `Authorization` value (`Bearer <jwt>` or `Bearer ak_...`); undefined when absent.
   * Throws InvalidCredentialError when a credential is present but unusable.
   */
  async authenticate(authorization: string | undefined | null): Promise<Viewer | undefined> {
    if (!authorization) return undefined;
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    const credential = match?.[1];
    if (!credential) throw new InvalidCredentialError();
    if (credential.startsWith('ak_')) {
      const viewer = await this.apiKeys.authenticate(credential);
      if (!viewer) throw new InvalidCredentialError();
      return viewer;
    }
    const claims = await this.tokens.verify(credential);
    if (!claims) throw new InvalidCredentialError();
    // The account view is current (events and the change log), so a deleted, disabled or demoted
    // account takes effect at once without a read per request.
    const user = await this.accounts.user(claims.tenantId, claims.userId);
    if (!user || user.disabledAt !== null) throw new InvalidCredentialError();
    return accountViewer(user, claims.expiresAt);
  }

  /**
   * Whether a viewer authenticated earlier may keep its long-lived stream: the same key, not revoked, or
   * the same account, not disabled, with the same role. A plan change keeps it (the stream re-evaluates).
   */
  async stillValid(viewer: Viewer): Promise<boolean> {
    if (viewer.kind === 'apiKey') return this.apiKeys.isActive(viewer.tenantId, viewer.apiKeyId);
    const now = await this.currentViewer(viewer);
    return now !== undefined && now.role === viewer.role;
  }

  /** The account viewer as it is now (plan or role may have changed); undefined once it may not call. */
  async currentViewer(viewer: AccountViewer): Promise<AccountViewer | undefined> {
    const user = await this.accounts.user(viewer.tenantId, viewer.userId);
    return user && user.disabledAt === null ? accountViewer(user, viewer.expiresAt) : undefined;
  }

  findUser(tenantId: string, userId: string): Promise<User | undefined> {
    return this.accounts.user(tenantId, userId);
  }
}

function accountViewer(user: User, expiresAt: number): AccountViewer {
  return {
    kind: 'account',
    userId: user.id,
    tenantId: user.tenantId,
    role: user.role,
    plan: user.plan,
    expiresAt,
  };
}
