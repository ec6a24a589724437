// Evaluates flags from the in-memory snapshot for a caller: never reads flags from the database.
import type { AccountViewer } from '../auth/viewer.js';
import type {
  EvaluationContext,
  EvaluationResult,
  Explanation,
  Overlays,
} from '../evaluation/definitions.js';
import { evaluateAll, evaluateAudience, evaluateFlag } from '../evaluation/evaluate.js';
import { explainFlag } from '../evaluation/explain.js';
import type { FlagSnapshot } from './flag-snapshot.js';

/** What a client may say about itself; identity (user, tenant, role, plan) always comes from the session. */
export interface ClientContext {
  sessionId?: string | null;
  country?: string | null;
  appVersion?: string | null;
  attributes?: Record<string, unknown> | null;
}

export class FlagEvaluator {
  private readonly overlays: Overlays;

  constructor(
    private readonly snapshot: FlagSnapshot,
    forceOff: readonly string[],
  ) {
    this.overlays = { forceOff: new Set(forceOff) };
  }

  get revision(): number {
    return this.snapshot.current().revision;
  }

  /** The evaluation context of a signed-in account: trusted identity plus the client's own attributes. */
  static accountContext(viewer: AccountViewer, client: ClientContext = {}): EvaluationContext {
    return {
      sessionId: client.sessionId ?? null,
      country: client.country ?? null,
      appVersion: client.appVersion ?? null,
      attributes: client.attributes ?? null,
      userId: viewer.userId,
      tenantId: viewer.tenantId,
      role: viewer.role,
      plan: viewer.plan,
    };
  }

  evaluate(key: string, context: EvaluationContext): EvaluationResult {
    return evaluateFlag(this.snapshot.current(), key, context, this.overlays);
  }

  evaluateMany(context: EvaluationContext, keys?: readonly string[]): EvaluationResult[] {
    return evaluateAll(this.snapshot.current(), context, this.overlays, keys);
  }

  /** The result with the kill switch, environment gate and guard open: who the flag is meant for. */
  audience(key: string, context: EvaluationContext): EvaluationResult {
    return evaluateAudience(this.snapshot.current(), key, context, this.overlays);
  }

  explain(key: string, context: EvaluationContext): Explanation {
    return explainFlag(this.snapshot.current(), key, context, this.overlays);
  }
}
