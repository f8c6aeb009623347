// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  MAX_MARKDOWN_CHARS,
  renderMarkdownAsync,
  renderedText,
  toFragment,
} from '../../../renderer/src/rendering/markdown.js';
import { CHUNK_CHARS, parseMarkdownChunks } from '../../../renderer/src/rendering/marked-parse.js';
import { marked } from 'marked';
import type { ParseJob, StartParse } from '../../../renderer/src/rendering/time-limit.js';

/** A large (several chunks), distinct body per test (results are remembered per text). */
function largeBody(label: string): string {
  const paragraph = `Fictional minutes of the ${label} working group on the Quillon ferry timetable, with *emphasis*.`;
  return `\n# ${label}\n\n` + Array.from({ length: Math.ceil((3 * CHUNK_CHARS) / paragraph.length) + 1 }, () => paragraph).join('\n\n');
}

const textOf = (html: string) => toFragment(html).textContent ?? '';

/** Parses on the spot, recording what it was asked to parse. */
function recordingParser(): StartParse & { calls: string[] } {
  const calls: string[] = [];
  const start = (markdown: string): ParseJob => {
    calls.push(markdown);
    return { result: Promise.resolve(parseMarkdownChunks(markdown)), cancel: () => undefined };
  };
  return Object.assign(start, { calls });
}

const neverFinishes: StartParse = () => ({ result: new Promise<string[]>(() => undefined), cancel: () => undefined });

describe('renderMarkdownAsync', () => {
  it('parses small text with the parser too, and sanitizes it', async () => {
    const parser = recordingParser();
    const rendered = await renderMarkdownAsync('A **short** note <img src=x onerror="alert(1)">.', { startParse: parser });
    expect(parser.calls).toEqual(['A **short** note <img src=x onerror="alert(1)">.']);
    expect(rendered).toEqual({ html: '<p>A <strong>short</strong> note <img>.</p>\n', chunks: ['<p>A <strong>short</strong> note <img>.</p>\n'], plain: false });
  });

  it('never parses text nested too deeply or with endless lines, and shows it exactly as written', async () => {
    for (const markdown of ['> '.repeat(5_000) + 'a fictional quote', '*a '.repeat(60_000), Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n')]) {
      const parser = recordingParser();
      const rendered = await renderMarkdownAsync(markdown, { startParse: parser });
      expect(parser.calls).toEqual([]);
      expect(rendered.plain).toBe(true);
      expect(textOf(rendered.html)).toBe(markdown);
      expect(await renderedText(markdown)).toBe(markdown);
    }
  });

  it('cuts large HTML into chunks of whole blocks that add up to marked\'s HTML for the whole text', () => {
    const markdown = largeBody('chunks') + '\n\nSee [the minutes][m].\n\n[m]: https://example.org/minutes';
    const chunks = parseMarkdownChunks(markdown);
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks.join('')).toBe(marked.parse(markdown, { async: false, gfm: true }));
    expect(chunks.at(-1)).toContain('href="https://example.org/minutes"');
  });

  it('parses large text with the given parser and sanitizes every chunk', async () => {
    const markdown = largeBody('sanitized') + '\n\n<img src=x onerror="alert(1)"> [x](javascript:alert(1))';
    const parser = recordingParser();
    const rendered = await renderMarkdownAsync(markdown, { startParse: parser });
    expect(parser.calls).toEqual([markdown]);
    expect(rendered.plain).toBe(false);
    expect(rendered.html).toContain('<h1>sanitized</h1>');
    expect(rendered.html).not.toMatch(/onerror|javascript:/);
    expect(rendered.chunks.length).toBeGreaterThan(2);
    expect(rendered.chunks.join('')).toBe(rendered.html);
    expect(await renderedText(markdown)).toBe(textOf(rendered.html));
  });

  it('shows a parse that runs out of time as plain text whose textContent is the markdown', async () => {
    const markdown = largeBody('too slow');
    const rendered = await renderMarkdownAsync(markdown, { startParse: neverFinishes, timeoutMs: 20 });
    expect(rendered.plain).toBe(true);
    expect(textOf(rendered.html)).toBe(markdown);
    expect(markdown.startsWith('\n')).toBe(true);
  });

  it('shows text the parser failed on as plain text', async () => {
    const markdown = largeBody('failing');
    const failing: StartParse = () => ({ result: Promise.reject(new Error('Maximum call stack size exceeded')), cancel: () => undefined });
    const rendered = await renderMarkdownAsync(markdown, { startParse: failing });
    expect(rendered).toMatchObject({ plain: true });
    expect(textOf(rendered.html)).toBe(markdown);
  });

  it('never parses text above the size cap', async () => {
    const markdown = 'x'.repeat(MAX_MARKDOWN_CHARS + 1);
    const parser = recordingParser();
    const rendered = await renderMarkdownAsync(markdown, { startParse: parser });
    expect(parser.calls).toEqual([]);
    expect(rendered.plain).toBe(true);
    expect(textOf(rendered.html)).toBe(markdown);
  });

  it('gives the same answer for the same text, so anchors match what the reader shows', async () => {
    const markdown = largeBody('remembered');
    const first = await renderMarkdownAsync(markdown, { startParse: neverFinishes, timeoutMs: 10 });
    const parser = recordingParser();
    const second = await renderMarkdownAsync(markdown, { startParse: parser });
    expect(parser.calls).toEqual([]);
    expect(second).toEqual(first);
    expect(await renderedText(markdown)).toBe(markdown);
  });

  it('starts a large parse only when the previous one has finished', async () => {
    const order: string[] = [];
    const slow: StartParse = (markdown) => {
      const name = markdown.includes('lane one') ? 'one' : 'two';
      order.push(`start ${name}`);
      const result = new Promise<string[]>((resolve) =>
        setTimeout(() => {
          order.push(`end ${name}`);
          resolve(['<p>done</p>']);
        }, 30),
      );
      return { result, cancel: () => undefined };
    };
    await Promise.all([renderMarkdownAsync(largeBody('lane one'), { startParse: slow }), renderMarkdownAsync(largeBody('lane two'), { startParse: slow })]);
    expect(order).toEqual(['start one', 'end one', 'start two', 'end two']);
  });
});

describe('renderedText', () => {
  it('is the textContent of the rendered HTML', async () => {
    expect(await renderedText('# Title\n\nSome *fictional* text &amp; more.')).toBe('Title\nSome fictional text & more.\n');
  });
});
