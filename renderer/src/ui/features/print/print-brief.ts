// A brief's pages in the printed book: section dividers, each brief's title, meta, "why" note and
// endnotes, then its body filled in after rendering (sanitized HTML as inert fragments, painted with
// its highlights and note references, headings nested under the brief's title).
import { html, nothing } from 'lit';
import { bodyHeadingLevels } from '../../../domain/book/headings.js';
import type { BookLayout, BookPart, BriefPart } from '../../../domain/book/layout.js';
import { languageOfBrief, textAttributes } from '../../../domain/language/script.js';
import { markBlockLanguages } from '../../../rendering/block-language.js';
import { renderMarkdownAsync, toFragment } from '../../../rendering/markdown.js';
import { paintHighlights } from '../../../rendering/text-offsets.js';
import type { PrintVoice } from './print-voice.js';
import type { BriefImages } from '../reader/brief-images.js';

/** Beyond this many columns a table is set smaller so its cells keep whole words. */
const WIDE_TABLE_COLUMNS = 6;
const columnCount = (table: HTMLTableElement): number => Math.max(0, ...[...table.rows].map((r) => r.cells.length));

/** Body headings sit below the brief's own title, never skipping a level, so the PDF outline nests them. */
function setBodyHeadings(root: ParentNode, titleLevel: number): void {
  const headings = [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')];
  const levels = bodyHeadingLevels(headings.map((h) => Number(h.tagName.slice(1))), titleLevel + 1);
  headings.forEach((heading, i) => {
    const replacement = document.createElement(`h${levels[i]}`);
    for (const { name, value } of heading.attributes) replacement.setAttribute(name, value);
    replacement.append(...heading.childNodes);
    heading.replaceWith(replacement);
  });
}

/** Book title H1; summary, contents, sections and appendices H2; a brief H2, or H3 inside a section. */
const briefTitleLevel = (part: BriefPart): number => part.level + 1;

export function renderPart(part: BookPart, v: PrintVoice) {
  if (part.kind === 'section') {
    return html`<section class="sheet divider" id=${part.anchor}>
      <p class="kicker">${v.tr('print.section')}</p>
      <h2 class="part-title" lang=${v.tag(part.title).lang} dir=${v.tag(part.title).dir}>${part.title}</h2>
      ${part.note ? html`<p class="note">${part.note}</p>` : nothing}
    </section>`;
  }
  return renderBrief(part, v);
}

function renderBrief(part: BriefPart, v: PrintVoice) {
  const b = part.brief;
  const lang = languageOfBrief(b);
  const own = textAttributes(b.title, lang);
  const title = briefTitleLevel(part) === 2
    ? html`<h2 class="part-title" lang=${own.lang} dir=${own.dir}>${b.title}</h2>`
    : html`<h3 class="part-title" lang=${own.lang} dir=${own.dir}>${b.title}</h3>`;
  const meta = [
    b.source.name ? v.tr('print.source', { name: b.source.name }) : '',
    b.byline,
    b.source.publishedAt ? v.tr('print.published', { date: v.date(b.source.publishedAt) }) : '',
  ].filter((m) => m !== '');
  return html`<article class="sheet brief" id=${part.anchor}>
    ${title}
    ${b.subtitle ? html`<p class="brief-subtitle" lang=${textAttributes(b.subtitle, lang).lang} dir=${textAttributes(b.subtitle, lang).dir}>${b.subtitle}</p>` : nothing}
    ${meta.length ? html`<p class="meta">${meta.map((m) => html`<span>${m}</span>`)}</p>` : nothing}
    ${part.note.trim()
      ? html`<aside class="why"><p class="label">${v.tr('print.why')}</p><p>${part.note}</p></aside>`
      : nothing}
    <div class="body"></div>
    ${part.endnotes.length
      ? html`<section class="endnotes" aria-label=${v.tr('print.notes')}>
          <p class="label">${v.tr('print.notes')}</p>
          <ol>${part.endnotes.map((n) => html`<li value=${n.number}><q>${n.quote}</q> — <div class="note" data-endnote=${n.number}></div></li>`)}</ol>
        </section>`
      : nothing}
  </article>`;
}

/** Brief bodies are sanitized HTML inserted as inert fragments, then painted. */
export async function fillBriefBodies(
  root: ParentNode,
  layout: BookLayout | undefined,
  v: PrintVoice,
  images: BriefImages,
  redact: (body: HTMLElement, part: BriefPart) => void,
): Promise<void> {
  const parts = (layout?.parts ?? []).filter((p): p is BriefPart => p.kind === 'brief');
  const rendered = await Promise.all(parts.map((p) => renderMarkdownAsync(p.brief.markdown)));
  for (const [i, part] of parts.entries()) {
    const body = root.querySelector<HTMLElement>(`#${part.anchor} .body`);
    if (!body) continue;
    body.replaceChildren(toFragment(rendered[i]!.html));
    await images.show(body, part.brief.id, { notIncluded: v.tr('reader.imageNotIncluded'), leftOut: v.tr('reader.imageLeftOut') });
    paintHighlights(
      body,
      part.highlights.map((h) => ({ ...h, label: h.endnote === null ? '' : v.tr('print.noteRef', { number: h.endnote }) })),
    );
    // Redacted after painting (highlight offsets point into the text as rendered) and before
    // anything else adds text.
    redact(body, part);
    for (const h of part.highlights) {
      if (h.endnote === null) continue;
      const marks = body.querySelectorAll(`mark[data-ids~="${CSS.escape(h.id)}"]`);
      const ref = document.createElement('sup');
      ref.className = 'note-ref';
      ref.textContent = String(h.endnote);
      marks[marks.length - 1]?.after(ref);
    }
    setBodyHeadings(body, briefTitleLevel(part));
    for (const table of body.querySelectorAll('table')) table.classList.toggle('wide', columnCount(table) > WIDE_TABLE_COLUMNS);
    markBlockLanguages(body, languageOfBrief(part.brief));
  }
  await fillEndnotes(root, parts);
}

/** Notes are Markdown: rendered and sanitized as the bodies are, never shown as raw source. */
async function fillEndnotes(root: ParentNode, parts: readonly BriefPart[]): Promise<void> {
  const notes = parts.flatMap((part) => part.endnotes.map((n) => ({ anchor: part.anchor, ...n })));
  const rendered = await Promise.all(notes.map((n) => renderMarkdownAsync(n.note)));
  for (const [i, n] of notes.entries()) {
    root.querySelector(`#${n.anchor} .endnotes [data-endnote="${n.number}"]`)?.replaceChildren(toFragment(rendered[i]!.html));
  }
}
