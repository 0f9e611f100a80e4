/** A labelled passphrase input; `autoComplete` tells a password manager whether it is new or current. */
export function PassphraseField({
  label,
  value,
  onChange,
  autoComplete = 'current-password',
}: {
  label: string;
  value: string;
  onChange(value: string): void;
  autoComplete?: 'current-password' | 'new-password';
}) {
  return (
    <label>
      {label}
      <input
        type="password"
        autoComplete={autoComplete}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </label>
  );
}
