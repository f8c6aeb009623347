// Chromium's header and footer templates for printed books. They are HTML, so every piece of
// user text (the handling marking above all) is escaped: hostile text prints as text.

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// Chromium renders templates at a zero font size unless told otherwise, outside the page's CSS.
const BAND = 'width:100%;font-family:Inter,Arial,sans-serif;font-size:8pt;color:#222;padding:0 18mm;box-sizing:border-box;';

export function headerTemplate(marking: string): string {
  return `<div style="${BAND}text-align:center;font-weight:700;letter-spacing:0.06em;">${escapeHtml(marking)}</div>`;
}

/** `pageLabel` holds {page} and {total}, which become Chromium's live page-number spans. */
export function footerTemplate(marking: string, pageLabel: string): string {
  const label = escapeHtml(pageLabel)
    .replace('{page}', '<span class="pageNumber"></span>')
    .replace('{total}', '<span class="totalPages"></span>');
  return `<div style="${BAND}display:flex;justify-content:space-between;"><span style="font-weight:700;letter-spacing:0.06em;">${escapeHtml(marking)}</span><span>${label}</span></div>`;
}
