import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { contentTypeFor, resolveBundlePath } from '../../../main/common/bundle-path.js';
import { TRAVERSAL_PATHS } from './traversal-paths.js';

describe('resolveBundlePath', () => {
  it('maps ordinary paths into the bundle', () => {
    expect(resolveBundlePath('/index.html')).toBe('index.html');
    expect(resolveBundlePath('/assets/app-3f9a.js')).toBe('assets/app-3f9a.js');
    expect(resolveBundlePath('/fonts/Source%20Serif.woff2')).toBe('fonts/Source Serif.woff2');
  });

  it('names index.html for the root and for folders', () => {
    expect(resolveBundlePath('')).toBe('index.html');
    expect(resolveBundlePath('/')).toBe('index.html');
    expect(resolveBundlePath('/print/')).toBe('print/index.html');
  });

  it.each(TRAVERSAL_PATHS)('refuses %j', (path) => {
    expect(resolveBundlePath(path)).toBeNull();
  });

  it('never yields a path that is absolute, climbs, or carries a separator or NUL (any input)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom('/', '.', '..', '%2e', '%2f', '%5c', '\\', '%00', '%25', 'C:', 'a', '~'), fc.string()), {
          maxLength: 12,
        }),
        (parts) => {
          const resolved = resolveBundlePath(parts.join(''));
          if (resolved === null) return;
          expect(resolved.startsWith('/')).toBe(false);
          for (const forbidden of ['\\', '\u0000', ':']) expect(resolved).not.toContain(forbidden);
          expect(resolved.split('/')).not.toContain('..');
          expect(resolved.split('/')).not.toContain('');
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('contentTypeFor', () => {
  it('types the files a Vite bundle contains', () => {
    expect(contentTypeFor('index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('assets/index-a1.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('assets/pdf.worker-b2.mjs')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('assets/index-c3.CSS')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('fonts/serif.woff2')).toBe('font/woff2');
    expect(contentTypeFor('icons/seal.svg')).toBe('image/svg+xml');
  });

  it('serves unknown and extension-less files as opaque bytes', () => {
    expect(contentTypeFor('cmaps/Adobe-Japan1.bcmap')).toBe('application/octet-stream');
    expect(contentTypeFor('LICENSE')).toBe('application/octet-stream');
    expect(contentTypeFor('assets.d/README')).toBe('application/octet-stream');
  });
});
