import { describe, expect, it } from 'vitest';
import { describeFileError } from '../../../electron/main/files/describeFileError';

const err = (code: string) => Object.assign(new Error(code), { code });

describe('describeFileError', () => {
  it.each([
    ['ENOSPC', /not enough free space/],
    ['EACCES', /no permission to write in \/media\/usb/],
    ['EROFS', /\/media\/usb is read-only/],
    ['ENOENT', /no longer exists/],
  ])('explains %s in words the user can act on', (code, expected) => {
    expect(describeFileError(err(code), '/media/usb/minutes.pdf')).toMatch(expected);
  });

  it('falls back to the original message for anything else', () => {
    expect(describeFileError(new Error('weird'), '/x')).toBe('Could not save /x: weird');
  });
});
