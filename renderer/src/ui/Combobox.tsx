/**
 * An editable combobox with a listbox popup (WAI-ARIA APG pattern): type to filter, arrows to move,
 * Enter to pick, Escape to close. The caller filters the options (usually through an index), so the list
 * stays fast on a large archive. With `onCreate`, typing a name that is not there offers to create it.
 */
import { useEffect, useId, useState, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { foldText } from '../../../shared/search/foldText';

export interface ComboboxOption {
  id: string;
  label: string;
  /** A second line: native-script name, country, title… */
  detail?: string;
}

interface ComboboxProps {
  label: string;
  query: string;
  onQueryChange: (query: string) => void;
  options: readonly ComboboxOption[];
  /**
   * The query the options were found for. While it differs from `query`, a search is still running, and
   * an Enter typed meanwhile waits for its results instead of acting on the previous ones.
   */
  optionsQuery?: string;
  onSelect: (option: ComboboxOption) => void;
  onCreate?: (text: string) => void;
  error?: string | undefined;
  placeholder?: string;
  autoFocus?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  /** Hide the visible label (the accessible name stays). */
  hideLabel?: boolean;
}

type Item = { kind: 'option'; option: ComboboxOption } | { kind: 'create'; text: string };

export function Combobox({ inputRef, ...props }: ComboboxProps) {
  const { t } = useTranslation();
  const id = useId();
  const listId = `${id}-list`;
  const errorId = `${id}-error`;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [enterWaiting, setEnterWaiting] = useState(false);
  const searching = props.optionsQuery !== undefined && props.optionsQuery !== props.query;

  const text = props.query.trim();
  const exact = props.options.some(
    (o) => foldText(o.label) === foldText(text) || foldText(o.detail ?? '') === foldText(text),
  );
  const items: Item[] = props.options.map((option) => ({ kind: 'option', option }));
  // Creating comes after the matches, so a few letters and Enter still pick an existing record; with no
  // match it is the only, and so the active, choice.
  if (props.onCreate && text && !exact) items.push({ kind: 'create', text });
  const expanded = open && (items.length > 0 || text !== '');
  const activeIndex = Math.min(active, Math.max(items.length - 1, 0));

  const choose = (item: Item | undefined) => {
    setEnterWaiting(false);
    if (!item) return;
    if (item.kind === 'option') props.onSelect(item.option);
    else props.onCreate?.(item.text);
    setOpen(false);
    setActive(0);
  };

  const firstItem = items[0];
  useEffect(() => {
    // The results an early Enter was waiting for have arrived: act on them now. This reacts to an
    // asynchronous search finishing, which only an effect can observe.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (enterWaiting && !searching) choose(firstItem);
  });

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setOpen(true);
        setActive((i) => (items.length === 0 ? 0 : (i + 1) % items.length));
        break;
      case 'ArrowUp':
        event.preventDefault();
        setOpen(true);
        setActive((i) => (items.length === 0 ? 0 : (i - 1 + items.length) % items.length));
        break;
      case 'Enter':
        if (searching && text !== '') {
          event.preventDefault();
          event.stopPropagation();
          setEnterWaiting(true);
        } else if (expanded && items.length > 0) {
          event.preventDefault();
          event.stopPropagation();
          choose(items[activeIndex]);
        }
        break;
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          event.stopPropagation();
          setOpen(false);
        }
        break;
    }
  };

  const optionId = (index: number) => `${id}-opt-${index}`;
  const message = props.error
    ? props.error.startsWith('validation.')
      ? t(props.error as 'validation.invalid')
      : props.error
    : null;

  return (
    <div className="field combobox">
      <label htmlFor={id} className={props.hideLabel ? 'visually-hidden' : undefined}>
        {props.label}
      </label>
      <input
        id={id}
        ref={inputRef}
        type="text"
        role="combobox"
        dir="auto"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && items.length > 0 ? optionId(activeIndex) : undefined}
        aria-invalid={message ? true : undefined}
        aria-describedby={message ? errorId : undefined}
        value={props.query}
        placeholder={props.placeholder}
        autoFocus={props.autoFocus}
        onChange={(event) => {
          props.onQueryChange(event.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label={props.label} className="combobox-list" hidden={!expanded}>
        {items.length === 0 && text !== '' && (
          <li className="combobox-empty" aria-disabled="true">
            {t('common.noMatches')}
          </li>
        )}
        {items.map((item, index) => (
          <li
            key={item.kind === 'option' ? item.option.id : `create:${item.text}`}
            id={optionId(index)}
            role="option"
            aria-selected={index === activeIndex}
            className={index === activeIndex ? 'active' : undefined}
            // mousedown, not click: the input's blur would close the list first.
            onMouseDown={(event) => {
              event.preventDefault();
              choose(item);
            }}
          >
            {item.kind === 'option' ? (
              <>
                <span dir="auto">{item.option.label}</span>
                {item.option.detail && (
                  <span className="combobox-detail" dir="auto">
                    {item.option.detail}
                  </span>
                )}
              </>
            ) : (
              <span dir="auto">{t('common.createOption', { text: item.text })}</span>
            )}
          </li>
        ))}
      </ul>
      {message && (
        <span id={errorId} className="field-error" role="alert">
          {message}
        </span>
      )}
    </div>
  );
}
