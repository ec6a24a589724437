// Guards the modules library's purity: no clock, no ambient randomness, no I/O in its source files.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dir = new URL('./', import.meta.url);
// The data and draw library is pure; the service, store, schema and gate around it are not meant to be.
const IMPURE = /-(service|store|schema|tables|catalog|gate)\.ts$/;
const sources = readdirSync(dir).filter(
  (file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !IMPURE.test(file),
);

describe('server/modules sources', () => {
  it('are found', () => {
    expect(sources.length).toBeGreaterThanOrEqual(7);
  });

  it.each(sources)('%s uses no clock, Math.random, crypto or Node built-ins', (file) => {
    // Comments may name what the caller injects (crypto, clocks); only code is checked.
    const code = readFileSync(new URL(file, dir), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/(^|\s)\/\/.*$/gm, '$1');
    expect(code).not.toMatch(
      /Math\.random|Date\.now|new Date\b|performance\.now|\bcrypto\b|from 'node:|process\./,
    );
  });
});
