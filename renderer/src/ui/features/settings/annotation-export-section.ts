// Settings › Annotations: every annotated brief's annotations saved as one file, JSON-LD or Markdown.
import { LitElement, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { listAnnotatedBriefs } from '../../../data/annotations.js';
import { t } from '../../i18n/index.js';
import { controls } from '../../styles/tokens.js';
import { saveAnnotations, type AnnotationFormat } from '../reader/annotation-export.js';
import { sectionStyles } from './settings-section.js';

@customElement('cy-annotation-export-section')
export class AnnotationExportSection extends LitElement {
  static override styles = [controls, sectionStyles];

  private async save(format: AnnotationFormat): Promise<void> {
    await saveAnnotations(this, await listAnnotatedBriefs(), format, t('settings.allAnnotationsFile'));
  }

  override render() {
    return html`<section aria-labelledby="ann-export-h">
      <h2 id="ann-export-h">${t('settings.annotations')}</h2>
      <p class="muted">${t('settings.annotationsHint')}</p>
      <div class="row">
        <button @click=${() => void this.save('jsonld')}>${t('reader.exportJsonLd')}</button>
        <button @click=${() => void this.save('md')}>${t('reader.exportMarkdown')}</button>
      </div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cy-annotation-export-section': AnnotationExportSection;
  }
}
