/**
 * A one-line text field for autosaved names (title, location). The repository trims these, so the saved
 * value comes back without the space just typed between two words; this field keeps showing what was
 * typed as long as it only differs from the saved value by surrounding spaces.
 */
import { useState, type ComponentProps } from 'react';
import { TextField } from '../ui/Field';

type LineFieldProps = Omit<ComponentProps<typeof TextField>, 'value' | 'onChange'> & {
  value: string;
  onChange: (value: string) => void;
};

export function LineField({ value, onChange, ...field }: LineFieldProps) {
  const [typed, setTyped] = useState(value);
  const shown = typed.trim() === value.trim() ? typed : value;
  return (
    <TextField
      {...field}
      value={shown}
      onChange={(event) => {
        setTyped(event.target.value);
        onChange(event.target.value);
      }}
    />
  );
}
