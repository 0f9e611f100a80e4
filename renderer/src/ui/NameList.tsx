/**
 * People's names joined the UI language's way ("Li Wei, Sok Dara"; "李伟、Sok Dara"), each name in its own
 * direction so an Arabic name does not reorder the list around it.
 */
import { useTranslation } from 'react-i18next';

export function NameList({ names }: { names: readonly string[] }) {
  const { i18n } = useTranslation();
  const parts = new Intl.ListFormat(i18n.language, { type: 'conjunction', style: 'narrow' }).formatToParts(
    names,
  );
  return (
    <>
      {parts.map((part, index) =>
        part.type === 'element' ? (
          // The list is rebuilt whole on each render, so the position is a stable key.
          <span key={index} dir="auto">
            {part.value}
          </span>
        ) : (
          part.value
        ),
      )}
    </>
  );
}
