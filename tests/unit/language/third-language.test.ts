// A third language is one entry in domain/language/ui-languages.ts plus its catalog. This test
// registers a stub French through that same list (and a catalog made here from the English keys)
// and finds it wherever a language belongs: menus, checks of settings and books, catalogs, dates,
// citations and due dates.
import { describe, expect, it, vi } from 'vitest';
import type * as UiLanguages from '../../../renderer/src/domain/language/ui-languages.js';
import type * as Catalogs from '../../../renderer/src/ui/i18n/catalogs.js';

vi.mock('../../../renderer/src/domain/language/ui-languages.js', async (importOriginal) => {
  const real = await importOriginal<typeof UiLanguages>();
  const fr = { name: 'Français', locale: 'fr-FR', quotes: ['« ', ' »'], due: { ahead: 'échéance {relative}', overdue: 'en retard de {amount}' } };
  return { ...real, UI_LANGUAGES: { ...real.UI_LANGUAGES, fr } };
});

vi.mock('../../../renderer/src/ui/i18n/catalogs.js', async (importOriginal) => {
  const real = await importOriginal<typeof Catalogs>();
  const fr = Object.fromEntries(Object.entries(real.CATALOGS.en).map(([key, text]) => [key, `[fr] ${text}`]));
  return { ...real, CATALOGS: { ...real.CATALOGS, fr } };
});

const { LANGUAGE_CODES, isLanguage } = await import('../../../renderer/src/domain/language/languages.js');
const { PREFERENCE_SCHEMAS, preferencesFromRows } = await import('../../../renderer/src/domain/settings.js');
const { bookSchema } = await import('../../../renderer/src/domain/backup/records.js');
const { languageChoices, pickLanguage, t } = await import('../../../renderer/src/ui/i18n/index.js');
const { checklistWords } = await import('../../../renderer/src/ui/features/checklists/checklist-words.js');
const { formatRelativeDue } = await import('../../../renderer/src/domain/items/due.js');
const { chicagoCitation } = await import('../../../renderer/src/domain/book/citation.js');
const { book } = await import('../backup/library-fixture.js');
const { CATALOGS } = await import('../../../renderer/src/ui/i18n/catalogs.js');
type Catalog = Catalogs.Catalog;

// The stub is not in the list's static type: at run time it is, as a real third entry would be.
const FR = 'fr' as never;

describe('a third language registered through the one list', () => {
  it('is a language everywhere the app checks one', () => {
    expect(LANGUAGE_CODES).toEqual(['en', 'es', 'fr']);
    expect(isLanguage('fr')).toBe(true);
    expect(isLanguage('de')).toBe(false);
    expect(PREFERENCE_SCHEMAS.language.safeParse('fr').success).toBe(true);
    expect(PREFERENCE_SCHEMAS.language.safeParse('de').success).toBe(false);
    expect(preferencesFromRows([{ key: 'language', value: 'fr' }])).toMatchObject({ preferences: { language: 'fr' }, invalid: [] });
    const french = book(1, []);
    french.options.language = FR;
    expect(bookSchema.safeParse(french).success).toBe(true);
    expect(bookSchema.safeParse({ ...french, options: { ...french.options, language: 'de' } }).success).toBe(false);
  });

  it('is offered in the language menus by its own name and picked from the system locale', () => {
    expect(languageChoices()).toEqual([
      { value: 'en', label: 'English' },
      { value: 'es', label: 'Español' },
      { value: 'fr', label: 'Français' },
    ]);
    expect(pickLanguage(['de-DE', 'fr-CA', 'en-US'])).toBe('fr');
  });

  it('speaks from its catalog, writes dates its way and words due dates and citations in it', () => {
    expect(t('nav.library', {}, FR)).toBe('[fr] Library');
    expect(t('library.count', { count: 2 }, FR)).toBe('[fr] 2 briefs');
    const words = checklistWords(FR);
    expect(words.none('owner')).toBe(`[fr] ${t('checklists.none.owner', {}, 'en')}`);
    expect(words.week('2026-03-02')).toContain('mars');
    expect(formatRelativeDue('2026-03-05', new Date(2026, 2, 2), 'fr-FR')).toBe('échéance dans 3 jours');
    expect(formatRelativeDue('2026-02-27', new Date(2026, 2, 2), 'fr-FR')).toMatch(/^en retard de 3\sjours$/u);
    const labels = { locale: 'fr-FR', noDate: 's. d.', accessed: 'Consulté le', and: 'et', hash: 'Empreinte' };
    const source = { briefId: 'b', title: 'Le port rouvre', byline: '', publisher: 'Gazette', url: '', publishedAt: '2024-06-03', retrievedAt: '2024-06-04', contentHash: 'h' };
    expect(chicagoCitation(source, labels).map((p) => p.text).join('')).toContain('« Le port rouvre. »');
  });

  it('needs a catalog with every key: `npm run typecheck` fails on one that lacks any', () => {
    // @ts-expect-error a catalog with only some of the keys is not a Catalog
    const partial: Catalog = { 'app.name': 'Chancery' };
    expect(Object.keys(partial)).toEqual(['app.name']);
    // At run time, every listed language has a catalog holding every English key.
    for (const code of LANGUAGE_CODES) expect(Object.keys(CATALOGS[code]).sort(), code).toEqual(Object.keys(CATALOGS.en).sort());
  });
});
