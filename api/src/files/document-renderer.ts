import os from 'node:os';
import { Piscina } from 'piscina';

/**
 * PDF documents (statements, access letters) are laid out by pdfkit, whose text layout is CPU
 * bound: on the event loop, one large document froze every request (issue 13). They are rendered
 * in a small pool of worker threads instead, each render with a time limit after which its worker
 * is ended; the pool's queue is bounded too, so a flood of exports waits or fails, never the API.
 */
export const RENDER_LIMITS = {
  /** A render that takes longer is abandoned (its worker terminated) and the request fails. */
  timeoutMs: 120_000,
  /** Worker threads: the machine keeps a core for the API itself. */
  threads: Math.max(1, Math.min(2, os.availableParallelism() - 1)),
  /** Renders waiting for a thread beyond this are refused at once. */
  queue: 20,
};

let pool: Piscina | null = null;
let inFlight = 0;

function renderPool(): Piscina {
  pool ??= new Piscina({
    filename: new URL('./pdf-worker.mjs', import.meta.url).href,
    minThreads: 0,
    maxThreads: RENDER_LIMITS.threads,
    maxQueue: RENDER_LIMITS.queue,
    idleTimeout: 60_000,
    // The worker registers its own TypeScript loader; inheriting the parent's would load it twice.
    execArgv: [],
  });
  return pool;
}

/** Renders submitted and not yet finished (queued or running). */
export function rendersInFlight(): number {
  return inFlight;
}

/**
 * Renders a PDF in a worker thread: `renderer` is the module (a file URL, from `import.meta.url`)
 * whose `exportName(input)` returns the bytes; `input` is copied to the worker, so it must be
 * plain data. Rejects when the render passes `timeoutMs`.
 */
export async function renderPdf<T>(renderer: URL, exportName: string, input: T, timeoutMs: number = RENDER_LIMITS.timeoutMs): Promise<Buffer> {
  inFlight += 1;
  try {
    const bytes = (await renderPool().run({ module: renderer.href, exportName, input }, { signal: AbortSignal.timeout(timeoutMs) })) as Uint8Array;
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  } catch (error) {
    if ((error as Error)?.name === 'AbortError' || (error as Error)?.name === 'TimeoutError') throw new Error(`PDF rendering stopped after ${timeoutMs} ms`);
    throw error;
  } finally {
    inFlight -= 1;
  }
}

/** Ends the pool's threads (shutdown, end of a test file); the next render starts a new pool. */
export async function closeRenderPool(): Promise<void> {
  const closing = pool;
  pool = null;
  await closing?.destroy();
}
