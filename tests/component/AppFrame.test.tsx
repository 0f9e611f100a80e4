import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { MenuCommand } from '../../shared/ipc/contract';
import { fakePlatform, renderApp } from './renderApp';

describe('the app frame', () => {
  it('signals readiness once the first screen is rendered', async () => {
    await renderApp();
    expect(document.documentElement.dataset['appState']).toBe('ready');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your archive is empty' }),
    ).toBeInTheDocument();
  });

  it('names every landmark and marks the current page in the navigation', async () => {
    await renderApp();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Today' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Meetings' })).not.toHaveAttribute('aria-current');
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveAttribute('href', '#main');
  });

  it('opens settings when the native menu asks for them', async () => {
    let send: ((command: MenuCommand) => void) | undefined;
    const platform = fakePlatform({
      onMenuCommand: vi.fn((callback: (command: MenuCommand) => void) => {
        send = callback;
        return () => undefined;
      }),
    });
    await renderApp({ platform });
    await act(async () => {
      send!('open-settings');
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
  });
});
