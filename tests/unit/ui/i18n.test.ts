import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { en } from '../../../renderer/src/ui/i18n/en.js';
import { es } from '../../../renderer/src/ui/i18n/es.js';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : full.endsWith('.ts') ? [full] : [];
  });
}

describe('UI catalogs', () => {
  it('define the same keys in English and Spanish, none empty', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(es)) {
      expect(value.trim(), key).not.toBe('');
      expect(en[key as keyof typeof en].trim(), key).not.toBe('');
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(es[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('hold every literal key the UI looks up', () => {
    const used = sourceFiles('renderer/src').flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/\bt\('([\w.]+)'/g)].map((m) => ({ file: f, key: m[1]! })),
    );
    expect(used.length).toBeGreaterThan(20);
    const missing = used.filter((u) => !(u.key in en) || !(u.key in es));
    expect(missing).toEqual([]);
  });
});
