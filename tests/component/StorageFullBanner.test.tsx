/**
 * The disk-full banner, wired as the app wires it: a write transaction aborted with a quota error (made
 * here by giving a real transaction's abort the error Chromium reports) shows it, Dismiss hides it, and a
 * later write that commits clears it. The real full disk is in tests/e2e/diskFull.spec.ts.
 */
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { LiaisonDatabase } from '../../renderer/src/db/LiaisonDatabase';
import { renderApp } from './renderApp';

const BANNER = 'Not saved: the disk is full';

/** Aborts a read-write transaction the way a full disk does: its error is a QuotaExceededError. */
async function abortForLackOfSpace(db: LiaisonDatabase, errorName = 'QuotaExceededError'): Promise<void> {
  const quota = new DOMException('The quota has been exceeded.', errorName);
  await act(async () => {
    await db
      .transaction('rw', db.settings, async (tx) => {
        const native = (tx as unknown as { idbtrans: IDBTransaction }).idbtrans;
        // The engine's own abort() would set the error to null; the disk's error must win.
        Object.defineProperty(native, 'error', { get: () => quota, set: () => undefined });
        await db.settings.put({ key: 'big', value: 'x' });
        native.abort();
      })
      .catch(() => undefined);
  });
}

describe('the disk-full banner', () => {
  it('says what happened and what to do when a write is refused for lack of space', async () => {
    const { db } = await renderApp();
    expect(screen.queryByRole('alert', { name: BANNER })).not.toBeInTheDocument();
    await abortForLackOfSpace(db);
    const banner = await screen.findByRole('alert', { name: BANNER });
    expect(banner).toHaveTextContent(
      'Liaison could not save because this laptop’s disk (or the browser’s storage for Liaison) is full. Nothing saved before was lost.',
    );
    expect(banner).toHaveTextContent(
      'Free some space — for example delete large files on this laptop, or large attachments in Liaison — then try again.',
    );
  });

  it('ignores transactions aborted for other reasons', async () => {
    const { db } = await renderApp();
    await abortForLackOfSpace(db, 'ConstraintError');
    expect(screen.queryByRole('alert', { name: BANNER })).not.toBeInTheDocument();
  });

  it('stays until dismissed with the keyboard', async () => {
    const { db } = await renderApp();
    await abortForLackOfSpace(db);
    const dismiss = await screen.findByRole('button', { name: 'Dismiss' });
    const user = userEvent.setup();
    dismiss.focus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('alert', { name: BANNER })).not.toBeInTheDocument();
  });

  it('goes away once a later write is saved', async () => {
    const { db, repos } = await renderApp();
    await abortForLackOfSpace(db);
    await screen.findByRole('alert', { name: BANNER });
    await act(async () => {
      await repos.organizations.create({
        id: '01J00000000000000000000000',
        name: 'Pakpasak Technical College',
        nativeName: '',
        country: 'LA',
        kind: 'college',
        website: '',
      });
    });
    expect(screen.queryByRole('alert', { name: BANNER })).not.toBeInTheDocument();
  });

  it('speaks Simplified Chinese', async () => {
    const { db } = await renderApp({ settings: { language: 'zh-CN' } });
    await abortForLackOfSpace(db);
    const banner = await screen.findByRole('alert', { name: '未保存：磁盘已满' });
    expect(banner).toHaveTextContent('之前保存的内容均未丢失');
    expect(screen.getByRole('button', { name: '关闭' })).toBeInTheDocument();
  });

  it('also shows during first-run setup, where loading the sample is the first big write', async () => {
    const { db } = await renderApp({ setUp: false });
    await screen.findByRole('heading', { level: 1, name: 'Set up this laptop' });
    await abortForLackOfSpace(db);
    expect(await screen.findByRole('alert', { name: BANNER })).toBeInTheDocument();
  });
});
