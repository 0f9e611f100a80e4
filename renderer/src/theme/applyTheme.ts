/** Applies the chosen theme to the page, following the system's light/dark preference when asked to. */
import { useEffect } from 'react';
import type { Theme } from '../../../shared/settings/appSettings';

const DARK_QUERY = '(prefers-color-scheme: dark)';

export function resolveTheme(theme: Theme, systemPrefersDark: boolean): 'light' | 'dark' {
  if (theme === 'system') return systemPrefersDark ? 'dark' : 'light';
  return theme;
}

export function applyTheme(theme: Theme): void {
  const prefersDark = window.matchMedia?.(DARK_QUERY).matches ?? false;
  const resolved = resolveTheme(theme, prefersDark);
  document.documentElement.dataset['theme'] = resolved;
  document.documentElement.style.colorScheme = resolved;
}

export function useTheme(theme: Theme): void {
  useEffect(() => {
    applyTheme(theme);
    if (theme !== 'system' || !window.matchMedia) return;
    const query = window.matchMedia(DARK_QUERY);
    const onChange = () => applyTheme(theme);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, [theme]);
}
