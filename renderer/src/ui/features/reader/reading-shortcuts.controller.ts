// The reader's keyboard: Ctrl/Cmd+F opens find; with text selected, H and 1–4 highlight, N adds a
// note, T tags, R makes a checklist item and Escape lets the selection go. It listens on the
// window so the keys work wherever focus is in the reader, but never while the user types.
import type { ReactiveControllerHost } from 'lit';
import { WindowKeysController } from '../../controllers/window-keys.controller.js';
import type { HighlightColor } from '../../../domain/types.js';
import type { SelectionController } from '../../controllers/selection.controller.js';
import { isTyping } from '../../keyboard.js';
import type { SelectionAction } from './selection-popover.js';

const SHORTCUT_COLORS: Record<string, HighlightColor> = { '1': 'yellow', '2': 'green', '3': 'blue', '4': 'pink' };

/** The action a key stands for on a selection, or null for any other key. */
export function shortcutAction(key: string): SelectionAction | null {
  const color = SHORTCUT_COLORS[key];
  return key === 'h' ? { kind: 'highlight', color: 'yellow' }
    : color ? { kind: 'highlight', color }
    : key === 'n' ? { kind: 'note' }
    : key === 't' ? { kind: 'tags' }
    : key === 'r' ? { kind: 'item' }
    : key === 'x' ? { kind: 'redact' }
    : null;
}

export interface ReadingShortcutsOptions {
  selection: SelectionController;
  /** While the text is being edited, its text box has the letters. */
  editing(): boolean;
  openFind(): void;
  act(action: SelectionAction): void;
}

export class ReadingShortcutsController extends WindowKeysController {
  constructor(host: ReactiveControllerHost, private readonly options: ReadingShortcutsOptions) {
    super(host);
  }

  protected handle(e: KeyboardEvent): void {
    const { selection, editing, openFind, act } = this.options;
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'f') {
      e.preventDefault();
      openFind();
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey || editing() || isTyping(e)) return;
    if (!selection.refresh()) return;
    const key = e.key.toLowerCase();
    const action = shortcutAction(key);
    if (key === 'escape') selection.clear();
    if (action) {
      e.preventDefault();
      act(action);
    }
  }
}
