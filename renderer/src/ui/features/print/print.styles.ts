// The printed book's look: a government briefing book in black on white, whatever the theme.
import { css } from 'lit';
import { FONT_SANS, FONT_SERIF } from '../../styles/fonts.js';
import { SIDE_MARGIN_MM, type MarkingBand } from '../../../domain/book/band.js';


/**
 * Document-level rules: @page is ignored inside a shadow root (the bundled @font-face rules are
 * already document-level, from the theme tokens). The host rules undo the app shell's
 * full-height grid so the book flows across pages.
 */
export function printDocumentCss(paper: 'A4' | 'Letter', band: MarkingBand): string {
  // As specific as the theme rules (and later), so paper colours win over a dark or sepia theme.
  return `@page { size: ${paper}; margin: ${band.topMm}mm ${SIDE_MARGIN_MM}mm ${band.bottomMm}mm ${SIDE_MARGIN_MM}mm; }
:root:is([data-theme], :not([data-theme])) {
  --cy-font-read: ${FONT_SERIF}; --cy-font-ui: ${FONT_SANS};
  --cy-bg: #fff; --cy-surface: #fff; --cy-surface-2: #eef0f2; --cy-text: #111; --cy-muted: #444;
  --cy-border: #9a9a9a; --cy-accent: #1f3a5f; --cy-accent-text: #fff; --cy-text-size: 11pt;
  --cy-hl-yellow: #fff0a6; --cy-hl-green: #c9f0c9; --cy-hl-blue: #cfe4ff; --cy-hl-pink: #ffd3e6;
  color-scheme: light;
}
html, body { height: auto; background: #fff; color: #111; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
cy-app-root { display: block !important; height: auto !important; }`;
}

export const printStyles = css`
  :host { display: block; color: #111; background: #fff; font-family: var(--cy-font-read); font-size: 11pt; }
  @media screen {
    :host { max-width: 190mm; margin: 0 auto; padding: 12mm; box-shadow: 0 0 0 1px #ddd; }
    .toolbar { position: sticky; top: 0; z-index: 1; display: flex; gap: 8px; justify-content: flex-end; padding: 8px 0; margin: -8mm 0 4mm; background: #fff; border-bottom: 1px solid #ddd; font-family: var(--cy-font-ui); font-size: 10pt; }
  }
  @media print {
    .toolbar { display: none; }
    .sheet { padding-bottom: 12mm; margin-bottom: 12mm; }
  }
  .sheet { break-before: page; }
  .cover { break-before: auto; display: flex; flex-direction: column; min-height: 240mm; font-family: var(--cy-font-ui); }
  .marking { text-align: center; font-family: var(--cy-font-ui); font-weight: 700; letter-spacing: 0.08em; font-size: 10pt; white-space: pre-wrap; overflow-wrap: anywhere; }
  .cover .kicker { margin-top: 55mm; text-transform: uppercase; letter-spacing: 0.14em; font-size: 10pt; color: var(--cy-accent); }
  .cover-title { font-family: var(--cy-font-read); font-size: 28pt; font-weight: 700; line-height: 1.15; margin: 4mm 0 3mm; overflow-wrap: anywhere; border-top: 2pt solid var(--cy-accent); padding-top: 5mm; }
  .cover-subtitle { font-size: 14pt; color: var(--cy-muted); margin: 0 0 12mm; overflow-wrap: anywhere; }
  .cover dl { display: grid; grid-template-columns: max-content 1fr; gap: 2mm 6mm; font-size: 11pt; margin: 0; }
  .cover dt { font-weight: 600; color: var(--cy-muted); }
  .cover dd { margin: 0; overflow-wrap: anywhere; }
  .cover .spacer { flex: 1; }
  h2.part-title { font-family: var(--cy-font-ui); font-size: 20pt; line-height: 1.2; margin: 0 0 6mm; break-after: avoid; overflow-wrap: anywhere; }
  h3.part-title { font-family: var(--cy-font-ui); font-size: 18pt; line-height: 1.2; margin: 0 0 4mm; break-after: avoid; overflow-wrap: anywhere; }
  .contents ol { list-style: none; margin: 0; padding: 0; font-family: var(--cy-font-ui); font-size: 11pt; }
  .contents li { break-inside: avoid; }
  .contents a { display: flex; align-items: baseline; gap: 2mm; color: inherit; text-decoration: none; padding: 1.2mm 0; }
  .contents .level-1 a { font-weight: 600; margin-top: 2mm; }
  .contents .level-2 a { padding-left: 7mm; font-weight: 400; }
  .contents .title { overflow-wrap: anywhere; }
  .contents .leader { flex: 1; border-bottom: 1px dotted #777; min-width: 8mm; transform: translateY(-1mm); }
  .contents .page { min-width: 8mm; text-align: right; font-variant-numeric: tabular-nums; }
  .divider { display: flex; flex-direction: column; justify-content: center; min-height: 200mm; break-after: page; font-family: var(--cy-font-ui); }
  .divider .kicker { text-transform: uppercase; letter-spacing: 0.14em; color: var(--cy-accent); font-size: 10pt; margin: 0 0 3mm; }
  .divider .part-title { font-size: 26pt; border-top: 2pt solid var(--cy-accent); padding-top: 5mm; }
  .divider .note { font-family: var(--cy-font-read); font-size: 12pt; max-width: 130mm; white-space: pre-wrap; }
  .meta { font-family: var(--cy-font-ui); font-size: 9pt; color: var(--cy-muted); margin: 0 0 4mm; display: flex; flex-wrap: wrap; gap: 1mm 5mm; overflow-wrap: anywhere; }
  .brief-subtitle { font-size: 13pt; color: var(--cy-muted); margin: 0 0 3mm; }
  .why { border-left: 3pt solid var(--cy-accent); background: #f3f5f8; padding: 3mm 4mm; margin: 0 0 6mm; break-inside: avoid; }
  .why .label { font-family: var(--cy-font-ui); font-weight: 700; font-size: 9pt; text-transform: uppercase; letter-spacing: 0.08em; margin: 0 0 1mm; color: var(--cy-accent); }
  .why p { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
  article { font-size: 11pt; line-height: 1.5; }
  /* Nothing is cut at the margin: long words, URLs and tokens break where they must. */
  .body { orphans: 3; widows: 3; overflow-wrap: anywhere; }
  .body pre, .body code { white-space: pre-wrap; overflow-wrap: anywhere; }
  .brief-subtitle { overflow-wrap: anywhere; }
  .body h2, .body h3, .body h4, .body h5, .body h6 { font-family: var(--cy-font-ui); break-after: avoid; break-inside: avoid; margin: 1.2em 0 0.4em; }
  .body h2 { font-size: 14pt; } .body h3 { font-size: 12.5pt; } .body h4, .body h5, .body h6 { font-size: 11pt; }
  .body table, .body figure, .body img, .body pre, .body blockquote { break-inside: avoid; }
  .body table { table-layout: fixed; width: 100%; font-size: 9pt; }
  /* Many columns: smaller type and tighter cells before words have to break. */
  .body table.wide { font-size: 7pt; }
  .body table.wide th, .body table.wide td { padding: 1mm 1.2mm; }
  .body td, .body th { overflow-wrap: anywhere; }
  .body img { max-width: 100%; height: auto; }
  .body a { color: inherit; }
  .body pre { font-size: 9pt; }
  sup.note-ref { font-family: var(--cy-font-ui); font-size: 7pt; font-weight: 700; color: var(--cy-accent); margin-left: 0.5pt; }
  .endnotes { border-top: 1px solid var(--cy-border); margin-top: 8mm; padding-top: 3mm; font-size: 9.5pt; break-before: avoid; }
  .endnotes .label { font-family: var(--cy-font-ui); font-weight: 700; margin: 0 0 2mm; break-after: avoid; }
  .endnotes ol { margin: 0; padding-left: 6mm; }
  .endnotes li { margin-bottom: 2mm; break-inside: avoid; }
  .endnotes q { font-style: italic; color: var(--cy-muted); }
  .endnotes .note { display: inline; overflow-wrap: anywhere; }
  .endnotes .note > :first-child { display: inline; }
  .endnotes .note > :last-child { margin-bottom: 0; }
  .appendix table { width: 100%; border-collapse: collapse; font-family: var(--cy-font-ui); font-size: 9pt; table-layout: fixed; }
  .appendix th, .appendix td { border: 1px solid var(--cy-border); padding: 1.5mm 2mm; text-align: start; vertical-align: top; overflow-wrap: anywhere; }
  .appendix thead { display: table-header-group; }
  .appendix tr { break-inside: avoid; }
  .appendix th { background: #eef0f2; }
  .appendix col.item { width: 36%; } .appendix col.status { width: 12%; } .appendix col.owner { width: 15%; } .appendix col.due { width: 14%; }
  /* The summary for the principal: one page, set tighter than the appendices it condenses. */
  .summary { font-family: var(--cy-font-ui); font-size: 10pt; line-height: 1.35; }
  .summary h3 { font-size: 12pt; margin: 4mm 0 1.5mm; color: var(--cy-accent); break-after: avoid; }
  .summary ul { margin: 0; padding-left: 5mm; }
  .summary li { margin-bottom: 1.2mm; break-inside: avoid; overflow-wrap: anywhere; }
  .summary .briefs { font-size: 9.5pt; }
  .summary .briefs .title { font-weight: 600; }
  .summary .gist { color: var(--cy-muted); }
  .summary table { width: 100%; border-collapse: collapse; font-size: 9pt; table-layout: fixed; }
  .summary th, .summary td { border: 1px solid var(--cy-border); padding: 1mm 1.6mm; text-align: start; vertical-align: top; overflow-wrap: anywhere; }
  .summary th { background: #eef0f2; }
  .summary tr.blocked td:nth-child(2) { font-weight: 700; }
  .summary col.item { width: 52%; } .summary col.status { width: 13%; } .summary col.owner { width: 20%; }
  .summary .notes { font-size: 9.5pt; }
  .summary .notes q { font-style: italic; }
  .summary .more { margin: 1mm 0 0 5mm; font-size: 9pt; }
  .sources ol { padding-left: 6mm; font-size: 9.5pt; }
  .sources li { margin-bottom: 2.5mm; break-inside: avoid; overflow-wrap: anywhere; }
  .sources .hash { font-family: ui-monospace, monospace; font-size: 8pt; }
  .muted { color: var(--cy-muted); }
  /* Tagged elements re-read their stack (lang-fonts.ts), so each says which one it uses. */
  .cover-subtitle, .contents .title, .checklist td, .summary li, .summary li [lang], .summary td { font-family: var(--cy-font-ui); }
  .sources li { font-family: var(--cy-font-read); }
  .missing { font-family: var(--cy-font-ui); padding: 24px; }
  /* A redaction: a solid block of one width whatever it replaced (no length to guess from), and its label. */
  .cy-redaction { white-space: nowrap; }
  .cy-redaction .block { display: inline-block; width: 2.6em; height: 0.9em; vertical-align: -0.08em; background: #000; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  .cy-redaction .label { font-family: var(--cy-font-ui); font-size: 0.7em; margin-inline-start: 0.25em; color: #333; }
  .redaction-log table { width: 100%; border-collapse: collapse; font-family: var(--cy-font-ui); font-size: 9.5pt; }
  .redaction-log th, .redaction-log td { border: 1px solid var(--cy-border); padding: 1mm 1.6mm; text-align: start; vertical-align: top; overflow-wrap: anywhere; }
  .redaction-log th { background: #eef0f2; }
  .redaction-log table { table-layout: fixed; } .redaction-log col.number { width: 9%; } .redaction-log col.where { width: 56%; }
  /* Portion marks ("(SBU)"): before a paragraph on its line, above a title, table or quotation on their own. */
  .portion-mark { font-family: var(--cy-font-ui); font-weight: 700; font-size: 0.8em; letter-spacing: 0.02em; }
  .block-mark { margin: 0 0 1mm; font-size: 8.5pt; }
  @media print {
    /* The exported PDF's header and footer carry the marking at the top and bottom of the cover;
       its height follows the bands, so the cover never spills onto a blank second page. */
    .cover { min-height: 0; }
    .cover .marking, .cover .spacer { display: none; }
  }
`;
