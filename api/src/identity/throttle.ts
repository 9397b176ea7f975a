import { signInThrottles } from '../db/schema';
import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../db/client';
import { tooManyAttempts } from '../graphql/errors';

/**
 * Failed sign-ins, counted in the database so that every API instance shares them. Per
 * identifier: slowed from the 3rd failure, locked for 15 minutes at the 5th. Per client address
 * (guessing across identifiers): locked at the 30th. Counters fade after an hour without failure.
 */
export const THROTTLE = {
  slowAfter: 3,
  slowStepMs: 400,
  lockAt: { identifier: 5, address: 30 },
  lockMinutes: 15,
  resetAfterMinutes: 60,
};

const keys = (identifier: string, address: string) => ({
  identifier: `id:${identifier.trim().toUpperCase()}`,
  address: `ip:${address}`,
});

/** Refuses at once while either key is locked. */
export async function assertNotLocked(db: Db, identifier: string, address: string): Promise<number> {
  const k = keys(identifier, address);
  const result = await db.execute(sql`
    SELECT key, failures, ceil(extract(epoch FROM (locked_until - now())))::int AS locked_seconds
    FROM ${signInThrottles}
    WHERE key IN (${k.identifier}, ${k.address})
      AND last_failure_at > now() - make_interval(mins => ${THROTTLE.resetAfterMinutes}::int)`);
  const rows = rowsOf<{ key: string; failures: number; locked_seconds: number | null }>(result);
  const locked = rows.find((row) => row.locked_seconds !== null && row.locked_seconds > 0);
  if (locked) throw tooManyAttempts(locked.locked_seconds!);
  return rows.find((row) => row.key === k.identifier)?.failures ?? 0;
}

/** Counts a failure on both keys atomically (safe under concurrency on PostgreSQL). */
export async function recordFailure(db: Db, identifier: string, address: string): Promise<void> {
  const k = keys(identifier, address);
  await db.execute(sql`
    INSERT INTO ${signInThrottles} (key, failures, last_failure_at)
    VALUES (${k.identifier}, 1, now()), (${k.address}, 1, now())
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN sign_in_throttles.last_failure_at < now() - make_interval(mins => ${THROTTLE.resetAfterMinutes}::int)
                      OR sign_in_throttles.locked_until < now()
                 THEN 1 ELSE sign_in_throttles.failures + 1 END,
      last_failure_at = now(),
      locked_until = CASE
        WHEN (CASE WHEN sign_in_throttles.last_failure_at < now() - make_interval(mins => ${THROTTLE.resetAfterMinutes}::int)
                     OR sign_in_throttles.locked_until < now()
              THEN 1 ELSE sign_in_throttles.failures + 1 END)
             >= (CASE WHEN sign_in_throttles.key LIKE 'id:%' THEN ${THROTTLE.lockAt.identifier}::int ELSE ${THROTTLE.lockAt.address}::int END)
        THEN now() + make_interval(mins => ${THROTTLE.lockMinutes}::int)
        ELSE NULL END`);
}

/** A successful sign-in clears the identifier's counter (not the address's). */
export async function clearFailures(db: Db, identifier: string): Promise<void> {
  await db.execute(sql`DELETE FROM ${signInThrottles} WHERE key = ${keys(identifier, '').identifier}`);
}

/** Delay applied before answering, growing with the identifier's recent failures. */
export function slowdownMs(previousFailures: number): number {
  return previousFailures >= THROTTLE.slowAfter ? (previousFailures - THROTTLE.slowAfter + 1) * THROTTLE.slowStepMs : 0;
}
