// The shell's side of the lock: redraws it when the library locks or unlocks, locks it after the
// chosen idle time (no mouse or keyboard activity in the window) and when the host asks (the OS
// locked its screen or is suspending), and brings the reader back to the same view and scroll
// position after unlocking.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { IdleTimer } from '../../domain/lock/idle-timer.js';
import { platform } from '../../platform/index.js';
import { emit } from '../events.js';
import { t } from '../i18n/index.js';
import { onPreferencesChange, preferences } from './preferences.js';
import { lockNow, lockState, onLockChange, type LockState } from './lock-session.js';
import '../features/lock/lock-screen.js';

const ACTIVITY = ['pointermove', 'pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
/** How long a restored scroll position is held while the view below it is still loading. */
const RESTORE_FOR_MS = 5_000;

export interface LockControllerOptions {
  /** The scrolling pane of the shell, while it is shown. */
  scroller(): HTMLElement | null;
  /** Called after each unlock, before the views are drawn again (preferences that needed the key). */
  unlocked(): void;
}

export class LockController implements ReactiveController {
  private readonly idle = new IdleTimer({ now: () => Date.now(), setTimeout: (run, ms) => window.setTimeout(run, ms), clearTimeout: (h) => window.clearTimeout(h as number) }, () => void this.lock());
  private place: { hash: string; scrollTop: number } | null = null;
  private off: (() => void)[] = [];

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly options: LockControllerOptions) {
    host.addController(this);
  }

  get state(): LockState {
    return lockState();
  }

  hostConnected(): void {
    for (const type of ACTIVITY) window.addEventListener(type, this.onActivity, { capture: true, passive: true });
    this.off = [
      onLockChange((s) => this.changed(s)),
      onPreferencesChange(() => this.watchIdle()),
      platform().onLockRequest(() => void lockNow()),
      () => ACTIVITY.forEach((type) => window.removeEventListener(type, this.onActivity, { capture: true })),
    ];
    this.watchIdle();
  }

  hostDisconnected(): void {
    this.off.forEach((f) => f());
    this.idle.stop();
  }

  /** Lock now (the menu, Ctrl/Cmd+L): says so when protection is off and there is nothing to lock. */
  async lock(announce = false): Promise<void> {
    if (!(await lockNow()) && announce) emit(this.host, 'cy-toast', { kind: 'info', message: t('protection.nothingToLock') });
    this.watchIdle();
  }

  private readonly onActivity = (): void => this.idle.activity();

  private watchIdle(): void {
    if (lockState() === 'open') this.idle.watch(preferences().lockAfterMinutes * 60_000);
    else this.idle.stop();
  }

  private changed(state: LockState): void {
    // Called before the shell redraws: the pane still shows the view and where it was scrolled to.
    if (state === 'locked') this.place = { hash: location.hash, scrollTop: this.options.scroller()?.scrollTop ?? 0 };
    if (state === 'open') {
      this.options.unlocked();
      if (this.place) void this.restore(this.place);
      this.place = null;
    }
    this.watchIdle();
    this.host.requestUpdate();
  }

  /** Back to the same view, then to the same scroll position once the view has grown tall enough. */
  private async restore(place: { hash: string; scrollTop: number }): Promise<void> {
    if (location.hash !== place.hash) location.hash = place.hash;
    const until = performance.now() + RESTORE_FOR_MS;
    const step = (): void => {
      const pane = this.options.scroller();
      if (!pane || lockState() !== 'open') return;
      if (pane.scrollHeight - pane.clientHeight >= place.scrollTop) {
        pane.scrollTop = place.scrollTop;
        if (Math.abs(pane.scrollTop - place.scrollTop) <= 1) return;
      }
      if (performance.now() < until) requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  }
}
