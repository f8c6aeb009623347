// Chromium's header and footer templates for printed books. They are HTML, so every piece of
// user text (the handling marking above all) is escaped: hostile text prints as text. The page
// reserves margins tall enough for the marking's wrapped height (renderer/src/domain/book/band.ts);
// here it wraps within them, and "Page X of Y" stays on one line beside it.
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface BandStyle {
  fontPt: number;
}

const DEFAULT_STYLE: BandStyle = { fontPt: 8 };

// Chromium renders templates at a zero font size unless told otherwise, outside the page's CSS,
// and draws them before any web font could load: Arial (or its metric twin) it is.
const band = (style: BandStyle): string =>
  `width:100%;font-family:Arial,'Liberation Sans',sans-serif;font-size:${style.fontPt}pt;line-height:1.25;color:#222;padding:0 18mm;box-sizing:border-box;overflow-wrap:anywhere;`;
const MARK = 'font-weight:700;letter-spacing:0.06em;white-space:pre-wrap;';

export function headerTemplate(marking: string, style: BandStyle = DEFAULT_STYLE): string {
  return `<div style="${band(style)}padding-top:7mm;text-align:center;${MARK}">${escapeHtml(marking.trim())}</div>`;
}

/**
 * `pageLabel` holds {page} and {total}, which become Chromium's live page-number spans. An
 * edition's label ("Edition: Press") prints before it, so every page says which edition it is.
 */
export function footerTemplate(marking: string, pageLabel: string, style: BandStyle = DEFAULT_STYLE, edition = ''): string {
  const label = escapeHtml(pageLabel)
    .replace('{page}', '<span class="pageNumber"></span>')
    .replace('{total}', '<span class="totalPages"></span>');
  const side = edition.trim() ? `${escapeHtml(edition.trim())} · ${label}` : label;
  const mark = marking.trim() ? `<span style="${MARK}flex:1 1 auto;min-width:0;">${escapeHtml(marking.trim())}</span>` : '<span></span>';
  return `<div style="${band(style)}display:flex;justify-content:space-between;align-items:flex-end;gap:6mm;padding-top:4mm;">${mark}<span style="white-space:nowrap;flex:none;">${side}</span></div>`;
}
