import nodemailer from 'nodemailer';
import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { outboxEmails } from '../db/schema';

export interface MailMessage {
  agencyId: string;
  to: string;
  subject: string;
  text: string;
}

/** Sends e-mail through SMTP when configured; otherwise keeps it in the outbox table and logs it. */
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
        await db
          .update(outboxEmails)
          .set({ sentAt: sql`now()` })
          .where(and(eq(outboxEmails.agencyId, message.agencyId), eq(outboxEmails.id, row.id)));
      } else {
        // Without SMTP the outbox row is the message; in development the log shows it (see server.ts).
        options.log?.({ msg: 'mail kept in outbox (no SMTP_URL)', outboxId: row.id, subject: message.subject, body: message.text });
      }
    },
  };
}
