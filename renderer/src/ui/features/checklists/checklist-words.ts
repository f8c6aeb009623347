// The words of checklist groups and exports, from the catalogs of one language.
import type { ChecklistWords } from '../../../domain/items/index.js';
import { statusLabel, t, topicLabel, type Language } from '../../i18n/index.js';
// Exports are also built in Node (tests, CLI), where the UI's date formatter (format.ts) cannot load.
import { languageInfo } from '../../../domain/language/languages.js';

export function checklistWords(lang: Language): ChecklistWords {
  return {
    status: (s) => statusLabel(s, lang),
    priority: (p) => t(`priority.${p}`, {}, lang),
    topic: (topic) => topicLabel(topic, lang),
    none: (by) => t(`checklists.none.${by}`, {}, lang),
    untitledBrief: t('checklists.untitledBrief', {}, lang),
    week: (monday) => t('checklists.weekOf', { date: new Intl.DateTimeFormat(languageInfo(lang).locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${monday}T00:00:00Z`)) }, lang),
    columns: [
      t('checklists.col.item', {}, lang),
      t('checklists.col.status', {}, lang),
      t('checklists.col.due', {}, lang),
      t('checklists.col.owner', {}, lang),
      t('checklists.col.priority', {}, lang),
      t('checklists.group.topic', {}, lang),
      t('checklists.col.briefs', {}, lang),
      t('checklists.col.notes', {}, lang),
    ],
    title: t('print.checklist', {}, lang),
    due: (date) => t('checklists.exportDue', { date }, lang),
    owner: (name) => t('checklists.exportOwner', { name }, lang),
    progress: (done, total) => t('checklists.progress', { done, total }, lang),
  };
}
