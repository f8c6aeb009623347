// A printed book speaks its own language, whatever the UI's: its labels, dates and the lang and
// dir of each line of user text are all read in the book's language.
import { textAttributes } from '../../../domain/language/script.js';
import { formatDate, localeFor } from '../../format.js';
import { t, type Language, type MessageKey } from '../../i18n/index.js';

export interface PrintVoice {
  language: Language;
  tr(key: MessageKey, params?: Record<string, string | number>): string;
  /** Dates print in the book's language too. */
  date(iso: string | null | undefined): string;
  /** `lang` and `dir` for the element holding a title or line of user text. */
  tag(text: string): ReturnType<typeof textAttributes>;
}

export function printVoice(language: Language): PrintVoice {
  return {
    language,
    tr: (key, params = {}) => t(key, params, language),
    date: (iso) => formatDate(iso, localeFor(language)),
    tag: (text) => textAttributes(text, language),
  };
}
