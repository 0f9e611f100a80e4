/**
 * ULIDs: 26-character ids that sort by creation time and need no coordination, so every laptop can
 * create records offline without colliding. Monotonic within a millisecond on one device.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const TIME_LENGTH = 10;
const RANDOM_LENGTH = 16;

export type RandomSource = (bytes: Uint8Array<ArrayBuffer>) => Uint8Array<ArrayBuffer>;
const defaultRandom: RandomSource = (bytes) => globalThis.crypto.getRandomValues(bytes);

export const ULID_PATTERN = /^[0-9A-HJKMNP-TV-Z]{26}$/;

function encodeTime(ms: number): string {
  let out = '';
  let value = ms;
  for (let i = 0; i < TIME_LENGTH; i++) {
    out = ALPHABET[value % 32] + out;
    value = Math.floor(value / 32);
  }
  return out;
}

export function createUlidFactory(now: () => number = Date.now, random: RandomSource = defaultRandom) {
  let lastTime = -1;
  let lastRandom: number[] = [];
  return function ulid(): string {
    const time = Math.max(now(), lastTime);
    if (time === lastTime) {
      // Same millisecond: increment the random part so ids stay strictly increasing.
      for (let i = RANDOM_LENGTH - 1; i >= 0; i--) {
        if (lastRandom[i]! < 31) {
          lastRandom[i]!++;
          break;
        }
        lastRandom[i] = 0;
      }
    } else {
      const bytes = random(new Uint8Array(RANDOM_LENGTH));
      lastRandom = [...bytes].map((b) => b % 32);
      lastTime = time;
    }
    return encodeTime(time) + lastRandom.map((d) => ALPHABET[d]).join('');
  };
}

export const ulid = createUlidFactory();
