// The inbox's keyboard: J/K move, A accept, D dismiss, E edit, M merge, U or Ctrl/Cmd+Z undo.
// It listens on the window so the keys work wherever focus is, but never while the user types or
// an edit or dismissal is open.
import type { ReactiveControllerHost } from 'lit';
import { WindowKeysController } from '../../controllers/window-keys.controller.js';
import { isTyping } from '../../keyboard.js';

/** What a letter does to the current suggestion. */
export type InboxAction = 'accept' | 'dismiss' | 'edit' | 'merge';

const ACTIONS: Record<string, InboxAction> = { a: 'accept', d: 'dismiss', e: 'edit', m: 'merge' };

export interface InboxKeysOptions {
  /** An edit or a dismissal is open: its field has the keys. */
  busy(): boolean;
  undo(): void;
  move(step: number): void;
  act(action: InboxAction): void;
}

export class InboxKeysController extends WindowKeysController {
  constructor(host: ReactiveControllerHost, private readonly options: InboxKeysOptions) {
    super(host);
  }

  protected handle(e: KeyboardEvent): void {
    const { busy, undo, move, act } = this.options;
    if (isTyping(e) || e.altKey || busy()) return;
    const key = e.key.toLowerCase();
    if (e.ctrlKey || e.metaKey) {
      if (key === 'z' && !e.shiftKey) {
        e.preventDefault();
        undo();
      }
      return;
    }
    const action = ACTIONS[key];
    const run = key === 'j' ? () => move(1) : key === 'k' ? () => move(-1) : key === 'u' ? undo : action ? () => act(action) : null;
    if (!run) return;
    e.preventDefault();
    run();
  }
}
