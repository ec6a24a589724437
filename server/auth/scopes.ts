// The auth scopes a caller holds, from its credential: what every field's `authScopes` is checked against.
import type { AuthScopes } from '../platform/builder.js';
import type { Viewer } from './viewer.js';

export function scopesOf(viewer: Viewer | undefined): AuthScopes {
  const role = viewer?.kind === 'account' ? viewer.role : undefined;
  return {
    public: true,
    user: viewer?.kind === 'account',
    support: role === 'support',
    ops: role === 'ops',
    platform: role === 'platform',
    apiKey: viewer?.kind === 'apiKey',
  };
}
