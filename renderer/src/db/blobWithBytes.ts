/**
 * A Blob whose bytes the field encryption middleware can still reach synchronously. A Blob's content
 * can only be read asynchronously in a window, and the middleware runs inside a transaction that an
 * await would end, so every write of attachment contents builds its Blob here, which remembers the
 * bytes it was made from.
 */
const bytesOfBlob = new WeakMap<Blob, Uint8Array>();

export function blobWithBytes(bytes: Uint8Array, type: string): Blob {
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type });
  bytesOfBlob.set(blob, bytes);
  return blob;
}

/** The bytes a Blob was made from by `blobWithBytes`, or undefined for any other Blob. */
export function knownBytesOf(blob: Blob): Uint8Array | undefined {
  return bytesOfBlob.get(blob);
}
