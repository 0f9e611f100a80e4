/** A rough strength hint for a new passphrase: length matters most against guessing offline. */
export type PassphraseStrength = 'weak' | 'fair' | 'strong';

export function passphraseStrength(passphrase: string): PassphraseStrength {
  const length = [...passphrase].length;
  const kinds = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((pattern) =>
    pattern.test(passphrase),
  ).length;
  if (length >= 16 || (length >= 12 && kinds >= 3)) return 'strong';
  if (length >= 12) return 'fair';
  return 'weak';
}
