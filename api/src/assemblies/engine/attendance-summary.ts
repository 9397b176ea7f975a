import { Decimal } from 'decimal.js';
import { ATTENDANCE_STATUSES, type AttendanceStatus } from './vocabulary';

export interface Headcount {
  count: number;
  /** Exact decimal string, five decimals like the tantièmes. */
  shares: string;
}

export type AttendanceSummary = Record<Lowercase<AttendanceStatus>, Headcount> & { total: Headcount };

export const formatShares = (value: Decimal) => value.toFixed(5);

/**
 * The totals of the attendance screen ("Saisie des présences"): each participant under the code
 * entered (a late postal form still shows under C), in headcount and shares of the AG's key.
 */
export function summariseAttendance(participants: readonly { status: AttendanceStatus; shares: string }[]): AttendanceSummary {
  const sums = new Map<AttendanceStatus, { count: number; shares: Decimal }>(ATTENDANCE_STATUSES.map((status) => [status, { count: 0, shares: new Decimal(0) }]));
  let total = new Decimal(0);
  for (const participant of participants) {
    const sum = sums.get(participant.status)!;
    sum.count += 1;
    sum.shares = sum.shares.plus(participant.shares);
    total = total.plus(participant.shares);
  }
  const headcount = (status: AttendanceStatus): Headcount => {
    const sum = sums.get(status)!;
    return { count: sum.count, shares: formatShares(sum.shares) };
  };
  return {
    absent: headcount('ABSENT'),
    present: headcount('PRESENT'),
    represented: headcount('REPRESENTED'),
    remote: headcount('REMOTE'),
    postal: headcount('POSTAL'),
    total: { count: participants.length, shares: formatShares(total) },
  };
}
