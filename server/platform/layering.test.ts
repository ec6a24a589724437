// Guards the layering: server/platform/ is plumbing that every slice stands on, so it imports no slice.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dir = new URL('./', import.meta.url);
const sources = readdirSync(dir).filter((file) => file.endsWith('.ts'));

describe('server/platform sources', () => {
  it('are found', () => {
    expect(sources.length).toBeGreaterThanOrEqual(10);
  });

  it.each(sources)('%s imports nothing outside server/platform', (file) => {
    const code = readFileSync(new URL(file, dir), 'utf8');
    const imports = [...code.matchAll(/(?:from|import)\s+'(\.[^']*)'/g)].map((m) => m[1]);
    expect(imports.filter((path) => !path?.startsWith('./'))).toEqual([]);
  });
});
