import { formatShareUnits, parseShares } from './shares';
import { ATTENDANCE_STATUSES, type AttendanceStatus } from './vocabulary';

export interface Headcount {
  count: number;
  /** Exact decimal string, five decimals like the tantièmes. */
  shares: string;
}

export type AttendanceSummary = Record<Lowercase<AttendanceStatus>, Headcount> & { total: Headcount };

/**
 * The totals of the attendance screen ("Saisie des présences"): each participant under the code
 * entered (a late postal form still shows under C), in headcount and shares of the AG's key.
 */
export function summariseAttendance(participants: readonly { status: AttendanceStatus; shares: string }[]): AttendanceSummary {
  const sums = new Map<AttendanceStatus, { count: number; shares: bigint }>(ATTENDANCE_STATUSES.map((status) => [status, { count: 0, shares: 0n }]));
  let total = 0n;
  for (const participant of participants) {
    const sum = sums.get(participant.status)!;
    const shares = parseShares(participant.shares);
    sum.count += 1;
    sum.shares += shares;
    total += shares;
  }
  const headcount = (status: AttendanceStatus): Headcount => {
    const sum = sums.get(status)!;
    return { count: sum.count, shares: formatShareUnits(sum.shares) };
  };
  return {
    absent: headcount('ABSENT'),
    present: headcount('PRESENT'),
    represented: headcount('REPRESENTED'),
    remote: headcount('REMOTE'),
    postal: headcount('POSTAL'),
    total: { count: participants.length, shares: formatShareUnits(total) },
  };
}
