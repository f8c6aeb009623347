// Settings › Preferences: author name, default marking, paper, theme, language and text size, and
// how the host checks spelling (told by the platform, so nobody wonders why it is off).
import { LitElement, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { DENSITIES, MARKING_PRESETS, TEXT_SIZES, THEMES, type Density, type Preferences, type Theme } from '../../../domain/settings.js';
import { platform } from '../../../platform/index.js';
import type { AppInfo } from '../../../platform/platform.js';
import { chooseDefaultMarking, onPreferencesChange, preferences, updatePreference } from '../../app/preferences.js';
import { writeOrTell } from '../../storage-message.js';
import { languageChoices, t } from '../../i18n/index.js';
import { controls } from '../../styles/tokens.js';
import { sectionStyles } from './settings-section.js';


@customElement('cy-preferences-section')
export class PreferencesSection extends LitElement {
  static override styles = [controls, sectionStyles];

  @state() private spellcheckMode: AppInfo['spellcheck'] | null = null;
  private stopWatching?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopWatching = onPreferencesChange(() => this.requestUpdate());
    void platform()
      .appInfo()
      .then((info) => {
        if (info.ok) this.spellcheckMode = info.value.spellcheck;
      });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatching?.();
  }

  override render() {
    const p = preferences();
    const set = <K extends keyof Preferences>(key: K) => (value: Preferences[K]) => void writeOrTell(this, () => updatePreference(key, value));
    // Any marking set here, even none, is the user's choice: the first export need not ask.
    const setMarking = (marking: string) => void writeOrTell(this, () => chooseDefaultMarking(marking));
    return html`<section aria-labelledby="prefs-h">
      <h2 id="prefs-h">${t('settings.preferences')}</h2>
      <div class="grid">
        <label for="author">${t('settings.author')}</label>
        <input id="author" .value=${p.authorName} autocomplete="name" @change=${(e: Event) => set('authorName')((e.target as HTMLInputElement).value.trim())} />
        <label for="marking">${t('settings.marking')}</label>
        <div class="row">
          <input id="marking" list="marking-presets" .value=${p.defaultMarking} @change=${(e: Event) => setMarking((e.target as HTMLInputElement).value.trim())} />
          <datalist id="marking-presets">${MARKING_PRESETS.map((m) => html`<option value=${m}></option>`)}</datalist>
          <select aria-label=${t('settings.markingPresets')} @change=${(e: Event) => {
            const select = e.target as HTMLSelectElement;
            if (select.value) setMarking(select.value);
            select.value = '';
          }}>
            <option value="">${t('settings.markingPresets')}</option>
            ${MARKING_PRESETS.map((m) => html`<option value=${m}>${m}</option>`)}
          </select>
        </div>
        <label for="paper">${t('settings.paper')}</label>
        <select id="paper" @change=${(e: Event) => set('paper')((e.target as HTMLSelectElement).value as Preferences['paper'])}>
          ${(['A4', 'Letter'] as const).map((v) => html`<option value=${v} ?selected=${p.paper === v}>${t(`settings.paper.${v}`)}</option>`)}
        </select>
        <label for="theme">${t('settings.theme')}</label>
        <select id="theme" @change=${(e: Event) => set('theme')((e.target as HTMLSelectElement).value as Theme)}>
          ${THEMES.map((v) => html`<option value=${v} ?selected=${p.theme === v}>${t(`theme.${v}`)}</option>`)}
        </select>
        <label for="language">${t('settings.language')}</label>
        <select id="language" @change=${(e: Event) => set('language')((e.target as HTMLSelectElement).value as Preferences['language'])}>
          <option value="" ?selected=${p.language === ''}>${t('settings.language.system')}</option>
          ${languageChoices().map(({ value, label }) => html`<option value=${value} ?selected=${p.language === value}>${label}</option>`)}
        </select>
        <label for="text-size">${t('settings.textSize')}</label>
        <select id="text-size" @change=${(e: Event) => set('textSize')(Number((e.target as HTMLSelectElement).value))}>
          ${TEXT_SIZES.map((v) => html`<option value=${v} ?selected=${p.textSize === v}>${t('settings.textSizeValue', { size: v })}</option>`)}
        </select>
        <label for="density">${t('settings.density')}</label>
        <select id="density" @change=${(e: Event) => set('density')((e.target as HTMLSelectElement).value as Density)}>
          ${DENSITIES.map((v) => html`<option value=${v} ?selected=${p.density === v}>${t(`settings.density.${v}`)}</option>`)}
        </select>
        ${this.spellcheckMode
          ? html`<span>${t('settings.spellcheck')}</span>
              <span class="muted">${t(`settings.spellcheck.${this.spellcheckMode}`)}</span>`
          : nothing}
      </div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cy-preferences-section': PreferencesSection;
  }
}
