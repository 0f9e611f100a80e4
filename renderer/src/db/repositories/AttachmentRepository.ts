/**
 * Attachments: photos of business cards, scans of signed agreements. The bytes are stored once per
 * SHA-256 in `blobs` (sync moves them as content-addressed files); the attachment record is synced.
 */
import type { Attachment } from '../../../../shared/domain/entities';
import { MAX_ATTACHMENT_BYTES } from '../../../../shared/domain/entities';
import { blobWithBytes } from '../blobWithBytes';
import { EntityRepository, type RepositoryContext } from './EntityRepository';

export class AttachmentTooLargeError extends Error {
  constructor(
    readonly fileName: string,
    readonly size: number,
  ) {
    super(`${fileName} is larger than 50 MB`);
    this.name = 'AttachmentTooLargeError';
  }
}

export async function sha256Hex(data: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await data.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export class AttachmentRepository extends EntityRepository<'attachments'> {
  constructor(ctx: RepositoryContext) {
    super(ctx, 'attachments');
  }

  async forOwner(ownerType: Attachment['ownerType'], ownerId: string): Promise<Attachment[]> {
    return this.toEntities(
      await this.table.where('[ownerType+ownerId]').equals([ownerType, ownerId]).toArray(),
    );
  }

  /** Stores a file for an owner. Refuses files over 50 MB before reading them. */
  async addFile(owner: { type: Attachment['ownerType']; id: string }, file: File): Promise<Attachment> {
    if (file.size > MAX_ATTACHMENT_BYTES) throw new AttachmentTooLargeError(file.name, file.size);
    const sha256 = await sha256Hex(file);
    const blob = blobWithBytes(new Uint8Array(await file.arrayBuffer()), file.type);
    await this.db.transaction('rw', this.db.blobs, async () => {
      if (!(await this.db.blobs.get(sha256))) await this.db.blobs.put({ sha256, data: blob });
    });
    return this.create({
      ownerType: owner.type,
      ownerId: owner.id,
      fileName: file.name || 'file',
      mimeType: file.type.slice(0, 127) || 'application/octet-stream',
      size: file.size,
      sha256,
    });
  }

  async blob(sha256: string): Promise<Blob | undefined> {
    return (await this.db.blobs.get(sha256))?.data;
  }
}
