import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * STYLE.md §7: no literal text in JSX, every word goes through react-intl. This stands in for the
 * lint rule: it parses each component and reports JSX text nodes and string-literal labels
 * (aria-label, title, alt, placeholder) that contain letters.
 */
const root = path.resolve(import.meta.dirname, '..');
const TEXT_ATTRIBUTES = new Set(['aria-label', 'title', 'alt', 'placeholder', 'label']);

function tsxFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'gql' || entry.name === 'test' ? [] : tsxFiles(full);
    return entry.name.endsWith('.tsx') && !entry.name.endsWith('.test.tsx') ? [full] : [];
  });
}

function literalTexts(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) found.push(node.text.trim());
    if (ts.isJsxAttribute(node) && TEXT_ATTRIBUTES.has(node.name.getText()) && node.initializer && ts.isStringLiteral(node.initializer) && /\p{L}/u.test(node.initializer.text)) {
      found.push(`${node.name.getText()}="${node.initializer.text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('JSX text', () => {
  it('contains no literal words outside the message files', () => {
    const offenders = tsxFiles(root).flatMap((file) => literalTexts(file).map((text) => `${path.relative(root, file)}: ${text}`));
    expect(offenders).toEqual([]);
    // It parses every .tsx of the SPA: seconds on a busy machine, not the 5 s of a unit test.
  }, 60_000);
});
