import type { PointRuleSetFieldsFragment } from '../../../generated/graphql';

type Rule = PointRuleSetFieldsFragment['rules'][number];

/**
 * Amounts of these kinds come with the event (the badge's or challenge's own points, an
 * admin's correction); the rule's value is only a default.
 */
export const AMOUNT_FROM_EVENT_KINDS: ReadonlySet<string> = new Set([
  'badgeAwarded',
  'challengeWon',
  'manualAdjustment',
]);

/** The rules a member can act on to earn points, biggest first (ties keep the server order). */
export function earningRules(rules: readonly Rule[]): Rule[] {
  return rules
    .map((rule, index) => ({ rule, index }))
    .filter(({ rule }) => rule.points > 0 && rule.kind !== 'manualAdjustment')
    .sort((a, b) => b.rule.points - a.rule.points || a.index - b.index)
    .map(({ rule }) => rule);
}
