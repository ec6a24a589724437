// The persona as a kind of versioned configuration: one entity that always exists, with bounded content.
import type { ConfigTx } from '../revisions/config-transaction.js';
import type { EntityDefinition } from '../revisions/versioned-entity.js';
import { type Persona, type PersonaContent, personaContent, validatePersona } from './persona.js';
import type { PersonaStore } from './persona-store.js';

export interface PersonaTx extends ConfigTx {
  persona: PersonaStore;
}

export const personaDefinition: EntityDefinition<Persona, PersonaContent, PersonaTx> = {
  type: 'persona',
  name: () => 'The persona',
  rows: (tx) => ({
    async findForUpdate(key) {
      const persona = await tx.persona.findForUpdate();
      // The migration creates revision 1: a missing row is a broken database, not a user error.
      if (!persona) throw new Error(`persona ${key} is missing: run the migrations`);
      return persona;
    },
    update: (_key, content, revision) => tx.persona.update(content, revision),
  }),
  canonical: (_key, content) => personaContent(content),
  validate: (_tx, _key, content) => validatePersona(content),
};
