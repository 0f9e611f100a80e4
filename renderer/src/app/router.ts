/**
 * A small hash router: routes survive a reload and need no server support, which web mode served from
 * a static folder requires.
 */
import { useSyncExternalStore } from 'react';

export type Route = { name: 'home' } | { name: 'settings' };

export function parseHash(hash: string): Route {
  const path = hash.replace(/^#\/?/, '').split('?')[0] ?? '';
  switch (path) {
    case 'settings':
      return { name: 'settings' };
    default:
      return { name: 'home' };
  }
}

export function routeHref(route: Route): string {
  return route.name === 'home' ? '#/' : `#/${route.name}`;
}

export function navigate(route: Route): void {
  location.hash = routeHref(route);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => location.hash);
  return parseHash(hash);
}
