import nodemailer from 'nodemailer';
import { and, asc, eq, isNull, lte, sql } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { outboxEmails } from '../db/schema';

export interface MailMessage {
  agencyId: string;
  to: string;
  subject: string;
  text: string;
  /**
   * Parts of the text that grant something (a reset token, a temporary password): once the
   * message is handed to SMTP, the outbox keeps its text with these replaced by REDACTED.
   */
  secrets?: string[];
}

/** What replaces a secret in the outbox copy of a sent message. */
export const REDACTED = '[retiré après envoi]';

/** The text with every secret replaced (longest first, so a secret containing another goes whole). */
export function redact(text: string, secrets: readonly string[] = []): string {
  return [...secrets]
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .reduce((body, secret) => body.split(secret).join(REDACTED), text);
}

/**
 * Sends e-mail through SMTP when configured; otherwise keeps it in the outbox table, which is then
 * the only copy (development, demo). Neither path logs a body: links and passwords stay out of logs.
 */
export interface Mailer {
  send(db: Executor, message: MailMessage): Promise<void>;
  /**
   * Writes messages to the outbox in the caller's transaction and sends nothing: they leave with
   * `deliverPending` after commit, so a rollback sends nothing and a slow or failing SMTP server
   * never holds or fails the caller's write. Queued messages carry no secret (their text stays).
   */
  queue(db: Executor, messages: readonly Omit<MailMessage, 'secrets'>[]): Promise<void>;
  /**
   * Sends the outbox's due messages (call after commit; never throws). A failed send is logged,
   * counted and tried again later (RETRY delays), then given up and left in the outbox.
   */
  deliverPending(db: Executor): Promise<void>;
  /** Resolves once no delivery runs (tests, shutdown); retries scheduled later are not awaited. */
  idle(): Promise<void>;
}

/** Attempts before a queued message is given up, and the first retry's delay (doubled each time). */
export const RETRY = { maxAttempts: 5, firstDelayMs: 60_000 };
/** Messages sent per pass of `deliverPending` (the next pass follows at once while some remain). */
const DELIVERY_PAGE = 100;

export function createMailer(options: {
  smtpUrl?: string;
  from: string;
  log?: (line: Record<string, unknown>) => void;
  /** The first retry's delay (tests shorten it). */
  retryDelayMs?: number;
}): Mailer {
  const transport = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : null;
  const firstDelayMs = options.retryDelayMs ?? RETRY.firstDelayMs;
  let running: Promise<void> | null = null;
  let again = false;
  let retryTimer: NodeJS.Timeout | null = null;

  /** One pass over the due messages; true when a full page was sent (more may be due). */
  async function deliverPage(db: Executor): Promise<boolean> {
    const due = await db
      .select()
      .from(outboxEmails)
      .where(and(isNull(outboxEmails.sentAt), lte(outboxEmails.nextAttemptAt, sql`now()`)))
      .orderBy(asc(outboxEmails.nextAttemptAt))
      .limit(DELIVERY_PAGE);
    for (const row of due) {
      const where = and(eq(outboxEmails.agencyId, row.agencyId), eq(outboxEmails.id, row.id));
      try {
        await transport!.sendMail({ from: options.from, to: row.recipient, subject: row.subject, text: row.body });
        await db
          .update(outboxEmails)
          .set({ sentAt: sql`now()`, nextAttemptAt: null, lastError: null })
          .where(where);
      } catch (error) {
        const attempts = row.attempts + 1;
        const delayMs = firstDelayMs * 2 ** (attempts - 1);
        const givenUp = attempts >= RETRY.maxAttempts;
        await db
          .update(outboxEmails)
          .set({
            attempts,
            lastError: String((error as Error)?.message ?? error).slice(0, 500),
            nextAttemptAt: givenUp ? null : sql`now() + make_interval(secs => ${delayMs / 1000})`,
          })
          .where(where);
        options.log?.({ msg: givenUp ? 'mail given up' : 'mail delivery failed, will retry', outboxId: row.id, attempts, retryInMs: givenUp ? null : delayMs });
        if (!givenUp) scheduleRetry(db, delayMs);
      }
    }
    return due.length === DELIVERY_PAGE;
  }

  function scheduleRetry(db: Executor, delayMs: number) {
    if (retryTimer) return;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      void mailer.deliverPending(db);
    }, delayMs + 50);
    retryTimer.unref();
  }

  const mailer: Mailer = {
    async queue(db, messages) {
      if (messages.length === 0) return;
      await db
        .insert(outboxEmails)
        .values(messages.map((m) => ({ agencyId: m.agencyId, recipient: m.to, subject: m.subject, body: m.text, nextAttemptAt: transport ? sql`now()` : null })));
    },
    deliverPending(db) {
      if (!transport) return Promise.resolve();
      if (running) {
        again = true;
        return running;
      }
      running = (async () => {
        try {
          do {
            again = false;
            while (await deliverPage(db));
          } while (again);
        } catch (error) {
          options.log?.({ msg: 'mail delivery pass failed', error: String((error as Error)?.message ?? error) });
        } finally {
          running = null;
        }
      })();
      return running;
    },
    async idle() {
      while (running) await running;
    },
    async send(db, message) {
      const [row] = await db
        .insert(outboxEmails)
        .values({ agencyId: message.agencyId, recipient: message.to, subject: message.subject, body: message.text })
        .returning({ id: outboxEmails.id });
      if (transport) {
        await transport.sendMail({ from: options.from, to: message.to, subject: message.subject, text: message.text });
        // Sent: the outbox keeps a record of what went out, never a link or password that still works.
        await db
          .update(outboxEmails)
          .set({ sentAt: sql`now()`, body: redact(message.text, message.secrets) })
          .where(and(eq(outboxEmails.agencyId, message.agencyId), eq(outboxEmails.id, row.id)));
      } else {
        options.log?.({ msg: 'mail kept in outbox_emails (no SMTP_URL)', outboxId: row.id, subject: message.subject });
      }
    },
  };
  return mailer;
}

/** A mailer that sends and keeps nothing (dry runs: the transaction is rolled back anyway). */
export const SILENT_MAILER: Mailer = {
  send: () => Promise.resolve(),
  queue: () => Promise.resolve(),
  deliverPending: () => Promise.resolve(),
  idle: () => Promise.resolve(),
};
