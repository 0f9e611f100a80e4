/**
 * The app's one call to shell.openExternal. It re-checks the URL itself (http or https only, no
 * credentials, no hidden characters or look-alike hosts; see shared/security/checkExternalUrl.ts) rather
 * than trusting its caller, so a file:, smb: or custom-scheme URL from a hostile note can never reach the
 * operating system's URL handlers.
 */
import { shell } from 'electron';
import { checkExternalUrl } from '../../../shared/security/checkExternalUrl';

/** Opens `url` in the system browser when it is safe; returns false (and opens nothing) otherwise. */
export function openInBrowser(url: string): boolean {
  const verdict = checkExternalUrl(url);
  if (!verdict.allowed) return false;
  // electronegativity flags every openExternal with a non-literal argument for review; this one is
  // reviewed: the argument is the URL checkExternalUrl just approved.
  void shell.openExternal(verdict.url); // eng-disable OPEN_EXTERNAL_JS_CHECK
  return true;
}
