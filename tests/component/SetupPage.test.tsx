import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from './renderApp';

describe('first-run setup', () => {
  it('asks a new representative for their name and the laptop name, then opens the app', async () => {
    const { settings, repos } = await renderApp({ setUp: false });
    expect(screen.getByRole('heading', { level: 1, name: 'Set up this laptop' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Start using Liaison' }));
    expect(await screen.findByText('This is required.')).toBeInTheDocument();

    await userEvent.type(screen.getByRole('textbox', { name: 'Your name (romanized)' }), 'Chen Jie');
    await userEvent.type(screen.getByRole('textbox', { name: 'Your name in your own script' }), '陈杰');
    await userEvent.type(screen.getByRole('textbox', { name: 'Name of this laptop' }), 'Chen’s laptop');
    await userEvent.click(screen.getByRole('button', { name: 'Start using Liaison' }));

    expect(await screen.findByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    const self = await repos.people.get(settings.getState().selfPersonId!);
    expect(self).toMatchObject({ name: 'Chen Jie', nativeName: '陈杰', isDelegate: true });
    expect(settings.getState().deviceName).toBe('Chen’s laptop');
  });

  it('lets the representative load the sample event and pick one of its delegates', async () => {
    const { settings } = await renderApp({ setUp: false });
    await userEvent.click(screen.getByRole('button', { name: 'Load sample event' }));
    expect(await screen.findByText(/sample conference in Tianjin is loaded/)).toBeInTheDocument();
    await userEvent.click(await screen.findByRole('radio', { name: /Wang Fang/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Start using Liaison' }));
    await waitFor(() => expect(settings.getState().selfPersonId).not.toBeNull());
    expect(settings.getState().currentEventId).not.toBeNull();
    // The app opens on its home page: the main navigation is there (the home page may also show a
    // "Meetings" figure linking to the list, so the link is looked for in the navigation only).
    const navigation = await screen.findByRole('navigation', { name: 'Main' });
    expect(within(navigation).getByRole('link', { name: 'Meetings' })).toBeInTheDocument();
  });
});
