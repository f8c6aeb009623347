// App-wide keys: ? shows the shortcuts, Ctrl/Cmd+K search, +L lock a protected library, +O import (+Shift+O a folder), +P export PDF, and J and K
// step to the next and previous brief of the library's order while reading. Listening on the
// window means every view gets them, but never while the user types.
import type { ReactiveControllerHost } from 'lit';
import { WindowKeysController } from '../controllers/window-keys.controller.js';
import type { MenuCommand } from '../../platform/platform.js';
import { adjacentBrief } from '../features/library/library-order.js';
import { isTyping } from '../keyboard.js';
import { errorLog } from './error-log.js';
import { navigate, parseHash, type Route } from './routes.js';

const COMMAND_KEYS: Record<string, MenuCommand> = { k: 'search', l: 'lock', o: 'import', p: 'export-pdf' };

export interface AppKeysOptions {
  /** The view now shown. */
  view(): Route['view'];
  command(command: MenuCommand): void;
}

export class AppKeysController extends WindowKeysController {
  /**
   * J and K presses, one after another. Each steps from the address the last one set (the hash
   * changes at once; the view follows a task later), so quick presses never repeat a step.
   */
  private stepping: Promise<void> = Promise.resolve();

  constructor(host: ReactiveControllerHost, private readonly options: AppKeysOptions) {
    super(host);
  }

  protected handle(e: KeyboardEvent): void {
    if (e.key === '?' && !isTyping(e) && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      this.options.command('shortcuts');
      return;
    }
    if ((e.key === 'j' || e.key === 'k') && this.options.view() === 'brief' && !isTyping(e) && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      this.step(e.key === 'j' ? 1 : -1);
      return;
    }
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
    const key = e.key.toLowerCase();
    const command = e.shiftKey && key === 'o' ? 'import-folder' : COMMAND_KEYS[key];
    if (command) {
      e.preventDefault();
      this.options.command(command);
    }
  }

  private step(step: 1 | -1): void {
    this.stepping = this.stepping
      .then(async () => {
        const at = parseHash(window.location.hash).route;
        const id = at.view === 'brief' ? await adjacentBrief(at.id, step) : null;
        if (id) navigate({ view: 'brief', id });
      })
      .catch((error: unknown) => errorLog.record('Stepping to the next brief failed.', String(error)));
  }
}
