import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { loadSampleEvent } from '../../renderer/src/sample/loadSampleEvent';
import { renderApp } from './renderApp';

async function setUp() {
  const app = await renderApp();
  await act(() => loadSampleEvent(app));
  app.search.start();
  return app;
}

describe('the command palette', () => {
  it('opens with Ctrl+K and finds a partner by a Lao substring from inside its name', async () => {
    await setUp();
    await userEvent.keyboard('{Control>}k{/Control}');
    const input = await screen.findByRole('combobox', {
      name: 'Search meetings, people, organizations and agreements',
    });
    await userEvent.type(input, 'ປ່າສັ');
    const option = await screen.findByRole('option', { name: /Organization Pakpasak Technical College/ });
    expect(option).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(location.hash).toMatch(/^#\/organizations\//));
  });

  it('finds a meeting by a Chinese word from its minutes', async () => {
    await setUp();
    await userEvent.keyboard('{Control>}k{/Control}');
    await userEvent.type(await screen.findByRole('combobox', { name: /Search meetings/ }), '教师培训');
    expect(
      await screen.findByRole('option', {
        name: /Meeting Bilateral meeting with Prek Leap National Institute of Agriculture/,
      }),
    ).toBeInTheDocument();
  });

  it('finds what was just written, and says when nothing matches', async () => {
    const { repos } = await setUp();
    const [org] = await repos.organizations.startingWith('pakpasak');
    await act(() => repos.organizations.update(org!.id, { name: 'Pakpasak Polytechnic' }));
    await userEvent.keyboard('{Control>}k{/Control}');
    const input = await screen.findByRole('combobox', { name: /Search meetings/ });
    await userEvent.type(input, 'polytechn');
    expect(
      await screen.findByRole('option', { name: /^Organization Pakpasak Polytechnic/ }),
    ).toBeInTheDocument();
    await userEvent.clear(input);
    await userEvent.type(input, 'zzzqx');
    expect(await screen.findByText('Nothing matches “zzzqx”.')).toBeInTheDocument();
  });
});
