/** The preload bridge for renderer tests: records each invoke (answered by `answer`) and lets a test push main's events. */
import { vi } from 'vitest';
import type { LiaisonBridge } from '../../shared/ipc/contract';

export function fakeBridge(answer: (channel: string) => unknown = () => ({ ok: true, value: null })) {
  const listeners = new Map<string, (payload: unknown) => void>();
  const invoke = vi.fn((channel: string, _request?: unknown) => Promise.resolve(answer(channel)));
  const bridge = {
    invoke,
    on: (event: string, callback: (payload: unknown) => void) => {
      listeners.set(event, callback);
      return () => listeners.delete(event);
    },
  } as unknown as LiaisonBridge;
  return { bridge, invoke, push: (event: string, payload: unknown = {}) => listeners.get(event)?.(payload) };
}
