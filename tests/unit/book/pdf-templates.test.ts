import { describe, expect, it } from 'vitest';
import { escapeHtml, footerTemplate, headerTemplate } from '../../../main/services/pdf-templates.js';

const HOSTILE = `SECRET <img src=x onerror=alert(1)><script>alert("x")</script> & 'quoted'`;

describe('header and footer templates', () => {
  it('escape every HTML-significant character of the marking', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
    for (const template of [headerTemplate(HOSTILE), footerTemplate(HOSTILE, 'Page {page} of {total}')]) {
      expect(template).not.toContain('<img');
      expect(template).not.toContain('<script');
      expect(template).toContain(escapeHtml(HOSTILE));
    }
  });

  it('put Chromium page-number spans where the localized label says, escaping the label itself', () => {
    const footer = footerTemplate('UNCLASSIFIED', 'Página {page} de {total} <b>');
    expect(footer).toContain('Página <span class="pageNumber"></span> de <span class="totalPages"></span> &#60;b&#62;');
    expect(footer).toContain('>UNCLASSIFIED<');
  });

  it('put the edition label before the page number, escaped, and nothing for the full book', () => {
    const footer = footerTemplate('UNCLASSIFIED', 'Page {page} of {total}', undefined, 'Edition: Press <b>');
    expect(footer).toContain('Edition: Press &#60;b&#62; · Page <span class="pageNumber"></span>');
    expect(footerTemplate('UNCLASSIFIED', 'Page {page} of {total}')).not.toContain('·');
  });

  it('set a visible font size (Chromium defaults templates to zero)', () => {
    expect(headerTemplate('X')).toMatch(/font-size:\s*8pt/);
  });
});

describe('marking band', () => {
  it('keeps "Page X of Y" on one line and lets the marking wrap beside it', () => {
    const footer = footerTemplate('A VERY LONG MARKING '.repeat(20), 'Page {page} of {total}', { fontPt: 6.5 });
    expect(footer).toMatch(/<span style="white-space:nowrap;flex:none;">Page <span class="pageNumber">/);
    expect(footer).toContain('overflow-wrap:anywhere');
    expect(footer).toContain('font-size:6.5pt');
  });

  it('prints no marking when none was chosen', () => {
    expect(headerTemplate('')).toMatch(/><\/div>$/);
    expect(footerTemplate('  ', 'Page {page} of {total}')).toContain('<span></span><span style="white-space:nowrap');
  });

  it('never closes its style attribute early (a stray double quote once shrank the band to nothing)', () => {
    for (const template of [headerTemplate('X'), footerTemplate('X', 'Page {page} of {total}')]) {
      for (const style of template.matchAll(/style="([^"]*)"/g)) expect(style[1]).toMatch(/;$/);
    }
  });
});
