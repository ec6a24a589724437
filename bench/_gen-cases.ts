import { writeFileSync } from 'node:fs';
import { referenceMurmur3 } from '../server/evaluation/murmur3-reference.js';

type J = any;
const cases: J[] = [];
const bucket = (salt: string, value: string) => referenceMurmur3(`${salt}:${value}`) % 10000;
/** A user id whose bucket for `salt` lies in [lo, hi], found with the reference hash. */
function userIn(salt: string, lo: number, hi: number, prefix = 'user'): { id: string; pin: J } {
  for (let i = 0; i < 1_000_000; i++) {
    const id = `${prefix}-${i}`;
    const b = bucket(salt, id);
    if (b >= lo && b <= hi) return { id, pin: { salt, value: id, bucket: b } };
  }
  throw new Error('none');
}

const bool = (key: string, over: J = {}) => ({
  key, type: 'BOOLEAN', enabled: true, variants: [{ key: 'on' }, { key: 'off' }], offVariant: 'off',
  prerequisites: [], targets: [], rules: [], fallthrough: { variant: 'off' }, revision: 1, ...over,
});
const colors = (key: string, over: J = {}) => ({
  key, type: 'VARIANT', enabled: true,
  variants: [{ key: 'red', payload: { hex: '#f00' } }, { key: 'green', payload: { hex: '#0f0' } }, { key: 'blue' }],
  offVariant: 'red', prerequisites: [], targets: [], rules: [], fallthrough: { variant: 'green' }, revision: 4, ...over,
});
const rule = (id: string, conditions: J[], serve: J = { variant: 'on' }) => ({ id, conditions, serve });
const c = (attribute: string, operator: string, values: J[], extra: J = {}) => ({ attribute, operator, values, ...extra });
const seg = (key: string, over: J = {}) => ({ key, included: [], excluded: [], rules: [], revision: 1, ...over });
const split = (weights: Array<[string, number]>, stickiness?: string) => ({
  rollout: { weights: weights.map(([variant, weight]) => ({ variant, weight })), ...(stickiness ? { stickiness } : {}) },
});

const ON_RULE = (rev = 1) => ({ enabled: true, variant: 'on', reason: 'TARGETING_MATCH', ruleId: 'r1', revision: rev, payload: null });
const OFF_DEFAULT = (rev = 1) => ({ enabled: false, variant: 'off', reason: 'DEFAULT', ruleId: null, revision: rev, payload: null });
const off = (reason: string, rev = 1) => ({ enabled: false, variant: 'off', reason, ruleId: null, revision: rev, payload: null });

function add(name: string, spec: J) {
  if (cases.some((x) => x.name === name)) throw new Error(`duplicate name ${name}`);
  cases.push({ name, flags: spec.flags, segments: spec.segments ?? [], ...(spec.overlays ? { overlays: spec.overlays } : {}), key: spec.key ?? spec.flags[0].key, context: spec.context, expected: spec.expected, ...(spec.buckets ? { buckets: spec.buckets } : {}) });
}

/** One condition in rule r1 (serves on), fallthrough off; `matches` is the hand-decided verdict. */
function op(name: string, condition: J, context: J, matches: boolean, segments: J[] = []) {
  add(`operator: ${name}`, { flags: [bool('f', { rules: [rule('r1', [condition])] })], segments, context, expected: matches ? ON_RULE() : OFF_DEFAULT() });
}

// ---- IN
const planIn = c('plan', 'IN', ['premium', 'pro']);
op('IN matches a listed value', planIn, { userId: 'u', plan: 'pro' }, true);
op('IN does not match an unlisted value', planIn, { userId: 'u', plan: 'free' }, false);
op('NOT IN matches an unlisted value', { ...planIn, negate: true }, { userId: 'u', plan: 'free' }, true);
op('NOT IN does not match a listed value', { ...planIn, negate: true }, { userId: 'u', plan: 'premium' }, false);
op('IN with a missing attribute does not match', planIn, { userId: 'u' }, false);
op('NOT IN with a missing attribute does not match either', { ...planIn, negate: true }, { userId: 'u' }, false);
op('IN with a null attribute does not match', planIn, { userId: 'u', plan: null }, false);
op('NOT IN with a null attribute does not match', { ...planIn, negate: true }, { userId: 'u', plan: null }, false);
op('IN is case-sensitive by default', planIn, { userId: 'u', plan: 'PRO' }, false);
op('IN caseInsensitive matches another case', { ...planIn, caseInsensitive: true }, { userId: 'u', plan: 'PRO' }, true);
op('IN caseInsensitive folds the values too', c('plan', 'IN', ['Premium'], { caseInsensitive: true }), { userId: 'u', plan: 'pREMIUM' }, true);
op('NOT IN caseInsensitive rejects another case of a listed value', { ...planIn, negate: true, caseInsensitive: true }, { userId: 'u', plan: 'Pro' }, false);
op('IN matches any element of a list attribute', c('groups', 'IN', ['beta']), { userId: 'u', attributes: { groups: ['staff', 'beta'] } }, true);
op('IN with a list attribute lacking every value does not match', c('groups', 'IN', ['beta']), { userId: 'u', attributes: { groups: ['staff'] } }, false);
op('NOT IN with a list attribute lacking every value matches', c('groups', 'IN', ['beta'], { negate: true }), { userId: 'u', attributes: { groups: ['staff'] } }, true);
op('NOT IN with a list attribute holding a value does not match', c('groups', 'IN', ['beta'], { negate: true }), { userId: 'u', attributes: { groups: ['beta'] } }, false);
op('IN with an empty list attribute does not match', c('groups', 'IN', ['beta']), { userId: 'u', attributes: { groups: [] } }, false);
op('NOT IN with an empty list attribute matches (present, holds nothing listed)', c('groups', 'IN', ['beta'], { negate: true }), { userId: 'u', attributes: { groups: [] } }, true);
op('IN caseInsensitive on a list attribute', c('groups', 'IN', ['beta'], { caseInsensitive: true }), { userId: 'u', attributes: { groups: ['BETA'] } }, true);
op('IN compares a number attribute by its string form (numeric value)', c('tier', 'IN', [3, 4]), { userId: 'u', attributes: { tier: 3 } }, true);
op('IN compares a number attribute by its string form (string value)', c('tier', 'IN', ['3']), { userId: 'u', attributes: { tier: 3 } }, true);
op('IN with a boolean attribute compares true/false', c('beta', 'IN', ['true']), { userId: 'u', attributes: { beta: true } }, true);
op('IN with an object attribute is wrong-typed', c('plan2', 'IN', ['x']), { userId: 'u', attributes: { plan2: { name: 'x' } } }, false);
op('NOT IN with an object attribute is still no match', c('plan2', 'IN', ['x'], { negate: true }), { userId: 'u', attributes: { plan2: { name: 'x' } } }, false);
op('a known attribute is never read from attributes', planIn, { userId: 'u', attributes: { plan: 'premium' } }, false);
op('custom attributes are read from attributes', c('team', 'IN', ['core']), { userId: 'u', attributes: { team: 'core' } }, true);
op('custom attributes ignore the top level', c('team', 'IN', ['core']), { userId: 'u', team: 'core' }, false);
op('attributes null is like missing', c('team', 'IN', ['core']), { userId: 'u', attributes: null }, false);
op('attributes of the wrong type is like missing', c('team', 'IN', ['core'], { negate: true }), { userId: 'u', attributes: 'team=core' }, false);
op('an own __proto__ attribute is read', c('__proto__', 'IN', ['x']), { userId: 'u', attributes: JSON.parse('{"__proto__":"x"}') }, true);
op('an inherited constructor is not an attribute', c('constructor', 'EXISTS', []), { userId: 'u', attributes: {} }, false);
op('an inherited toString is not an attribute, even negated', c('toString', 'IN', ['x'], { negate: true }), { userId: 'u', attributes: {} }, false);
op('userId is a known attribute', c('userId', 'IN', ['u-7']), { userId: 'u-7' }, true);
op('tenantId, role and appVersion are known attributes', c('role', 'IN', ['ops']), { userId: 'u', tenantId: 't', role: 'ops', appVersion: '1.0.0' }, true);

// ---- EQUALS
const fr = c('country', 'EQUALS', ['FR']);
op('EQUALS matches', fr, { userId: 'u', country: 'FR' }, true);
op('EQUALS does not match another value', fr, { userId: 'u', country: 'DE' }, false);
op('EQUALS is case-sensitive by default', fr, { userId: 'u', country: 'fr' }, false);
op('EQUALS caseInsensitive', { ...fr, caseInsensitive: true }, { userId: 'u', country: 'fr' }, true);
op('NOT EQUALS matches another value', { ...fr, negate: true }, { userId: 'u', country: 'DE' }, true);
op('NOT EQUALS does not match the value', { ...fr, negate: true }, { userId: 'u', country: 'FR' }, false);
op('NOT EQUALS with a missing attribute does not match', { ...fr, negate: true }, { userId: 'u' }, false);
op('EQUALS on a list attribute matches any element', c('langs', 'EQUALS', ['fr']), { userId: 'u', attributes: { langs: ['en', 'fr'] } }, true);
op('EQUALS with a boolean attribute', c('beta', 'EQUALS', ['false']), { userId: 'u', attributes: { beta: false } }, true);
op('EQUALS with a number attribute and a numeric value', c('seats', 'EQUALS', [10]), { userId: 'u', attributes: { seats: 10 } }, true);

// ---- CONTAINS / STARTS_WITH / ENDS_WITH
const acme = c('email', 'CONTAINS', ['@acme']);
op('CONTAINS matches', acme, { userId: 'u', attributes: { email: 'jo@acme.io' } }, true);
op('CONTAINS does not match', acme, { userId: 'u', attributes: { email: 'jo@other.io' } }, false);
op('CONTAINS is case-sensitive by default', acme, { userId: 'u', attributes: { email: 'JO@ACME.IO' } }, false);
op('CONTAINS caseInsensitive', { ...acme, caseInsensitive: true }, { userId: 'u', attributes: { email: 'JO@ACME.IO' } }, true);
op('NOT CONTAINS matches', { ...acme, negate: true }, { userId: 'u', attributes: { email: 'jo@other.io' } }, true);
op('NOT CONTAINS does not match', { ...acme, negate: true }, { userId: 'u', attributes: { email: 'jo@acme.io' } }, false);
op('CONTAINS with a number attribute is wrong-typed', c('code', 'CONTAINS', ['12']), { userId: 'u', attributes: { code: 1234 } }, false);
op('NOT CONTAINS with a number attribute is still no match', c('code', 'CONTAINS', ['12'], { negate: true }), { userId: 'u', attributes: { code: 1234 } }, false);
op('CONTAINS on a list attribute', c('tags', 'CONTAINS', ['vip']), { userId: 'u', attributes: { tags: ['new', 'vip-gold'] } }, true);
const sw = c('email', 'STARTS_WITH', ['admin']);
op('STARTS_WITH matches', sw, { userId: 'u', attributes: { email: 'admin@x.io' } }, true);
op('STARTS_WITH does not match', sw, { userId: 'u', attributes: { email: 'jo.admin@x.io' } }, false);
op('STARTS_WITH caseInsensitive', { ...sw, caseInsensitive: true }, { userId: 'u', attributes: { email: 'Admin@x.io' } }, true);
op('NOT STARTS_WITH matches', { ...sw, negate: true }, { userId: 'u', attributes: { email: 'jo@x.io' } }, true);
op('NOT STARTS_WITH with a missing attribute does not match', { ...sw, negate: true }, { userId: 'u' }, false);
const ew = c('email', 'ENDS_WITH', ['@acme.com']);
op('ENDS_WITH matches', ew, { userId: 'u', attributes: { email: 'jo@acme.com' } }, true);
op('ENDS_WITH does not match', ew, { userId: 'u', attributes: { email: 'jo@acme.com.evil' } }, false);
op('ENDS_WITH caseInsensitive', { ...ew, caseInsensitive: true }, { userId: 'u', attributes: { email: 'JO@ACME.COM' } }, true);
op('NOT ENDS_WITH matches', { ...ew, negate: true }, { userId: 'u', attributes: { email: 'jo@gmail.com' } }, true);
op('NOT ENDS_WITH does not match', { ...ew, negate: true }, { userId: 'u', attributes: { email: 'jo@acme.com' } }, false);

// ---- numbers
const age = (operator: string, value: number, extra: J = {}) => c('age', operator, [value], extra);
op('NUM_EQ matches', age('NUM_EQ', 30), { userId: 'u', attributes: { age: 30 } }, true);
op('NUM_EQ does not match', age('NUM_EQ', 30), { userId: 'u', attributes: { age: 31 } }, false);
op('NOT NUM_EQ matches', age('NUM_EQ', 30, { negate: true }), { userId: 'u', attributes: { age: 31 } }, true);
op('NUM_GT matches above', age('NUM_GT', 18), { userId: 'u', attributes: { age: 30 } }, true);
op('NUM_GT does not match equal', age('NUM_GT', 30), { userId: 'u', attributes: { age: 30 } }, false);
op('NOT NUM_GT matches equal', age('NUM_GT', 30, { negate: true }), { userId: 'u', attributes: { age: 30 } }, true);
op('NUM_GTE matches equal', age('NUM_GTE', 30), { userId: 'u', attributes: { age: 30 } }, true);
op('NUM_GTE does not match below', age('NUM_GTE', 30), { userId: 'u', attributes: { age: 29.99 } }, false);
op('NOT NUM_GTE matches below', age('NUM_GTE', 30, { negate: true }), { userId: 'u', attributes: { age: 12 } }, true);
op('NUM_LT matches below', age('NUM_LT', 18), { userId: 'u', attributes: { age: 17.5 } }, true);
op('NUM_LT does not match equal', age('NUM_LT', 18), { userId: 'u', attributes: { age: 18 } }, false);
op('NOT NUM_LT matches above', age('NUM_LT', 18, { negate: true }), { userId: 'u', attributes: { age: 40 } }, true);
op('NUM_LTE matches equal', age('NUM_LTE', 18), { userId: 'u', attributes: { age: 18 } }, true);
op('NUM_LTE does not match above', age('NUM_LTE', 18), { userId: 'u', attributes: { age: 19 } }, false);
op('NOT NUM_LTE matches above', age('NUM_LTE', 18, { negate: true }), { userId: 'u', attributes: { age: 19 } }, true);
op('NUM_GT with negative numbers', age('NUM_GT', -5), { userId: 'u', attributes: { age: -1 } }, true);
op('a numeric string is not a number', age('NUM_EQ', 30), { userId: 'u', attributes: { age: '30' } }, false);
op('NOT with a numeric string is still no match', age('NUM_EQ', 31, { negate: true }), { userId: 'u', attributes: { age: '30' } }, false);
op('NUM with a boolean attribute is wrong-typed', age('NUM_GTE', 0), { userId: 'u', attributes: { age: true } }, false);
op('NUM with a missing attribute does not match', age('NUM_LT', 100), { userId: 'u' }, false);
op('NOT NUM with a null attribute does not match', age('NUM_LT', 100, { negate: true }), { userId: 'u', attributes: { age: null } }, false);
op('NUM on a list attribute is wrong-typed', age('NUM_GT', 1), { userId: 'u', attributes: { age: [5] } }, false);

// ---- dates
const since = (operator: string, value: string | number, extra: J = {}) => c('signedUpAt', operator, [value], extra);
op('DATE_BEFORE matches an earlier ISO instant', since('DATE_BEFORE', '2024-06-01'), { userId: 'u', attributes: { signedUpAt: '2024-05-01T10:00:00Z' } }, true);
op('DATE_BEFORE does not match a later instant', since('DATE_BEFORE', '2024-06-01'), { userId: 'u', attributes: { signedUpAt: '2024-07-01T00:00:00Z' } }, false);
op('DATE_BEFORE does not match the same instant', since('DATE_BEFORE', '2024-05-01T10:00:00Z'), { userId: 'u', attributes: { signedUpAt: '2024-05-01T12:00:00+02:00' } }, false);
op('NOT DATE_BEFORE matches the same instant', since('DATE_BEFORE', '2024-05-01T10:00:00Z', { negate: true }), { userId: 'u', attributes: { signedUpAt: '2024-05-01T12:00:00+02:00' } }, true);
op('DATE_AFTER matches a later instant', since('DATE_AFTER', '2024-05-01'), { userId: 'u', attributes: { signedUpAt: '2024-05-01T00:00:00.001Z' } }, true);
op('DATE_AFTER does not match an earlier instant', since('DATE_AFTER', '2024-05-01'), { userId: 'u', attributes: { signedUpAt: '2024-04-30T23:59:59Z' } }, false);
op('NOT DATE_AFTER matches an earlier instant', since('DATE_AFTER', '2024-05-01', { negate: true }), { userId: 'u', attributes: { signedUpAt: '2024-04-30' } }, true);
op('DATE_AFTER honours offsets', since('DATE_AFTER', '2024-05-01T09:00:00Z'), { userId: 'u', attributes: { signedUpAt: '2024-05-01T10:30:00+01:00' } }, true);
op('a date-time without offset is UTC', since('DATE_AFTER', '2024-05-01T09:59:59Z'), { userId: 'u', attributes: { signedUpAt: '2024-05-01T10:00:00' } }, true);
op('an epoch-ms attribute compares with an ISO value', since('DATE_BEFORE', '2024-06-01T00:00:00Z'), { userId: 'u', attributes: { signedUpAt: 1714557600000 } }, true);
op('an ISO attribute compares with an epoch-ms value', since('DATE_AFTER', 1714557600000), { userId: 'u', attributes: { signedUpAt: '2024-05-01T10:00:00.001Z' } }, true);
op('an epoch-ms attribute equal to the value is not after it', since('DATE_AFTER', 1714557600000), { userId: 'u', attributes: { signedUpAt: 1714557600000 } }, false);
op('an unparsable date does not match', since('DATE_BEFORE', '2030-01-01'), { userId: 'u', attributes: { signedUpAt: 'last tuesday' } }, false);
op('NOT with an unparsable date does not match', since('DATE_BEFORE', '2000-01-01', { negate: true }), { userId: 'u', attributes: { signedUpAt: 'last tuesday' } }, false);
op('an impossible calendar date does not match', since('DATE_BEFORE', '2030-01-01'), { userId: 'u', attributes: { signedUpAt: '2023-02-29' } }, false);
op('a leap day is a date', since('DATE_BEFORE', '2030-01-01'), { userId: 'u', attributes: { signedUpAt: '2024-02-29' } }, true);
op('a missing date does not match', since('DATE_AFTER', '2000-01-01'), { userId: 'u' }, false);
op('a boolean is not a date', since('DATE_AFTER', '2000-01-01'), { userId: 'u', attributes: { signedUpAt: true } }, false);

// ---- semver
const ver = (operator: string, value: string, extra: J = {}) => c('appVersion', operator, [value], extra);
op('SEMVER_EQ matches', ver('SEMVER_EQ', '2.3.0'), { userId: 'u', appVersion: '2.3.0' }, true);
op('SEMVER_EQ ignores build metadata', ver('SEMVER_EQ', '2.3.0'), { userId: 'u', appVersion: '2.3.0+build.7' }, true);
op('SEMVER_EQ accepts a leading v', ver('SEMVER_EQ', '2.3.0'), { userId: 'u', appVersion: 'v2.3.0' }, true);
op('NOT SEMVER_EQ matches another version', ver('SEMVER_EQ', '2.3.0', { negate: true }), { userId: 'u', appVersion: '2.3.1' }, true);
op('SEMVER_GT compares numerically, not as text', ver('SEMVER_GT', '2.9.0'), { userId: 'u', appVersion: '2.10.0' }, true);
op('SEMVER_GT does not match equal', ver('SEMVER_GT', '2.3.0'), { userId: 'u', appVersion: '2.3.0' }, false);
op('SEMVER_GTE matches equal', ver('SEMVER_GTE', '2.3.0'), { userId: 'u', appVersion: '2.3.0' }, true);
op('NOT SEMVER_GTE matches lower', ver('SEMVER_GTE', '2.3.0', { negate: true }), { userId: 'u', appVersion: '1.9.9' }, true);
op('SEMVER_LT: a prerelease is lower than its release', ver('SEMVER_LT', '2.3.0'), { userId: 'u', appVersion: '2.3.0-beta.1' }, true);
op('SEMVER_LT does not match higher', ver('SEMVER_LT', '2.3.0'), { userId: 'u', appVersion: '3.0.0' }, false);
op('SEMVER_LTE matches equal', ver('SEMVER_LTE', '2.3.0'), { userId: 'u', appVersion: '2.3.0' }, true);
op('NOT SEMVER_LTE matches higher', ver('SEMVER_LTE', '2.3.0', { negate: true }), { userId: 'u', appVersion: '2.3.1' }, true);
op('an invalid version does not match', ver('SEMVER_GTE', '1.0.0'), { userId: 'u', appVersion: '2.3' }, false);
op('NOT with an invalid version does not match', ver('SEMVER_LT', '1.0.0', { negate: true }), { userId: 'u', appVersion: 'latest' }, false);
op('a missing version does not match', ver('SEMVER_GTE', '0.0.1'), { userId: 'u' }, false);
op('a number is not a version', c('build', 'SEMVER_GTE', ['1.0.0']), { userId: 'u', attributes: { build: 2 } }, false);

// ---- EXISTS
const has = (extra: J = {}) => c('nickname', 'EXISTS', [], extra);
op('EXISTS matches a present attribute', has(), { userId: 'u', attributes: { nickname: 'jo' } }, true);
op('EXISTS matches an empty string', has(), { userId: 'u', attributes: { nickname: '' } }, true);
op('EXISTS matches false', has(), { userId: 'u', attributes: { nickname: false } }, true);
op('EXISTS does not match a missing attribute', has(), { userId: 'u', attributes: {} }, false);
op('EXISTS does not match null', has(), { userId: 'u', attributes: { nickname: null } }, false);
op('NOT EXISTS matches a missing attribute', has({ negate: true }), { userId: 'u' }, true);
op('NOT EXISTS matches null', has({ negate: true }), { userId: 'u', attributes: { nickname: null } }, true);
op('NOT EXISTS does not match a present attribute', has({ negate: true }), { userId: 'u', attributes: { nickname: 'jo' } }, false);
op('EXISTS on a known attribute', c('country', 'EXISTS', []), { userId: 'u', country: 'FR' }, true);

// ---- segments
const beta = seg('beta', { included: ['ann', 'bob'], excluded: ['eve'], rules: [{ conditions: [c('plan', 'IN', ['premium']), c('country', 'IN', ['FR'])] }, { conditions: [c('role', 'EQUALS', ['staff'])] }] });
const inBeta = c('', 'IN_SEGMENT', ['beta']);
op('IN_SEGMENT: an included user is a member', inBeta, { userId: 'ann' }, true, [beta]);
op('IN_SEGMENT: a user matching a segment rule is a member', inBeta, { userId: 'zed', plan: 'premium', country: 'FR' }, true, [beta]);
op('IN_SEGMENT: segment rule conditions are ANDed', inBeta, { userId: 'zed', plan: 'premium', country: 'DE' }, false, [beta]);
op('IN_SEGMENT: segment rules are ORed', inBeta, { userId: 'zed', role: 'staff' }, true, [beta]);
op('IN_SEGMENT: excluded wins over a matching rule', inBeta, { userId: 'eve', plan: 'premium', country: 'FR' }, false, [beta]);
op('IN_SEGMENT: excluded wins over included', inBeta, { userId: 'eve' }, false, [seg('beta', { included: ['eve'], excluded: ['eve'] })]);
op('IN_SEGMENT: nobody else is a member', inBeta, { userId: 'zed' }, false, [beta]);
op('IN_SEGMENT: without a userId only rules apply', inBeta, { sessionId: 'ann', role: 'staff' }, true, [beta]);
op('NOT IN_SEGMENT matches a non-member', { ...inBeta, negate: true }, { userId: 'zed' }, true, [beta]);
op('NOT IN_SEGMENT does not match a member', { ...inBeta, negate: true }, { userId: 'bob' }, false, [beta]);
op('NOT IN_SEGMENT matches an excluded user', { ...inBeta, negate: true }, { userId: 'eve' }, true, [beta]);
op('IN_SEGMENT with several segments matches a member of any', c('', 'IN_SEGMENT', ['staff', 'beta']), { userId: 'bob' }, true, [beta, seg('staff', { included: ['sam'] })]);
op('IN_SEGMENT of an unknown segment is not membership', c('', 'IN_SEGMENT', ['ghost']), { userId: 'ann' }, false, [beta]);
op('NOT IN_SEGMENT of an unknown segment matches', c('', 'IN_SEGMENT', ['ghost'], { negate: true }), { userId: 'ann' }, true, [beta]);
op('IN_SEGMENT: a segment rule with a missing attribute does not match', inBeta, { userId: 'zed', plan: 'premium' }, false, [beta]);
op('IN_SEGMENT: segment rules honour negation', inBeta, { userId: 'zed', country: 'DE' }, true, [seg('beta', { rules: [{ conditions: [c('country', 'IN', ['FR'], { negate: true })] }] })]);
op('IN_SEGMENT: a segment rule without conditions matches everyone', inBeta, { userId: 'zed' }, true, [seg('beta', { rules: [{ conditions: [] }] })]);
op('IN_SEGMENT: an empty segment has no members', inBeta, { userId: 'zed' }, false, [seg('beta')]);

// ---- rules, AND, order, individual targeting
add('rule: all conditions must match (AND)', { flags: [bool('f', { rules: [rule('r1', [c('plan', 'IN', ['premium', 'pro']), c('country', 'IN', ['FR', 'BE'])])] })], context: { userId: 'u', plan: 'pro', country: 'DE' }, expected: OFF_DEFAULT() });
add('rule: all conditions matching serves', { flags: [bool('f', { rules: [rule('r1', [c('plan', 'IN', ['premium', 'pro']), c('country', 'IN', ['FR', 'BE'])])] })], context: { userId: 'u', plan: 'pro', country: 'BE' }, expected: ON_RULE() });
add('rule: a rule without conditions matches everyone', { flags: [bool('f', { rules: [rule('everyone', [])] })], context: {}, expected: { ...ON_RULE(), ruleId: 'everyone' } });
add('rule order: the first matching rule wins', { flags: [bool('f', { rules: [rule('r1', [c('plan', 'IN', ['pro'])], { variant: 'off' }), rule('r2', [c('country', 'IN', ['FR'])], { variant: 'on' })] })], context: { userId: 'u', plan: 'pro', country: 'FR' }, expected: { enabled: false, variant: 'off', reason: 'TARGETING_MATCH', ruleId: 'r1', revision: 1, payload: null } });
add('rule order: a later rule serves when earlier ones do not match', { flags: [bool('f', { rules: [rule('r1', [c('plan', 'IN', ['pro'])], { variant: 'off' }), rule('r2', [c('country', 'IN', ['FR'])], { variant: 'on' })] })], context: { userId: 'u', plan: 'free', country: 'FR' }, expected: { ...ON_RULE(), ruleId: 'r2' } });
add('rule serving off on a BOOLEAN flag: TARGETING_MATCH, not enabled', { flags: [bool('f', { fallthrough: { variant: 'on' }, rules: [rule('blocklist', [c('country', 'IN', ['XX'])], { variant: 'off' })] })], context: { userId: 'u', country: 'XX' }, expected: { enabled: false, variant: 'off', reason: 'TARGETING_MATCH', ruleId: 'blocklist', revision: 1, payload: null } });
const targeted = bool('f', { targets: [{ variant: 'on', userIds: ['vip-1', 'vip-2'] }, { variant: 'off', userIds: ['banned'] }], rules: [rule('r1', [c('plan', 'IN', ['free'])], { variant: 'off' })], fallthrough: { variant: 'on' } });
add('individual targeting wins over rules', { flags: [targeted], context: { userId: 'vip-2', plan: 'free' }, expected: { enabled: true, variant: 'on', reason: 'TARGETING_MATCH', ruleId: null, revision: 1, payload: null } });
add('individual targeting can serve off', { flags: [targeted], context: { userId: 'banned', plan: 'premium' }, expected: { enabled: false, variant: 'off', reason: 'TARGETING_MATCH', ruleId: null, revision: 1, payload: null } });
add('individual targeting needs the userId, not the sessionId', { flags: [targeted], context: { sessionId: 'vip-1', plan: 'free' }, expected: { enabled: false, variant: 'off', reason: 'TARGETING_MATCH', ruleId: 'r1', revision: 1, payload: null } });
add('individual targeting: an untargeted user goes on to the rules', { flags: [targeted], context: { userId: 'someone', plan: 'free' }, expected: { enabled: false, variant: 'off', reason: 'TARGETING_MATCH', ruleId: 'r1', revision: 1, payload: null } });
add('individual targeting: the first list naming a user wins', { flags: [bool('f', { targets: [{ variant: 'off', userIds: ['dup'] }, { variant: 'on', userIds: ['dup'] }], fallthrough: { variant: 'on' } })], context: { userId: 'dup' }, expected: { enabled: false, variant: 'off', reason: 'TARGETING_MATCH', ruleId: null, revision: 1, payload: null } });
add('individual targeting is case-sensitive', { flags: [targeted], context: { userId: 'VIP-1', plan: 'premium' }, expected: { enabled: true, variant: 'on', reason: 'DEFAULT', ruleId: null, revision: 1, payload: null } });
add('fallthrough: a fixed variant gives DEFAULT', { flags: [bool('f', { fallthrough: { variant: 'on' }, revision: 9 })], context: { userId: 'u' }, expected: { enabled: true, variant: 'on', reason: 'DEFAULT', ruleId: null, revision: 9, payload: null } });

// ---- every reason and the precedence
const gated = bool('gated', { fallthrough: { variant: 'on' }, revision: 3, targets: [{ variant: 'on', userIds: ['vip'] }] });
add('reason FLAG_NOT_FOUND', { flags: [gated], key: 'nope', context: { userId: 'u' }, expected: { enabled: false, variant: null, reason: 'FLAG_NOT_FOUND', ruleId: null, revision: null, payload: null } });
add('reason FLAG_NOT_FOUND in an empty flag set', { flags: [], key: 'nope', context: {}, expected: { enabled: false, variant: null, reason: 'FLAG_NOT_FOUND', ruleId: null, revision: null, payload: null } });
add('reason DISABLED: the kill switch serves the off variant', { flags: [{ ...gated, enabled: false }], context: { userId: 'vip' }, expected: off('DISABLED', 3) });
add('reason ENV_GATE', { flags: [gated], overlays: { forceOff: ['gated'] }, context: { userId: 'vip' }, expected: off('ENV_GATE', 3) });
add('reason ENTITLEMENT', { flags: [gated], overlays: { entitlements: { gated: false } }, context: { userId: 'vip' }, expected: off('ENTITLEMENT', 3) });
add('an entitlement set to true inherits', { flags: [gated], overlays: { entitlements: { gated: true } }, context: { userId: 'u' }, expected: { enabled: true, variant: 'on', reason: 'DEFAULT', ruleId: null, revision: 3, payload: null } });
add('reason GUARD_OPEN', { flags: [gated], overlays: { openGuards: ['gated'] }, context: { userId: 'vip' }, expected: off('GUARD_OPEN', 3) });
add('overlays for other flags change nothing', { flags: [gated], overlays: { forceOff: ['other'], entitlements: { other: false }, openGuards: ['other'] }, context: { userId: 'u' }, expected: { enabled: true, variant: 'on', reason: 'DEFAULT', ruleId: null, revision: 3, payload: null } });
add('precedence: killed AND force-off -> DISABLED', { flags: [{ ...gated, enabled: false }], overlays: { forceOff: ['gated'] }, context: { userId: 'u' }, expected: off('DISABLED', 3) });
add('precedence: killed AND every overlay -> DISABLED', { flags: [{ ...gated, enabled: false }], overlays: { forceOff: ['gated'], entitlements: { gated: false }, openGuards: ['gated'] }, context: { userId: 'u' }, expected: off('DISABLED', 3) });
add('precedence: force-off AND entitlement false -> ENV_GATE', { flags: [gated], overlays: { forceOff: ['gated'], entitlements: { gated: false } }, context: { userId: 'u' }, expected: off('ENV_GATE', 3) });
add('precedence: force-off AND open guard -> ENV_GATE', { flags: [gated], overlays: { forceOff: ['gated'], openGuards: ['gated'] }, context: { userId: 'u' }, expected: off('ENV_GATE', 3) });
add('precedence: entitlement false AND open guard -> ENTITLEMENT', { flags: [gated], overlays: { entitlements: { gated: false }, openGuards: ['gated'] }, context: { userId: 'u' }, expected: off('ENTITLEMENT', 3) });
add('precedence: open guard AND failing prerequisite -> GUARD_OPEN', { flags: [{ ...gated, prerequisites: [{ flagKey: 'parent', variant: 'on' }] }, bool('parent', { enabled: false })], key: 'gated', overlays: { openGuards: ['gated'] }, context: { userId: 'u' }, expected: off('GUARD_OPEN', 3) });
add('precedence: failing prerequisite beats individual targeting', { flags: [{ ...gated, prerequisites: [{ flagKey: 'parent', variant: 'on' }] }, bool('parent', { enabled: false })], key: 'gated', context: { userId: 'vip' }, expected: off('PREREQUISITE_FAILED', 3) });
add('precedence: individual targeting beats a matching rule', { flags: [bool('f', { targets: [{ variant: 'off', userIds: ['u'] }], rules: [rule('r1', [])] })], context: { userId: 'u' }, expected: { enabled: false, variant: 'off', reason: 'TARGETING_MATCH', ruleId: null, revision: 1, payload: null } });
add('precedence: a matching rule beats the fallthrough', { flags: [bool('f', { rules: [rule('r1', [c('plan', 'IN', ['pro'])])], fallthrough: split([['off', 100], ['on', 0]]) })], context: { userId: 'u', plan: 'pro' }, expected: ON_RULE() });

// ---- VARIANT flags and payloads
add('VARIANT: a rule serves a variant with its payload', { flags: [colors('theme', { rules: [rule('r1', [c('plan', 'IN', ['pro'])], { variant: 'red' })] })], context: { userId: 'u', plan: 'pro' }, expected: { enabled: true, variant: 'red', reason: 'TARGETING_MATCH', ruleId: 'r1', revision: 4, payload: { hex: '#f00' } } });
add('VARIANT: the fallthrough variant and payload, DEFAULT', { flags: [colors('theme')], context: { userId: 'u' }, expected: { enabled: true, variant: 'green', reason: 'DEFAULT', ruleId: null, revision: 4, payload: { hex: '#0f0' } } });
add('VARIANT: a variant without payload gives null', { flags: [colors('theme', { fallthrough: { variant: 'blue' } })], context: { userId: 'u' }, expected: { enabled: true, variant: 'blue', reason: 'DEFAULT', ruleId: null, revision: 4, payload: null } });
add('VARIANT: disabled serves the off variant and its payload, not enabled', { flags: [colors('theme', { enabled: false })], context: { userId: 'u' }, expected: { enabled: false, variant: 'red', reason: 'DISABLED', ruleId: null, revision: 4, payload: { hex: '#f00' } } });
add('VARIANT: env gate serves the off variant, not enabled', { flags: [colors('theme')], overlays: { forceOff: ['theme'] }, context: { userId: 'u' }, expected: { enabled: false, variant: 'red', reason: 'ENV_GATE', ruleId: null, revision: 4, payload: { hex: '#f00' } } });
add('VARIANT: serving the off variant by a rule is still enabled', { flags: [colors('theme', { rules: [rule('r1', [], { variant: 'red' })] })], context: {}, expected: { enabled: true, variant: 'red', reason: 'TARGETING_MATCH', ruleId: 'r1', revision: 4, payload: { hex: '#f00' } } });
add('VARIANT: individual targeting', { flags: [colors('theme', { targets: [{ variant: 'blue', userIds: ['u'] }] })], context: { userId: 'u' }, expected: { enabled: true, variant: 'blue', reason: 'TARGETING_MATCH', ruleId: null, revision: 4, payload: null } });
add('BOOLEAN: payloads are served too', { flags: [bool('f', { variants: [{ key: 'on', payload: { limit: 5 } }, { key: 'off' }], fallthrough: { variant: 'on' } })], context: {}, expected: { enabled: true, variant: 'on', reason: 'DEFAULT', ruleId: null, revision: 1, payload: { limit: 5 } } });

// ---- prerequisites
const chainA = bool('a', { prerequisites: [{ flagKey: 'b', variant: 'on' }], fallthrough: { variant: 'on' } });
const chainB = bool('b', { prerequisites: [{ flagKey: 'c', variant: 'on' }], fallthrough: { variant: 'on' } });
const chainC = bool('c', { rules: [rule('fr', [c('country', 'IN', ['FR'])])], fallthrough: { variant: 'off' } });
add('prerequisites: a depth-3 chain that passes', { flags: [chainA, chainB, chainC], key: 'a', context: { userId: 'u', country: 'FR' }, expected: { enabled: true, variant: 'on', reason: 'DEFAULT', ruleId: null, revision: 1, payload: null } });
add('prerequisites: a depth-3 chain failing at the bottom (context)', { flags: [chainA, chainB, chainC], key: 'a', context: { userId: 'u', country: 'DE' }, expected: off('PREREQUISITE_FAILED') });
add('prerequisites: the middle of the chain fails too', { flags: [chainA, chainB, chainC], key: 'b', context: { userId: 'u', country: 'DE' }, expected: off('PREREQUISITE_FAILED') });
add('prerequisites: a killed grandparent fails the chain', { flags: [chainA, chainB, { ...chainC, enabled: false }], key: 'a', context: { userId: 'u', country: 'FR' }, expected: off('PREREQUISITE_FAILED') });
add('prerequisites: a force-off parent fails the child (same overlays)', { flags: [chainA, chainB, chainC], key: 'a', overlays: { forceOff: ['b'] }, context: { userId: 'u', country: 'FR' }, expected: off('PREREQUISITE_FAILED') });
add('prerequisites: an entitlement-off grandparent fails the chain', { flags: [chainA, chainB, chainC], key: 'a', overlays: { entitlements: { c: false } }, context: { userId: 'u', country: 'FR' }, expected: off('PREREQUISITE_FAILED') });
add('prerequisites: a missing parent fails', { flags: [bool('child', { prerequisites: [{ flagKey: 'ghost', variant: 'on' }], fallthrough: { variant: 'on' } })], context: { userId: 'u' }, expected: off('PREREQUISITE_FAILED') });
add('prerequisites: a missing grandparent fails', { flags: [chainA, chainB], key: 'a', context: { userId: 'u', country: 'FR' }, expected: off('PREREQUISITE_FAILED') });
const cycA = bool('cyc_a', { prerequisites: [{ flagKey: 'cyc_b', variant: 'on' }], fallthrough: { variant: 'on' } });
const cycB = bool('cyc_b', { prerequisites: [{ flagKey: 'cyc_a', variant: 'on' }], fallthrough: { variant: 'on' } });
add('prerequisites: a cycle met at evaluation fails (first member)', { flags: [cycA, cycB], key: 'cyc_a', context: { userId: 'u' }, expected: off('PREREQUISITE_FAILED') });
add('prerequisites: a cycle met at evaluation fails (second member)', { flags: [cycA, cycB], key: 'cyc_b', context: { userId: 'u' }, expected: off('PREREQUISITE_FAILED') });
add('prerequisites: a flag depending on a cycle fails', { flags: [cycA, cycB, bool('above', { prerequisites: [{ flagKey: 'cyc_a', variant: 'on' }], fallthrough: { variant: 'on' } })], key: 'above', context: { userId: 'u' }, expected: off('PREREQUISITE_FAILED') });
add('prerequisites: a self-cycle fails', { flags: [bool('selfish', { prerequisites: [{ flagKey: 'selfish', variant: 'on' }], fallthrough: { variant: 'on' } })], context: { userId: 'u' }, expected: off('PREREQUISITE_FAILED') });
add('prerequisites: a killed flag in a cycle is still DISABLED', { flags: [{ ...cycA, enabled: false }, cycB], key: 'cyc_a', context: { userId: 'u' }, expected: off('DISABLED') });
add('prerequisites: a VARIANT parent serving the required variant', { flags: [bool('child', { prerequisites: [{ flagKey: 'theme', variant: 'green' }], fallthrough: { variant: 'on' } }), colors('theme')], key: 'child', context: { userId: 'u' }, expected: { enabled: true, variant: 'on', reason: 'DEFAULT', ruleId: null, revision: 1, payload: null } });
add('prerequisites: a VARIANT parent serving another variant', { flags: [bool('child', { prerequisites: [{ flagKey: 'theme', variant: 'blue' }], fallthrough: { variant: 'on' } }), colors('theme')], key: 'child', context: { userId: 'u' }, expected: off('PREREQUISITE_FAILED') });
add('prerequisites: requiring the off variant of a killed parent is satisfied', { flags: [bool('child', { prerequisites: [{ flagKey: 'legacy', variant: 'off' }], fallthrough: { variant: 'on' } }), bool('legacy', { enabled: false })], key: 'child', context: { userId: 'u' }, expected: { enabled: true, variant: 'on', reason: 'DEFAULT', ruleId: null, revision: 1, payload: null } });
add('prerequisites: all must pass (one of two fails)', { flags: [bool('child', { prerequisites: [{ flagKey: 'p1', variant: 'on' }, { flagKey: 'p2', variant: 'on' }], fallthrough: { variant: 'on' } }), bool('p1', { fallthrough: { variant: 'on' } }), bool('p2')], key: 'child', context: { userId: 'u' }, expected: off('PREREQUISITE_FAILED') });
add('prerequisites: all pass (two of two)', { flags: [bool('child', { prerequisites: [{ flagKey: 'p1', variant: 'on' }, { flagKey: 'p2', variant: 'on' }], fallthrough: { variant: 'on' } }), bool('p1', { fallthrough: { variant: 'on' } }), bool('p2', { targets: [{ variant: 'on', userIds: ['u'] }] })], key: 'child', context: { userId: 'u' }, expected: { enabled: true, variant: 'on', reason: 'DEFAULT', ruleId: null, revision: 1, payload: null } });
add('prerequisites: a diamond (shared parent) passes', { flags: [bool('top', { prerequisites: [{ flagKey: 'l', variant: 'on' }, { flagKey: 'r', variant: 'on' }], fallthrough: { variant: 'on' } }), bool('l', { prerequisites: [{ flagKey: 'base', variant: 'on' }], fallthrough: { variant: 'on' } }), bool('r', { prerequisites: [{ flagKey: 'base', variant: 'on' }], fallthrough: { variant: 'on' } }), bool('base', { fallthrough: { variant: 'on' } })], key: 'top', context: { userId: 'u' }, expected: { enabled: true, variant: 'on', reason: 'DEFAULT', ruleId: null, revision: 1, payload: null } });
add('prerequisites: passing ones let rules decide', { flags: [bool('child', { prerequisites: [{ flagKey: 'p1', variant: 'on' }], rules: [rule('r1', [c('plan', 'IN', ['pro'])])] }), bool('p1', { fallthrough: { variant: 'on' } })], key: 'child', context: { userId: 'u', plan: 'pro' }, expected: ON_RULE() });

// ---- rollouts with pinned buckets
const r20 = bool('roll', { fallthrough: split([['on', 20], ['off', 80]]) });
for (const [label, lo, hi, variant] of [
  ['low bucket', 0, 999, 'on'], ['last bucket of on (1999)', 1999, 1999, 'on'], ['first bucket of off (2000)', 2000, 2000, 'off'], ['high bucket', 9000, 9999, 'off'],
] as const) {
  const u = userIn('roll', lo, hi);
  add(`rollout 20/80 on the fallthrough: ${label} -> ${variant}`, { flags: [r20], context: { userId: u.id }, buckets: [u.pin], expected: { enabled: variant === 'on', variant, reason: 'SPLIT', ruleId: null, revision: 1, payload: null } });
}
{
  const u = userIn('roll', 0, 4999, 'member');
  const flag = bool('roll', { rules: [rule('pro-half', [c('plan', 'IN', ['pro'])], split([['on', 50], ['off', 50]]))] });
  add('rollout in a rule: SPLIT with the rule id', { flags: [flag], context: { userId: u.id, plan: 'pro' }, buckets: [u.pin], expected: { enabled: true, variant: 'on', reason: 'SPLIT', ruleId: 'pro-half', revision: 1, payload: null } });
  add('rollout in a rule: the rule must match first', { flags: [flag], context: { userId: u.id, plan: 'free' }, expected: OFF_DEFAULT() });
  const v = userIn('roll', 5000, 9999, 'member');
  add('rollout in a rule: upper half -> off', { flags: [flag], context: { userId: v.id, plan: 'pro' }, buckets: [v.pin], expected: { enabled: false, variant: 'off', reason: 'SPLIT', ruleId: 'pro-half', revision: 1, payload: null } });
}
{
  // Weight order decides the ranges: the same user gets on with [on, off] and off with [off, on].
  const u = userIn('order', 0, 2999, 'o');
  add('rollout ranges follow the weights order (on listed first)', { flags: [bool('order', { fallthrough: split([['on', 30], ['off', 70]]) })], context: { userId: u.id }, buckets: [u.pin], expected: { enabled: true, variant: 'on', reason: 'SPLIT', ruleId: null, revision: 1, payload: null } });
  add('rollout ranges follow the weights order (off listed first)', { flags: [bool('order', { fallthrough: split([['off', 70], ['on', 30]]) })], context: { userId: u.id }, buckets: [u.pin], expected: { enabled: false, variant: 'off', reason: 'SPLIT', ruleId: null, revision: 1, payload: null } });
  add('raising the first weight keeps its users (30 -> 45)', { flags: [bool('order', { fallthrough: split([['on', 45], ['off', 55]]) })], context: { userId: u.id }, buckets: [u.pin], expected: { enabled: true, variant: 'on', reason: 'SPLIT', ruleId: null, revision: 1, payload: null } });
}
{
  const salt = 'shared_salt';
  const u = userIn(salt, 0, 999, 's');
  const keyBucket = bucket('salted', u.id);
  const expectedByKey = keyBucket < 1000 ? 'on' : 'off';
  add('a custom salt replaces the key in the hash', { flags: [bool('salted', { salt, fallthrough: split([['on', 10], ['off', 90]]) })], context: { userId: u.id }, buckets: [u.pin], expected: { enabled: true, variant: 'on', reason: 'SPLIT', ruleId: null, revision: 1, payload: null } });
  if (expectedByKey !== 'off') throw new Error('pick another salt case');
  add('without the salt the same user hashes by key', { flags: [bool('salted', { fallthrough: split([['on', 10], ['off', 90]]) })], context: { userId: u.id }, buckets: [{ salt: 'salted', value: u.id, bucket: keyBucket }], expected: { enabled: false, variant: 'off', reason: 'SPLIT', ruleId: null, revision: 1, payload: null } });
}
{
  const s = userIn('roll', 0, 1999, 'session');
  add('stickiness falls back to sessionId without userId', { flags: [r20], context: { sessionId: s.id }, buckets: [s.pin], expected: { enabled: true, variant: 'on', reason: 'SPLIT', ruleId: null, revision: 1, payload: null } });
  add('stickiness treats an empty userId as missing', { flags: [r20], context: { userId: '', sessionId: s.id }, buckets: [s.pin], expected: { enabled: true, variant: 'on', reason: 'SPLIT', ruleId: null, revision: 1, payload: null } });
  const u = userIn('roll', 5000, 9999, 'uid');
  add('stickiness prefers userId over sessionId', { flags: [r20], context: { userId: u.id, sessionId: s.id }, buckets: [u.pin, s.pin], expected: { enabled: false, variant: 'off', reason: 'SPLIT', ruleId: null, revision: 1, payload: null } });
}
add('no stickiness value: the off variant when the rollout lists it', { flags: [bool('roll', { fallthrough: split([['on', 99], ['off', 1]]) })], context: { plan: 'pro' }, expected: { enabled: false, variant: 'off', reason: 'SPLIT', ruleId: null, revision: 1, payload: null } });
add('no stickiness value: the off variant even at weight 0', { flags: [bool('roll', { fallthrough: split([['on', 100], ['off', 0]]) })], context: {}, expected: { enabled: false, variant: 'off', reason: 'SPLIT', ruleId: null, revision: 1, payload: null } });
add('no stickiness value: the first weighted variant when off is not listed', { flags: [colors('theme', { fallthrough: split([['blue', 0], ['green', 60], ['red', 40]].filter(([v]) => v !== 'red') as Array<[string, number]>) })].map((f) => ({ ...f, fallthrough: split([['blue', 0], ['green', 100]]) })), context: { userId: null, sessionId: null }, expected: { enabled: true, variant: 'green', reason: 'SPLIT', ruleId: null, revision: 4, payload: { hex: '#0f0' } } });
add('no stickiness value: a userId of the wrong type is no value', { flags: [bool('roll', { fallthrough: split([['on', 50], ['off', 50]]) })], context: { userId: { id: 'x' } }, expected: { enabled: false, variant: 'off', reason: 'SPLIT', ruleId: null, revision: 1, payload: null } });
{
  const t = userIn('tenant_roll', 0, 4999, 'tenant');
  const flag = bool('tenant_roll', { fallthrough: split([['on', 50], ['off', 50]], 'tenantId') });
  add('custom stickiness on tenantId (first user of the tenant)', { flags: [flag], context: { userId: 'alice', tenantId: t.id }, buckets: [t.pin], expected: { enabled: true, variant: 'on', reason: 'SPLIT', ruleId: null, revision: 1, payload: null } });
  add('custom stickiness on tenantId (another user, same tenant, same result)', { flags: [flag], context: { userId: 'bob', tenantId: t.id }, buckets: [t.pin], expected: { enabled: true, variant: 'on', reason: 'SPLIT', ruleId: null, revision: 1, payload: null } });
  add('custom stickiness without that attribute does not fall back to userId', { flags: [flag], context: { userId: 'alice', sessionId: 's' }, expected: { enabled: false, variant: 'off', reason: 'SPLIT', ruleId: null, revision: 1, payload: null } });
  const a = userIn('acct_roll', 5000, 9999, '');
  const numeric = a.id.replace(/^-/, '');
  if (String(Number(numeric)) !== numeric) throw new Error('numeric id');
  add('custom stickiness on a custom number attribute hashes its string form', { flags: [bool('acct_roll', { fallthrough: split([['on', 50], ['off', 50]], 'accountId') })], context: { userId: 'x', attributes: { accountId: Number(numeric) } }, buckets: [{ salt: 'acct_roll', value: numeric, bucket: bucket('acct_roll', numeric) }], expected: (bucket('acct_roll', numeric) < 5000 ? { enabled: true, variant: 'on' } : { enabled: false, variant: 'off' }) && { ...(bucket('acct_roll', numeric) < 5000 ? { enabled: true, variant: 'on' } : { enabled: false, variant: 'off' }), reason: 'SPLIT', ruleId: null, revision: 1, payload: null } });
}
{
  const three = colors('three', { fallthrough: split([['red', 33.33], ['green', 33.33], ['blue', 33.34]]) });
  const a = userIn('three', 0, 3332, 'v');
  const b = userIn('three', 3333, 6665, 'v');
  const d = userIn('three', 6666, 9999, 'v');
  add('three-way split: first range (0-3332) -> red', { flags: [three], context: { userId: a.id }, buckets: [a.pin], expected: { enabled: true, variant: 'red', reason: 'SPLIT', ruleId: null, revision: 4, payload: { hex: '#f00' } } });
  add('three-way split: second range (3333-6665) -> green', { flags: [three], context: { userId: b.id }, buckets: [b.pin], expected: { enabled: true, variant: 'green', reason: 'SPLIT', ruleId: null, revision: 4, payload: { hex: '#0f0' } } });
  add('three-way split: third range (6666-9999) -> blue', { flags: [three], context: { userId: d.id }, buckets: [d.pin], expected: { enabled: true, variant: 'blue', reason: 'SPLIT', ruleId: null, revision: 4, payload: null } });
}
{
  const u = userIn('zero', 0, 9999, 'z');
  add('a 0% variant is never served', { flags: [bool('zero', { fallthrough: split([['on', 0], ['off', 100]]) })], context: { userId: u.id }, buckets: [u.pin], expected: { enabled: false, variant: 'off', reason: 'SPLIT', ruleId: null, revision: 1, payload: null } });
  add('a 100% variant is always served', { flags: [bool('zero', { fallthrough: split([['on', 100], ['off', 0]]) })], context: { userId: u.id }, buckets: [u.pin], expected: { enabled: true, variant: 'on', reason: 'SPLIT', ruleId: null, revision: 1, payload: null } });
}
{
  const u = userIn('frac', 1234, 1234, 'f');
  add('fractional weights: 12.35% covers buckets 0-1234', { flags: [bool('frac', { fallthrough: split([['on', 12.35], ['off', 87.65]]) })], context: { userId: u.id }, buckets: [u.pin], expected: { enabled: true, variant: 'on', reason: 'SPLIT', ruleId: null, revision: 1, payload: null } });
  add('fractional weights: 12.34% stops before bucket 1234', { flags: [bool('frac', { fallthrough: split([['on', 12.34], ['off', 87.66]]) })], context: { userId: u.id }, buckets: [u.pin], expected: { enabled: false, variant: 'off', reason: 'SPLIT', ruleId: null, revision: 1, payload: null } });
}
{
  const u = { id: 'josé-ñ', pin: { salt: 'roll', value: 'josé-ñ', bucket: bucket('roll', 'josé-ñ') } };
  const v = u.pin.bucket < 2000 ? 'on' : 'off';
  add('a non-ASCII user id hashes its UTF-8 bytes', { flags: [r20], context: { userId: u.id }, buckets: [u.pin], expected: { enabled: v === 'on', variant: v, reason: 'SPLIT', ruleId: null, revision: 1, payload: null } });
}

// ---- hostile and odd contexts
add('context: empty', { flags: [bool('f', { rules: [rule('r1', [c('plan', 'IN', ['pro'])])] })], context: {}, expected: OFF_DEFAULT() });
add('context: null', { flags: [bool('f', { rules: [rule('r1', [c('plan', 'IN', ['pro'], { negate: true })])] })], context: null, expected: OFF_DEFAULT() });
add('context: a string', { flags: [bool('f', { fallthrough: { variant: 'on' } })], context: 'user-1', expected: { enabled: true, variant: 'on', reason: 'DEFAULT', ruleId: null, revision: 1, payload: null } });
add('context: top-level attributes of the wrong type', { flags: [bool('f', { rules: [rule('r1', [c('country', 'IN', ['1'])]), rule('r2', [c('plan', 'EXISTS', [])], { variant: 'on' })] })], context: { userId: 7, country: 1, plan: ['pro'] }, expected: { ...ON_RULE(), ruleId: 'r2' } });
add('context: a huge attribute string', { flags: [bool('f', { rules: [rule('r1', [c('note', 'STARTS_WITH', ['aaa'])])] })], context: { userId: 'u', attributes: { note: 'a'.repeat(100_000) } }, expected: ON_RULE() });

for (const x of cases) {
  if (x.buckets) for (const p of x.buckets) if (bucket(p.salt, p.value) !== p.bucket) throw new Error('pin');
}
writeFileSync('server/evaluation/cases.json', `${JSON.stringify({ version: 1, bucketingVersion: 1, cases }, null, 2)}\n`);
console.log(cases.length);
