// Hash routes: #/library, #/brief/<id>, #/inbox, #/checklists, #/books, #/books/<id>, #/settings,
// #/print/book/<id>, and #/catalog (the component catalogue, not linked from the navigation). Query parameters after "?" carry view state (filters, scroll targets).
export type Route =
  | { view: 'library' }
  | { view: 'brief'; id: string }
  | { view: 'inbox' }
  | { view: 'checklists' }
  | { view: 'books' }
  | { view: 'book'; id: string }
  | { view: 'settings' }
  | { view: 'print-book'; id: string }
  | { view: 'catalog' };

export interface Location {
  route: Route;
  params: URLSearchParams;
}

export function parseHash(hash: string): Location {
  const raw = hash.replace(/^#\/?/, '');
  const [path = '', query = ''] = raw.split('?', 2);
  const parts = path.split('/').filter(Boolean).map((p) => decodeURIComponent(p));
  const params = new URLSearchParams(query);
  const [head, a, b] = parts;
  const route: Route =
    head === 'brief' && a ? { view: 'brief', id: a }
    : head === 'inbox' ? { view: 'inbox' }
    : head === 'checklists' ? { view: 'checklists' }
    : head === 'books' && a ? { view: 'book', id: a }
    : head === 'books' ? { view: 'books' }
    : head === 'settings' ? { view: 'settings' }
    : head === 'catalog' ? { view: 'catalog' }
    : head === 'print' && a === 'book' && b ? { view: 'print-book', id: b }
    : { view: 'library' };
  return { route, params };
}

export function hrefFor(route: Route, params?: Record<string, string>): string {
  const path =
    route.view === 'brief' ? `brief/${encodeURIComponent(route.id)}`
    : route.view === 'book' ? `books/${encodeURIComponent(route.id)}`
    : route.view === 'print-book' ? `print/book/${encodeURIComponent(route.id)}`
    : route.view;
  const query = params && Object.keys(params).length ? `?${new URLSearchParams(params)}` : '';
  return `#/${path}${query}`;
}

export function navigate(route: Route, params?: Record<string, string>): void {
  location.hash = hrefFor(route, params);
}
