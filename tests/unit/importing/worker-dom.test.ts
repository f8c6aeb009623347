// The import worker parses and sanitizes HTML in linkedom's DOM (html-dom.ts), never the page's.
// DOMPurify must hold there as it does in a browser: every payload of its own XSS corpus (read
// from the shared folder, never copied here) comes out with only allowed elements and attributes
// and no link but web and mail ones. The live node iterator DOMPurify walks with is checked on
// its own: it must visit what is put in place of a node removed during the walk.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LiveNodeIterator, parseHtmlDocument } from '../../../renderer/src/importing/html-dom.js';
import { ALLOWED_ATTRIBUTES, ALLOWED_TAGS, sanitizeHtml } from '../../../renderer/src/importing/sanitize.js';

const CORPUS = path.resolve('..', 'shared', 'corpora', 'xss-vectors.json');
const payloads: string[] = existsSync(CORPUS) ? (JSON.parse(readFileSync(CORPUS, 'utf8')) as { payload: string }[]).map((v) => v.payload) : [];

/** Everything in a sanitized fragment that the allowlists do not allow. */
function disallowed(fragment: DocumentFragment): string[] {
  const found: string[] = [];
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const tag = el.tagName.toLowerCase();
      if (!ALLOWED_TAGS.includes(tag)) found.push(`<${tag}>`);
      for (const { name, value } of Array.from(el.attributes)) {
        if (!ALLOWED_ATTRIBUTES.includes(name) && !name.startsWith('aria-')) found.push(`${tag}[${name}]`);
        if (name === 'href' && !/^(?:https?:|mailto:)/i.test(value)) found.push(`${tag}[href=${value.slice(0, 40)}]`);
      }
      walk(el);
    }
  };
  walk(fragment);
  return found;
}

describe('sanitizing imported HTML in the worker DOM', () => {
  it.skipIf(!payloads.length)(`leaves nothing but allowed elements, attributes and links in each of DOMPurify's XSS payloads`, () => {
    expect(payloads.length).toBeGreaterThan(200);
    for (const payload of payloads) expect(disallowed(sanitizeHtml(payload)), payload.slice(0, 200)).toEqual([]);
  });

  /** The sanitized fragment as HTML. */
  const clean = (html: string) => {
    const holder = parseHtmlDocument('').body;
    holder.append(sanitizeHtml(html));
    return holder.innerHTML;
  };

  it('keeps what is allowed: the text of a removed element, links, titles, table cells', () => {
    expect(clean('<custom-tag><p title="Note">Kept <a href="https://example.org/x" onclick="alert(1)">link</a></p></custom-tag><table><tr><td style="x">cell</td></tr></table>')).toBe(
      '<p title="Note">Kept <a href="https://example.org/x">link</a></p><table><tr><td>cell</td></tr></table>',
    );
  });

  it('drops a javascript: link and a handler hoisted out of a removed element, keeping their words', () => {
    expect(clean('<blink><a href="javascript:alert(1)">one</a><b onclick="alert(2)">two</b></blink>')).toBe('<a>one</a><b>two</b>');
  });
});

describe('LiveNodeIterator', () => {
  const names = (doc: Document, act: (node: Node) => void) => {
    const seen: string[] = [];
    const iterator = new LiveNodeIterator(doc.body, 1);
    for (let node = iterator.nextNode(); node; node = iterator.nextNode()) {
      seen.push((node as Element).tagName.toLowerCase());
      act(node);
    }
    return seen;
  };

  it('visits every element in document order', () => {
    const doc = parseHtmlDocument('<div><p><b></b></p><i></i></div><u></u>');
    expect(names(doc, () => undefined)).toEqual(['body', 'div', 'p', 'b', 'i', 'u']);
  });

  it('visits the children put in place of a removed node, and goes on after them', () => {
    const doc = parseHtmlDocument('<div><span><em></em><strong></strong></span><i></i></div>');
    const seen = names(doc, (node) => {
      const el = node as Element;
      if (el.tagName !== 'SPAN') return;
      // As DOMPurify does with an element it removes but keeps the content of.
      for (const child of Array.from(el.childNodes).reverse()) el.parentNode!.insertBefore(child.cloneNode(true), el.nextSibling);
      el.remove();
    });
    expect(seen).toEqual(['body', 'div', 'span', 'em', 'strong', 'i']);
  });
});
