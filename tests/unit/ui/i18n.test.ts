import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { en } from '../../../renderer/src/ui/i18n/en.js';
import { es } from '../../../renderer/src/ui/i18n/es.js';
import { t } from '../../../renderer/src/ui/i18n/index.js';

/** {name} and {name, plural, …} both name a placeholder. */
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((m) => m[1]).sort();

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

  it('word counts in the plural form the number needs, in both languages', () => {
    expect(t('library.count', { count: 1 }, 'en')).toBe('1 brief');
    expect(t('library.count', { count: 2 }, 'en')).toBe('2 briefs');
    expect(t('library.count', { count: 10_000 }, 'en')).toBe('10,000 briefs');
    expect(t('library.count', { count: 1 }, 'es')).toBe('1 ficha');
    expect(t('library.count', { count: 10_000 }, 'es')).toBe('10.000 fichas');
    expect(t('details.removed', { count: 1 }, 'en')).toBe('Removed 1 line: show');
    expect(t('details.removed', { count: 3 }, 'en')).toBe('Removed 3 lines: show');
    expect(t('details.removed', { count: 1 }, 'es')).toBe('Se quitó 1 línea: ver');
    expect(t('import.summary', { imported: 1, updated: 0, duplicate: 1, failed: 0 }, 'es')).toBe('1 importado, 0 actualizados, 1 duplicado, 0 con error');
    expect(t('library.tagged', { count: 1, tag: 'x' }, 'en')).toBe('Tagged 1 brief “x”.');
    expect(t('import.duplicates', { titles: 'A', count: 1 }, 'es')).toBe('A: ya está en la biblioteca; no se importó de nuevo.');
    expect(t('import.duplicates', { titles: 'A, B', count: 2 }, 'es')).toBe('A, B: ya están en la biblioteca; no se importaron de nuevo.');
  });

  it('leave no count beside a fixed plural noun', () => {
    // "{count} briefs" reads "1 briefs": a count followed by a word must choose its form.
    const nouns = /\{(count|imported|updated|duplicate|cancelled|moved|words|briefs|annotations|items|days)\} (briefs|lines|items|fichas|líneas|tareas|importados|actualizados|duplicados|cancelados|seleccionadas|listas|annotations|anotaciones|words|palabras|days|días)/u;
    for (const catalog of [en, es]) {
      for (const [key, value] of Object.entries(catalog)) expect(value, key).not.toMatch(nouns);
    }
  });
});
