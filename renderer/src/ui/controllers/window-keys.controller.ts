// Hears every key press in the window while its host is connected, whatever holds the focus: the
// base of the app's, the reader's and the inbox's keyboard shortcuts.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export abstract class WindowKeysController implements ReactiveController {
  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('keydown', this.onKey);
  }

  hostDisconnected(): void {
    window.removeEventListener('keydown', this.onKey);
  }

  /** What a key press does; it is called for every one, typing included. */
  protected abstract handle(e: KeyboardEvent): void;

  private readonly onKey = (e: KeyboardEvent): void => this.handle(e);
}
