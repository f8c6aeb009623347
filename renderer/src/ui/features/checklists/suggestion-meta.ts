// Why an item was suggested and the date its source gives, as one muted line under its text.
import { css, html, nothing } from 'lit';
import type { ChecklistItem } from '../../../domain/types.js';
import { t } from '../../i18n/index.js';

export const suggestionMetaStyles = css`
  .meta { color: var(--cy-muted); font-size: 0.85rem; }
`;

export function suggestionMeta(item: ChecklistItem) {
  const parts = [item.reason ? t('items.reason', { reason: t(`reason.${item.reason}`) }) : '', item.sourceDate ? t('items.sourceDate', { date: item.sourceDate }) : ''].filter(Boolean);
  return parts.length ? html`<div class="meta">${parts.join(' · ')}</div>` : nothing;
}
