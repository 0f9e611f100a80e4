/**
 * The Platform of web mode: no native dialogs or menus, so files are downloads and app info comes from
 * the build and the browser.
 */
import { PlatformError, type Platform } from './Platform';
import { printInFrame } from './printInFrame';

export function createWebPlatform(): Platform {
  return {
    kind: 'web',
    appInfo: () =>
      Promise.resolve({
        name: 'Liaison',
        version: __APP_VERSION__,
        platform: 'web',
        arch: '',
        versions: { electron: '', chrome: chromiumVersion(), node: '' },
        paths: { userData: location.origin, logs: '' },
      }),
    setLanguage: () => Promise.resolve(),
    saveFile(file) {
      const part: BlobPart = typeof file.data === 'string' ? file.data : new Uint8Array(file.data);
      const url = URL.createObjectURL(new Blob([part], { type: file.mimeType }));
      const link = document.createElement('a');
      link.href = url;
      link.download = file.suggestedName;
      link.rel = 'noopener';
      document.body.append(link);
      link.click();
      link.remove();
      // Revoking at once can cancel the download in Chromium; give it a moment.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return Promise.resolve({ status: 'saved', location: file.suggestedName });
    },
    printAssetsBase: () => new URL('print-assets/', location.href).href,
    async printDocument(document) {
      await printInFrame(document.html);
      return { status: 'printed' };
    },
    // A browser cannot reach folders or WebDAV servers; the sync bundle file is the only target here.
    syncTargets: null,
    // Backups are written by the desktop app's main process; a browser has none, so there are none here.
    backups: null,
    chooseFolder: () => Promise.resolve(null),
    printDocumentInto: () =>
      Promise.reject(new PlatformError('Saving into a folder needs the desktop app.', 'unsupported')),
    onMenuCommand: () => () => undefined,
    // No menu: the in-page shortcut and Settings → Security lock instead (security/useLockCommand.ts).
    setLockAvailable: () => Promise.resolve(),
  };
}

function chromiumVersion(): string {
  return /Chrom(?:e|ium)\/([\d.]+)/.exec(navigator.userAgent)?.[1] ?? '';
}
