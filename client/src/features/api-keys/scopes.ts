// The API key scopes as the console names them; keyed by the schema's enum, so a new scope needs a label.
import type { graphql } from '../../app/graphql';

export type ApiKeyScope = ReturnType<typeof graphql.scalar<'ApiKeyScope'>>;

export const SCOPE_LABELS: Record<ApiKeyScope, string> = { EVALUATE: 'Evaluate', MODULES: 'Modules' };

export const SCOPE_HINTS: Record<ApiKeyScope, string> = {
  EVALUATE: "Evaluate this tenant's flags and follow their changes.",
  MODULES: "Run tarot and runes for one of this tenant's users, named in each call.",
};

/** The scopes chosen, in the schema's order; at least one is needed. */
export function chosenScopes(chosen: ReadonlySet<ApiKeyScope>): ApiKeyScope[] {
  return (Object.keys(SCOPE_LABELS) as ApiKeyScope[]).filter((s) => chosen.has(s));
}
