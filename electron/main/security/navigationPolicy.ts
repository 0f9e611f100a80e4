/**
 * What happens when the page tries to go somewhere: the app's own origins load in place, a safe
 * http(s) link goes to the system browser, and everything else is dropped.
 */
import { isUrlOnOrigins } from '../../../shared/security/appOrigin';
import { checkExternalUrl } from '../../../shared/security/checkExternalUrl';

export type NavigationDecision =
  { action: 'allow' } | { action: 'open-external'; url: string } | { action: 'deny' };

export function decideNavigation(url: string, appOrigins: readonly string[]): NavigationDecision {
  if (isUrlOnOrigins(url, appOrigins)) return { action: 'allow' };
  const verdict = checkExternalUrl(url);
  return verdict.allowed ? { action: 'open-external', url: verdict.url } : { action: 'deny' };
}

/** Permissions the page may be granted. Empty: Liaison needs no camera, microphone, location, … */
export const PERMISSION_ALLOWLIST: ReadonlySet<string> = new Set<string>();
