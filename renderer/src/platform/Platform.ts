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

/** A generated document (shared/documents) to turn into a PDF. */
export interface DocumentToPrint {
  /** The full HTML, whose print assets are under `printAssetsBase()`. */
  html: string;
  /** File name offered for the PDF, e.g. "Minutes - Prek Leap.pdf". */
  suggestedName: string;
}

export type PrintOutcome = SaveOutcome | { status: 'printed' };

export interface Platform {
  readonly kind: 'desktop' | 'web';
  appInfo(): Promise<AppInfo>;
  /** Lets the host follow the UI language (the desktop menu does). */
  setLanguage(language: Language): Promise<void>;
  /** Asks where to save (desktop) or downloads (web), then writes the file atomically. */
  saveFile(file: FileToSave): Promise<SaveOutcome>;
  /** The absolute URL documents load their stylesheets and fonts from. */
  printAssetsBase(): string;
  /**
   * Turns a document into a PDF. The desktop app asks where to save it and prints it there; a browser
   * opens its print dialog, where "Save as PDF" is one of the printers.
   */
  printDocument(document: DocumentToPrint): Promise<PrintOutcome>;
  /** Desktop only: asks for a folder to save several documents into (null if canceled). */
  chooseFolder(title: string): Promise<string | null>;
  /** Desktop only: prints a document into `fileName` inside a folder chosen with chooseFolder. */
  printDocumentInto(folder: string, fileName: string, html: string): Promise<string>;
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
