// A segment's rules in a line, with the history's condition words: "plan IN [premium] or country IN [FR]".
import { ruleWords } from '../history/change-words';

interface RuleLike {
  conditions: readonly unknown[];
}

export const conditionCount = (rules: readonly RuleLike[]) =>
  rules.reduce((sum, rule) => sum + rule.conditions.length, 0);

/** Members by rule: any rule matches, each when all its conditions do. */
export function ruleSummary(rules: readonly RuleLike[]): string {
  return rules.map((rule) => ruleWords(rule).replace(/^when /, '')).join(' or ');
}
