// Guards the engine's purity: no clock, no ambient randomness, no I/O or process state in its sources.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dir = new URL('./', import.meta.url);
// murmur3-reference.ts is test support (it reads Node's Buffer); it is not part of the engine.
const sources = readdirSync(dir).filter(
  (file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && file !== 'murmur3-reference.ts',
);

describe('server/evaluation sources', () => {
  it('are found', () => {
    expect(sources.length).toBeGreaterThanOrEqual(10);
  });

  it.each(sources)('%s uses no clock, Math.random, crypto, Node built-ins or process state', (file) => {
    const code = readFileSync(new URL(file, dir), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/(^|\s)\/\/.*$/gm, '$1');
    expect(code).not.toMatch(
      /Math\.random|Date\.now|new Date\b|performance\.now|\bcrypto\b|from 'node:|process\.|Buffer\.|globalThis/,
    );
  });
});
