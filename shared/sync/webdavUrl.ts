/**
 * Which WebDAV addresses Liaison accepts for a sync target. Checked by the IPC contract and usable by a
 * settings form, so both give the same answer. Credentials belong in their own fields (stored with the
 * system keyring), never in the URL; queries and fragments have no meaning for a WebDAV collection.
 */
export const MAX_WEBDAV_URL_LENGTH = 2048;

/** Why `url` is not a usable WebDAV address, or null when it is. */
export function webdavUrlProblem(url: string): string | null {
  if (url.length > MAX_WEBDAV_URL_LENGTH) return 'The address is too long.';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'This is not a web address. It starts with https:// or http://.';
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    return 'The address must start with https:// or http://.';
  }
  if (parsed.username !== '' || parsed.password !== '') {
    return 'Put the user name and password in their own fields, not in the address.';
  }
  if (parsed.search !== '' || parsed.hash !== '') {
    return 'The address of a WebDAV folder has no "?" or "#" part.';
  }
  return null;
}

/** The address as Liaison stores it: normalized, with a trailing slash on the collection. */
export function normalizeWebdavUrl(url: string): string {
  const parsed = new URL(url);
  if (!parsed.pathname.endsWith('/')) parsed.pathname += '/';
  return parsed.href;
}
