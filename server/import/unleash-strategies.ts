// An Unleash strategy's own test (rollout, user ids, addresses) as alternative condition sets: any may match.
import type { Condition } from '../evaluation/definitions.js';
import { parseIpRange } from '../evaluation/ip.js';
import { ATTRIBUTE_PATTERN } from '../evaluation/limits.js';
import type { UnleashStrategy } from './unleash-state.js';

/** Alternatives (OR) of condition sets (AND); [] never matches; or why it cannot be imported. */
export type Alternatives = Condition[][] | { refused: string } | { never: string };

const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));
const commaList = (value: unknown) => (text(value) === '' ? [] : text(value).split(/\s*,\s*/));

/** A rollout by a stickiness attribute ('' is Unleash's default: userId, then sessionId). */
function rollout(attribute: string, percentage: number, groupId: string): Alternatives {
  if (!(percentage > 0)) return { never: 'its rollout is 0%' };
  if (attribute === '' && percentage >= 100) return [[]];
  if (attribute !== '' && !ATTRIBUTE_PATTERN.test(attribute)) {
    return { refused: `stickiness ${JSON.stringify(attribute)} is not a usable Augur attribute name` };
  }
  return [[{ attribute, operator: 'IN_ROLLOUT', values: [Math.min(100, percentage), groupId] }]];
}

/** A random draw: only 0% and 100% mean the same thing on every call. */
function random(percentage: number, what: string): Alternatives {
  if (percentage >= 100) return [[]];
  if (!(percentage > 0)) return { never: `its ${what} is 0%` };
  return {
    refused: `${what} of ${percentage}% is a random draw on every call; Augur's evaluation is deterministic`,
  };
}

export function strategyAlternatives(strategy: UnleashStrategy): Alternatives {
  const p = strategy.parameters ?? {};
  switch (strategy.name) {
    case 'default':
      return [[]];
    case 'flexibleRollout': {
      const percentage = Number(p.rollout);
      const stickiness = text(p.stickiness) || 'default';
      if (stickiness === 'random') return random(percentage, 'a random-stickiness rollout');
      return rollout(stickiness === 'default' ? '' : stickiness, percentage, text(p.groupId));
    }
    case 'gradualRolloutUserId':
      return rollout('userId', Number(p.percentage), text(p.groupId));
    case 'gradualRolloutSessionId':
      return rollout('sessionId', Number(p.percentage), text(p.groupId));
    case 'gradualRolloutRandom':
      return random(Number(p.percentage), 'gradualRolloutRandom');
    case 'userWithId': {
      const ids = commaList(p.userIds).filter((id) => id !== '');
      return ids.length === 0
        ? { never: 'it lists no user ids' }
        : [[{ attribute: 'userId', operator: 'IN', values: ids }]];
    }
    case 'remoteAddress': {
      const entries = commaList(p.IPs).filter((ip) => ip !== '');
      // Unleash: an entry equal to the address, or an IPv4 address or range containing it.
      const v4 = entries.filter((entry) => parseIpRange(entry)?.family === 4);
      const other = entries.filter((entry) => !v4.includes(entry));
      const out: Condition[][] = [];
      if (v4.length > 0) out.push([{ attribute: 'remoteAddress', operator: 'IN_CIDR', values: v4 }]);
      if (other.length > 0) out.push([{ attribute: 'remoteAddress', operator: 'IN', values: other }]);
      return out.length === 0 ? { never: 'it lists no addresses' } : out;
    }
    case 'applicationHostname':
      return {
        refused:
          "applicationHostname tests the SDK host's name; Augur evaluates on its server, which is not the application's host",
      };
    default:
      return {
        refused: `custom strategy ${JSON.stringify(text(strategy.name))} has no definition Augur could run`,
      };
  }
}
