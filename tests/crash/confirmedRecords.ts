/**
 * The ledger of saves the UI confirmed, kept in the test process (outside the browser that gets killed),
 * and its check against what the relaunched browser really holds, read with raw IndexedDB in the page.
 */
import type { Page } from '@playwright/test';

export class ConfirmedRecords {
  /** Meetings whose creation the UI confirmed: id → title. */
  readonly meetings = new Map<string, string>();
  /** Markers appended to a meeting's minutes whose save the UI confirmed: meeting id → markers. */
  readonly minutes = new Map<string, string[]>();

  meetingSaved(id: string, title: string): void {
    this.meetings.set(id, title);
  }

  minutesSaved(meetingId: string, marker: string): void {
    this.minutes.set(meetingId, [...(this.minutes.get(meetingId) ?? []), marker]);
  }

  get count(): number {
    let markers = 0;
    for (const list of this.minutes.values()) markers += list.length;
    return this.meetings.size + markers;
  }

  /** What is missing from the archive the page sees: one line per lost record (empty when none). */
  async missingIn(page: Page): Promise<string[]> {
    const stored = await page.evaluate(readMeetings, [...this.meetings.keys(), ...this.minutes.keys()]);
    const missing: string[] = [];
    for (const [id, title] of this.meetings) {
      if (stored[id]?.title !== title) missing.push(`meeting ${id} “${title}”`);
    }
    for (const [id, markers] of this.minutes) {
      const text = stored[id]?.minutes ?? '';
      for (const marker of markers) if (!text.includes(marker)) missing.push(`minutes ${marker} of ${id}`);
    }
    return missing;
  }
}

/** Runs in the page: the title and minutes of each meeting asked for, straight from IndexedDB. */
function readMeetings(ids: string[]): Promise<Record<string, { title: string; minutes: string }>> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('liaison');
    request.onerror = () => reject(request.error ?? new Error('indexedDB.open failed'));
    request.onsuccess = () => {
      const db = request.result;
      const store = db.transaction('meetings', 'readonly').objectStore('meetings');
      const found: Record<string, { title: string; minutes: string }> = {};
      let left = ids.length;
      if (left === 0) {
        db.close();
        resolve(found);
      }
      for (const id of ids) {
        const get = store.get(id);
        get.onsuccess = () => {
          const row = get.result as { title: string; minutes: string } | undefined;
          if (row) found[id] = { title: row.title, minutes: row.minutes };
          if (--left === 0) {
            db.close();
            resolve(found);
          }
        };
        get.onerror = () => reject(get.error ?? new Error(`reading meeting ${id} failed`));
      }
    };
  });
}
