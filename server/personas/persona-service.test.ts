// PersonaService on fakes: bounds, optimistic concurrency, rollback, and a persona that cannot be created.
import { describe, expect, it } from 'vitest';
import { createFakeServices } from '../app/fake-services.js';

const meta = { actor: 'user:ops', reason: 'test', requestId: 'req-1' };

describe('PersonaService on fakes', () => {
  it('updates with expectedRevision, refuses a stale one, and rolls back to revision 1', async () => {
    const s = await createFakeServices();
    const first = await s.personas.current();
    const renamed = await s.personas.update(1, { ...first, name: 'Orion' }, meta);
    expect(renamed).toMatchObject({ name: 'Orion', revision: 2 });
    await expect(s.personas.update(1, { ...first, name: 'Vega' }, meta)).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { currentRevision: 2 },
    });
    const back = await s.personas.rollback(1, meta);
    expect(back).toMatchObject({ changed: true, persona: { name: first.name, revision: 3 } });
    expect((await s.personas.history(10)).map((r) => r.action)).toEqual([
      'persona.rollback',
      'persona.update',
      'persona.update',
    ]);
  });

  it('refuses content out of bounds with the field path and keeps the persona in force', async () => {
    const s = await createFakeServices();
    const first = await s.personas.current();
    await expect(s.personas.update(1, { ...first, name: '' }, meta)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { fields: [expect.objectContaining({ path: 'name' })] },
    });
    expect(await s.personas.current()).toMatchObject({ name: first.name, revision: 1 });
    const [failed] = await s.stores.audit.list({ action: 'persona.update' }, 1, undefined);
    expect(failed).toMatchObject({ status: 'failed', details: { code: 'VALIDATION_FAILED' } });
  });
});
