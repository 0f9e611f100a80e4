/**
 * The names of every IPC channel and push event, kept apart from the zod schemas so that the preload
 * script can check names at run time without bundling zod.
 */
export const IPC_CHANNELS = [
  'app:info',
  'app:set-language',
  'app:set-lock-available',
  'dialog:save-file',
  'dialog:choose-folder',
  'file:write-atomic',
  'document:print-pdf',
  'document:print-pdf-into-folder',
  'sync:targets',
  'sync:add-folder',
  'sync:add-webdav',
  'sync:remove-target',
  'sync:test-target',
  'sync:read',
  'sync:write',
  'sync:list',
  'backup:write',
  'backup:list',
  'backup:read',
  'backup:delete-clear',
  'backup:flush-done',
  'backup:preserve-database',
] as const;
export type IpcChannel = (typeof IPC_CHANNELS)[number];

export const IPC_EVENTS = ['menu:command', 'backup:flush'] as const;
export type IpcEvent = (typeof IPC_EVENTS)[number];

export function isIpcChannel(name: unknown): name is IpcChannel {
  return typeof name === 'string' && (IPC_CHANNELS as readonly string[]).includes(name);
}

export function isIpcEvent(name: unknown): name is IpcEvent {
  return typeof name === 'string' && (IPC_EVENTS as readonly string[]).includes(name);
}
