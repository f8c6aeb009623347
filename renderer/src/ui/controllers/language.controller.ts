// Redraws a component that lives outside the language-keyed main view (the header's search box,
// the import panel, dialogs) when the user switches the interface language.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onPreferencesChange } from '../app/preferences.js';
import { currentLanguage } from '../i18n/index.js';

export class LanguageController implements ReactiveController {
  private language = currentLanguage();
  private stop?: () => void;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.stop = onPreferencesChange(() => {
      if (currentLanguage() === this.language) return;
      this.language = currentLanguage();
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.stop?.();
  }
}
