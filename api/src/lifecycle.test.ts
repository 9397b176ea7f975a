import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** `pnpm start`'s process as a user runs it: a clean start, a clean stop, a clear refusal. */
const apiDir = path.resolve(import.meta.dirname, '..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'palier-lifecycle-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function start(port: number) {
  const env = { ...process.env, PORT: String(port), DATA_DIR: dataDir, NODE_ENV: 'production' } as NodeJS.ProcessEnv;
  delete env.PALIER_SILENT;
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: apiDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

async function waitForHealth(port: number, exited: Promise<unknown>): Promise<void> {
  let done = false;
  void exited.then(() => (done = true));
  for (let i = 0; i < 240 && !done; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the server did not answer /healthz');
}

describe('the server process', () => {
  it('stops on SIGINT with exit code 0 after finishing, and releases the data folder', async () => {
    const port = await freePort();
    const server = start(port);
    await waitForHealth(port, server.exited);
    expect(server.output()).toContain('Palier : ouvrez');
    server.child.kill('SIGINT');
    expect(await server.exited).toBe(0);
    expect(server.output()).toContain('"msg":"stopped"');
    expect(fs.existsSync(path.join(dataDir, 'palier.lock'))).toBe(false);
  }, 180_000);

  it('refuses a port already taken with a clear message and a non-zero exit, never "running"', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, resolve));
    const { port } = blocker.address() as AddressInfo;
    try {
      const server = start(port);
      expect(await server.exited).toBe(1);
      expect(server.output()).toContain(`Le port ${port} est déjà utilisé`);
      expect(server.output()).not.toContain('Palier is running');
      expect(server.output()).not.toContain('ouvrez');
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  }, 180_000);
});
