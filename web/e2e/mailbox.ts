import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Readable } from 'node:stream';

/**
 * The e2e run's SMTP server: the API child is given SMTP_URL, so its e-mails leave as in
 * production and arrive here; each one is appended to a JSON-lines file that the tests read
 * (`receivedMails`), since they run in other processes than the global setup.
 */

/** One received message, decoded (subject and text as the person reads them). */
export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
  /** ms since the epoch, when the message was accepted */
  receivedAt: number;
}

// smtp-server and mailparser are the API's devDependencies (its notification tests use them):
// resolved from there rather than installed twice; these are the few members used here.
interface SmtpSession {
  envelope: { rcptTo: { address: string }[] };
}
interface SmtpServerLike {
  listen(port: number, host: string, callback: () => void): void;
  close(callback: () => void): void;
  server: { address(): AddressInfo | string | null };
}
type SmtpServerClass = new (options: {
  authOptional: boolean;
  disabledCommands: string[];
  onData(stream: Readable, session: SmtpSession, callback: (error?: Error | null) => void): void;
}) => SmtpServerLike;
type SimpleParser = (stream: Readable) => Promise<{ subject?: string; text?: string }>;

const fromApi = createRequire(path.resolve(import.meta.dirname, '../../api/package.json'));

export interface Mailbox {
  /** for the API child: plain SMTP on loopback, no STARTTLS */
  smtpUrl: string;
  file: string;
  close(): Promise<void>;
}

/** Starts the SMTP server on a free loopback port; every message goes to `file`, one JSON line each. */
export async function startMailbox(file: string): Promise<Mailbox> {
  const { SMTPServer } = fromApi('smtp-server') as { SMTPServer: SmtpServerClass };
  const { simpleParser } = fromApi('mailparser') as { simpleParser: SimpleParser };
  fs.writeFileSync(file, '');
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    onData(stream, session, callback) {
      simpleParser(stream).then((mail) => {
        const received: ReceivedMail = {
          to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
          subject: mail.subject ?? '',
          text: mail.text ?? '',
          receivedAt: Date.now(),
        };
        fs.appendFileSync(file, `${JSON.stringify(received)}\n`);
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    smtpUrl: `smtp://127.0.0.1:${port}?ignoreTLS=true`,
    file,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Every message received so far in this run (the file named by the global setup). */
export function receivedMails(file: string): ReceivedMail[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ReceivedMail);
}
