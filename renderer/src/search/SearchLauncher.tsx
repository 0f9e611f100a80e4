/** Opens the command palette with Ctrl/Cmd+K, the native menu's Search item, or the navigation button. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../app/AppServices';
import { CommandPalette } from './CommandPalette';

function isSearchShortcut(event: KeyboardEvent): boolean {
  const mod = navigator.platform.startsWith('Mac') ? event.metaKey : event.ctrlKey;
  return mod && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k';
}

export function SearchLauncher() {
  const { t } = useTranslation();
  const { platform } = useServices();
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isSearchShortcut(event)) return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  useEffect(() => platform.onMenuCommand((command) => command === 'search' && setOpen(true)), [platform]);

  return (
    <>
      <button
        type="button"
        className="search-launcher"
        onClick={() => setOpen(true)}
        aria-keyshortcuts="Control+K Meta+K"
      >
        {t('search.title')} <kbd>{t('search.shortcut')}</kbd>
      </button>
      <CommandPalette open={open} onClose={() => setOpen(false)} />
    </>
  );
}
