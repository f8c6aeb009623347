// Every language's catalog, one per entry of domain/language/ui-languages.ts: the type makes a
// language without a catalog, or a catalog without every key, fail the type-check.
import type { Language } from '../../domain/language/languages.js';
import { en, type MessageKey } from './en.js';
import { es } from './es.js';

export type Catalog = Readonly<Record<MessageKey, string>>;

export const CATALOGS: Readonly<Record<Language, Catalog>> = { en, es };
