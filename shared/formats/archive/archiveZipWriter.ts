/**
 * Builds the archive zip one entry at a time, so the exporter can report progress and stop between
 * entries. Records are deflated; attachments (mostly JPEG and PDF, already compressed) are stored.
 */
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';

const DOS_FIRST = Date.UTC(1980, 0, 2);
const DOS_LAST = Date.UTC(2099, 11, 30);

export class ArchiveZipWriter {
  private readonly chunks: Uint8Array[] = [];
  private readonly zip = new Zip((error, chunk) => {
    if (error) throw error;
    this.chunks.push(chunk);
  });
  private size = 0;

  /**
   * `modifiedAt` stamps every entry (fflate would use the clock at each add): an archive made of the same
   * records at the same moment is the same file, byte for byte.
   */
  constructor(private readonly modifiedAt: number = Date.now()) {}

  add(name: string, bytes: Uint8Array, compress: boolean): void {
    const file = compress ? new ZipDeflate(name, { level: 6 }) : new ZipPassThrough(name);
    // A zip entry's date can only say 1980–2099; a clock outside it (a test's, a wrong laptop's) is clamped.
    file.mtime = Math.min(Math.max(this.modifiedAt, DOS_FIRST), DOS_LAST);
    this.zip.add(file);
    file.push(bytes, true);
    this.size += bytes.length;
  }

  /** Bytes added so far, before compression. */
  get bytesAdded(): number {
    return this.size;
  }

  finish(): Uint8Array<ArrayBuffer> {
    this.zip.end();
    const length = this.chunks.reduce((sum, c) => sum + c.length, 0);
    const out = new Uint8Array(length);
    let at = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }
}
