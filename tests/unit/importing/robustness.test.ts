import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../renderer/src/domain/import.js';
import { flattenDeepNesting, limitNestingInSource, MAX_NESTING_DEPTH, removeClobberingNames } from '../../../renderer/src/importing/dom-limits.js';
import { importDocument, MAX_IMPORT_BYTES } from '../../../renderer/src/importing/index.js';
import { parseHtmlDocument } from '../../../renderer/src/importing/html-dom.js';
import { htmlAsText, MAX_HTML_DEPTH, MAX_HTML_ELEMENTS, whyHtmlUnformattable } from '../../../renderer/src/importing/html-complexity.js';
import { fixture } from './fixture-files.js';

const bytes = (text: string) => new TextEncoder().encode(text);

async function reasonFor(name: string, data: Uint8Array): Promise<string> {
  const error = await importDocument({ name, bytes: data }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  return (error as ImportError).reason;
}

describe('bad input is refused with a clear reason', () => {
  it('empty and whitespace-only files', async () => {
    expect(await reasonFor('empty.txt', new Uint8Array())).toBe('the file is empty');
    expect(await reasonFor('blank.md', bytes(' \n\t\r\n '))).toBe('the file is empty');
  });

  it('binary content behind a .txt name', async () => {
    const data = Uint8Array.from({ length: 600 }, (_, i) => (i * 37) % 256);
    expect(await reasonFor('photo.txt', data)).toBe('looks like a binary file, not text');
  });

  it('files over the size limit, before anything is decoded', async () => {
    const big = new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x61);
    expect(await reasonFor('huge.txt', big)).toBe('is larger than the 25 MiB limit');
  });

  it('unknown extensions', async () => {
    expect(await reasonFor('sheet.xlsx', bytes('a,b'))).toMatch(/"\.xlsx" files are not supported; import \.html, \.htm, \.md/);
  });

  it('a PDF that is not one and a DOCX that is not a zip', async () => {
    expect(await reasonFor('broken.pdf', bytes('%PDF-1.4 nothing else here'))).toMatch(/PDF/);
    expect(await reasonFor('broken.docx', bytes('plain words, not a Word file'))).toMatch(/^is not a readable Word document/);
  });

  it('HTML with no readable text', async () => {
    expect(await reasonFor('scripts.html', bytes('<script>alert(1)</script><style>p{}</style>'))).toBe('contains no readable text');
  });

  it('cancellation is an AbortError, not an ImportError', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(importDocument(fixture('report.pdf'), { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('hostile HTML', () => {
  it('leaves no script, handler, javascript: URL, remote resource or refresh in the Markdown', async () => {
    const d = (await importDocument(fixture('hostile.html'))).draft;
    expect(d.markdown).toContain('raised berth fees');
    expect(d.markdown).toContain('Dredger in the channel');
    expect(d.markdown).not.toMatch(/<script|onload|onerror|onclick|onmouseover|javascript:|data:text|evil\.example\.net|alert\(|refresh|password|<iframe|<svg|<object/i);
  });

  it('is not led into a loop by DOM clobbering (a form control named parentNode)', async () => {
    const html = '<html><body><article><h1>Quay report</h1><p>The harbour board met on Monday to review the quay repairs and the new berth rules.</p>' +
      '<div onclick=alert(0)><form onsubmit=alert(1)><input onfocus=alert(2) name=parentNode><input name=attributes>Form text</form></div></article></body></html>';
    const draft = (await importDocument({ name: 'clobber.html', bytes: bytes(html) })).draft;
    expect(draft.markdown).toContain('review the quay repairs');
    expect(draft.markdown).not.toMatch(/alert|onclick|onfocus/);
  });

  it('removes only id and name values that shadow DOM properties', () => {
    const doc = parseHtmlDocument('<form name=parentNode><input name=nodeType><div id=findings></div><a id=attributes></a></form>');
    expect(removeClobberingNames(doc)).toBe(3);
    expect(doc.getElementById('findings')).not.toBeNull();
    expect(doc.querySelector('form')!.parentNode).toBe(doc.body);
  });

  it('takes HTML nested deeper than any article (unclosed lists) as plain text, keeping its words, without a DOM', async () => {
    const html = `<html><body><p>Harbour &amp; quay minutes</p>${'<ul><li>item '.repeat(27_000)}<script>alert(1)</script></body></html>`;
    const result = await importDocument({ name: 'deep-list.html', bytes: bytes(html) });
    expect(result.plainText).toBe('html-too-deep');
    expect(result.draft.markdown).toContain('Harbour & quay minutes');
    expect(result.draft.markdown.match(/item/g)).toHaveLength(27_000);
    expect(result.draft.markdown).not.toMatch(/<|alert/);
  });

  it('measures nesting as a browser parser would: siblings that end each other do not nest', () => {
    expect(whyHtmlUnformattable(`<ul>${'<li>item '.repeat(5_000)}</ul>`)).toBeNull();
    expect(whyHtmlUnformattable(`<table>${'<tr><td>a<td>b'.repeat(1_000)}</table>`)).toBeNull();
    expect(whyHtmlUnformattable(`${'<div>'.repeat(MAX_HTML_DEPTH)}x${'</div>'.repeat(MAX_HTML_DEPTH)}`)).toBeNull();
    expect(whyHtmlUnformattable(`${'<div>'.repeat(MAX_HTML_DEPTH + 1)}x`)).toBe('html-too-deep');
    expect(whyHtmlUnformattable('<span>a</span>'.repeat(MAX_HTML_ELEMENTS + 1))).toBe('html-too-large');
    // A stray end tag closes nothing; an end tag closes what was opened inside its element.
    expect(whyHtmlUnformattable(`${'</b><div><i>'.repeat(MAX_HTML_DEPTH)}`)).toBe('html-too-deep');
    expect(whyHtmlUnformattable(`${'<div><i></div>'.repeat(MAX_HTML_DEPTH * 2)}`)).toBeNull();
  });

  it('reads the words of HTML without a DOM: blocks on lines, entities decoded, scripts and comments dropped', () => {
    expect(htmlAsText('<h1>Quay&nbsp;report</h1><!-- <p>hidden</p> --><p>One &lt;two&gt; &#x263A; &#9731;</p><style>p{}</style><script>alert("x")</script><p>Three<br>four</p> a < b')).toBe(
      'Quay report\n\nOne <two> ☺ ☃\n\nThree\nfour\na < b',
    );
    expect(htmlAsText('<p>unclosed <script>never shown')).toBe('unclosed');
  });

  it('survives HTML nested 10,000 levels deep and keeps its text', async () => {
    const depth = 10_000;
    const html = `<html><body>${'<div>'.repeat(depth)}<p>The fictional harbour of Kessel reopened its northern quay after a long winter of repairs to the sea wall.</p>${'</div>'.repeat(depth)}</body></html>`;
    const d = (await importDocument({ name: 'deep.html', bytes: bytes(html) })).draft;
    expect(d.markdown).toContain('The fictional harbour of Kessel reopened its northern quay');
  });
});

describe('property: arbitrary bytes never throw anything but ImportError', () => {
  for (const name of ['noise.txt', 'noise.html', 'noise.md']) {
    it(name, async () => {
      await fc.assert(
        fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 200 }).map(bytes)), async (data) => {
          try {
            const draft = (await importDocument({ name, bytes: data })).draft;
            expect(draft.markdown.trim()).not.toBe('');
          } catch (error) {
            expect(error).toBeInstanceOf(ImportError);
          }
        }),
        { numRuns: 150 },
      );
    });
  }
});

describe('nesting guards', () => {
  it('drops tags opened deeper than the limit from the source, keeping their text', () => {
    const html = `${'<div>'.repeat(MAX_NESTING_DEPTH + 50)}deep text${'</div>'.repeat(MAX_NESTING_DEPTH + 50)}<p>after`;
    const out = limitNestingInSource(html);
    expect(out.match(/<div>/g)).toHaveLength(MAX_NESTING_DEPTH);
    expect(out.match(/<\/div>/g)).toHaveLength(MAX_NESTING_DEPTH);
    expect(out).toContain('deep text');
    expect(out.endsWith('<p>after')).toBe(true);
  });

  it('unwraps DOM elements deeper than the limit', () => {
    const doc = parseHtmlDocument('');
    let parent: Element = doc.body;
    for (let i = 0; i < MAX_NESTING_DEPTH + 100; i++) parent = parent.appendChild(doc.createElement('section'));
    parent.textContent = 'innermost words';
    expect(flattenDeepNesting('deep.html', doc)).toBeGreaterThan(90);
    expect(doc.querySelectorAll('section').length).toBeLessThanOrEqual(MAX_NESTING_DEPTH);
    expect(doc.body.textContent).toBe('innermost words');
  });
});
