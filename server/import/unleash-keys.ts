// Augur keys for Unleash names: snake_case, deterministic, with a short hash where the name does not survive.
import { hash32 } from '../evaluation/bucketing.js';
import { KEY_PATTERN } from '../platform/key-pattern.js';

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');

const hashed = (base: string, name: string) =>
  `${base.slice(0, 55).replace(/_+$/, '')}_${hash32(name).toString(16).padStart(8, '0')}`;

/**
 * `prefix` + the name in snake_case (`Feature.A5` -> `feature_a5`). Names with characters other than ASCII
 * letters, digits and separators, names too long for a key, and names that collide get `_<hash of the name>`.
 */
export function keysFor(names: readonly string[], prefix: string): Map<string, string> {
  const base = new Map<string, string>();
  const count = new Map<string, number>();
  for (const name of names) {
    let key = `${prefix}${slug(name)}`;
    if (!/^[a-z]/.test(key)) key = `u_${key}`;
    const lossy = /[^\x20-\x7e]/.test(name) || key.length > 64 || !KEY_PATTERN.test(key);
    const chosen = lossy ? hashed(key, name) : key;
    base.set(name, chosen);
    count.set(chosen, (count.get(chosen) ?? 0) + 1);
  }
  const keys = new Map<string, string>();
  for (const [name, key] of base) keys.set(name, (count.get(key) ?? 0) > 1 ? hashed(key, name) : key);
  return keys;
}
