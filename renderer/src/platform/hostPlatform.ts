/** Picks the host implementation once, at start. */
import { createDesktopPlatform } from './createDesktopPlatform';
import { createWebPlatform } from './createWebPlatform';
import type { Platform } from './Platform';

export const hostPlatform: Platform = window.liaison
  ? createDesktopPlatform(window.liaison)
  : createWebPlatform();
