import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TextArea } from '../../renderer/src/ui/Field';
import { NO_RESTORE_FORM_ID } from '../../renderer/src/ui/noRestoreFormId';
import html from '../../renderer/index.html?raw';

// Chromium writes the values of a page's form controls to its session files on disk unless their form
// has autocomplete off (renderer/src/ui/noRestoreFormId.ts); the canary e2e checks the disk itself.
describe('long text and the browser’s session files', () => {
  it('puts every long-text field in the form that has autocomplete off', () => {
    render(<TextArea label="Minutes" value="" onChange={() => undefined} />);
    expect(screen.getByRole('textbox', { name: 'Minutes' })).toHaveAttribute('form', NO_RESTORE_FORM_ID);
  });

  it('ships that form, empty and with autocomplete off, in the page every window loads', () => {
    const page = new DOMParser().parseFromString(html, 'text/html');
    const form = page.getElementById(NO_RESTORE_FORM_ID);
    expect(form?.tagName).toBe('FORM');
    expect(form?.getAttribute('autocomplete')).toBe('off');
    expect(form?.children).toHaveLength(0);
  });
});
