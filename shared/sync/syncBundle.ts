/**
 * A sync bundle: changes carried on a USB stick from one laptop to another, in one file
 * (docs/sync-format.md, "Bundle files"). It is a zip of stored entries:
 *
 *   liaison-bundle.json   plain JSON: archive, bundle and device ids, and the encryption parameters
 *   manifest              sealed: the parts and blobs, with each part's SHA-256 and change count
 *   part-000001 …         sealed: batches of changes, like segments
 *   blob/<sha256>         sealed: attachment contents
 *
 * Every sealed entry is bound to `bundle/<bundleId>/<name>`, so entries cannot be swapped between
 * bundles or renamed inside one; the manifest's hashes catch a part removed or replaced.
 */
import { z } from 'zod';
import { ArchiveZipWriter } from '../formats/archive/archiveZipWriter';
import { ArchiveError } from '../formats/archive/archiveIssue';
import { ARCHIVE_LIMITS } from '../formats/archive/archiveLimits';
import { listZipEntries, readZipEntry, type ZipEntry } from '../formats/archive/zipReader';
import type { Change } from './change';
import { EncryptionParamsSchema, seal, sha256Hex, unseal } from './syncCrypto';
import { ChangeSchema, MAX_SEGMENT_CHANGES, parseSyncJson, SYNC_FORMAT_VERSION } from './syncFiles';
import { cutShort, damaged, newerVersion, tampered } from './syncFileErrors';
import { SyncTargetError } from './SyncTransport';

export const BUNDLE_FORMAT = 'liaison-sync-bundle';
export const BUNDLE_HEADER_FILE = 'liaison-bundle.json';
export const BUNDLE_EXTENSION = '.liaisonsync';
const MANIFEST = 'manifest';
const ID = /^[0-9A-Za-z_-]{10,64}$/;
const SHA256 = /^[0-9a-f]{64}$/;
const PART_NAME = /^part-[0-9]{6}$/;

export const BundleHeaderSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  version: z.number().int().min(1),
  archiveId: z.string().regex(ID),
  bundleId: z.string().regex(ID),
  deviceId: z.string().regex(/^[0-9A-Za-z_-]{1,32}$/),
  /** The writing laptop's name as its user set it. */
  deviceName: z.string().max(60).optional(),
  createdAt: z.iso.datetime(),
  /** Whether it holds the whole archive, or the changes since the previous bundle. */
  everything: z.boolean(),
  encryption: EncryptionParamsSchema.nullable(),
});
export type BundleHeader = z.infer<typeof BundleHeaderSchema>;

const ManifestSchema = z.strictObject({
  version: z.literal(SYNC_FORMAT_VERSION),
  bundleId: z.string().regex(ID),
  parts: z
    .array(
      z.strictObject({
        name: z.string().regex(PART_NAME),
        sha256: z.string().regex(SHA256),
        changes: z.number().int().min(0).max(MAX_SEGMENT_CHANGES),
      }),
    )
    .max(100_000),
  blobs: z.array(z.string().regex(SHA256)).max(100_000),
});
export type BundleManifest = z.infer<typeof ManifestSchema>;

const PartSchema = z.strictObject({ changes: z.array(ChangeSchema).max(MAX_SEGMENT_CHANGES) });

const utf8 = new TextEncoder();
const fileId = (bundleId: string, name: string) => `bundle/${bundleId}/${name}`;

export function partName(n: number): string {
  return `part-${String(n).padStart(6, '0')}`;
}

/** Writes a bundle one entry at a time, so a long export can report progress and stop between parts. */
export class BundleWriter {
  private readonly zip = new ArchiveZipWriter();
  private readonly manifest: BundleManifest;

  constructor(
    private readonly header: BundleHeader,
    private readonly key: CryptoKey | null,
  ) {
    this.zip.add(BUNDLE_HEADER_FILE, utf8.encode(`${JSON.stringify(header, null, 2)}\n`), true);
    this.manifest = { version: SYNC_FORMAT_VERSION, bundleId: header.bundleId, parts: [], blobs: [] };
  }

  async addPart(changes: Change[]): Promise<void> {
    const name = partName(this.manifest.parts.length + 1);
    const bytes = await seal(
      utf8.encode(JSON.stringify({ changes })),
      fileId(this.header.bundleId, name),
      this.key,
    );
    this.zip.add(name, bytes, false);
    this.manifest.parts.push({ name, sha256: await sha256Hex(bytes), changes: changes.length });
  }

  async addBlob(sha256: string, content: Uint8Array): Promise<void> {
    if (this.manifest.blobs.includes(sha256)) return;
    const name = `blob/${sha256}`;
    this.zip.add(
      name,
      await seal(content, fileId(this.header.bundleId, name), this.key, { compress: false }),
      false,
    );
    this.manifest.blobs.push(sha256);
  }

  async finish(): Promise<Uint8Array<ArrayBuffer>> {
    const bytes = await seal(
      utf8.encode(JSON.stringify(this.manifest)),
      fileId(this.header.bundleId, MANIFEST),
      this.key,
    );
    this.zip.add(MANIFEST, bytes, false);
    return this.zip.finish();
  }
}

function bundleDamaged(reason: string): SyncTargetError {
  return new SyncTargetError(
    'corrupt',
    `The bundle file is damaged or is not a Liaison sync bundle (${reason}); nothing from it was applied.`,
  );
}

/** Reads a bundle: the header first (to ask for a passphrase), then the manifest, parts and blobs. */
export class BundleReader {
  private readonly entries = new Map<string, ZipEntry>();
  readonly header: BundleHeader;

  constructor(private readonly bytes: Uint8Array) {
    let list: ZipEntry[];
    try {
      list = listZipEntries(bytes, ARCHIVE_LIMITS);
    } catch (error) {
      if (error instanceof ArchiveError) throw bundleDamaged(error.issues[0]!.reason);
      throw error;
    }
    for (const entry of list) this.entries.set(entry.name, entry);
    const headerBytes = this.entry(BUNDLE_HEADER_FILE, 1024 * 1024);
    if (!headerBytes) throw bundleDamaged(`it has no ${BUNDLE_HEADER_FILE}`);
    this.header = decodeBundleHeader(headerBytes);
  }

  private entry(name: string, maxBytes: number): Uint8Array | null {
    const entry = this.entries.get(name);
    if (!entry) return null;
    try {
      return readZipEntry(this.bytes, entry, maxBytes, ARCHIVE_LIMITS);
    } catch (error) {
      if (error instanceof ArchiveError) throw bundleDamaged(`${name}: ${error.issues[0]!.reason}`);
      throw error;
    }
  }

  private sealed(name: string): Uint8Array {
    const bytes = this.entry(name, 80 * 1024 * 1024);
    if (bytes === null)
      throw damaged(fileId(this.header.bundleId, name), 'the bundle lists it but does not hold it');
    return bytes;
  }

  async manifest(key: CryptoKey | null): Promise<BundleManifest> {
    const id = fileId(this.header.bundleId, MANIFEST);
    const manifest = parseSyncJson(await unseal(this.sealed(MANIFEST), id, key), id, ManifestSchema);
    if (manifest.bundleId !== this.header.bundleId) throw damaged(id, 'it belongs to another bundle');
    return manifest;
  }

  async part(entry: BundleManifest['parts'][number], key: CryptoKey | null): Promise<Change[]> {
    const id = fileId(this.header.bundleId, entry.name);
    const bytes = this.sealed(entry.name);
    if ((await sha256Hex(bytes)) !== entry.sha256)
      throw tampered(id, 'its SHA-256 differs from the manifest’s');
    const part = parseSyncJson(await unseal(bytes, id, key), id, PartSchema);
    if (part.changes.length !== entry.changes) throw cutShort(id);
    return part.changes as Change[];
  }

  hasBlob(sha256: string): boolean {
    return this.entries.has(`blob/${sha256}`);
  }

  async blob(sha256: string, key: CryptoKey | null): Promise<Uint8Array> {
    const name = `blob/${sha256}`;
    const id = fileId(this.header.bundleId, name);
    const plain = await unseal(this.sealed(name), id, key);
    if ((await sha256Hex(plain)) !== sha256) throw tampered(id, 'its content does not match its SHA-256');
    return plain;
  }
}

export function decodeBundleHeader(bytes: Uint8Array): BundleHeader {
  let peek: unknown = null;
  try {
    peek = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    // Reported below with its position.
  }
  if (peek !== null && typeof peek === 'object') {
    const { format, version } = peek as { format?: unknown; version?: unknown };
    if (format !== BUNDLE_FORMAT) throw bundleDamaged('its header is not a Liaison sync bundle header');
    if (typeof version === 'number' && version > SYNC_FORMAT_VERSION)
      throw newerVersion(BUNDLE_HEADER_FILE, version);
  }
  return parseSyncJson(bytes, BUNDLE_HEADER_FILE, BundleHeaderSchema);
}
