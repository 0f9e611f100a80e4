/// <reference types="vite/client" />
import type { LiaisonBridge } from '../../shared/ipc/contract';

declare global {
  /** The app's version, from package.json at build time. */
  const __APP_VERSION__: string;
  interface Window {
    /** Present only inside the desktop app, where the preload exposes it. */
    liaison?: LiaisonBridge;
  }
}
