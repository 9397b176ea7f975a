// ESLint 9 flat config for the whole workspace (api/, web/). `pnpm lint` runs it with
// --max-warnings 0, so a warning fails CI like an error. Prettier owns layout
// (eslint-config-prettier, last, turns off every stylistic rule).
import js from '@eslint/js';
import comments from '@eslint-community/eslint-plugin-eslint-comments/configs';
import prettier from 'eslint-config-prettier';
import { defineConfig } from 'eslint/config';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import ts from 'typescript';
import tseslint from 'typescript-eslint';

const TS = ['**/*.ts', '**/*.tsx'];

/** Where `unsafe…` reads (which bypass the agency scope, STYLE.md §3) may be imported from. */
const UNSAFE_ALLOWED = ['api/src/auth/**', 'api/src/db/**', 'api/src/test/**', '**/*.test.ts', '**/*.test.tsx'];

/** Files that may import devDependencies: tests, test support, tooling and config. */
const DEV_FILES = ['**/*.test.ts', '**/*.test.tsx', 'api/src/test/**', 'web/src/test/**', 'web/e2e/**', 'api/bench/**', '**/*.config.ts', 'eslint.config.js'];

// ---------------------------------------------------------------------------------------------
// palier/no-type-import-cycle: import-x/no-cycle skips `import type` (hard-coded, no option), so
// a cycle closed by a type-only import passes it. This rule builds the import graph of the
// TypeScript program typed linting already has, type-only edges included, and reports every
// type-only import whose target is in the same strongly connected component as the importer
// (such an edge always lies on a cycle). Together the two rules fail on cycles of any kind.
// ---------------------------------------------------------------------------------------------
const graphs = new WeakMap();

function importGraph(program) {
  let graph = graphs.get(program);
  if (graph) return graph;
  const options = program.getCompilerOptions();
  const cache = ts.createModuleResolutionCache(program.getCurrentDirectory(), (f) => f, options);
  const files = program.getSourceFiles().filter((sf) => !program.isSourceFileFromExternalLibrary(sf) && !sf.fileName.includes('/node_modules/'));
  const edges = new Map();
  for (const sf of files) {
    const targets = new Set();
    for (const st of sf.statements) {
      const spec = (ts.isImportDeclaration(st) || ts.isExportDeclaration(st)) && st.moduleSpecifier;
      if (!spec || !ts.isStringLiteral(spec)) continue;
      const resolved = ts.resolveModuleName(spec.text, sf.fileName, options, ts.sys, cache).resolvedModule;
      if (resolved && !resolved.isExternalLibraryImport && !resolved.resolvedFileName.includes('/node_modules/')) targets.add(resolved.resolvedFileName);
    }
    edges.set(sf.fileName, targets);
  }
  // Tarjan's strongly connected components.
  const index = new Map();
  const low = new Map();
  const component = new Map();
  const stack = [];
  const onStack = new Set();
  let next = 0;
  const visit = (v) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
    }
    if (low.get(v) === index.get(v)) {
      const members = [];
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        members.push(w);
      } while (w !== v);
      for (const m of members) component.set(m, members);
    }
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  graph = { edges, component, options, cache };
  graphs.set(program, graph);
  return graph;
}

/** Shortest path from `from` back to `to` inside one component, for the message. */
function cyclePath(graph, from, to) {
  const members = new Set(graph.component.get(from));
  const previous = new Map([[from, null]]);
  const queue = [from];
  while (queue.length) {
    const v = queue.shift();
    if (v === to) break;
    for (const w of graph.edges.get(v) ?? []) {
      if (members.has(w) && !previous.has(w)) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  const path = [];
  for (let v = to; v; v = previous.get(v)) path.unshift(v);
  return path;
}

const isTypeOnly = (node) =>
  node.type === 'ImportDeclaration'
    ? node.importKind === 'type' || (node.specifiers.length > 0 && node.specifiers.every((s) => s.importKind === 'type'))
    : node.exportKind === 'type' || (node.type === 'ExportNamedDeclaration' && node.specifiers.length > 0 && node.specifiers.every((s) => s.exportKind === 'type'));

const noTypeImportCycle = {
  meta: {
    type: 'problem',
    docs: { description: 'Disallow type-only imports that close a dependency cycle (import-x/no-cycle ignores them)' },
    schema: [],
    messages: { cycle: 'Dependency cycle through a type-only import: {{path}}' },
  },
  create(context) {
    const program = context.sourceCode.parserServices?.program;
    if (!program) return {};
    const check = (node) => {
      if (!node.source || !isTypeOnly(node)) return;
      const graph = importGraph(program);
      const file = context.physicalFilename;
      const members = graph.component.get(file);
      if (!members || members.length < 2) return;
      const target = ts.resolveModuleName(node.source.value, file, graph.options, ts.sys, graph.cache).resolvedModule?.resolvedFileName;
      if (!target || !members.includes(target)) return;
      const root = program.getCurrentDirectory() + '/';
      const path = [file, ...cyclePath(graph, target, file)].map((f) => f.replace(root, '')).join(' → ');
      context.report({ node: node.source, messageId: 'cycle', data: { path } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};

const palier = { meta: { name: 'palier-local' }, rules: { 'no-type-import-cycle': noTypeImportCycle } };

export default defineConfig(
  {
    name: 'palier/ignores',
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'schema/**',
      'web/src/gql/**',
      'api/src/test/gql/**',
      'web/src/app/api-errors.generated.ts',
      'api/src/db/migrations/**',
      'web/test-results/**',
      'api/bench/results/**',
      '.data/**',
    ],
  },
  {
    name: 'palier/linter-options',
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked.map((c) => ({ ...c, files: TS })),
  {
    name: 'palier/typescript',
    files: TS,
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX, palier },
    settings: {
      // import-x parses each imported file itself: it needs the TypeScript extensions and parser.
      'import-x/extensions': importX.flatConfigs.typescript.settings['import-x/extensions'],
      'import-x/external-module-folders': ['node_modules', 'node_modules/@types'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: ['api/tsconfig.json', 'web/tsconfig.json'], noWarnOnMultipleProjects: true })],
    },
    rules: {
      // Unused code: `_`-prefixed names are deliberate (positional arguments, destructuring).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      // Promises: an unawaited write loses its error; a promise where a void callback is
      // expected (JSX onClick, Express handlers) too. Both are cheap with the type information.
      '@typescript-eslint/no-floating-promises': 'error',
      // Off: every async without await here keeps an interface's Promise signature (Apollo hooks, drivers).
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      // Cycles of any kind fail: import-x for value imports, the local rule for type-only ones.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'palier/no-type-import-cycle': 'error',
      // Each package declares what it imports (pnpm's strict node_modules fails at run time otherwise).
      'import-x/no-extraneous-dependencies': ['error', { devDependencies: DEV_FILES, optionalDependencies: false, peerDependencies: false }],
    },
  },
  {
    name: 'palier/unsafe-imports',
    files: TS,
    ignores: UNSAFE_ALLOWED,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/unsafe*'],
              message: 'unsafe… modules bypass the agency scope: import them only from api/src/auth, api/src/db (seeds, migrations) or tests (STYLE.md §3).',
            },
            {
              // Relative modules only; a namespace import is reported too (`ns.unsafeX` would slip
              // through), except the Drizzle schema barrels, which hold tables and nothing else.
              regex: '^\\.\\.?/.*(?<!/schema)$',
              importNamePattern: '^unsafe',
              message: 'unsafe… reads bypass the agency scope: call them only from api/src/auth, api/src/db (seeds, migrations) or tests (STYLE.md §3).',
            },
          ],
        },
      ],
    },
  },
  {
    // vitest's asymmetric matchers (expect.any, expect.objectContaining…) are typed `any` by
    // vitest itself: assigning them inside an expected value is the point of them.
    name: 'palier/tests',
    files: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    name: 'palier/api',
    files: ['api/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    name: 'palier/web',
    files: ['web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
  },
  {
    name: 'palier/web-tooling',
    files: ['web/e2e/**/*.ts', 'web/*.config.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    ...reactHooks.configs.flat.recommended,
    name: 'react-hooks/recommended',
    files: ['web/src/**/*.{ts,tsx}'],
  },
  {
    name: 'palier/js',
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  // Every eslint-disable carries `-- reason` (STYLE.md §8); no blanket disables.
  comments.recommended,
  {
    name: 'palier/eslint-comments',
    rules: {
      '@eslint-community/eslint-comments/require-description': ['error', { ignore: [] }],
      '@eslint-community/eslint-comments/disable-enable-pair': ['error', { allowWholeFile: true }],
    },
  },
  prettier,
);
