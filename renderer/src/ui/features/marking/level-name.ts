// A handling level's name as the app shows it: the user's own, else the built-in level's name in
// the UI's language.
import { html, nothing } from 'lit';
import { BUILT_IN_LEVEL_IDS, rankOf, type HandlingLevel, type MarkingScheme } from '../../../domain/marking/levels.js';
import { t, type MessageKey } from '../../i18n/index.js';

export function levelName(level: HandlingLevel): string {
  if (level.name.trim()) return level.name.trim();
  return (BUILT_IN_LEVEL_IDS as readonly string[]).includes(level.id) ? t(`markingScheme.level.${level.id}` as MessageKey) : level.id;
}

/** The name of the level stored as `id` in `scheme`; a level no longer in the scheme says so. */
export function levelNameOf(scheme: MarkingScheme, id: string | undefined): string {
  const level = id ? scheme.levels.find((l) => l.id === id) : scheme.levels[0];
  return level ? levelName(level) : t('level.removed');
}

/** A quiet badge with a brief's portion mark ("SBU") where its level has one (library rows). */
export function levelBadge(scheme: MarkingScheme, id: string | undefined) {
  const level = scheme.levels[rankOf(scheme, id)];
  return level?.portion ? html`<span class="level" title=${levelName(level)}>${level.portion}</span> ` : nothing;
}
