// The app's origin and Content-Security-Policy, shared by the app:// protocol handler, the
// preview server and the renderer's meta tag. Environment-neutral: no electron, no node:*.

export const APP_SCHEME = 'app';
export const APP_HOST = 'chancery';
/** Never change this once users have data: IndexedDB is keyed by origin. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Scripts only from the bundle; 'wasm-unsafe-eval' lets the bundle's own WebAssembly (Argon2id,
 * hash-wasm: passphrases and encrypted backups) compile, and allows no JavaScript eval. style-src needs 'unsafe-inline': Lit's `styleMap` writes a style
 * attribute on first render, which Chromium blocks otherwise (measured; static `css` styles
 * are adopted stylesheets and unaffected). Inline CSS cannot fetch anything: img-src, font-src
 * and connect-src stay on 'self'. Workers may start from blob: URLs (pdf.js), images from
 * data:/blob: (pasted and imported pictures).
 */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-src': ["'none'"],
  'frame-ancestors': ["'none'"],
};

export const CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES)
  .map(([name, sources]) => `${name} ${sources.join(' ')}`)
  .join('; ');

/**
 * The origin of a URL written as scheme://host. WHATWG `URL.origin` is "null" for non-special
 * schemes such as app:, so it cannot be used to compare against APP_ORIGIN.
 */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.host === '' ? null : `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

export const isAppUrl = (url: string): boolean => originOf(url) === APP_ORIGIN;
