import { describe, expect, it } from 'vitest';
import { linkTarget, siteOf } from '../../../renderer/src/domain/links.js';

const APP = 'app://chancery/index.html#/brief/b1';
const PREVIEW = 'http://localhost:4173/#/library';

describe('linkTarget', () => {
  it('keeps the app\'s own routes inside the app', () => {
    expect(linkTarget('#/checklists?item=7', APP)).toEqual({ kind: 'in-app' });
    expect(linkTarget('http://localhost:4173/#/settings', PREVIEW)).toEqual({ kind: 'in-app' });
  });

  it('names the host of a web link and upgrades http to https', () => {
    expect(linkTarget('https://example.org/report?id=7#p2', APP)).toEqual({ kind: 'external', url: 'https://example.org/report?id=7#p2', host: 'example.org' });
    expect(linkTarget('http://example.org:8443/a', PREVIEW)).toEqual({ kind: 'external', url: 'https://example.org:8443/a', host: 'example.org:8443' });
    // A look-alike host is shown as the browser will resolve it (punycode), not as it is drawn.
    expect(linkTarget('https://exаmple.org/', APP)).toMatchObject({ kind: 'external', host: 'xn--exmple-4nf.org' });
  });

  it('refuses every other way out', () => {
    for (const href of [
      'mailto:someone@example.org',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,<p>x</p>',
      'ftp://example.org/file',
      'https://user:secret@example.org/',
      'https://user@example.org/',
      '#section-2',
      'http://[not a url',
    ]) {
      expect(linkTarget(href, APP), href).toEqual({ kind: 'refused' });
    }
  });

  it('treats another page of the same origin as leaving the app', () => {
    expect(linkTarget('/elsewhere.html', PREVIEW)).toEqual({ kind: 'external', url: 'https://localhost:4173/elsewhere.html', host: 'localhost:4173' });
    expect(linkTarget('other.html#/library', APP)).toEqual({ kind: 'refused' });
  });
});

describe('siteOf', () => {
  it('names the site without www, and nothing for what is not an address', () => {
    expect(siteOf('https://www.example.org/a/b?c')).toBe('example.org');
    expect(siteOf('http://news.example.org:8080/x')).toBe('news.example.org');
    expect(siteOf('not a url')).toBe('');
    expect(siteOf('')).toBe('');
  });
});
