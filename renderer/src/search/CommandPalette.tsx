/**
 * The command palette (Ctrl/Cmd+K): searches meetings, people, organizations and agreements as you type,
 * in any script. Arrow keys move through the results, Enter opens one, Escape closes.
 */
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useRepos, useServices } from '../app/AppServices';
import { navigate } from '../app/router';
import { Dialog } from '../ui/Dialog';
import { describeHits, type DescribedHit } from './describeHits';

/** Results for the query they answer, so a slow answer to an old query never replaces a newer one. */
interface Results {
  query: string;
  hits: DescribedHit[];
}

export function CommandPalette({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} title={t('search.title')} onClose={onClose} className="command-palette">
      {open && <PaletteBody onClose={onClose} />}
    </Dialog>
  );
}

function PaletteBody({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { search } = useServices();
  const repos = useRepos();
  const status = useStore(search.status);
  const id = useId();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Results>({ query: '', hits: [] });
  const [active, setActive] = useState(0);

  useEffect(() => {
    const text = query.trim();
    if (!text) return;
    let current = true;
    const timer = setTimeout(() => {
      void search
        .search(text)
        .then((hits) => describeHits(repos, hits))
        .then((hits) => {
          if (current) setResults({ query: text, hits });
        });
    }, 60);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, search, repos]);

  const hits = query.trim() && results.query === query.trim() ? results.hits : [];
  const activeIndex = Math.min(active, Math.max(hits.length - 1, 0));
  const open = (hit: DescribedHit | undefined) => {
    if (!hit) return;
    onClose();
    navigate(hit.route);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (hits.length === 0 ? 0 : (i + step + hits.length) % hits.length));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      open(hits[activeIndex]);
    }
  };
  const optionId = (index: number) => `${id}-hit-${index}`;

  return (
    <div className="palette">
      <label htmlFor={id} className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        id={id}
        type="search"
        role="combobox"
        dir="auto"
        autoComplete="off"
        aria-expanded={hits.length > 0}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={hits.length > 0 ? optionId(activeIndex) : undefined}
        placeholder={t('search.placeholder')}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <p className="status-line" role="status" aria-live="polite">
        {status.state === 'indexing' && t('search.indexing', { done: status.done, total: status.total })}
        {status.state === 'failed' && t('search.failed', { message: status.message ?? '' })}
        {status.state === 'ready' &&
          query.trim() &&
          results.query === query.trim() &&
          (hits.length === 0
            ? t('search.noResults', { query: query.trim() })
            : t('search.count', { count: hits.length }))}
      </p>
      <ul id={`${id}-list`} role="listbox" aria-label={t('search.results')} className="palette-results">
        {hits.map((hit, index) => (
          <li
            key={hit.key}
            id={optionId(index)}
            role="option"
            aria-selected={index === activeIndex}
            className={index === activeIndex ? 'active' : undefined}
            onMouseDown={(event) => {
              event.preventDefault();
              open(hit);
            }}
          >
            <span className="badge">{t(`search.kind.${hit.kind}`)}</span>{' '}
            <span dir="auto" className="palette-label">
              {hit.label}
            </span>
            {hit.detail && (
              <span dir="auto" className="palette-detail">
                {hit.detail}
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
