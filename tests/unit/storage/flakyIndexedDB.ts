/**
 * fake-indexeddb with a switch: while `failing` is set, open requests fail the way Chromium's do when it
 * cannot open the backing store (a full disk, a damaged profile). Delete requests are recorded, so tests
 * can prove nothing was wiped.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';

export function flakyIndexedDB() {
  const real = new IDBFactory();
  const state = { failing: false, deletes: [] as string[], opens: 0 };
  const indexedDB = new Proxy(real, {
    get(target, property) {
      if (property === 'deleteDatabase')
        return (name: string) => {
          state.deletes.push(name);
          return target.deleteDatabase(name);
        };
      if (property === 'open')
        return (name: string, version?: number) => {
          state.opens++;
          if (!state.failing) return target.open(name, version);
          const request = {
            error: new DOMException('Internal error opening backing store.', 'UnknownError'),
            onerror: null as ((event: unknown) => void) | null,
          } as unknown as IDBOpenDBRequest;
          setTimeout(() =>
            request.onerror?.({
              target: request,
              type: 'error',
              preventDefault: () => undefined,
              stopPropagation: () => undefined,
            } as unknown as Event),
          );
          return request;
        };
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
    },
  });
  return { state, options: { indexedDB, IDBKeyRange } };
}
