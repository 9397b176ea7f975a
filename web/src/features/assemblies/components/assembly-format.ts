import type { IntlShape } from 'react-intl';
import { formatShares } from '../../../app/i18n/format';

/** A headcount with its shares, "3 · 293,00000 tantièmes": shares stay decimal strings (no arithmetic here). */
export function formatHeadcount(intl: IntlShape, headcount: { count: number; shares: string }): string {
  return intl.formatMessage({ id: 'assemblies.headcount' }, { count: headcount.count, shares: formatShares(headcount.shares) });
}

/** The AG's date and time in the building's zone, as on a convocation ("lundi 13 juillet 2020 à 10:00"). */
export function formatStartsAt(intl: IntlShape, startsAt: string): string {
  return intl.formatMessage({ id: 'assemblies.startsAt' }, { date: new Date(startsAt) });
}

/** An AG is upcoming until its day has passed; past ones show attendance and, once published, results. */
export function isUpcoming(startsAt: string, now = new Date()): boolean {
  return new Date(startsAt).getTime() > now.getTime();
}
