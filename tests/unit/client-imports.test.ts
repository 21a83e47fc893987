// What reaches the browser: every module a client component imports, followed
// through the project's own files to the packages at the end. A package that
// only the server needs would ship to every visitor of the pages using it
// (zod alone is about 30 KB gzip), however small the value actually imported.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { listSourceFiles } from '../support/source-files';

const root = path.join(import.meta.dirname, '../..');
const SOURCE_DIRS = ['app', 'components', 'lib'];
const EXTENSIONS = ['.ts', '.tsx', '/index.ts', '/index.tsx'];

// Packages the browser never needs, and where the work they do belongs.
const SERVER_ONLY_PACKAGES: Record<string, string> = {
  zod: 'validation runs in server actions and route handlers; forms import their limits from lib/validation/limits.ts',
  'next-auth': 'the session is read on the server (next-auth/react, for the sign-in forms, is the client part)',
  '@prisma/client': 'only lib/db and lib/data talk to the database',
  '@electric-sql/pglite': 'the embedded database runs in the server process',
  pdfkit: 'exports are rendered by a route handler',
  '@node-rs/argon2': 'passwords are hashed on the server',
  '@zxcvbn-ts/core': 'password strength is checked by the server action',
};
// The one part of a server-only package that is made for the browser.
const BROWSER_ENTRY_POINTS = new Set(['next-auth/react']);

const packageOf = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
const isServerOnly = (specifier: string) => packageOf(specifier) in SERVER_ONLY_PACKAGES && !BROWSER_ENTRY_POINTS.has(specifier);

function hasDirective(source: ts.SourceFile, directive: 'use client' | 'use server'): boolean {
  const [first] = source.statements;
  return first !== undefined && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) && first.expression.text === directive;
}

/** `import type { A }`, `import { type A, type B }` and `export type … from`: erased by the compiler. */
function importsOnlyTypes(statement: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(statement)) return statement.isTypeOnly;
  const clause = statement.importClause;
  if (!clause) return false;
  if (clause.isTypeOnly) return true;
  const bindings = clause.namedBindings;
  return !clause.name && bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((element) => element.isTypeOnly);
}

/** The specifiers a module imports at run time. */
function runtimeImports(source: ts.SourceFile): string[] {
  return source.statements.flatMap((statement) =>
    (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) &&
    statement.moduleSpecifier !== undefined &&
    ts.isStringLiteral(statement.moduleSpecifier) &&
    !importsOnlyTypes(statement)
      ? [statement.moduleSpecifier.text]
      : [],
  );
}

function resolveLocal(specifier: string, from: string): string | null {
  const base = specifier.startsWith('@/') ? path.join(root, specifier.slice(2)) : specifier.startsWith('.') ? path.resolve(path.dirname(from), specifier) : null;
  if (base === null) return null;
  for (const candidate of [base, ...EXTENSIONS.map((extension) => base + extension)]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not this candidate
    }
  }
  throw new Error(`${path.relative(root, from)} imports ${specifier}, which resolves to no file`);
}

// Each module is read once, however many client components reach it.
const parsed = new Map<string, ts.SourceFile>();
function parse(file: string): ts.SourceFile {
  let source = parsed.get(file);
  if (!source) parsed.set(file, (source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false)));
  return source;
}

/** Every package reached from `entry` through local modules, with the chain of files that leads to it. */
function packagesReachedFrom(entry: string): Map<string, string[]> {
  const reached = new Map<string, string[]>();
  const seen = new Set<string>();
  const visit = (file: string, chain: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = parse(file);
    // A client imports a server action as a reference to call over HTTP, not its code.
    if (chain.length > 1 && hasDirective(source, 'use server')) return;
    for (const specifier of runtimeImports(source)) {
      const local = resolveLocal(specifier, file);
      if (local) visit(local, [...chain, path.relative(root, local)]);
      else if (!reached.has(specifier)) reached.set(specifier, chain);
    }
  };
  visit(entry, [path.relative(root, entry)]);
  return reached;
}

const clientModules = SOURCE_DIRS.flatMap((dir) => listSourceFiles(path.join(root, dir))).filter((file) => hasDirective(parse(file), 'use client'));

describe('client components', () => {
  test('the inventory finds the client components', () => {
    expect(clientModules.map((file) => path.relative(root, file))).toEqual(
      expect.arrayContaining(['components/assessment/item-editor.tsx', 'components/plan/goal-form.tsx', 'components/ui/toast.tsx']),
    );
  });

  test.each(clientModules.map((file) => [path.relative(root, file), file]))('%s imports nothing that only the server needs', (_name, file) => {
    const offending = [...packagesReachedFrom(file)]
      .filter(([specifier]) => isServerOnly(specifier))
      .map(([specifier, chain]) => `${specifier} via ${chain.join(' → ')} (${SERVER_ONLY_PACKAGES[packageOf(specifier)]})`);
    expect(offending).toEqual([]);
  });
});

describe('the import walk itself', () => {
  test('follows local modules to the packages they import, skipping type-only imports', () => {
    // The wrapper imports zod's types only; zod itself comes in through the result helpers it imports.
    const reached = packagesReachedFrom(path.join(root, 'lib/validation/assessment-form.ts'));
    expect([...reached.keys()]).toContain('zod');
    expect(packagesReachedFrom(path.join(root, 'lib/validation/text.ts')).has('zod')).toBe(false);
    const viaSchemas = packagesReachedFrom(path.join(root, 'lib/actions/validated-action.ts')).get('zod');
    expect(viaSchemas?.[0]).toBe('lib/actions/validated-action.ts');
    expect(viaSchemas?.length).toBeGreaterThan(1);
  });

  test('stops at a server action module: the browser gets a reference to it, not its code', () => {
    const reached = packagesReachedFrom(path.join(root, 'components/assessment/submit-panel.tsx'));
    expect(reached.has('zod')).toBe(false);
    expect(packagesReachedFrom(path.join(root, 'app/(app)/assessments/actions.ts')).has('zod')).toBe(true);
  });

  test('an all-type import is not followed', () => {
    const source = ts.createSourceFile('x.ts', "import type { A } from 'zod';\nimport { type B } from 'pdfkit';\nimport { c } from 'react';", ts.ScriptTarget.Latest);
    expect(runtimeImports(source)).toEqual(['react']);
  });
});
