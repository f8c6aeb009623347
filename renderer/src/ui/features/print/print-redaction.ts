// Redaction in the print view: the records are redacted before the book is laid out, each brief's
// body as it is rendered, and a log page at the end lists every redaction with its reason (never
// its words).
import { html, nothing } from 'lit';
import type { BookLayout, BookRecords } from '../../../domain/book/layout.js';
import { findSpans } from '../../../domain/redaction/match.js';
import { redactRecords, type RedactedRecords } from '../../../domain/redaction/records.js';
import { MAX_PHRASE } from '../../../domain/redaction/rules.js';
import { redactElement } from '../../../rendering/redact-dom.js';
import { readPreferences } from '../../../data/settings.js';
import type { PrintVoice } from './print-voice.js';

export const REDACTION_LOG_ANCHOR = 'redaction-log';
const MAX_EXTRA = 5_000;

export interface RedactionLogRow {
  where: string;
  reason: string;
}

/** Extra phrases the host gave for this export, when they are a list of short strings. */
function extraPhrases(): string[] {
  const given = window.chanceryPrintRedactions;
  if (!Array.isArray(given) || given.length > MAX_EXTRA) return [];
  return given.filter((p): p is string => typeof p === 'string' && p.trim().length > 1 && p.length <= MAX_PHRASE);
}

/**
 * The book's records with the Settings rules, the host's extra phrases and redaction annotations
 * applied. The rules are read from storage, not from the window's copy (which may not be loaded
 * yet); rules that fail their check stop the print rather than let their words through.
 */
export async function redactForPrint(records: BookRecords, v: PrintVoice, editionPhrases: readonly string[] = []): Promise<RedactedRecords> {
  const { preferences, invalid } = await readPreferences();
  if (invalid.includes('redactionRules')) throw new Error('The redaction rules in Settings cannot be read; nothing is printed until they are set again.');
  // An edition's phrases are one more rule, with a reason of their own in the log.
  const edition = editionPhrases.length ? [{ reason: v.tr('print.redactedForEdition'), phrases: [...editionPhrases], patterns: [] }] : [];
  return redactRecords(records, [...preferences.redactionRules, ...edition], v.tr('print.redacted'), extraPhrases(), v.tr('print.redactedOnExport'));
}

/** A reason is printed only when it holds no redacted words itself. */
const safeReason = (reason: string, redacted: RedactedRecords): string => (findSpans(reason, redacted.redactor.matchers).length ? '' : reason);

/** Redacts the summary (its lines are taken from the briefs' texts) and logs it under the summary. */
export function redactLayout(layout: BookLayout, redacted: RedactedRecords): BookLayout {
  return layout.summary ? { ...layout, summary: redacted.redactor.deep(layout.summary, 'summary') } : layout;
}

/** Redacts one rendered body in place; the log rows for its blocks. */
export function redactBody(body: HTMLElement, briefId: string, briefTitle: string, redacted: RedactedRecords, v: PrintVoice): RedactionLogRow[] {
  const { reasons, attributes } = redactElement(body, redacted.redactor.matchers, redacted.placed.get(briefId) ?? [], v.tr('print.redacted'));
  const rows = reasons.map((reason, i) => ({ where: v.tr('print.redactionInText', { title: briefTitle, number: i + 1 }), reason: safeReason(reason, redacted) }));
  if (attributes) rows.push({ where: v.tr('print.redactionInLinks', { title: briefTitle, count: attributes }), reason: v.tr('print.redactionLinkReason') });
  return rows;
}

const NAMED_FIELDS = ['title', 'subtitle', 'byline', 'source', 'note'] as const;
/** What the log calls a brief's field; any other is one of its "details". */
const fieldKey = (field: string) => `print.redactionField.${NAMED_FIELDS.find((f) => f === field) ?? 'other'}` as const;

/** The rows for redactions made in records (book fields, a brief's details and notes, the checklist). */
export function fieldRows(redacted: RedactedRecords, v: PrintVoice): RedactionLogRow[] {
  return redacted.redactor.log.map(({ where, field, reason }) => {
    const title = redacted.records.briefs.get(where)?.title;
    const place =
      where === 'book' ? v.tr('print.redactionInBook')
      : where === 'checklist' ? v.tr('print.checklist')
      : where === 'summary' ? v.tr('print.summary')
      : v.tr('print.redactionInDetails', { title: title ?? '', field: v.tr(fieldKey(field)) });
    return { where: place, reason: safeReason(reason, redacted) };
  });
}

/** The last page: every redaction by where it is and why, numbered; printed whenever rules or redactions exist. */
export function renderRedactionLog(rows: readonly RedactionLogRow[] | null, v: PrintVoice) {
  if (rows === null) return nothing;
  return html`<section class="sheet appendix redaction-log" id=${REDACTION_LOG_ANCHOR}>
    <h2 class="part-title">${v.tr('print.redactionLog')}</h2>
    <p class="muted">${v.tr('print.redactionLogNote')}</p>
    ${rows.length
      ? html`<table>
          <colgroup><col class="number" /><col class="where" /><col /></colgroup>
          <thead><tr><th scope="col">${v.tr('print.col.number')}</th><th scope="col">${v.tr('print.col.where')}</th><th scope="col">${v.tr('print.col.reason')}</th></tr></thead>
          <tbody>${rows.map((r, i) => html`<tr><td>${i + 1}</td><td>${r.where}</td><td>${r.reason}</td></tr>`)}</tbody>
        </table>`
      : html`<p>${v.tr('print.redactionNone')}</p>`}
  </section>`;
}

/** Whether the book has anything to redact at all (rules, extra phrases or redaction annotations). */
export const redactsAnything = (redacted: RedactedRecords): boolean => redacted.redactor.matchers.length > 0 || redacted.placed.size > 0;
