/**
 * Whether the quick-capture dialog is open, and the last meeting it logged. A store rather than component
 * state because the shortcut, the native menu and the nav button all open the same dialog.
 */
import { create } from 'zustand';

interface QuickCaptureState {
  open: boolean;
  lastLogged: { id: string; title: string } | null;
  show: () => void;
  hide: () => void;
  logged: (meeting: { id: string; title: string }) => void;
}

export const useQuickCapture = create<QuickCaptureState>()((set) => ({
  open: false,
  lastLogged: null,
  show: () => set({ open: true }),
  hide: () => set({ open: false }),
  logged: (meeting) => set({ open: false, lastLogged: meeting }),
}));

/** Ctrl+N (Cmd+N on macOS) from anywhere in the page. */
export function isQuickCaptureShortcut(event: KeyboardEvent): boolean {
  const mod = navigator.platform.startsWith('Mac') ? event.metaKey : event.ctrlKey;
  return mod && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'n';
}
