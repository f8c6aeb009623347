// Settings › Handling levels: the marking scheme, lowest first. Levels are renamed, reordered,
// added and removed (with Undo) as a draft, checked as a whole and saved only when every level
// is usable. A level keeps its id through renames, so the briefs marked with it keep their mark.
import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { MAX_BANNER, MAX_LEVEL_NAME, MAX_PORTION, newLevelId, schemeProblems, type HandlingLevel, type SchemeProblem } from '../../../domain/marking/levels.js';
import { preferences, updatePreference } from '../../app/preferences.js';
import { emit } from '../../events.js';
import { t } from '../../i18n/index.js';
import { writeOrTell } from '../../storage-message.js';
import { controls } from '../../styles/tokens.js';
import { sectionStyles } from './settings-section.js';
import { levelName } from '../marking/level-name.js';

function problemText(p: SchemeProblem): string {
  if (p.kind === 'duplicate') return t('markingScheme.problem.duplicate', { portion: p.portion });
  return t(`markingScheme.problem.${p.kind}`, { number: p.level });
}

@customElement('cy-marking-section')
export class MarkingSection extends LitElement {
  static override styles = [
    controls,
    sectionStyles,
    css`
      ol.levels { list-style: none; padding: 0; margin: var(--cy-space-2) 0; display: grid; gap: var(--cy-space-2); }
      ol.levels li { border: 1px solid var(--cy-border); border-radius: var(--cy-radius); padding: 8px var(--cy-space-3); display: grid; grid-template-columns: minmax(0, 2fr) minmax(5em, 0.6fr) minmax(0, 1.6fr); gap: 4px var(--cy-space-2); align-items: end; }
      ol.levels h3 { grid-column: 1 / -1; font-size: 0.95rem; margin: 0; }
      ol.levels label { display: grid; gap: 2px; font-size: 0.85rem; min-width: 0; }
      ol.levels input { width: 100%; box-sizing: border-box; }
      ol.levels .row { grid-column: 1 / -1; }
      .problems { color: var(--cy-danger); margin: 6px 0; padding-left: 20px; }
    `,
  ];

  @state() private levels: HandlingLevel[] = preferences().markingScheme.levels.map((l) => ({ ...l }));
  @state() private problems: SchemeProblem[] = [];

  private change(i: number, field: 'name' | 'portion' | 'banner', value: string): void {
    this.levels = this.levels.map((l, j) => (j === i ? { ...l, [field]: value } : l));
  }

  private async focusName(i: number): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>(`#level-name-${this.levels[i]?.id}`)?.focus();
  }

  private async add(): Promise<void> {
    const name = t('markingScheme.newLevel');
    this.levels = [...this.levels, { id: newLevelId({ levels: this.levels }, name), name, portion: '', banner: '' }];
    await this.focusName(this.levels.length - 1);
  }

  private move(i: number, by: -1 | 1): void {
    const j = i + by;
    if (j < 0 || j >= this.levels.length) return;
    const next = [...this.levels];
    [next[i], next[j]] = [next[j]!, next[i]!];
    this.levels = next;
    // Focus follows the moved level's button, so repeated presses keep moving it.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLButtonElement>(`#level-${by < 0 ? 'up' : 'down'}-${next[j]!.id}`)?.focus());
  }

  private removeLevel(i: number): void {
    if (this.levels.length <= 1) {
      emit(this, 'cy-toast', { kind: 'error', message: t('markingScheme.lastLevel') });
      return;
    }
    const removed = this.levels[i]!;
    this.levels = this.levels.filter((_, j) => j !== i);
    emit(this, 'cy-toast', {
      message: t('markingScheme.removed', { name: levelName(removed) }),
      action: { label: t('common.undo'), run: () => this.undoRemove(removed, i) },
    });
  }

  private undoRemove(level: HandlingLevel, at: number): void {
    if (this.levels.some((l) => l.id === level.id)) return;
    this.levels = [...this.levels.slice(0, at), level, ...this.levels.slice(at)];
    void this.focusName(at);
  }

  private async save(e: Event): Promise<void> {
    e.preventDefault();
    const levels = this.levels.map((l) => ({ ...l, name: l.name.trim(), portion: l.portion.trim(), banner: l.banner.trim() }));
    this.problems = schemeProblems({ levels });
    if (this.problems.length) return;
    if (await writeOrTell(this, () => updatePreference('markingScheme', { levels }))) {
      emit(this, 'cy-toast', { kind: 'success', message: t('markingScheme.saved') });
    }
  }

  private renderLevel(l: HandlingLevel, i: number) {
    const n = i + 1;
    const last = this.levels.length - 1;
    return html`<li>
      <h3>${t('markingScheme.levelHeading', { number: n })}</h3>
      <label>${t('markingScheme.name', { number: n })}
        <input id=${`level-name-${l.id}`} maxlength=${MAX_LEVEL_NAME} .value=${levelName(l)} @input=${(e: Event) => this.change(i, 'name', (e.target as HTMLInputElement).value)} />
      </label>
      <label>${t('markingScheme.portion', { number: n })}
        <input maxlength=${MAX_PORTION} spellcheck="false" .value=${l.portion} @input=${(e: Event) => this.change(i, 'portion', (e.target as HTMLInputElement).value)} />
      </label>
      <label>${t('markingScheme.banner', { number: n })}
        <input maxlength=${MAX_BANNER} spellcheck="false" .value=${l.banner} @input=${(e: Event) => this.change(i, 'banner', (e.target as HTMLInputElement).value)} />
      </label>
      <div class="row">
        <button type="button" id=${`level-up-${l.id}`} ?disabled=${i === 0} @click=${() => this.move(i, -1)}>${t('markingScheme.up', { number: n })}</button>
        <button type="button" id=${`level-down-${l.id}`} ?disabled=${i === last} @click=${() => this.move(i, 1)}>${t('markingScheme.down', { number: n })}</button>
        <button type="button" class="danger" @click=${() => this.removeLevel(i)}>${t('markingScheme.remove', { number: n })}</button>
      </div>
    </li>`;
  }

  override render() {
    return html`<section aria-labelledby="marking-scheme-h">
      <h2 id="marking-scheme-h">${t('markingScheme.title')}</h2>
      <p class="muted">${t('markingScheme.hint')}</p>
      <form @submit=${(e: Event) => void this.save(e)}>
        <ol class="levels">${repeat(this.levels, (l) => l.id, (l, i) => this.renderLevel(l, i))}</ol>
        ${this.problems.length ? html`<ul class="problems" role="alert">${this.problems.map((p) => html`<li>${problemText(p)}</li>`)}</ul>` : null}
        <div class="row">
          <button type="button" @click=${() => void this.add()}>${t('markingScheme.add')}</button>
          <button type="submit" class="primary">${t('markingScheme.save')}</button>
        </div>
      </form>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cy-marking-section': MarkingSection;
  }
}
