/**
 * What the renderer needs from its host. The desktop app implements it over the preload bridge, a plain
 * browser with web APIs; nothing else in the renderer knows which one it runs on.
 */
import type { AppInfo, MenuCommand } from '../../../shared/ipc/contract';
import type { Language } from '../../../shared/i18n/languages';

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface FileToSave {
  suggestedName: string;
  mimeType: string;
  data: string | Uint8Array<ArrayBuffer>;
  filters?: FileFilter[];
  title?: string;
}

export type SaveOutcome = { status: 'saved'; location: string } | { status: 'canceled' };

export interface Platform {
  readonly kind: 'desktop' | 'web';
  appInfo(): Promise<AppInfo>;
  /** Lets the host follow the UI language (the desktop menu does). */
  setLanguage(language: Language): Promise<void>;
  /** Asks where to save (desktop) or downloads (web), then writes the file atomically. */
  saveFile(file: FileToSave): Promise<SaveOutcome>;
  /** Commands chosen in the native menu; the web has none, so it never calls back. */
  onMenuCommand(callback: (command: MenuCommand) => void): () => void;
}

/** A host operation failed; the message is meant for the user. */
export class PlatformError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'PlatformError';
  }
}
