// Why a line was removed at import, in the UI's language. Briefs store the clean-up's reason
// codes (short English phrases, also printed by the CLI's --json), so they are translated here.
import { t, type MessageKey } from '../../i18n/index.js';

const KEYS: Readonly<Record<string, MessageKey>> = {
  'comment form': 'removal.commentForm',
  'navigation or share label': 'removal.navigation',
  'share buttons': 'removal.shareButtons',
  breadcrumb: 'removal.breadcrumb',
  'page number': 'removal.pageNumber',
  'picture file name': 'removal.fileName',
  'repeats the title': 'removal.repeatsTitle',
  'duplicated caption': 'removal.duplicatedCaption',
  'list of unrelated headlines': 'removal.unrelatedHeadlines',
  'page header or menu before the article': 'removal.beforeArticle',
  'after the article: related links, comments or footer': 'removal.afterArticle',
  'removed by you': 'removal.byUser',
};

/** A reason this version does not know (from a newer one) is shown as stored. */
export function removalReasonLabel(reason: string): string {
  const repeated = /^repeats line (\d+)$/u.exec(reason);
  if (repeated) return t('removal.repeatsLine', { line: Number(repeated[1]) });
  const key = KEYS[reason];
  return key ? t(key) : reason;
}
