import { describe, expect, it } from 'vitest';
import { parseHash, routeHref, type Route } from '../../renderer/src/app/router';

const ID = '01JD0000000000000000000000';

describe('the hash router', () => {
  const routes: Route[] = [
    { name: 'home' },
    { name: 'today' },
    { name: 'events' },
    { name: 'event', id: ID },
    { name: 'meetings' },
    { name: 'meeting', id: ID },
    { name: 'people' },
    { name: 'person', id: ID },
    { name: 'organizations' },
    { name: 'organization', id: ID },
    { name: 'agreements' },
    { name: 'agreement', id: ID },
    { name: 'followUps' },
    { name: 'conflicts' },
    { name: 'conflict', id: ID },
    { name: 'sync' },
    { name: 'settings' },
  ];

  it.each(routes)('round-trips $name', (route) => {
    expect(parseHash(routeHref(route))).toEqual(route);
  });

  it.each(['#/meetings/not-an-id', '#/nowhere', '#/meetings/<script>', '#/__proto__', '#/constructor'])(
    'sends %s home',
    (hash) => {
      expect(parseHash(hash)).toEqual({ name: 'home' });
    },
  );
});
