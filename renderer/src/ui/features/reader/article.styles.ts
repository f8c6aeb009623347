// Typography for rendered brief bodies, shared by the reader and the print view.
import { css } from 'lit';

export const articleStyles = css`
  article { font-family: var(--cy-font-read); font-size: var(--cy-text-size); line-height: 1.6; }
  article h1 { font-family: var(--cy-font-ui); font-size: 1.9em; line-height: 1.2; margin: 0 0 8px; }
  .body h1, .body h2, .body h3, .body h4 { font-family: var(--cy-font-ui); line-height: 1.25; margin: 1.4em 0 0.5em; break-after: avoid; }
  .body h1 { font-size: 1.5em; } .body h2 { font-size: 1.3em; } .body h3 { font-size: 1.1em; }
  .body p { margin: 0 0 1em; }
  .body table { border-collapse: collapse; width: 100%; margin: 1em 0; font-family: var(--cy-font-ui); font-size: 0.85em; break-inside: avoid; }
  .body th, .body td { border: 1px solid var(--cy-border); padding: 6px 8px; text-align: start; vertical-align: top; }
  .body th { background: var(--cy-surface-2); }
  .body img { max-width: 100%; height: auto; }
  .body figure.brief-image { margin: 1.2em 0; break-inside: avoid; text-align: center; }
  .body figure.brief-image img { display: block; margin: 0 auto; max-height: 70vh; object-fit: contain; }
  .body figcaption { font-family: var(--cy-font-ui); font-size: 0.85em; color: var(--cy-muted); margin-top: 0.4em; }
  /* An image that is not stored: its alt text, with a note saying why there is no picture. */
  .body .brief-image[data-note] { display: block; position: relative; border: 1px dashed var(--cy-border); border-radius: 4px; padding: 0.5em 0.75em; text-align: start; }
  .body .brief-image[data-note]::before { content: attr(data-note); display: block; font-family: var(--cy-font-ui); font-size: 0.8em; color: var(--cy-muted); }
  .body .brief-image[data-note]::after { content: attr(data-alt); font-style: italic; }
  /* The image element stays for assistive technology (its alt text); the picture box is not drawn. */
  .body .brief-image[data-note] img { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
  .body blockquote { border-inline-start: 3px solid var(--cy-border); margin: 1em 0; padding: 0 1em; color: var(--cy-muted); }
  .body a { color: var(--cy-accent); }
  .body pre { white-space: pre-wrap; overflow-wrap: anywhere; }
`;
