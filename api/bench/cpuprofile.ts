/**
 * Self time per function and per package from a V8 `.cpuprofile` (node --cpu-prof), e.g. of the
 * benchmark's server child (`BENCH_SERVER_NODE_OPTIONS="--cpu-prof --cpu-prof-dir=/tmp/prof"`):
 *
 *   tsx bench/cpuprofile.ts /tmp/prof/CPU.….cpuprofile [--top 30] [--from execute]
 *
 * `--from NAME` drops the samples before the first one whose stack holds a function named NAME
 * (default `execute`, graphql-js: the server's start-up, transpilation and schema build are left
 * out). Idle time is reported apart and left out of the percentages.
 */
import fs from 'node:fs';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a) && a !== argValue('--from'));
function argValue(name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}
if (!file) throw new Error('usage: cpuprofile.ts FILE.cpuprofile [--top N] [--from FUNCTION]');
const top = Number(argValue('--top') ?? 30);
const from = argValue('--from') ?? 'execute';

const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

function stackHas(id: number, name: string): boolean {
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) if (byId.get(cur)!.callFrame.functionName === name) return true;
  return false;
}

/** `node_modules/.pnpm/<pkg>@…/node_modules/<pkg>/…` → `<pkg>`; project files by path; built-ins by kind. */
function packageOf(url: string): string {
  if (!url) return '(native / V8)';
  if (url.startsWith('node:')) return 'node: built-ins';
  const m = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1];
  const src = /\/api\/(src|bench)\/(.*)$/.exec(url);
  return src ? `api/${src[1]}/${src[2].split('/')[0]}` : url.replace(/^file:\/\//, '');
}

let started = false;
let idle = 0;
let total = 0;
const selfByFunction = new Map<string, number>();
const selfByPackage = new Map<string, number>();
/** Inclusive time of project functions (api/src), each counted once per sample. */
const inclusiveByProject = new Map<string, number>();
/** Who calls the native writes (socket or file). */
const callersOf = new Map<string, Map<string, number>>();
const frameKey = (cf: CallFrame) =>
  `${cf.functionName || '(anonymous)'}  ${cf.url.replace(/^.*node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?/, '').replace(/^file:\/\/.*\/api\//, 'api/')}${cf.url ? `:${cf.lineNumber + 1}` : ''}`;
for (let i = 0; i < profile.samples.length; i++) {
  const id = profile.samples[i];
  const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000; // the delta after a sample is its duration
  if (!started) {
    if (!stackHas(id, from)) continue;
    started = true;
  }
  const { callFrame } = byId.get(id)!;
  if (callFrame.functionName === '(idle)') {
    idle += dt;
    continue;
  }
  total += dt;
  const short = callFrame.url.replace(/^.*node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?/, '').replace(/^file:\/\/.*\/api\//, 'api/');
  const key = `${callFrame.functionName || '(anonymous)'}  ${short}${callFrame.url ? `:${callFrame.lineNumber + 1}` : ''}`;
  selfByFunction.set(key, (selfByFunction.get(key) ?? 0) + dt);
  const seen = new Set<string>();
  const chain: string[] = [];
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const cf = byId.get(cur)!.callFrame;
    chain.push(frameKey(cf));
    if (!/\/api\/src\//.test(cf.url)) continue;
    const k = frameKey(cf);
    if (seen.has(k)) continue;
    seen.add(k);
    inclusiveByProject.set(k, (inclusiveByProject.get(k) ?? 0) + dt);
  }
  if (['writeBuffer', 'writev', 'writeUtf8String', '(garbage collector)'].includes(callFrame.functionName)) {
    const caller = chain
      .slice(1, 6)
      .map((c) => c.split('  ')[0])
      .join(' < ');
    const m = callersOf.get(callFrame.functionName) ?? new Map<string, number>();
    callersOf.set(callFrame.functionName, m);
    m.set(caller, (m.get(caller) ?? 0) + dt);
  }
  const pkg = callFrame.url ? packageOf(callFrame.url) : callFrame.functionName;
  selfByPackage.set(pkg, (selfByPackage.get(pkg) ?? 0) + dt);
}

const pct = (v: number) => `${((100 * v) / total).toFixed(1)} %`.padStart(7);
const ms = (v: number) => `${v.toFixed(0)} ms`.padStart(9);
console.log(`${file}: ${total.toFixed(0)} ms busy, ${idle.toFixed(0)} ms idle after the first "${from}"`);
console.log('\nself time by package / file:');
for (const [k, v] of [...selfByPackage].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(v)} ${ms(v)}  ${k}`);
console.log('\nself time by function:');
for (const [k, v] of [...selfByFunction].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(v)} ${ms(v)}  ${k}`);

console.log('\ninclusive time of project functions (api/src):');
for (const [k, v] of [...inclusiveByProject].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(v)} ${ms(v)}  ${k}`);
for (const [name, m] of callersOf) {
  console.log(`\ncallers of ${name}:`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, 6)) console.log(`${pct(v)} ${ms(v)}  ${k}`);
}
