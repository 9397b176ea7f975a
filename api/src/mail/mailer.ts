import nodemailer from 'nodemailer';
import { and, eq, sql } from 'drizzle-orm';
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
}

export function createMailer(options: { smtpUrl?: string; from: string; log?: (line: Record<string, unknown>) => void }): Mailer {
  const transport = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : null;
  return {
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
}
