/**
 * The saves a crash run makes through the UI, each recorded in the ledger only once the UI has confirmed
 * it: a quick-captured meeting once the status line names it with a link to its id, a minutes edit once
 * the autosave status has gone from "Saving…" to "Saved".
 */
import { expect, type Page } from '@playwright/test';
import type { ConfirmedRecords } from './confirmedRecords';

const MEETING_LINK = /#\/meetings\/([^/?]+)/;

/**
 * Waits until the app is ready — on its home page once the laptop is set up, since a crash must never
 * send it back to first-run setup — and fails the run with the start-up error's message if there is one.
 */
export async function appOpened(page: Page, setUp = true): Promise<void> {
  await expect(page.locator('html[data-app-state="ready"], html[data-app-state="failed"]')).toBeAttached();
  if ((await page.locator('html').getAttribute('data-app-state')) === 'failed')
    throw new Error(`The archive did not open: ${await page.locator('main').innerText()}`);
  if (setUp) await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}

export async function meetingIdOf(page: Page, title: string): Promise<string> {
  await page.getByRole('navigation').getByRole('link', { name: 'Meetings', exact: true }).click();
  const href = await page.getByRole('link', { name: title, exact: true }).getAttribute('href');
  const id = MEETING_LINK.exec(href ?? '')?.[1];
  if (!id) throw new Error(`No meeting link for “${title}”: ${href}`);
  return id;
}

/** Saves until the browser is killed under it: 60 % quick captures, 40 % minutes edits. */
export async function takeSaves(
  page: Page,
  label: string,
  random: () => number,
  confirmed: ConfirmedRecords,
): Promise<never> {
  for (let step = 0; ; step++) {
    const ids = [...confirmed.meetings.keys()];
    if (random() < 0.6) await quickCapture(page, `Crash partner ${label}-${step}`, confirmed);
    else await editMinutes(page, ids[Math.floor(random() * ids.length)]!, `[${label}-${step}]`, confirmed);
  }
}

async function quickCapture(page: Page, partner: string, confirmed: ConfirmedRecords): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Log a meeting' });
  await page.keyboard.press('Control+n');
  await expect(dialog.getByRole('combobox', { name: 'Counterpart organization' })).toBeFocused();
  await page.keyboard.insertText(partner);
  await expect(dialog.getByRole('option', { name: `Create “${partner}”` })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('textbox', { name: 'Title' })).toHaveValue(`Meeting with ${partner}`);
  await page.keyboard.press('Enter');
  const status = page.getByTestId('quick-capture-status');
  await expect(status).toContainText(`Meeting with ${partner}`);
  const id = MEETING_LINK.exec((await status.getByRole('link').getAttribute('href')) ?? '')?.[1];
  if (id) confirmed.meetingSaved(id, `Meeting with ${partner}`);
}

async function editMinutes(page: Page, id: string, marker: string, confirmed: ConfirmedRecords) {
  await page.evaluate((hash) => (location.hash = hash), `#/meetings/${id}`);
  const minutes = page.getByRole('textbox', { name: 'Minutes', exact: true });
  const state = page.getByTestId('meeting-save-state');
  const before = await minutes.inputValue();
  await minutes.fill(`${before} ${marker}`);
  // "Saving…" first, so the "Saved" that follows is this edit's and not the previous one's.
  await expect(state).toHaveText('Saving…');
  await expect(state).toHaveText('Saved');
  confirmed.minutesSaved(id, marker);
}
