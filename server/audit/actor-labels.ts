// Names audit and revision actors the way people know them: an account of the caller's tenant by its email.

import type { Context } from '../app/context.js';
import { isActorId, userActor, userIdOfActor } from '../auth/actor.js';

/** The account read model audit depends on (the user store implements it); every lookup is within one tenant. */
export interface AccountDirectory {
  findByEmail(tenantId: string, email: string): Promise<{ id: string } | undefined>;
  emailsByIds(tenantId: string, ids: readonly string[]): Promise<Map<string, string>>;
}

/**
 * One request's labels: each distinct account is looked up once, and the accounts asked for while a list
 * resolves (GraphQL resolves its items' fields in one pass) are fetched by one query.
 */
export class ActorLabels {
  private readonly emails = new Map<string, Promise<string | undefined>>();
  private batch: { ids: Set<string>; emails: Promise<Map<string, string>> } | undefined;

  constructor(
    private readonly accounts: AccountDirectory,
    /** The caller's tenant; without one every actor stays raw. */
    private readonly tenantId: string | undefined,
    /** Told when the lookup fails: the labels then fall back to the raw actors instead of failing the list. */
    private readonly onLookupError: (error: unknown) => void = () => {},
  ) {}

  /** The email of `user:<id>` when the account is in the caller's tenant; anything else as stored. */
  async label(actor: string): Promise<string> {
    const userId = userIdOfActor(actor);
    if (!this.tenantId || userId === undefined) return actor;
    const email = await this.emailOf(userId);
    return email ?? actor;
  }

  /** The actor to filter on: an email becomes `user:<id>` in the caller's tenant, null when no account has it. */
  async actorFilter(actor: string): Promise<string | null> {
    const text = actor.trim();
    if (!text.includes('@') || isActorId(text)) return text;
    if (!this.tenantId) return null;
    const account = await this.accounts.findByEmail(this.tenantId, text);
    return account ? userActor(account.id) : null;
  }

  private emailOf(id: string): Promise<string | undefined> {
    let email = this.emails.get(id);
    if (!email) {
      const batch = this.batch ?? this.startBatch();
      batch.ids.add(id);
      email = batch.emails.then((found) => found.get(id));
      this.emails.set(id, email);
    }
    return email;
  }

  private startBatch() {
    const tenantId = this.tenantId ?? '';
    const ids = new Set<string>();
    // Runs after the current pass of resolvers has queued its ids; later ones start a new batch.
    const emails = Promise.resolve()
      .then(() => {
        this.batch = undefined;
        return this.accounts.emailsByIds(tenantId, [...ids]);
      })
      .catch((error: unknown) => {
        this.onLookupError(error);
        return new Map<string, string>();
      });
    this.batch = { ids, emails };
    return this.batch;
  }
}

// Keyed by the request's context object, so the memo lives exactly as long as the request.
const perRequest = new WeakMap<Context, ActorLabels>();

export function actorLabelsFor(ctx: Context): ActorLabels {
  let labels = perRequest.get(ctx);
  if (!labels) {
    labels = new ActorLabels(ctx.services.users, ctx.viewer?.tenantId, (error) =>
      ctx.logger.warn({ err: error }, 'actor labels: account lookup failed, showing raw actors'),
    );
    perRequest.set(ctx, labels);
  }
  return labels;
}
