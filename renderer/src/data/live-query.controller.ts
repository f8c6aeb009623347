// Feeds a Lit view from IndexedDB: re-runs the query whenever the tables it read change.
import { liveQuery, type Subscription } from 'dexie';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class LiveQueryController<T> implements ReactiveController {
  value: T | undefined;
  error: unknown;
  private subscription?: Subscription;
  private deps: readonly unknown[] = [];

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly query: () => Promise<T> | T,
    /** Re-subscribe when any of these (read from the host) change. */
    private readonly dependencies: () => readonly unknown[] = () => [],
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.subscribe();
  }

  hostUpdate(): void {
    const next = this.dependencies();
    if (next.length !== this.deps.length || next.some((d, i) => d !== this.deps[i])) this.subscribe();
  }

  hostDisconnected(): void {
    this.subscription?.unsubscribe();
    this.subscription = undefined;
  }

  private subscribe(): void {
    this.subscription?.unsubscribe();
    this.deps = this.dependencies();
    this.subscription = liveQuery(this.query).subscribe({
      next: (value) => {
        this.value = value;
        this.error = undefined;
        this.host.requestUpdate();
      },
      error: (error: unknown) => {
        this.error = error;
        this.host.requestUpdate();
      },
    });
  }
}
