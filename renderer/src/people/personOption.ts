import type { Person } from '../../../shared/domain/entities';
import type { ComboboxOption } from '../ui/Combobox';

/** A person as a pick-list option: their name, with their native-script name and title beneath. */
export function personOption(person: Person): ComboboxOption {
  const detail = [person.nativeName, person.title].filter(Boolean).join(' · ');
  return { id: person.id, label: person.name, ...(detail ? { detail } : {}) };
}
