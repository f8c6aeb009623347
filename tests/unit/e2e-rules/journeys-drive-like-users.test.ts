// The journeys in tests/e2e/journeys drive the app only as a person can: mouse, keyboard, file
// chooser, role and label locators. This check reads every journey and every local module it
// imports (recursively, within tests/) and fails, naming file:line, on any shortcut into the page.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const TESTS = path.resolve('tests');
const JOURNEYS = path.join(TESTS, 'e2e', 'journeys');
/** The one module allowed to run script in the page: it measures where text is, and changes nothing. */
const GEOMETRY = path.join(TESTS, 'e2e', 'support', 'text-geometry.ts');

const FORBIDDEN: { name: string; pattern: RegExp; allowedIn?: string }[] = [
  { name: 'setBaseAndExtent', pattern: /setBaseAndExtent/ },
  { name: 'addRange', pattern: /addRange/ },
  { name: 'dispatchEvent', pattern: /dispatchEvent/ },
  { name: 'indexedDB', pattern: /indexedDB/ },
  { name: 'evaluateHandle', pattern: /evaluateHandle/ },
  { name: 'evaluateAll', pattern: /\.evaluateAll\s*\(/ },
  { name: 'waitForFunction', pattern: /waitForFunction/ },
  { name: 'addInitScript', pattern: /addInitScript/ },
  { name: 'localStorage', pattern: /localStorage/ },
  { name: '.evaluate(', pattern: /\.evaluate\s*\(/, allowedIn: GEOMETRY },
  { name: '$eval', pattern: /\$\$?eval\b/ },
];

/** Each forbidden use in one source, as "file:line: name". */
function violations(source: string, file: string): string[] {
  const found: string[] = [];
  source.split('\n').forEach((line, index) => {
    for (const rule of FORBIDDEN) {
      if (rule.allowedIn !== file && rule.pattern.test(line)) found.push(`${path.relative(process.cwd(), file)}:${index + 1}: ${rule.name}`);
    }
  });
  return found;
}

/** The file a relative import names: TypeScript sources are imported with a .js ending. */
function resolveImport(from: string, specifier: string): string {
  const base = path.resolve(path.dirname(from), specifier);
  const candidates = [base.replace(/\.js$/, '.ts'), base, `${base}.ts`, path.join(base, 'index.ts')];
  const found = candidates.find((c) => c.endsWith('.ts') && existsSync(c));
  if (!found) throw new Error(`${path.relative(process.cwd(), from)} imports ${specifier}, which the check cannot find`);
  return found;
}

function relativeImports(source: string): string[] {
  const specifiers = [...source.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]!);
  return [...new Set(specifiers)];
}

/** Every journey and every module under tests/ that one of them reaches. */
function journeyModules(): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of relativeImports(readFileSync(file, 'utf8'))) {
      const target = resolveImport(file, specifier);
      if (target.startsWith(TESTS + path.sep)) visit(target);
    }
  };
  for (const name of readdirSync(JOURNEYS)) if (name.endsWith('.ts')) visit(path.join(JOURNEYS, name));
  return [...seen];
}

describe('journeys drive the app like users', () => {
  it('no journey, nor any test module a journey imports, takes a shortcut into the page', () => {
    const modules = journeyModules();
    expect(modules.some((m) => m.startsWith(JOURNEYS))).toBe(true);
    expect(modules).toContain(GEOMETRY);
    expect(modules.flatMap((m) => violations(readFileSync(m, 'utf8'), m))).toEqual([]);
  });

  it('names each forbidden call by file and line, and allows evaluate only in the geometry module', () => {
    const journey = path.join(JOURNEYS, 'example.spec.ts');
    const source = [
      "await page.evaluate(() => 1);",
      'sel.setBaseAndExtent(a, 0, b, 1); sel.addRange(r);',
      "el.dispatchEvent(new Event('x'));",
      'await page.addInitScript(() => localStorage.clear());',
      "const n = await page.$$eval('p', (ps) => ps.length); indexedDB.open('x');",
      'await page.evaluateHandle(() => document);',
      'await page.getByRole("button", { name: "Save" }).click();',
    ].join('\n');
    expect(violations(source, journey)).toEqual([
      'tests/e2e/journeys/example.spec.ts:1: .evaluate(',
      'tests/e2e/journeys/example.spec.ts:2: setBaseAndExtent',
      'tests/e2e/journeys/example.spec.ts:2: addRange',
      'tests/e2e/journeys/example.spec.ts:3: dispatchEvent',
      'tests/e2e/journeys/example.spec.ts:4: addInitScript',
      'tests/e2e/journeys/example.spec.ts:4: localStorage',
      'tests/e2e/journeys/example.spec.ts:5: indexedDB',
      'tests/e2e/journeys/example.spec.ts:5: $eval',
      'tests/e2e/journeys/example.spec.ts:6: evaluateHandle',
    ]);
    expect(violations('await scope.evaluate((root) => root.textContent);', GEOMETRY)).toEqual([]);
    expect(violations('await scope.evaluateHandle((root) => root);', GEOMETRY)).toEqual(['tests/e2e/support/text-geometry.ts:1: evaluateHandle']);
  });

  it('follows imports written with a .js ending to their TypeScript source', () => {
    expect(relativeImports("import { a } from '../pages/app.js';\nimport x from '@playwright/test';\nconst m = await import('./lazy.js');")).toEqual(['../pages/app.js', './lazy.js']);
    expect(resolveImport(path.join(JOURNEYS, 'annotate.spec.ts'), '../pages/app.js')).toBe(path.join(TESTS, 'e2e', 'pages', 'app.ts'));
  });
});
