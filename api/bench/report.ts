/**
 * Latency bookkeeping and output. The API runs and the SQL floor record into the same
 * `Latencies` (every sample kept, exact percentiles), so that the ratio compares like with like:
 * autocannon's own histogram rounds down to whole milliseconds, too coarse for 1–3 ms queries.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { CpuPerRequest } from './cpu';

export class Latencies {
  private samples: number[] = [];
  failures = 0;

  record(ms: number): void {
    this.samples.push(ms);
  }

  get count(): number {
    return this.samples.length;
  }

  /** Nearest-rank percentile, in ms. */
  percentile(p: number): number {
    if (this.samples.length === 0) return Number.NaN;
    const sorted = [...this.samples].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
  }

  summary(durationS: number): LoadSummary {
    return {
      requests: this.count,
      failures: this.failures,
      rps: this.count / durationS,
      p50: this.percentile(50),
      p90: this.percentile(90),
      p99: this.percentile(99),
      max: this.percentile(100),
    };
  }
}

export interface LoadSummary {
  requests: number;
  failures: number;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

/** Statements per request over every logged request of a run (the session touch adds one, once a minute). */
export interface StatementStats {
  min: number;
  median: number;
  max: number;
  requests: number;
}

export interface ScenarioResult {
  scenario: string;
  description: string;
  api: LoadSummary & { autocannonP50: number; autocannonP99: number; non2xx: number; errors: number; serverP50?: number; serverP99?: number; cpu: CpuPerRequest };
  statements: StatementStats;
  floor: LoadSummary & { statements: number; cpu: CpuPerRequest; loadAverage?: number };
  /** 1-minute load average at the end of the API run: above ~2.5 on 2 cores, something else ran too */
  loadAverage?: number;
  note?: string;
}

export interface BatchResult {
  scenario: string;
  rows: number;
  seconds: number[];
  statements: number[];
  floorSeconds: number[];
  floorStatements: number;
}

export interface DriverReport {
  driver: 'postgres' | 'pglite';
  connections: number;
  durationS: number;
  counts: Record<string, number>;
  phases: { phase: string; seconds: number }[];
  generationSteps: { step: string; ms: number }[];
  scenarios: ScenarioResult[];
  listSizeProbes: { scenario: string; size: string; statements: number }[];
  checks: { check: string; ok: boolean; detail: string }[];
  /** sequential write batches (not a throughput scenario): seconds and statements per batch */
  batches?: BatchResult[];
  explain?: { summary: string[]; file: string };
}

const f1 = (value: number) => (Number.isFinite(value) ? value.toFixed(value >= 100 ? 0 : value >= 10 ? 1 : 2) : '–');

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}

const HEADER = ['scenario', 'req/s', 'p50 ms', 'p99 ms', 'SQL/req', 'floor req/s', 'floor p50', 'floor p99', 'floor SQL', 'ratio p50', 'ratio req/s'];

function rowsOf(report: DriverReport): string[][] {
  return report.scenarios.map((s) => [
    s.scenario,
    f1(s.api.rps),
    f1(s.api.p50),
    f1(s.api.p99),
    s.statements.min === s.statements.max ? String(s.statements.min) : `${s.statements.median} (${s.statements.min}–${s.statements.max})`,
    f1(s.floor.rps),
    f1(s.floor.p50),
    f1(s.floor.p99),
    String(s.floor.statements),
    `${(s.api.p50 / s.floor.p50).toFixed(2)}×`,
    `${(s.floor.rps / s.api.rps).toFixed(2)}×`,
  ]);
}

export function formatDriver(report: DriverReport): string {
  const out: string[] = [];
  const counts = Object.entries(report.counts)
    .map(([k, v]) => `${k} ${v.toLocaleString('en-US')}`)
    .join(', ');
  out.push(`\n=== ${report.driver} — ${report.connections} connections, ${report.durationS} s per run ===`);
  out.push(`data: ${counts}`);
  out.push(table(HEADER, rowsOf(report)));
  for (const s of report.scenarios) {
    const extra = [`non-2xx ${s.api.non2xx}`, `errors ${s.api.errors}`, `autocannon p50/p99 ${s.api.autocannonP50}/${s.api.autocannonP99} ms (whole ms)`];
    if (s.api.serverP50 !== undefined) extra.push(`server-side p50/p99 ${f1(s.api.serverP50)}/${f1(s.api.serverP99!)} ms`);
    if (s.loadAverage !== undefined) extra.push(`load average after API/floor run ${s.loadAverage.toFixed(1)}/${s.floor.loadAverage?.toFixed(1) ?? '–'}`);
    out.push(`  ${s.scenario}: ${s.description}; ${extra.join(', ')}${s.note ? `\n    note: ${s.note}` : ''}`);
  }
  const ms = (value: number | null | undefined) => (value === null || value === undefined ? '–' : f1(value));
  out.push('CPU ms per request (user+system, /proc): where the 2 cores went');
  out.push(
    table(
      ['scenario', 'API server', 'API postgres', 'autocannon', 'other procs', 'floor client', 'floor postgres', 'other procs'],
      report.scenarios.map((s) => [
        s.scenario,
        ms(s.api.cpu.server),
        ms(s.api.cpu.postgres),
        ms(s.api.cpu.bench),
        ms(s.api.cpu.others),
        ms(s.floor.cpu.bench),
        ms(s.floor.cpu.postgres),
        ms(s.floor.cpu.others),
      ]),
    ),
  );
  out.push('  ("other procs": CPU of every other process on the machine during the run; near 0 on a quiet machine)');
  if (report.driver === 'pglite') out.push('  (PGlite runs inside the API server, and inside the floor client for the floor)');
  if (report.batches?.length) {
    out.push('sequential batches (one at a time; seconds per batch, each batch timed):');
    const med = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
    out.push(
      table(
        ['batch', 'rows', 'API s/batch', 'API median s', 'SQL/batch', 'floor s/batch', 'floor median s', 'floor SQL', 'ratio median'],
        report.batches.map((b) => [
          b.scenario,
          b.rows.toLocaleString('en-US'),
          b.seconds.map((v) => v.toFixed(2)).join(' / '),
          med(b.seconds).toFixed(2),
          [...new Set(b.statements)].join(', '),
          b.floorSeconds.map((v) => v.toFixed(2)).join(' / '),
          med(b.floorSeconds).toFixed(2),
          String(b.floorStatements),
          `${(med(b.seconds) / med(b.floorSeconds)).toFixed(2)}×`,
        ]),
      ),
    );
  }
  if (report.listSizeProbes.length) {
    out.push('SQL statements per request by list size (one request each, from the server log):');
    out.push(
      table(
        ['scenario', 'size', 'SQL/req'],
        report.listSizeProbes.map((p) => [p.scenario, p.size, String(p.statements)]),
      ),
    );
  }
  out.push('checks:');
  for (const c of report.checks) out.push(`  [${c.ok ? 'ok' : 'FAIL'}] ${c.check}: ${c.detail}`);
  if (report.explain) {
    out.push(`EXPLAIN (full plans in ${report.explain.file}):`);
    for (const line of report.explain.summary) out.push(`  ${line}`);
  }
  out.push('phases: ' + report.phases.map((p) => `${p.phase} ${p.seconds.toFixed(1)} s`).join(', '));
  out.push('generation steps: ' + report.generationSteps.map((s) => `${s.step} ${(s.ms / 1000).toFixed(1)} s`).join(', '));
  return out.join('\n');
}

export function toMarkdown(reports: DriverReport[], meta: Record<string, string>): string {
  const out: string[] = ['# Palier benchmark', ''];
  for (const [k, v] of Object.entries(meta)) out.push(`- ${k}: ${v}`);
  for (const report of reports) {
    out.push('', `## ${report.driver}`, '', '```', formatDriver(report).trim(), '```');
  }
  return `${out.join('\n')}\n`;
}

export const resultsDir = path.join(import.meta.dirname, 'results');

export function writeResults(name: string, contents: string): string {
  fs.mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, name);
  fs.writeFileSync(file, contents);
  return file;
}
