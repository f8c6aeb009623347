// Keeps a component that lays rows out in script (a windowed list) in step with the density the
// user chose: CSS follows `data-density` by itself, but row positions are computed from a number.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onPreferencesChange, preferences } from '../app/preferences.js';
import { ROW_PITCH } from '../styles/tokens.js';

export class DensityController implements ReactiveController {
  private density = preferences().density;
  private stop?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onChange: () => void = () => undefined,
  ) {
    host.addController(this);
  }

  /** The list's row pitch (row plus gap) at the density in force, in px. */
  get pitch(): number {
    return ROW_PITCH[this.density];
  }

  hostConnected(): void {
    this.density = preferences().density;
    this.stop = onPreferencesChange((p) => {
      if (p.density === this.density) return;
      this.density = p.density;
      this.onChange();
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.stop?.();
  }
}
