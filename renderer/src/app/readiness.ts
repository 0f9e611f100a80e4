/**
 * The readiness signal tests wait on: `data-app-state` on <html> goes from `loading` to `ready` once the
 * database is open and the first screen has rendered, or to `failed`.
 */
export type AppState = 'loading' | 'ready' | 'failed';

export function setAppState(state: AppState): void {
  document.documentElement.dataset['appState'] = state;
}
