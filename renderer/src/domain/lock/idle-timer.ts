// Calls onIdle once no activity has been reported for the limit. Activity only records a time
// (a mouse move must stay cheap); the one timer, when it fires, looks at how long it has really
// been and either locks or waits out the rest. The clock is injected so tests drive it.

export interface IdleClock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export class IdleTimer {
  private lastActivity: number;
  private limitMs: number | null = null;
  private handle: unknown = null;

  constructor(private readonly clock: IdleClock, private readonly onIdle: () => void) {
    this.lastActivity = clock.now();
  }

  /** Starts (or restarts) watching with this limit; null stops watching. */
  watch(limitMs: number | null): void {
    this.stop();
    this.limitMs = limitMs;
    this.lastActivity = this.clock.now();
    if (limitMs !== null) this.arm(limitMs);
  }

  /** The person did something: the idle time counts from now. */
  activity(): void {
    this.lastActivity = this.clock.now();
  }

  stop(): void {
    if (this.handle !== null) this.clock.clearTimeout(this.handle);
    this.handle = null;
    this.limitMs = null;
  }

  private arm(ms: number): void {
    this.handle = this.clock.setTimeout(() => this.check(), ms);
  }

  private check(): void {
    this.handle = null;
    if (this.limitMs === null) return;
    const idle = this.clock.now() - this.lastActivity;
    if (idle >= this.limitMs) {
      this.limitMs = null;
      this.onIdle();
    } else {
      this.arm(this.limitMs - idle);
    }
  }
}
