// PersonaStore in memory, starting at revision 1 like a migrated database.
import type { Restorable } from '../revisions/fake-config-transactions.js';
import { PERSONA_TOPICS, type Persona, type PersonaContent, personaContent } from './persona.js';
import type { PersonaStore } from './persona-store.js';

const FIRST: PersonaContent = {
  name: 'Selene',
  tone: 'WARM',
  replyLength: 'MEDIUM',
  allowedTopics: [...PERSONA_TOPICS],
  greeting: 'Welcome. I am {name}.',
};

export class FakePersonaStore implements PersonaStore, Restorable {
  private persona: Persona;

  constructor(
    first: PersonaContent = FIRST,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.persona = { ...personaContent(first), revision: 1, updatedAt: now() };
  }

  async current() {
    return structuredClone(this.persona);
  }

  async findForUpdate() {
    return structuredClone(this.persona);
  }

  async update(content: PersonaContent, revision: number) {
    this.persona = { ...personaContent(content), revision, updatedAt: this.now() };
    return structuredClone(this.persona);
  }

  save() {
    return structuredClone(this.persona);
  }

  restore(saved: unknown) {
    this.persona = structuredClone(saved as Persona);
  }
}
