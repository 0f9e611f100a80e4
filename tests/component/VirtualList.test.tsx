import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { Profiler } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../renderer/src/i18n/i18n';
import {
  HEADER_HEIGHT,
  VirtualList,
  type MemoryKey,
  type VirtualColumn,
} from '../../renderer/src/ui/VirtualList';
import { VIRTUAL_LIST_VIEWPORT } from './setup';

const ROW_HEIGHT = 40;
const COUNT = 100_000;

interface Row {
  id: number;
  name: string;
}

const columns: VirtualColumn[] = [
  { id: 'name', header: 'Name', width: '1fr' },
  { id: 'position', header: 'Position', width: '8rem' },
];

const renderRow = (row: Row) => [<a href={`#/rows/${row.id}`}>{row.name}</a>, <span>{row.id + 1}</span>];

/** A loader over 100,000 synthetic rows whose reads finish when the test says so. */
function deferredLoader(prefix = 'Row') {
  const pending: Array<() => void> = [];
  const loadPage = vi.fn(
    (offset: number, limit: number) =>
      new Promise<Row[]>((resolve) => {
        const rows = Array.from({ length: Math.min(limit, COUNT - offset) }, (_, i) => ({
          id: offset + i,
          name: `${prefix} ${offset + i}`,
        }));
        pending.push(() => resolve(rows));
      }),
  );
  const flush = async () => {
    await act(async () => {
      for (const done of pending.splice(0)) done();
    });
  };
  return { loadPage, flush };
}

type Size = { count: number | undefined } | { loadCount: () => Promise<number> };

async function renderList(
  loadPage: (offset: number, limit: number) => Promise<Row[]>,
  size: Size = { count: COUNT },
  memory?: MemoryKey,
) {
  const i18n = await initI18n('en');
  const ui = (load: typeof loadPage) => (
    <I18nextProvider i18n={i18n}>
      <h1 id="title">Rows</h1>
      <VirtualList
        labelledBy="title"
        columns={columns}
        {...size}
        loadPage={load}
        empty={<p>No rows yet.</p>}
        rowHeight={ROW_HEIGHT}
        renderRow={renderRow}
        memory={memory}
      />
    </I18nextProvider>
  );
  const view = render(ui(loadPage));
  return {
    ...view,
    table: () => screen.getByRole('table', { name: 'Rows' }),
    rerenderWith: (l: typeof loadPage) => view.rerender(ui(l)),
  };
}

const dataRows = (table: HTMLElement) => within(table).queryAllByTestId('virtual-row');
const rowAt = (table: HTMLElement, position: number) =>
  table.querySelector<HTMLElement>(`[role="row"][aria-rowindex="${position + 1}"]`);

describe('VirtualList', () => {
  it('renders only a window of a 100,000-row list: placeholders first, then the rows of the page read', async () => {
    const { loadPage, flush } = deferredLoader();
    const table = (await renderList(loadPage)).table();
    expect(table).toHaveAttribute('data-count', String(COUNT));
    // The header row counts as a row of the table.
    expect(table).toHaveAttribute('aria-rowcount', String(COUNT + 1));
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Name', 'Position']);

    await waitFor(() => expect(loadPage).toHaveBeenCalled());
    const placeholders = within(table).getAllByText('Loading…');
    expect(placeholders[0]!.closest('[role="row"]')).toHaveAttribute('aria-busy', 'true');
    expect(dataRows(table)).toHaveLength(0);

    await flush();
    const rows = dataRows(table);
    // 960 pixels of view below the header hold 24 rows, and a few more are rendered past the edge.
    expect(rows.length).toBeGreaterThanOrEqual(24);
    expect(rows.length).toBeLessThan(40);
    expect(within(table).queryByText('Loading…')).toBeNull();
    expect(rows[0]).toHaveAttribute('aria-rowindex', '2');
    expect(within(rows[0]!).getByRole('link', { name: 'Row 0' })).toHaveAttribute('href', '#/rows/0');
    // Only the first page was read (early, then as a live query).
    expect(new Set(loadPage.mock.calls.map((call) => call.join(',')))).toEqual(new Set(['0,50']));
  });

  it('scrolls by pages with PageDown and to the end with End, reading the pages it reaches', async () => {
    const user = userEvent.setup();
    const { loadPage, flush } = deferredLoader();
    const table = (await renderList(loadPage)).table();
    await waitFor(() => expect(loadPage).toHaveBeenCalled());
    await flush();

    table.focus();
    await user.keyboard('{PageDown}');
    // A view's height less one row, so the last row in view stays in view.
    expect(table.scrollTop).toBe(1000 - 40 - ROW_HEIGHT);
    fireEvent.scroll(table);
    await user.keyboard('{PageDown}');
    fireEvent.scroll(table);
    await waitFor(() => expect(loadPage).toHaveBeenCalledWith(50, 50));
    await flush();
    expect(within(rowAt(table, 60)!).getByRole('link', { name: 'Row 59' })).toBeInTheDocument();
    expect(rowAt(table, 1)).toBeNull();

    await user.keyboard('{End}');
    fireEvent.scroll(table);
    await waitFor(() => expect(loadPage).toHaveBeenCalledWith(99_950, 50));
    await flush();
    const last = rowAt(table, COUNT)!;
    expect(within(last).getByRole('link', { name: 'Row 99999' })).toBeInTheDocument();
    expect(last).toHaveAttribute('aria-rowindex', String(COUNT + 1));
    expect(dataRows(table).length).toBeLessThan(40);

    await user.keyboard('{Home}');
    expect(table.scrollTop).toBe(0);
    fireEvent.scroll(table);
    expect(within(rowAt(table, 1)!).getByRole('link', { name: 'Row 0' })).toBeInTheDocument();
  });

  it('keeps the focused row rendered, and focused, when it scrolls out of view', async () => {
    const user = userEvent.setup();
    const { loadPage, flush } = deferredLoader();
    const table = (await renderList(loadPage)).table();
    await waitFor(() => expect(loadPage).toHaveBeenCalled());
    await flush();

    const link = within(table).getByRole('link', { name: 'Row 2' });
    link.focus();
    await user.keyboard('{End}');
    fireEvent.scroll(table);
    await waitFor(() => expect(loadPage).toHaveBeenCalledWith(99_950, 50));
    await flush();
    expect(rowAt(table, COUNT)).not.toBeNull();
    expect(link).toBeInTheDocument();
    expect(link).toHaveFocus();
    // The rows between are not rendered.
    expect(rowAt(table, 4)).toBeNull();
  });

  it('re-reads the rows in view in place when it gets a new loader for the same list', async () => {
    const first = deferredLoader('Row');
    const { table: getTable, rerenderWith } = await renderList(first.loadPage);
    const table = getTable();
    await waitFor(() => expect(first.loadPage).toHaveBeenCalled());
    await first.flush();
    expect(within(table).getByRole('link', { name: 'Row 0' })).toBeInTheDocument();

    const second = deferredLoader('Edited');
    rerenderWith(second.loadPage);
    await waitFor(() => expect(second.loadPage).toHaveBeenCalledWith(0, 50));
    // The old rows stay until the new read arrives: no flash of placeholders.
    expect(within(table).getByRole('link', { name: 'Row 0' })).toBeInTheDocument();
    await second.flush();
    expect(within(table).getByRole('link', { name: 'Edited 0' })).toBeInTheDocument();
    expect(within(table).queryByRole('link', { name: 'Row 0' })).toBeNull();
  });

  it('opened again, shows what it showed last in its first render, and reads its rows anew after that frame', async () => {
    const memory: MemoryKey = { scope: {}, key: 'rows' };
    const first = deferredLoader('Row');
    const view = await renderList(first.loadPage, { count: COUNT }, memory);
    await waitFor(() => expect(first.loadPage).toHaveBeenCalled());
    await first.flush();
    expect(within(view.table()).getByRole('link', { name: 'Row 0' })).toBeInTheDocument();
    view.unmount();

    const second = deferredLoader('Edited');
    const again = await renderList(second.loadPage, { count: COUNT }, memory);
    // The remembered rows are there at once, before any read: nothing holds up the first frame.
    expect(within(again.table()).getByRole('link', { name: 'Row 0' })).toBeInTheDocument();
    expect(second.loadPage).not.toHaveBeenCalled();
    // A frame later the rows in view are read again, and a row changed meanwhile shows its new content.
    await waitFor(() => expect(second.loadPage).toHaveBeenCalledWith(0, 50));
    await second.flush();
    expect(within(again.table()).getByRole('link', { name: 'Edited 0' })).toBeInTheDocument();
  });

  it('opened again, renders once before its first paint, with every row in view, and the rows beyond it after', async () => {
    const memory: MemoryKey = { scope: {}, key: 'sized' };
    const first = deferredLoader('Row');
    const view = await renderList(first.loadPage, { count: COUNT }, memory);
    await waitFor(() => expect(first.loadPage).toHaveBeenCalled());
    await first.flush();
    // Once painted, the list renders a few rows beyond the edge of its view too.
    const inView = (VIRTUAL_LIST_VIEWPORT - HEADER_HEIGHT) / ROW_HEIGHT;
    await waitFor(() => expect(dataRows(view.table()).length).toBeGreaterThan(inView));
    const shownBefore = dataRows(view.table()).length;
    view.unmount();

    const commits: string[] = [];
    const i18n = await initI18n('en');
    render(
      <Profiler id="list" onRender={(_id, phase) => commits.push(phase)}>
        <I18nextProvider i18n={i18n}>
          <VirtualList
            label="Rows"
            columns={columns}
            count={COUNT}
            loadPage={deferredLoader('Edited').loadPage}
            rowHeight={ROW_HEIGHT}
            renderRow={renderRow}
            memory={memory}
          />
        </I18nextProvider>
      </Profiler>,
    );
    // Without the remembered size the virtualizer starts from an empty box, shows a few rows, measures
    // the box and renders again before the frame is painted.
    expect(commits).toEqual(['mount']);
    // The first frame holds the rows in view; those beyond its edge follow once it is painted.
    const table = screen.getByRole('table', { name: 'Rows' });
    expect(dataRows(table)).toHaveLength(inView);
    await waitFor(() => expect(dataRows(table)).toHaveLength(shownBefore));
  });

  it('renders every row of a short list', async () => {
    const { loadPage, flush } = deferredLoader();
    const table = (await renderList(loadPage, { count: 3 })).table();
    await waitFor(() => expect(loadPage).toHaveBeenCalledWith(0, 50));
    await flush();
    expect(dataRows(table).map((row) => row.textContent)).toEqual(['Row 01', 'Row 12', 'Row 23']);
  });

  it('shows the first page before the count, and counts once that page is read', async () => {
    const { loadPage, flush } = deferredLoader();
    let resolveCount: (count: number) => void = () => undefined;
    const loadCount = vi.fn(() => new Promise<number>((resolve) => (resolveCount = resolve)));
    const table = (await renderList(loadPage, { loadCount })).table();
    await waitFor(() => expect(loadPage).toHaveBeenCalled());
    expect(loadCount).not.toHaveBeenCalled();

    await flush();
    expect(within(table).getByRole('link', { name: 'Row 0' })).toBeInTheDocument();
    // The total is not known yet.
    expect(table).toHaveAttribute('aria-rowcount', '-1');
    expect(table).not.toHaveAttribute('data-count');
    await waitFor(() => expect(loadCount).toHaveBeenCalled());
    await act(async () => resolveCount(COUNT));
    expect(table).toHaveAttribute('aria-rowcount', String(COUNT + 1));
    expect(table).toHaveAttribute('data-count', String(COUNT));
  });

  it('shows its empty text when there are no rows', async () => {
    const loadPage = vi.fn(() => Promise.resolve([] as Row[]));
    await renderList(loadPage, { loadCount: () => Promise.resolve(0) });
    expect(await screen.findByText('No rows yet.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
