/**
 * CPU time spent per request, by process, read from /proc (Linux): on a 2-core machine the
 * server, PostgreSQL and the load generator share the cores, so "where did the CPU go" explains
 * req/s better than latency does. Returns null where /proc is unavailable (or PostgreSQL remote).
 */
import fs from 'node:fs';

const CLOCK_TICKS = 100; // USER_HZ, 100 on every Linux build in use

/** User + system CPU seconds of one process. */
export function processCpu(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // fields[0] is field 3 (state)
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

/** CPU seconds of every local `postgres` process (backends and background workers). */
export function postgresCpu(): number | null {
  let total = 0;
  let found = false;
  let entries: string[];
  try {
    entries = fs.readdirSync('/proc');
  } catch {
    return null;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (fs.readFileSync(`/proc/${entry}/comm`, 'utf8').trim() !== 'postgres') continue;
    } catch {
      continue;
    }
    const cpu = processCpu(Number(entry));
    if (cpu !== null) {
      total += cpu;
      found = true;
    }
  }
  return found ? total : null;
}

/** Busy CPU seconds of the whole machine (all cores), from the first line of /proc/stat. */
export function machineCpu(): number | null {
  try {
    const [, ...values] = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
    const [user, nice, system, , , irq, softirq, steal] = values.map(Number);
    return (user + nice + system + irq + softirq + (steal || 0)) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

/** This process (the load generator, or the floor client with PGlite inside). */
export function ownCpu(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
}

export interface CpuPerRequest {
  /** the API server child (PGlite runs inside it) */
  server?: number | null;
  /** local PostgreSQL processes */
  postgres: number | null;
  /** this process: autocannon for API runs; the floor client (and PGlite) for floor runs */
  bench: number;
  /** everything else on the machine (other jobs sharing the cores): large values mean a disturbed run */
  others: number | null;
}

/** Starts a measurement; the returned function gives ms of CPU per request over the interval. */
export function cpuMeter(options: { serverPid?: number; postgres: boolean }): (requests: number) => CpuPerRequest {
  const server0 = options.serverPid ? processCpu(options.serverPid) : null;
  const pg0 = options.postgres ? postgresCpu() : null;
  const own0 = ownCpu();
  const machine0 = machineCpu();
  return (requests) => {
    const per = (start: number | null, end: number | null) => (start === null || end === null || requests === 0 ? null : ((end - start) * 1000) / requests);
    const server = options.serverPid ? per(server0, processCpu(options.serverPid)) : null;
    const postgres = per(pg0, options.postgres ? postgresCpu() : null);
    const bench = ((ownCpu() - own0) * 1000) / Math.max(1, requests);
    const machine = per(machine0, machineCpu());
    return {
      ...(options.serverPid ? { server } : {}),
      postgres,
      bench,
      others: machine === null ? null : Math.max(0, machine - (server ?? 0) - (postgres ?? 0) - bench),
    };
  };
}
