/** Free tags as removable chips: Enter or a comma adds the typed tag; leaving the field adds it too. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldFrame } from '../ui/Field';

interface TagInputProps {
  label: string;
  hint?: string;
  tags: readonly string[];
  onChange: (tags: string[]) => void;
  error?: string | undefined;
  className?: string;
}

export function TagInput({ label, hint, tags, onChange, error, className }: TagInputProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');

  const add = (parts: string[]) => {
    const fresh = parts
      .map((p) => p.trim())
      .filter((p, i, all) => p && !tags.includes(p) && all.indexOf(p) === i);
    if (fresh.length > 0) onChange([...tags, ...fresh]);
  };

  return (
    <FieldFrame label={label} error={error} hint={hint} className={`tag-input ${className ?? ''}`}>
      {({ id, describedBy, invalid }) => (
        <>
          {tags.length > 0 && (
            <ul className="chips" aria-label={label}>
              {tags.map((tag) => (
                <li key={tag} className="chip">
                  <span dir="auto">{tag}</span>
                  <button
                    type="button"
                    className="chip-remove"
                    aria-label={t('common.remove', { name: tag })}
                    onClick={() => onChange(tags.filter((x) => x !== tag))}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
          )}
          <input
            id={id}
            type="text"
            dir="auto"
            value={text}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            onChange={(event) => {
              const parts = event.target.value.split(/[,，]/);
              const rest = parts.pop() ?? '';
              if (parts.length > 0) add(parts);
              setText(rest);
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                add([text]);
                setText('');
              }
            }}
            onBlur={() => {
              add([text]);
              setText('');
            }}
          />
        </>
      )}
    </FieldFrame>
  );
}
