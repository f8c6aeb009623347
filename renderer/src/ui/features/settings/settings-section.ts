// What every Settings section shares: the look of a section (rule above, heading, form grid,
// record lists, panels) and how a moment in time is shown.
import { css } from 'lit';
import { localeFor } from '../../format.js';
import { currentLanguage } from '../../i18n/index.js';

export const sectionStyles = css`
  :host { display: block; }
  section { border-top: 1px solid var(--cy-border); padding: var(--cy-space-2) 0 var(--cy-space-4); }
  h2 { font-size: 1.15rem; }
  .grid { display: grid; grid-template-columns: minmax(160px, 220px) minmax(0, 1fr); gap: 10px var(--cy-space-4); align-items: center; }
  .grid input, .grid select { max-width: 360px; }
  .row { display: flex; flex-wrap: wrap; gap: var(--cy-space-2); align-items: center; }
  ul.records { list-style: none; padding: 0; margin: var(--cy-space-2) 0; }
  ul.records li { display: flex; gap: var(--cy-space-2); align-items: center; padding: 6px 0; border-bottom: 1px solid var(--cy-border); }
  ul.records li .what { flex: 1; min-width: 0; }
`;

/** A date and time in the interface language ("Dec 2, 2026, 3:05 AM"). */
export const when = (ms: number): string =>
  new Intl.DateTimeFormat(localeFor(currentLanguage()), { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
