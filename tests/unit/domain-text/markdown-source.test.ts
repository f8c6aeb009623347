import { describe, expect, it } from 'vitest';
import { neutralizeMarkdown, readMarkdownSource } from '../../../renderer/src/domain/text/markdown-source.js';

describe('readMarkdownSource', () => {
  it('takes the first heading as the title when there is no front matter, and a "By" line as byline', () => {
    const md = readMarkdownSource('# Quay Repairs\n\n*By Ana Ruiz*\n\nThe wall was rebuilt.\n\n# Later Section');
    expect(md).toMatchObject({ title: 'Quay Repairs', byline: 'Ana Ruiz', publishedAt: null, url: '' });
    expect(md.markdown).toBe('The wall was rebuilt.\n\n# Later Section');
  });

  it('reads front matter fields and ignores unsafe URLs', () => {
    const md = readMarkdownSource('---\ntitle: \'Quay\'\nauthor: Ana\ndate: June 3, 2024\nurl: javascript:alert(1)\nsource: Kessel Ledger\n---\nBody text.');
    expect(md).toEqual({ title: 'Quay', byline: 'Ana', publishedAt: '2024-06-03', sourceName: 'Kessel Ledger', url: '', markdown: 'Body text.' });
  });
});

describe('neutralizeMarkdown', () => {
  it('turns images into alt text, drops unsafe link targets and shows raw HTML as text, except in code', () => {
    const out = neutralizeMarkdown('![Quay](https://img.example/q.png) [a](https://ok.example) [b](javascript:alert(1)) <img src=x onerror=y>\n`<b>code</b>`\n```\n<script>kept</script>\n```');
    expect(out).toBe('Quay [a](https://ok.example) b &lt;img src=x onerror=y>\n`<b>code</b>`\n```\n<script>kept</script>\n```');
  });
});
