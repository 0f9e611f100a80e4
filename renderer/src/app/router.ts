/**
 * A small hash router: routes survive a reload and need no server support, which web mode served from
 * a static folder requires.
 */
import { useSyncExternalStore } from 'react';

export type Route =
  | { name: 'home' }
  | { name: 'today' }
  | { name: 'events' }
  | { name: 'event'; id: string }
  | { name: 'meetings' }
  | { name: 'meeting'; id: string }
  | { name: 'people' }
  | { name: 'person'; id: string }
  | { name: 'organizations' }
  | { name: 'organization'; id: string }
  | { name: 'agreements' }
  | { name: 'agreement'; id: string }
  | { name: 'followUps' }
  | { name: 'conflicts' }
  | { name: 'conflict'; id: string }
  | { name: 'sync' }
  | { name: 'exports' }
  | { name: 'settings' };

const LIST_ROUTES = {
  today: 'today',
  events: 'events',
  meetings: 'meetings',
  people: 'people',
  organizations: 'organizations',
  agreements: 'agreements',
  'follow-ups': 'followUps',
  conflicts: 'conflicts',
  sync: 'sync',
  exports: 'exports',
  settings: 'settings',
} as const;

const DETAIL_ROUTES = {
  events: 'event',
  meetings: 'meeting',
  people: 'person',
  organizations: 'organization',
  agreements: 'agreement',
  conflicts: 'conflict',
} as const;

const ID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

export function parseHash(hash: string): Route {
  const path = hash.replace(/^#\/?/, '').split('?')[0] ?? '';
  const [first = '', second] = path.split('/');
  if (second !== undefined) {
    if (Object.hasOwn(DETAIL_ROUTES, first) && ID.test(second)) {
      return { name: DETAIL_ROUTES[first as keyof typeof DETAIL_ROUTES], id: second };
    }
    return { name: 'home' };
  }
  return Object.hasOwn(LIST_ROUTES, first)
    ? { name: LIST_ROUTES[first as keyof typeof LIST_ROUTES] }
    : { name: 'home' };
}

export function routeHref(route: Route): string {
  if ('id' in route) {
    const segment = Object.entries(DETAIL_ROUTES).find(([, name]) => name === route.name)?.[0];
    return `#/${segment}/${route.id}`;
  }
  if (route.name === 'home') return '#/';
  const segment = Object.entries(LIST_ROUTES).find(([, name]) => name === route.name)?.[0];
  return `#/${segment}`;
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
