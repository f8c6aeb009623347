// Entry of renderer/headless.html, loaded only by the headless Chromium host (CLI): exposes the
// renderer's repositories to CLI commands as window.chanceryHeadless. No UI.
import type { ChanceryHeadlessApi } from '../../main/common/headless-api.js';
import { composeBookFromBriefs, findBook } from './data/books.js';
import { loadPreferences } from './data/settings.js';

const api: ChanceryHeadlessApi = {
  async findBook(idOrTitle) {
    const book = await findBook(idOrTitle);
    return book ? { id: book.id, title: book.title } : null;
  },
  async createBook({ title, briefs, marking, annotations }) {
    const prefs = await loadPreferences();
    const { book, missing } = await composeBookFromBriefs(title, briefs, { marking: marking ?? prefs.defaultMarking, annotations });
    return { id: book.id, title: book.title, missing, briefCount: book.entries.length };
  },
};

window.chanceryHeadless = api;
document.documentElement.dataset.headlessReady = 'true';
