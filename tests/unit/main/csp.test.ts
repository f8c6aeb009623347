import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN, CONTENT_SECURITY_POLICY, isAppUrl, originOf } from '../../../main/common/csp.js';

describe('Content-Security-Policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split('; ').map((directive) => {
      const [name = '', ...sources] = directive.split(' ');
      return [name, sources] as const;
    }),
  );

  it('allows scripts only from the app itself, never inline or eval (WebAssembly from the bundle only)', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-eval'|\*/);
    expect(directives.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it('shuts plugins, frames, forms and base rewriting', () => {
    for (const name of ['object-src', 'base-uri', 'form-action', 'frame-src', 'frame-ancestors']) {
      expect(directives.get(name)).toEqual(["'none'"]);
    }
  });

  it('connects nowhere but the app', () => {
    expect(directives.get('connect-src')).toEqual(["'self'"]);
  });
});

describe('app origin', () => {
  it('is app://chancery and the entry page lives on it', () => {
    expect(APP_ORIGIN).toBe('app://chancery');
    expect(APP_ENTRY_URL).toBe('app://chancery/index.html');
  });

  it('compares scheme and host, which URL.origin cannot do for app:', () => {
    expect(new URL(APP_ENTRY_URL).origin).toBe('null');
    expect(originOf(APP_ENTRY_URL)).toBe(APP_ORIGIN);
    expect(isAppUrl('app://chancery/assets/app.js')).toBe(true);
    expect(isAppUrl('app://chancery.example/index.html')).toBe(false);
    expect(isAppUrl('app://evil@chancery.example/')).toBe(false);
    expect(isAppUrl('https://chancery/')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});
