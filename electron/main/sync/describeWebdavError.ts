/**
 * Turns what can go wrong with a WebDAV server (HTTP statuses, network errors, timeouts) into
 * SyncTargetErrors whose messages say what happened and what to do. Never includes the password.
 */
import { SyncTargetError } from '../../../shared/sync/SyncTransport';

export type WebdavOperation = 'read' | 'write' | 'list';

export interface WebdavErrorContext {
  operation: WebdavOperation;
  /** The server's base URL as the user entered it (never with credentials). */
  url: string;
  username: string;
  /** The path inside the target ('' for the base collection). */
  path: string;
}

/** The server redirected a request; Liaison only talks to the configured URL. */
export class RedirectRefusedError extends Error {
  constructor(readonly location: string | null) {
    super(`redirect to ${location ?? 'an unnamed address'} refused`);
    this.name = 'RedirectRefusedError';
  }
}

/** The server sent a file larger than any file Liaison writes. */
export class TooLargeError extends Error {
  constructor() {
    super('file too large');
    this.name = 'TooLargeError';
  }
}

const UNTRUSTED_CERTIFICATE =
  /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER|ERR_TLS_CERT_ALTNAME_INVALID|HOSTNAME_MISMATCH/;

/** A connection that was open and then dropped (the network went away, a proxy or the server cut it). */
const BROKEN_CONNECTION = new Set([
  'ECONNRESET',
  'EPIPE',
  'ECONNABORTED',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
]);

export function webdavMissing(url: string): SyncTargetError {
  return new SyncTargetError(
    'missing',
    `The folder ${url} does not exist on the WebDAV server. Check the address in the sync settings.`,
  );
}

export function describeWebdavError(error: unknown, context: WebdavErrorContext): SyncTargetError {
  if (error instanceof SyncTargetError) return error;
  const { operation, url, username, path } = context;
  const where = path === '' ? url : `${path} on ${url}`;
  const status = (error as { status?: unknown } | null)?.status;
  if (typeof status === 'number') return describeStatus(status, context, error);
  if (error instanceof RedirectRefusedError) {
    return new SyncTargetError(
      'server',
      `The WebDAV server at ${url} sent Liaison to another address (${error.location ?? 'none given'}). Enter the final address in the sync settings.`,
      { cause: error },
    );
  }
  if (error instanceof TooLargeError) {
    return new SyncTargetError(
      'corrupt',
      `${where} is larger than any file Liaison writes. Check the WebDAV folder.`,
      { cause: error },
    );
  }
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new SyncTargetError(
      'unreachable',
      `The WebDAV server at ${url} stopped answering. Check the network connection and try again.`,
      { cause: error },
    );
  }
  const code = networkCode(error);
  if (code !== null && UNTRUSTED_CERTIFICATE.test(code)) {
    return new SyncTargetError(
      'unreachable',
      `The WebDAV server at ${url} presented a certificate this computer does not trust (${code}). Check the address, or ask the server's administrator.`,
      { cause: error },
    );
  }
  if (code !== null && BROKEN_CONNECTION.has(code)) {
    // The server was reached, so "could not reach" would send the user to check the address for nothing.
    return new SyncTargetError(
      'unreachable',
      `The connection to the WebDAV server at ${url} broke off while Liaison tried to ${operation} ${path || 'the folder'} (${code}). Nothing was lost; check the network connection and try again.`,
      { cause: error },
    );
  }
  if (code !== null || (error instanceof TypeError && error.message === 'fetch failed')) {
    return new SyncTargetError(
      'unreachable',
      `Could not reach the WebDAV server at ${url}${code ? ` (${code})` : ''}. Check the network connection and the address.`,
      { cause: error },
    );
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new SyncTargetError('failed', `Could not ${operation} ${where} as ${username}: ${detail}`, {
    cause: error,
  });
}

function describeStatus(status: number, context: WebdavErrorContext, cause: unknown): SyncTargetError {
  const { operation, url, username, path } = context;
  const where = path === '' ? url : `${path} on ${url}`;
  if (status === 401) {
    return new SyncTargetError(
      'unauthorized',
      `The WebDAV server at ${url} refused the user name or password for ${username}. Check them in the sync settings.`,
      { cause },
    );
  }
  if (status === 403 && operation === 'write') {
    return new SyncTargetError(
      'read-only',
      `The WebDAV server at ${url} does not let ${username} write there (403 Forbidden). Ask its administrator for write access or choose another folder.`,
      { cause },
    );
  }
  if (status === 403) {
    return new SyncTargetError(
      'unauthorized',
      `The WebDAV server at ${url} does not let ${username} read ${where} (403 Forbidden). Ask its administrator for access.`,
      { cause },
    );
  }
  if (status === 507) {
    return new SyncTargetError(
      'full',
      `The WebDAV server at ${url} has no space left (507 Insufficient Storage). Free some space there or ask for a larger quota.`,
      { cause },
    );
  }
  if (status === 413) {
    return new SyncTargetError(
      'server',
      `The WebDAV server at ${url} refused ${path} as too large (413). Ask its administrator to allow larger uploads.`,
      { cause },
    );
  }
  if (status >= 500) {
    return new SyncTargetError(
      'server',
      `The WebDAV server at ${url} answered with an error (${status}) while Liaison tried to ${operation} ${path || 'the folder'}. Nothing was lost; try again later.`,
      { cause },
    );
  }
  return new SyncTargetError(
    'failed',
    `The WebDAV server at ${url} refused to ${operation} ${where} (HTTP ${status}).`,
    { cause },
  );
}

/** The system error code of a failed request (undici wraps it in `cause`, sometimes twice). */
function networkCode(error: unknown): string | null {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current !== null && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}
