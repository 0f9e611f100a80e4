/** The Platform over the preload bridge of the desktop app. */
import type { IpcChannel } from '../../../shared/ipc/channelNames';
import {
  MenuCommandEvent,
  type IpcRequest,
  type IpcResponse,
  type LiaisonBridge,
} from '../../../shared/ipc/contract';
import { APP_ORIGIN } from '../../../shared/security/appOrigin';
import { IpcSyncTransport } from './IpcSyncTransport';
import { PlatformError, type BackupsApi, type Platform, type SyncTargetsApi } from './Platform';

export function createDesktopPlatform(bridge: LiaisonBridge): Platform {
  async function call<C extends IpcChannel>(channel: C, request: IpcRequest<C>): Promise<IpcResponse<C>> {
    const result = await bridge.invoke(channel, request);
    if (!result.ok) throw new PlatformError(result.error.message, result.error.code);
    return result.value;
  }

  const syncTargets: SyncTargetsApi = {
    list: () => call('sync:targets', {}),
    addFolder: (dialogTitle) => call('sync:add-folder', dialogTitle ? { title: dialogTitle } : {}),
    addWebdav: (request) => call('sync:add-webdav', request),
    remove: async (id) => {
      await call('sync:remove-target', { id });
    },
    test: (id) => call('sync:test-target', { id }),
    transport: (id) => new IpcSyncTransport(bridge, id),
  };

  const backups: BackupsApi = {
    write: (data, manifest, keep) => call('backup:write', { data, manifest, keep }),
    list: () => call('backup:list', {}),
    read: async (id) => {
      const bytes = await call('backup:read', { id });
      return new Uint8Array(bytes);
    },
    deleteClear: async () => (await call('backup:delete-clear', {})).deleted,
    onFlushRequest: (flush) =>
      bridge.on('backup:flush', () => {
        void flush()
          .catch(() => undefined)
          .then(() => call('backup:flush-done', {}))
          .catch(() => undefined);
      }),
    preserveDatabase: async () => (await call('backup:preserve-database', {})).path,
  };

  return {
    kind: 'desktop',
    syncTargets,
    backups,
    appInfo: () => call('app:info', {}),
    setLanguage: async (language) => {
      await call('app:set-language', { language });
    },
    async saveFile(file) {
      const choice = await call('dialog:save-file', {
        defaultName: file.suggestedName,
        ...(file.title ? { title: file.title } : {}),
        ...(file.filters ? { filters: file.filters } : {}),
      });
      if (choice.canceled) return { status: 'canceled' };
      const written = await call('file:write-atomic', { path: choice.path, data: file.data });
      return { status: 'saved', location: written.path };
    },
    printAssetsBase: () => `${APP_ORIGIN}/print-assets/`,
    async printDocument(document) {
      const choice = await call('dialog:save-file', {
        defaultName: document.suggestedName,
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      if (choice.canceled) return { status: 'canceled' };
      const written = await call('document:print-pdf', { html: document.html, path: choice.path });
      return { status: 'saved', location: written.path };
    },
    async chooseFolder(title) {
      const choice = await call('dialog:choose-folder', { title });
      return choice.canceled ? null : choice.path;
    },
    // Main picks a free name when this one is taken, so the path it resolves with may differ.
    async printDocumentInto(folder, fileName, html) {
      const written = await call('document:print-pdf-into-folder', { html, folder, fileName });
      return written.path;
    },
    // Checked like any input from outside the page: an unknown command is ignored.
    onMenuCommand: (callback) =>
      bridge.on('menu:command', (payload) => {
        const event = MenuCommandEvent.safeParse(payload);
        if (event.success) callback(event.data.command);
      }),
    setLockAvailable: async (available) => {
      await call('app:set-lock-available', { available });
    },
  };
}
