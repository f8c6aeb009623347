// Every view but the library is loaded the first time its route is shown, so its code (and the
// marked, DOMPurify, zod and fflate behind it) stays out of the start-up bundle.
// The shell renders a view only once it is loaded: a view created before its element is defined
// would not see its properties in connectedCallback, where several views start loading data.
import type { Route } from './routes.js';

type LazyView = Exclude<Route['view'], 'library'>;

const LOADERS: Record<LazyView, () => Promise<unknown>> = {
  brief: () => import('../features/reader/brief-reader.js'),
  inbox: () => import('../features/inbox/inbox-view.js'),
  checklists: () => import('../features/checklists/checklists-view.js'),
  books: () => import('../features/books/books-view.js'),
  book: () => import('../features/books/books-view.js'),
  settings: () => import('../features/settings/settings-view.js'),
  'print-book': () => import('../features/print/print-book.js'),
  catalog: () => import('../features/catalog/catalog-view.js'),
};

const loaded = new Set<Route['view']>(['library']);

export const isViewLoaded = (view: Route['view']): boolean => loaded.has(view);

/** Loads the module that defines the view's element (the library's is always there). */
export async function loadView(view: Route['view']): Promise<void> {
  if (view === 'library' || loaded.has(view)) return;
  await LOADERS[view]();
  loaded.add(view);
}
