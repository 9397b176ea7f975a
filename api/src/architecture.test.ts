import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODULES } from './modules';

/**
 * The one-way module order (issue 7): the kernel (config, observability, db, settings, graphql,
 * auth, mail, files) imports no domain module; a module imports the kernel and the modules listed
 * before it in `modules.ts`; only the top (modules.ts, demo data, server, entry points) sees them
 * all. And no file imports itself back, type imports included.
 */
const SRC = import.meta.dirname;
const KERNEL = ['config.ts', 'module-manifest.ts', 'observability', 'db', 'settings', 'graphql', 'auth', 'mail', 'files'];
const TOP = ['modules.ts', 'demo', 'server.ts', 'http-errors.ts', 'http-security.ts', 'lifecycle.ts', 'main.ts', 'emit-schema.ts'];
const IMPORT = /(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'test' || entry.name === 'migrations' ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

function resolveImport(from: string, specifier: string): string | null {
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, path.join(base, 'index.ts')]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

type Layer = { kind: 'kernel' } | { kind: 'module'; index: number; name: string } | { kind: 'top' };

function layerOf(file: string): Layer {
  const first = path.relative(SRC, file).split(path.sep)[0];
  if (KERNEL.includes(first)) return { kind: 'kernel' };
  if (TOP.includes(first)) return { kind: 'top' };
  const index = MODULES.findIndex((module) => module.name === first);
  if (index < 0) throw new Error(`${first} is neither kernel, top, nor a module listed in modules.ts`);
  return { kind: 'module', index, name: first };
}

const files = sourceFiles(SRC);
const graph = new Map(
  files.map((file) => {
    const text = fs.readFileSync(file, 'utf8');
    const targets = [...text.matchAll(IMPORT)].map((match) => resolveImport(file, match[1] ?? match[2])).filter((target): target is string => target !== null);
    return [file, targets] as const;
  }),
);
const rel = (file: string) => path.relative(SRC, file);

describe('module order', () => {
  it('finds the modules and their imports', () => {
    expect(MODULES.map((module) => module.name)).toEqual([
      'identity',
      'portfolio',
      'leasing',
      'accounts',
      'documents',
      'onboarding',
      'agency',
      'regularisation',
      'assemblies',
      'requests',
    ]);
    expect([...graph.values()].flat().length).toBeGreaterThan(200);
  });

  it('has no import against the order', () => {
    const violations: string[] = [];
    for (const [file, targets] of graph) {
      const from = layerOf(file);
      for (const target of targets) {
        const to = layerOf(target);
        const allowed = from.kind === 'top' || to.kind === 'kernel' || (from.kind === 'module' && to.kind === 'module' && to.index <= from.index);
        if (!allowed) violations.push(`${rel(file)} → ${rel(target)}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('has no import cycle between files', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (file: string) => {
      state.set(file, 'open');
      stack.push(file);
      for (const target of graph.get(file) ?? []) {
        if (state.get(target) === 'open') cycles.push([...stack.slice(stack.indexOf(target)), target].map(rel).join(' → '));
        else if (!state.has(target)) visit(target);
      }
      stack.pop();
      state.set(file, 'done');
    };
    for (const file of files) if (!state.has(file)) visit(file);
    expect(cycles).toEqual([]);
  });
});
