import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startApiServer } from './api-server';
import { startMailbox } from './mailbox';

const web = path.resolve(import.meta.dirname, '..');

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    /** the JSON-lines file of the e-mails the API sent this run (e2e/mailbox.ts) */
    mailboxFile: string;
  }
}

/**
 * Builds the SPA, starts a local SMTP server and the API on free ports with a new demo database
 * (its e-mails sent to that server, as in production), stops both afterwards.
 */
export default async function setup(project: TestProject) {
  execFileSync(path.join(web, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { cwd: web, stdio: 'inherit' });
  const mailboxDir = fs.mkdtempSync(path.join(os.tmpdir(), 'palier-mailbox-'));
  const mailbox = await startMailbox(path.join(mailboxDir, 'mailbox.jsonl'));
  let server;
  try {
    server = await startApiServer({ SMTP_URL: mailbox.smtpUrl });
  } catch (error) {
    await mailbox.close();
    fs.rmSync(mailboxDir, { recursive: true, force: true });
    throw error;
  }
  project.provide('baseURL', server.baseURL);
  project.provide('mailboxFile', mailbox.file);
  const { stop } = server;
  return async () => {
    await stop();
    await mailbox.close();
    fs.rmSync(mailboxDir, { recursive: true, force: true });
  };
}
