// Maps a URL path to a file inside the renderer bundle, refusing anything that could leave it.
// Shared by the app:// protocol handler and the preview server. Pure and environment-neutral.

const MAX_PATH_LENGTH = 1024;

// After one decoding step a segment must not contain separators, a drive or stream colon,
// control characters, characters Windows refuses in names, or a '%' (a second encoding layer).
// eslint-disable-next-line no-control-regex -- control characters are what this refuses
const FORBIDDEN_IN_SEGMENT = /[\u0000-\u001f\u007f/\\:%*?"<>|]/;
// Windows device names open devices instead of files, whatever the extension.
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d|conin\$|conout\$)(\..*)?$/i;

function safeSegment(raw: string): string | null {
  let segment: string;
  try {
    segment = decodeURIComponent(raw);
  } catch {
    return null;
  }
  if (segment === '' || FORBIDDEN_IN_SEGMENT.test(segment)) return null;
  // '.', '..', dotfiles; trailing dots and spaces are dropped by Windows ("index.html." opens index.html).
  if (segment.startsWith('.') || segment.endsWith('.') || segment.endsWith(' ')) return null;
  if (WINDOWS_DEVICE.test(segment)) return null;
  return segment;
}

/**
 * The bundle-relative file path ("assets/app.js") for a URL pathname ("/assets/app.js"), or null
 * when the path is malformed or could escape the bundle. "" and "/" (and "dir/") name index.html.
 */
export function resolveBundlePath(urlPathname: string): string | null {
  if (urlPathname.length > MAX_PATH_LENGTH) return null;
  if (urlPathname === '' || urlPathname === '/') return 'index.html';
  if (!urlPathname.startsWith('/')) return null;
  const rawSegments = urlPathname.slice(1).split('/');
  if (rawSegments.at(-1) === '') rawSegments[rawSegments.length - 1] = 'index.html';
  const segments: string[] = [];
  for (const raw of rawSegments) {
    const segment = safeSegment(raw);
    if (segment === null) return null;
    segments.push(segment);
  }
  return segments.join('/');
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
  map: 'application/json; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  ico: 'image/x-icon',
  woff: 'font/woff',
  woff2: 'font/woff2',
  ttf: 'font/ttf',
  otf: 'font/otf',
  wasm: 'application/wasm',
  pdf: 'application/pdf',
};

/** The Content-Type for a bundle file, by extension; unknown types are served as opaque bytes. */
export function contentTypeFor(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  return CONTENT_TYPES[extension] ?? 'application/octet-stream';
}
