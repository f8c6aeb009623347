// The only reader of window.chancery in the renderer.
import type { ChanceryApi } from '../../../main/common/ipc-contract.js';
import type { Platform } from './platform.js';
import { browserPlatform } from './browser.js';
import { desktopPlatform } from './desktop.js';

declare global {
  interface Window {
    chancery?: ChanceryApi;
  }
}

let current: Platform | undefined;

export function platform(): Platform {
  current ??= window.chancery ? desktopPlatform(window.chancery) : browserPlatform();
  return current;
}

export type { Platform } from './platform.js';
