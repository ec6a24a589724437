// Puts the module gate flags (global flags) in the state the module tests expect: tarot for premium, runes for all.
import type { FlagContent } from '../../server/flags/flag.js';
import { booleanFlag } from '../../server/flags/test-flags.js';
import type { TestServer } from './test-server.js';

const META = { actor: 'system', reason: 'module gate tests', requestId: 'module-gate-tests' };

const gate = (extra: Partial<FlagContent>): FlagContent =>
  booleanFlag({ description: 'module gate (tests)', ...extra });

async function setGate(server: TestServer, key: string, content: FlagContent): Promise<void> {
  const flags = server.app.services.flags;
  const current = await flags.find(key);
  if (!current) await flags.create(key, content, META);
  else await flags.update(key, current.revision, content, META);
}

/** Only one test file per database may use this: the gates are shared by every tenant. */
export async function setModuleGates(server: TestServer): Promise<void> {
  await setGate(
    server,
    'tarot_enabled',
    gate({
      rules: [
        {
          id: 'premium',
          conditions: [{ attribute: 'plan', operator: 'IN', values: ['premium'] }],
          serve: { variant: 'on' },
        },
      ],
      fallthrough: { variant: 'off' },
    }),
  );
  await setGate(server, 'runes_enabled', gate({}));
}
