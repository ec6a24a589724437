// The modules' reference data (the tarot deck, the rune set) as gated fields: a tenant or user without the
// module's flag gets FEATURE_DISABLED with the flag key, declared by `featureGate` on each field.
import { builder } from '../platform/builder.js';
import { MODULE_GATES } from './module-catalog.js';
import { RUNE_SET } from './rune-set.js';
import { TAROT_DECK } from './tarot-deck.js';

interface ReferenceItem {
  id: string;
  name: string;
}

const ReferenceItemRef = builder.objectRef<ReferenceItem>('ModuleReferenceItem').implement({
  description: 'One card of the tarot deck or one rune of the set.',
  authScopes: { user: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
  }),
});

const items = (source: readonly ReferenceItem[]) => source.map(({ id, name }) => ({ id, name }));

builder.queryFields((t) => ({
  tarotDeck: t.field({
    type: [ReferenceItemRef],
    description:
      'The 78 cards of the tarot deck. Gated by tarot_enabled: FEATURE_DISABLED when it is off for you.',
    authScopes: { user: true },
    featureGate: MODULE_GATES.tarot,
    resolve: () => items(TAROT_DECK),
  }),
  runeSet: t.field({
    type: [ReferenceItemRef],
    description:
      'The 24 Elder Futhark runes. Gated by runes_enabled: FEATURE_DISABLED when it is off for you.',
    authScopes: { user: true },
    featureGate: MODULE_GATES.runes,
    resolve: () => items(RUNE_SET),
  }),
}));
