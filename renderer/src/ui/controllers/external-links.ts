// Every link click in the app passes here first (left, middle, modified clicks and Enter, which
// the browser turns into a click), wherever the link is: brief bodies, notes, checklist text.
// The app's own routes go through; a web link opens only after the user confirms in the link
// dialog; anything else goes nowhere. Listening on the window in the capture phase means no
// view can forget to ask, and the view under the link never sees the click.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { linkTarget } from '../../domain/links.js';
import { platform } from '../../platform/index.js';
import type { LinkDialog } from '../components/link-dialog.js';
import { emit } from '../events.js';
import { t } from '../i18n/index.js';

/** The link an event passed through, looking inside open shadow roots. */
function linkOf(event: Event): Element | undefined {
  return event.composedPath().find((node): node is Element => node instanceof Element && node.matches('a[href], area[href]'));
}

export class ExternalLinksController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly dialog: () => LinkDialog | null,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('click', this.onActivate, true);
    window.addEventListener('auxclick', this.onActivate, true);
  }

  hostDisconnected(): void {
    window.removeEventListener('click', this.onActivate, true);
    window.removeEventListener('auxclick', this.onActivate, true);
  }

  private readonly onActivate = (event: MouseEvent): void => {
    // A right click only opens the context menu; the menu's own commands are guarded in main.
    if (event.type === 'auxclick' && event.button !== 1) return;
    const link = linkOf(event);
    if (!link) return;
    const target = linkTarget(link.getAttribute('href') ?? '', location.href);
    if (target.kind === 'in-app' && event.type === 'click' && !event.ctrlKey && !event.shiftKey && !event.metaKey) return;
    event.preventDefault();
    event.stopPropagation();
    if (target.kind === 'external') void this.confirmAndOpen(target.url, target.host);
    else if (target.kind === 'refused') emit(this.host, 'cy-toast', { kind: 'error', message: t('links.refused') });
  };

  private async confirmAndOpen(url: string, host: string): Promise<void> {
    const dialog = this.dialog();
    if (!dialog || !(await dialog.confirm(url, host))) return;
    const result = await platform().openExternal(url);
    if (!result.ok) emit(this.host, 'cy-toast', { kind: 'error', message: result.error.message });
  }
}
