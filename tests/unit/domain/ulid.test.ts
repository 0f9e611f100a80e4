import { describe, expect, it } from 'vitest';
import { createUlidFactory, ULID_PATTERN } from '../../../shared/domain/ulid';

describe('ulid', () => {
  it('makes 26-character ids that sort by creation, even within one millisecond', () => {
    const ulid = createUlidFactory(() => 1_700_000_000_000);
    const ids = Array.from({ length: 1000 }, () => ulid());
    for (const id of ids) expect(id).toMatch(ULID_PATTERN);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(1000);
  });

  it('encodes the time so later ids sort after earlier ones', () => {
    let t = 1_000;
    const ulid = createUlidFactory(() => t);
    const a = ulid();
    t = 2_000;
    expect(ulid() > a).toBe(true);
  });
});
