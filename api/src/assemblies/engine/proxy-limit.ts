import { Decimal } from 'decimal.js';

/**
 * Art. 22 of the law of 10 July 1965: a proxy holder receives at most three delegations, unless
 * their own votes and their principals' together stay within 10 % of the syndicate's votes.
 * `holderShares` is zero for a named third party.
 */
export function isWithinProxyLimit(input: { holderShares: string; delegatedShares: readonly string[]; syndicateShares: string }): boolean {
  if (input.delegatedShares.length <= 3) return true;
  const held = input.delegatedShares.reduce((sum, shares) => sum.plus(shares), new Decimal(input.holderShares));
  // held ≤ 10 % of the total, without dividing.
  return held.times(10).lte(input.syndicateShares);
}
