import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy…/waitFor give up after 1 s by default; a loaded CI machine can take longer to open an archive
// and render a page. Failing tests still fail, only later.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  location.hash = '';
});

/**
 * jsdom lays nothing out, so every element is 0 pixels tall and a VirtualList would render no rows. Give
 * the lists a viewport, as a window would; other elements keep jsdom's 0. Tests that need another height
 * spy on this getter.
 */
export const VIRTUAL_LIST_VIEWPORT = 1000;
Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
  configurable: true,
  get(this: HTMLElement) {
    return this.dataset['testid'] === 'virtual-list' ? VIRTUAL_LIST_VIEWPORT : 0;
  },
});
