// Where a link inside the app would take the user. Only the app's own routes stay inside; a web
// link leaves only after the user confirms, and everything else (mailto:, file:, javascript:,
// links with credentials, page fragments) goes nowhere.

export type LinkTarget =
  | { kind: 'in-app' }
  /** `url` is what would be opened (http is upgraded to https); `host` is what the user must see. */
  | { kind: 'external'; url: string; host: string }
  | { kind: 'refused' };

/** `href` as written in the link; `appUrl` is the page's own address, which relative links resolve against. */
export function linkTarget(href: string, appUrl: string): LinkTarget {
  let url: URL;
  let app: URL;
  try {
    app = new URL(appUrl);
    url = new URL(href, app);
  } catch {
    return { kind: 'refused' };
  }
  const samePage = url.origin === app.origin && url.pathname === app.pathname && url.search === app.search;
  // The app's routes are hashes starting '#/'; any other fragment is a link written inside a brief.
  if (samePage) return url.hash.startsWith('#/') ? { kind: 'in-app' } : { kind: 'refused' };
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { kind: 'refused' };
  if (url.username !== '' || url.password !== '' || url.hostname === '') return { kind: 'refused' };
  url.protocol = 'https:';
  return { kind: 'external', url: url.href, host: url.host };
}

/** The site a web address is on, as people name it ("example.org", no "www."); '' when it is not an address. */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
