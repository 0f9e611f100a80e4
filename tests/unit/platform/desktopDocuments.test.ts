import { describe, expect, it } from 'vitest';
import { createDesktopPlatform } from '../../../renderer/src/platform/createDesktopPlatform';
import { fakeBridge } from '../../support/fakeBridge';

describe('the desktop platform’s documents', () => {
  it('asks main to print into the folder under the name given, and resolves with the path main really wrote', async () => {
    const { bridge, invoke } = fakeBridge(() => ({
      ok: true,
      value: { path: 'C:\\Users\\rep\\Minutes\\m (2).pdf', bytes: 8 },
    }));
    const path = await createDesktopPlatform(bridge).printDocumentInto(
      'C:\\Users\\rep\\Minutes',
      'm.pdf',
      '<p/>',
    );
    expect(path).toBe('C:\\Users\\rep\\Minutes\\m (2).pdf');
    expect(invoke.mock.calls).toEqual([
      [
        'document:print-pdf-into-folder',
        { html: '<p/>', folder: 'C:\\Users\\rep\\Minutes', fileName: 'm.pdf' },
      ],
    ]);
  });
});
