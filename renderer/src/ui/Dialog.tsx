/**
 * A modal dialog on the native <dialog> element, which traps focus and closes with Escape. Focus goes back
 * to where the dialog was opened from: the browser does that on close(), but not when a dialog that is
 * rendered only while open is simply removed, so this component does it in both cases.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface DialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
}

export function Dialog({ open, title, onClose, children, className }: DialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  /** The element focused before the dialog opened; null while it is closed. */
  const opener = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      // showModal() focuses the first focusable element, which is the close button in the header; the
      // field marked data-autofocus, else the first field of the body, is where the user wants to type.
      // (Not React's autoFocus: it would move focus before `opener` is read.)
      (
        dialog.querySelector<HTMLElement>('[data-autofocus]') ??
        dialog.querySelector<HTMLElement>(
          '.dialog-body input, .dialog-body select, .dialog-body textarea, .dialog-body button',
        )
      )?.focus();
    }
    if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
      restoreFocus(opener);
    }
  }, [open]);

  // Removed while open: there was no close(), and focus would fall to the page's body. (StrictMode's
  // rehearsal of an unmount leaves the element in the page, and must not move focus.)
  useEffect(() => {
    const dialog = ref.current;
    return () => {
      if (dialog && !dialog.isConnected) restoreFocus(opener);
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`dialog ${className ?? ''}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {open && (
        <>
          <header className="dialog-header">
            <h2 id={titleId}>{title}</h2>
            <button type="button" className="icon-button" aria-label={t('common.close')} onClick={onClose}>
              ×
            </button>
          </header>
          <div className="dialog-body">{children}</div>
        </>
      )}
    </dialog>
  );
}

/** Focuses the element the dialog was opened from, if it is still on the page (a deleted row's is not). */
function restoreFocus(opener: { current: HTMLElement | null }) {
  const target = opener.current;
  opener.current = null;
  if (target?.isConnected) target.focus();
}
