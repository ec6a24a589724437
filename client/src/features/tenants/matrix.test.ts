// The entitlements matrix model and its words: rows and columns, missing cells, the effective result and why.
import { describe, expect, it } from 'vitest';
import { effectWords } from './entitlement-words';
import { matrixOf } from './matrix';

const gate = (open: boolean, step: string | null = null) => ({ open, step, detail: 'raw detail' });

describe('matrixOf', () => {
  it('puts the operator first, every flag any tenant lists as a row, and each state in its cell', () => {
    const m = matrixOf([
      {
        id: 'b',
        slug: 'beta',
        name: 'Beta',
        kind: 'CUSTOMER' as const,
        settings: {
          version: 2,
          entitlements: [{ flagKey: 'tarot', state: 'OFF' as const, gate: gate(false) }],
        },
      },
      {
        id: 'o',
        slug: 'op',
        name: 'Zed operator',
        kind: 'OPERATOR' as const,
        settings: {
          version: 1,
          entitlements: [
            { flagKey: 'tarot', state: 'INHERIT' as const, gate: gate(true) },
            { flagKey: 'runes', state: 'ON' as const, gate: gate(true) },
          ],
        },
      },
      { id: 'x', slug: 'gone', name: 'Alpha', kind: 'CUSTOMER' as const, settings: null },
    ]);
    expect(m.tenants.map((t) => t.id)).toEqual(['o', 'x', 'b']);
    expect(m.flags).toEqual(['runes', 'tarot']);
    expect(m.cell('b', 'tarot')?.state).toBe('OFF');
    expect(m.cell('o', 'runes')?.state).toBe('ON');
    expect(m.cell('b', 'runes')).toBeUndefined();
    expect(m.cell('x', 'tarot')).toBeUndefined();
  });
});

describe('effectWords', () => {
  it('says open, or off with the step that decided', () => {
    expect(effectWords(gate(true))).toBe("Open: the flag's targeting decides per user");
    expect(effectWords(gate(false, 'KILL_SWITCH'))).toBe('Off: the flag is switched off for everyone');
    expect(effectWords(gate(false, 'ENTITLEMENT'))).toBe("Off: the tenant's entitlement is Off");
    expect(effectWords(gate(false, 'NEW_STEP'))).toBe('Off: raw detail');
  });
});
