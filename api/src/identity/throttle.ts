import { signInThrottles } from '../db/schema';
import { sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../db/client';
import { tooManyAttempts } from '../graphql/errors';

/**
 * Password guesses (sign-in, and `changePassword`'s current password), counted in the database so
 * that every API instance shares them, after OWASP's authentication cheat sheet:
 * - per (identifier, client address): 3 free attempts, then a growing wait before the next one
 *   (5 s, 10 s, 20 s … at most 15 minutes);
 * - per identifier, from every address together: locked for everyone only at the 50th failure, for
 *   5 minutes (a backstop against guessing spread over many addresses, short so that no one can
 *   keep a person out; "Mot de passe oublié" is never throttled by these counters and a
 *   successful reset clears them);
 * - per client address, across identifiers (password spraying): locked for 15 minutes at the 30th.
 * Counters fade after an hour without an attempt. An attempt is reserved (counted) BEFORE its
 * password is verified, under a row lock, so concurrent requests cannot verify more attempts than
 * the rule allows; a right password then gives its attempt back.
 */
export const THROTTLE = {
  pair: { freeAttempts: 3, firstDelaySeconds: 5, maxDelaySeconds: 15 * 60 },
  identifier: { lockAt: 50, lockMinutes: 5 },
  address: { lockAt: 30, lockMinutes: 15 },
  resetAfterMinutes: 60,
};

type Kind = 'pair' | 'identifier' | 'address';

const normalise = (identifier: string) => identifier.trim().toUpperCase();

/** The three counters of an attempt, sorted by key so that concurrent transactions lock them in one order. */
function keysOf(identifier: string, address: string): { key: string; kind: Kind }[] {
  const id = normalise(identifier);
  return [
    { key: `id:${id}`, kind: 'identifier' as const },
    { key: `ip:${address}`, kind: 'address' as const },
    { key: `pair:${id}|${address}`, kind: 'pair' as const },
  ].sort((a, b) => (a.key < b.key ? -1 : 1));
}

/** Seconds to wait after the `attempts`-th attempt of a pair, or null when the next one is free. */
export function pairDelaySeconds(attempts: number): number | null {
  const { freeAttempts, firstDelaySeconds, maxDelaySeconds } = THROTTLE.pair;
  if (attempts < freeAttempts) return null;
  return Math.min(firstDelaySeconds * 2 ** Math.min(attempts - freeAttempts, 30), maxDelaySeconds);
}

interface CounterRow {
  key: string;
  failures: number;
  is_faded: boolean;
  has_served_lock: boolean;
  locked_seconds: number | null;
}

/**
 * Reserves one attempt on the identifier, the address and the pair, or refuses it with
 * TOO_MANY_ATTEMPTS (and the seconds to wait) while any of them is locked. One transaction holding
 * the three rows locked: the check and the count are one step whatever the concurrency.
 */
export async function reserveAttempt(db: Executor, identifier: string, address: string): Promise<void> {
  const keys = keysOf(identifier, address);
  const kindOf = new Map(keys.map(({ key, kind }) => [key, kind]));
  await db.transaction(async (tx) => {
    await tx.execute(sql`
      INSERT INTO ${signInThrottles} (key, failures, last_failure_at)
      VALUES ${sql.join(
        keys.map(({ key }) => sql`(${key}, 0, now())`),
        sql`, `,
      )}
      ON CONFLICT (key) DO NOTHING`);
    const rows = rowsOf<CounterRow>(
      await tx.execute(sql`
        SELECT key, failures,
               last_failure_at < now() - make_interval(mins => ${THROTTLE.resetAfterMinutes}::int) AS is_faded,
               coalesce(locked_until <= now(), false) AS has_served_lock,
               ceil(extract(epoch FROM (locked_until - now())))::int AS locked_seconds
        FROM ${signInThrottles}
        WHERE key IN ${keys.map(({ key }) => key)}
        ORDER BY key
        FOR UPDATE`),
    );
    const wait = Math.max(0, ...rows.map((row) => (row.is_faded ? 0 : (row.locked_seconds ?? 0))));
    if (wait > 0) throw tooManyAttempts(wait);
    const updates = rows.map((row) => {
      const kind = kindOf.get(row.key)!;
      // A pair keeps its count while it waits (the waits grow); a served lock starts a new count.
      const fresh = row.is_faded || (kind !== 'pair' && row.has_served_lock);
      const attempts = (fresh ? 0 : row.failures) + 1;
      const lockSeconds = kind === 'pair' ? pairDelaySeconds(attempts) : attempts >= THROTTLE[kind].lockAt ? THROTTLE[kind].lockMinutes * 60 : null;
      return sql`(${row.key}, ${attempts}::int, ${lockSeconds}::int)`;
    });
    await tx.execute(sql`
      UPDATE ${signInThrottles} AS t
      SET failures = v.attempts, last_failure_at = now(),
          locked_until = CASE WHEN v.lock_seconds IS NULL THEN NULL ELSE now() + make_interval(secs => v.lock_seconds) END
      FROM (VALUES ${sql.join(updates, sql`, `)}) AS v(key, attempts, lock_seconds)
      WHERE t.key = v.key`);
  });
}

/**
 * The right password: the pair starts again, and the identifier and the address get the reserved
 * attempt back (lifting their lock if the count falls below it).
 */
export async function settleSuccess(db: Executor, identifier: string, address: string): Promise<void> {
  const keys = keysOf(identifier, address);
  const pair = keys.find((key) => key.kind === 'pair')!.key;
  const id = keys.find((key) => key.kind === 'identifier')!.key;
  const ip = keys.find((key) => key.kind === 'address')!.key;
  await db.execute(sql`
    WITH gone AS (DELETE FROM ${signInThrottles} WHERE key = ${pair})
    UPDATE ${signInThrottles}
    SET failures = greatest(failures - 1, 0),
        locked_until = CASE WHEN failures - 1 >= (CASE WHEN key = ${id} THEN ${THROTTLE.identifier.lockAt}::int ELSE ${THROTTLE.address.lockAt}::int END)
                            THEN locked_until ELSE NULL END
    WHERE key IN (${id}, ${ip})`);
}

/** A successful password reset: the identifier's counters, for every address, are cleared. */
export async function clearIdentifier(db: Executor, identifier: string): Promise<void> {
  const id = normalise(identifier);
  const pairPrefix = `pair:${id}|`;
  await db.execute(sql`DELETE FROM ${signInThrottles} WHERE key = ${`id:${id}`} OR left(key, ${pairPrefix.length}::int) = ${pairPrefix}`);
}

/**
 * "Mot de passe oublié" requests, on the same table under their own keys (`reset-id:`, `reset-ip:`),
 * counted per fixed window that opens at the first request (`locked_until` holds the window's end
 * for these keys). Counted for every identifier typed, existing or not, so the answer never tells
 * whether it exists:
 * - per identifier (normalised like the lookup: every alias in case or spacing is one key): at most
 *   3 links an hour; past that the request answers the same and sends nothing (no mailbox flood);
 * - per client address: 20 requests an hour, then TOO_MANY_ATTEMPTS until the window ends.
 * Sign-in failures never touch these counters, so no one's guesses block a person's recovery.
 */
export const RESET_THROTTLE = {
  identifier: { links: 3, windowMinutes: 60 },
  address: { requests: 20, windowMinutes: 60 },
};

/** The identifier as the reset lookup compares it: NFKC, trimmed, upper case (one key per alias). */
export const normaliseIdentifier = (identifier: string) => identifier.normalize('NFKC').trim().toUpperCase();

/**
 * Counts one reset request on its identifier and address in one atomic statement; throws
 * TOO_MANY_ATTEMPTS when the address is over its limit, returns whether a link may be sent.
 */
export async function countResetRequest(db: Executor, normalisedIdentifier: string, address: string): Promise<boolean> {
  const { identifier, address: byAddress } = RESET_THROTTLE;
  const idKey = `reset-id:${normalisedIdentifier}`;
  const rows = rowsOf<{ key: string; failures: number; seconds_left: number }>(
    await db.execute(sql`
      INSERT INTO ${signInThrottles} AS t (key, failures, last_failure_at, locked_until)
      VALUES (${idKey}, 1, now(), now() + make_interval(mins => ${identifier.windowMinutes}::int)),
             (${`reset-ip:${address}`}, 1, now(), now() + make_interval(mins => ${byAddress.windowMinutes}::int))
      ON CONFLICT (key) DO UPDATE SET
        failures = CASE WHEN t.locked_until IS NULL OR t.locked_until <= now() THEN 1 ELSE t.failures + 1 END,
        locked_until = CASE WHEN t.locked_until IS NULL OR t.locked_until <= now() THEN excluded.locked_until ELSE t.locked_until END,
        last_failure_at = now()
      RETURNING key, failures, ceil(extract(epoch FROM (locked_until - now())))::int AS seconds_left`),
  );
  const ip = rows.find((row) => row.key !== idKey)!;
  if (Number(ip.failures) > byAddress.requests) throw tooManyAttempts(Math.max(1, Number(ip.seconds_left)));
  return Number(rows.find((row) => row.key === idKey)!.failures) <= identifier.links;
}
