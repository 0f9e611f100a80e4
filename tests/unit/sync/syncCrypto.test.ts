/**
 * The sync file envelope and its encryption (docs/sync-format.md, "Envelope" and "Encryption"): round
 * trips, what a reader refuses and with which message, and fuzzing that proves unseal never returns
 * anything but the exact payload it sealed and never throws anything but a SyncTargetError. PBKDF2 is slow
 * on purpose, so the archive key is derived once for the whole file.
 */
import fc from 'fast-check';
import { gzipSync, strToU8 } from 'fflate';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  checkEncryptionParams,
  checkKey,
  concatBytes,
  createEncryption,
  ENVELOPE_VERSION,
  FLAG_COMPRESSED,
  FLAG_ENCRYPTED,
  fromBase64,
  KEY_CHECK_ID,
  MAX_PAYLOAD_BYTES,
  PBKDF2_ITERATIONS,
  seal,
  toBase64,
  unlockArchive,
  unseal,
  type EncryptionParams,
} from '../../../shared/sync/syncCrypto';
import { headPath, segmentPath } from '../../../shared/sync/syncPaths';
import { SyncTargetError, type SyncTargetErrorCode } from '../../../shared/sync/SyncTransport';
import { reliabilityLog } from '../fuzz/reliabilityLog';

const tampering = reliabilityLog(import.meta.url, 'Tampering', 'Sync segments');

const RUNS = Number(process.env.SYNC_FUZZ_RUNS ?? 1000);
/** Fuzzing time grows with the runs asked for: allow 10 ms a run (about 1 ms is usual). */
const FUZZ_TIMEOUT = 5000 + RUNS * 10;
const PASSPHRASE = 'Tianjin 2024 · ទីក្រុងធានជីន';
const SEGMENT = segmentPath('laptop-A', 1);
const TEXTS = {
  khmer: 'កិច្ចប្រជុំជាមួយក្រសួងការងារ និងបណ្តុះបណ្តាលវិជ្ជាជីវៈ៖ ការផ្លាស់ប្តូរគ្រូបង្វឹក',
  thai: 'บันทึกข้อตกลงความร่วมมือด้านการศึกษาสายอาชีพ ลงนามที่เทียนจิน',
  chinese: '天津世界职业技术教育发展大会：双边会谈纪要，后续行动三项',
  empty: '',
};

let archive: { params: EncryptionParams; key: CryptoKey };
/** An AES key of another archive: imported, not derived, because only its difference matters. */
let otherKey: CryptoKey;

beforeAll(async () => {
  archive = await createEncryption(PASSPHRASE);
  otherKey = await crypto.subtle.importKey(
    'raw',
    crypto.getRandomValues(new Uint8Array(32)),
    'AES-GCM',
    false,
    ['encrypt', 'decrypt'],
  );
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** The SyncTargetError `run` fails with; fails the test if it returns anything or throws anything else. */
async function refusal(run: () => Promise<unknown>): Promise<SyncTargetError> {
  let returned: unknown;
  try {
    returned = await run();
  } catch (error) {
    if (error instanceof SyncTargetError) return error;
    throw new Error(`expected a SyncTargetError, got ${String(error)}`, { cause: error });
  }
  throw new Error(`expected a refusal, got ${String(returned)}`);
}

async function expectRefusal(
  run: () => Promise<unknown>,
  code: SyncTargetErrorCode,
  message: RegExp,
): Promise<SyncTargetError> {
  const error = await refusal(run);
  expect({ code: error.code, message: error.message }).toEqual({
    code,
    message: expect.stringMatching(message),
  });
  return error;
}

const utf8 = (text: string) => strToU8(text);

function flipBit(bytes: Uint8Array, at: number, bit: number): Uint8Array {
  const copy = bytes.slice();
  copy[at]! ^= 1 << bit;
  return copy;
}

/**
 * An envelope around any body, with a valid SHA-256 (plain) or a valid tag under `key` (encrypted): what
 * a hostile writer who can write to a plain archive, or who holds the key, can produce.
 */
async function envelopeAround(
  body: Uint8Array,
  fileId: string,
  key: CryptoKey | null,
  compressed = true,
): Promise<Uint8Array> {
  const flags = (compressed ? FLAG_COMPRESSED : 0) | (key ? FLAG_ENCRYPTED : 0);
  const header = new Uint8Array([0x4c, 0x53, 0x59, 0x4e, ENVELOPE_VERSION, flags, 0, 0, 0, 0]);
  new DataView(header.buffer).setUint32(6, body.length + (key ? 16 : 0), false);
  const aad = concatBytes([header, utf8(fileId)]);
  if (key) {
    const nonce = crypto.getRandomValues(new Uint8Array(12));
    const sealed = await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv: nonce, additionalData: aad },
      key,
      body as Uint8Array<ArrayBuffer>,
    );
    return concatBytes([header, nonce, new Uint8Array(sealed)]);
  }
  const digest = await crypto.subtle.digest('SHA-256', concatBytes([aad, body]));
  return concatBytes([header, body, new Uint8Array(digest)]);
}

describe('sealing and unsealing', () => {
  it('returns exactly the payload it sealed, plain or encrypted, compressed or not, in any script', async () => {
    for (const [name, text] of Object.entries(TEXTS)) {
      for (const key of [null, archive.key]) {
        for (const compress of [true, false]) {
          const sealed = await seal(utf8(text), SEGMENT, key, { compress });
          const opened = await unseal(sealed, SEGMENT, key);
          expect(new TextDecoder().decode(opened), `${name}, ${key ? 'encrypted' : 'plain'}`).toBe(text);
        }
      }
    }
  });

  it('writes the documented layout: magic, version, flags, big-endian body length, nonce, body, digest', async () => {
    const payload = utf8(TEXTS.khmer);
    const plain = await seal(payload, SEGMENT, null, { compress: false });
    expect([...plain.subarray(0, 6)]).toEqual([0x4c, 0x53, 0x59, 0x4e, 1, 0]);
    expect(new DataView(plain.buffer).getUint32(6, false)).toBe(payload.length);
    expect(plain.subarray(10, 10 + payload.length)).toEqual(payload);
    expect(plain.length).toBe(10 + payload.length + 32);

    const encrypted = await seal(payload, SEGMENT, archive.key, { compress: false });
    expect([...encrypted.subarray(0, 6)]).toEqual([0x4c, 0x53, 0x59, 0x4e, 1, FLAG_ENCRYPTED]);
    expect(new DataView(encrypted.buffer).getUint32(6, false)).toBe(payload.length + 16);
    expect(encrypted.length).toBe(10 + 12 + payload.length + 16);

    const compressed = await seal(payload, SEGMENT, archive.key);
    expect(compressed[5]).toBe(FLAG_COMPRESSED | FLAG_ENCRYPTED);
  });

  it('compresses by default, so a repetitive segment is sealed much smaller than its payload', async () => {
    const payload = utf8(TEXTS.khmer.repeat(200));
    const sealed = await seal(payload, SEGMENT, archive.key);
    expect(sealed.length).toBeLessThan(payload.length / 10);
  });

  it('seals the same payload to different bytes each time it encrypts (a fresh nonce per file)', async () => {
    const payload = utf8(TEXTS.thai);
    const first = await seal(payload, SEGMENT, archive.key);
    const second = await seal(payload, SEGMENT, archive.key);
    expect(first.subarray(10, 22)).not.toEqual(second.subarray(10, 22));
    expect(first.subarray(22)).not.toEqual(second.subarray(22));
    expect(await unseal(first, SEGMENT, archive.key)).toEqual(payload);
    expect(await unseal(second, SEGMENT, archive.key)).toEqual(payload);
  });

  it('seals the same payload to the same bytes every time when it does not encrypt', async () => {
    const payload = utf8(TEXTS.chinese.repeat(20));
    expect(await seal(payload, SEGMENT, null)).toEqual(await seal(payload, SEGMENT, null));
  });

  it('refuses to seal a payload over 64 MiB, naming the file and the limit', async () => {
    await expectRefusal(
      () => seal(new Uint8Array(MAX_PAYLOAD_BYTES + 1), SEGMENT, null),
      'failed',
      /^devices\/laptop-A\/seg-000001 would hold 64 MiB, more than the 64 MiB a sync file may; nothing was written\.$/,
    );
  });
});

describe('passphrases', () => {
  it('derives the key with PBKDF2-SHA-512, 310,000 iterations and a 16-byte salt, and seals a key check', () => {
    expect(archive.params).toEqual({
      cipher: 'AES-256-GCM',
      kdf: { name: 'PBKDF2', hash: 'SHA-512', iterations: PBKDF2_ITERATIONS, salt: expect.any(String) },
      keyCheck: expect.any(String),
    });
    expect(PBKDF2_ITERATIONS).toBe(310_000);
    expect(fromBase64(archive.params.kdf.salt)).toHaveLength(16);
    expect(checkEncryptionParams(JSON.parse(JSON.stringify(archive.params)))).toEqual(archive.params);
  });

  it('unlocks the archive with its passphrase typed in another Unicode normal form', async () => {
    const decomposed = PASSPHRASE.normalize('NFD') + ' Café'.normalize('NFD');
    const created = await createEncryption(decomposed.normalize('NFC'));
    expect(decomposed).not.toBe(decomposed.normalize('NFC'));
    const key = await unlockArchive(created.params, decomposed);
    const sealed = await seal(utf8(TEXTS.khmer), SEGMENT, created.key);
    expect(new TextDecoder().decode(await unseal(sealed, SEGMENT, key))).toBe(TEXTS.khmer);
  });

  tampering.fault(
    'reports a wrong passphrase as wrong-passphrase instead of returning a key that reads garbage',
    async () => {
      await expectRefusal(
        () => unlockArchive(archive.params, PASSPHRASE + ' '),
        'wrong-passphrase',
        /^That passphrase does not open this archive\. Check it with whoever set up sync; nothing was changed\.$/,
      );
    },
  );

  it('asks for the passphrase when none is typed, without spending a key derivation on it', async () => {
    const derive = vi.spyOn(crypto.subtle, 'deriveKey');
    for (const empty of ['', '   ']) {
      await expectRefusal(
        () => unlockArchive(archive.params, empty),
        'wrong-passphrase',
        /^This archive is encrypted\. Enter its passphrase to sync with it; nothing was changed\.$/,
      );
    }
    expect(derive).not.toHaveBeenCalled();
  });

  it('refuses to create encryption without a passphrase', async () => {
    await expectRefusal(
      () => createEncryption(' \t'),
      'failed',
      /^Choose a passphrase to encrypt the archive with\.$/,
    );
  });

  it('tells a damaged key check apart from a wrong passphrase', async () => {
    const plainCheck = await seal(utf8('Liaison sync key check'), KEY_CHECK_ID, null, { compress: false });
    await expectRefusal(
      () => checkKey({ ...archive.params, keyCheck: toBase64(plainCheck) }, archive.key),
      'corrupt',
      /^The archive's passphrase check is damaged: it is not a sealed key check; nothing from it was applied\.$/,
    );
    await expectRefusal(
      () => checkKey({ ...archive.params, keyCheck: toBase64(utf8('LSYN')) }, archive.key),
      'corrupt',
      /^The archive's passphrase check is damaged: it is incomplete or malformed;/,
    );
    const otherText = await seal(utf8('something else'), KEY_CHECK_ID, archive.key, { compress: false });
    await expectRefusal(
      () => checkKey({ ...archive.params, keyCheck: toBase64(otherText) }, archive.key),
      'corrupt',
      /passphrase check is damaged: it does not hold the expected text;/,
    );
    await expectRefusal(
      () => checkKey(archive.params, otherKey),
      'wrong-passphrase',
      /does not open this archive/,
    );
  });
});

describe('hostile encryption parameters in an archive header', () => {
  const valid = () => JSON.parse(JSON.stringify(archive.params)) as Record<string, Record<string, unknown>>;
  const withKdf = (kdf: Record<string, unknown>) => ({ ...valid(), kdf: { ...valid().kdf, ...kdf } });
  const invalid = (where: string, why: string) =>
    new RegExp(
      `^The archive's encryption settings are not valid \\(${where}: ${why}\\), so Liaison will not use them; nothing was changed\\.$`,
    );
  const cases: Array<[string, () => unknown, SyncTargetErrorCode, RegExp]> = [
    [
      'too few iterations',
      () => withKdf({ iterations: 219_999 }),
      'corrupt',
      invalid(
        'kdf\\.iterations',
        'fewer than 220,000 key-derivation iterations would make the passphrase easy to guess',
      ),
    ],
    [
      'too many iterations',
      () => withKdf({ iterations: 10_000_001 }),
      'corrupt',
      invalid(
        'kdf\\.iterations',
        'more than 10,000,000 key-derivation iterations would take minutes to open',
      ),
    ],
    [
      'fractional iterations',
      () => withKdf({ iterations: 310_000.5 }),
      'corrupt',
      invalid('kdf\\.iterations', '.*int.*'),
    ],
    [
      'iterations as text',
      () => withKdf({ iterations: '310000' }),
      'corrupt',
      invalid('kdf\\.iterations', '.*number.*'),
    ],
    [
      'a salt that is not base64',
      () => withKdf({ salt: 'not base64!' }),
      'corrupt',
      invalid('kdf\\.salt', 'must be base64'),
    ],
    [
      'a salt in non-canonical base64',
      () => withKdf({ salt: 'AAAAAAAAAAAAAAAAAAAAAB==' }),
      'corrupt',
      invalid('kdf\\.salt', 'must be base64'),
    ],
    [
      'a salt of 8 bytes',
      () => withKdf({ salt: toBase64(new Uint8Array(8)) }),
      'corrupt',
      invalid('kdf\\.salt', 'must be 16 bytes of base64'),
    ],
    ['another hash', () => withKdf({ hash: 'SHA-1' }), 'corrupt', invalid('kdf\\.hash', '.*"SHA-512".*')],
    [
      'another cipher',
      () => ({ ...valid(), cipher: 'AES-128-CBC' }),
      'corrupt',
      invalid('cipher', '.*"AES-256-GCM".*'),
    ],
    [
      'an extra key',
      () => ({ ...valid(), mode: 'fast' }),
      'corrupt',
      invalid('encryption', 'Unrecognized key: "mode"'),
    ],
    [
      'an extra kdf key',
      () => withKdf({ memory: 1 }),
      'corrupt',
      invalid('kdf', 'Unrecognized key: "memory"'),
    ],
    [
      'a __proto__ key',
      () => JSON.parse(`{"__proto__":{"polluted":true},${JSON.stringify(archive.params).slice(1)}`),
      'corrupt',
      invalid('encryption', 'Unrecognized key: "__proto__"'),
    ],
    [
      'a __proto__ key in the kdf',
      () =>
        JSON.parse(JSON.stringify(archive.params).replace('"kdf":{', '"kdf":{"__proto__":{"iterations":1},')),
      'corrupt',
      invalid('kdf', 'Unrecognized key: "__proto__"'),
    ],
    [
      'no key check',
      () => ({ cipher: valid().cipher, kdf: valid().kdf }),
      'corrupt',
      invalid('keyCheck', '.*'),
    ],
    [
      'a key check too long',
      () => ({ ...valid(), keyCheck: 'A'.repeat(2000) }),
      'corrupt',
      invalid('keyCheck', '.*'),
    ],
    ['null', () => null, 'corrupt', invalid('encryption', '.*expected object.*')],
    ['an array', () => [archive.params], 'corrupt', invalid('encryption', '.*expected object.*')],
    [
      'an unknown key derivation',
      () => withKdf({ name: 'Argon2id' }),
      'failed',
      /^The archive is encrypted with a key derivation this version of Liaison does not know \(Argon2id\)\. Update Liaison to open it; nothing was changed\.$/,
    ],
    [
      'an unknown key derivation whose name hides text direction overrides',
      () => withKdf({ name: 'scrypt\u202Egnp.exe\u0007' }),
      'failed',
      /does not know \(scrypt\?gnp\.exe\?\)\./,
    ],
  ];

  it.each(cases)('refuses %s before deriving any key', async (_name, params, code, message) => {
    const derive = vi.spyOn(crypto.subtle, 'deriveKey');
    await expectRefusal(() => unlockArchive(params(), PASSPHRASE), code, message);
    expect(derive).not.toHaveBeenCalled();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it(
    'never accepts parameters outside the schema and never throws anything but SyncTargetError (fuzzed)',
    () => {
      const kdf = fc.record(
        {
          name: fc.oneof(fc.constant('PBKDF2'), fc.string()),
          hash: fc.oneof(fc.constant('SHA-512'), fc.string()),
          iterations: fc.oneof(fc.integer(), fc.double(), fc.constant(PBKDF2_ITERATIONS)),
          salt: fc.oneof(fc.constant(archive.params.kdf.salt), fc.base64String(), fc.string()),
        },
        { requiredKeys: [] },
      );
      const params = fc.oneof(
        fc.anything(),
        fc.record(
          { cipher: fc.constant('AES-256-GCM'), kdf, keyCheck: fc.base64String() },
          { requiredKeys: [] },
        ),
      );
      fc.assert(
        fc.property(params, (candidate) => {
          try {
            const checked = checkEncryptionParams(candidate);
            expect(checked.kdf.iterations).toBeGreaterThanOrEqual(220_000);
            expect(checked.kdf.iterations).toBeLessThanOrEqual(10_000_000);
            expect(fromBase64(checked.kdf.salt)).toHaveLength(16);
          } catch (error) {
            expect(error).toBeInstanceOf(SyncTargetError);
          }
        }),
        { numRuns: RUNS },
      );
    },
    FUZZ_TIMEOUT,
  );
});

describe('truncated files', () => {
  tampering.fault(
    'reports every cut of a plain or encrypted file as cut short, and returns nothing',
    async (figures) => {
      figures.runs = 0;
      for (const key of [null, archive.key]) {
        const sealed = await seal(utf8(TEXTS.khmer), SEGMENT, key);
        for (let length = 0; length < sealed.length; length++) {
          figures.runs++;
          const error = await refusal(() => unseal(sealed.subarray(0, length), SEGMENT, key));
          expect({ length, code: error.code, message: error.message }).toEqual({
            length,
            code: 'corrupt',
            message:
              'Segment devices/laptop-A/seg-000001 is cut short; it may still be uploading or copying. Sync again in a moment; nothing from it was applied.',
          });
        }
      }
    },
  );

  tampering.fault('reports a file with bytes after its end as changed', async () => {
    const sealed = await seal(utf8(TEXTS.thai), SEGMENT, archive.key);
    await expectRefusal(
      () => unseal(concatBytes([sealed, new Uint8Array(1)]), SEGMENT, archive.key),
      'corrupt',
      /^Segment devices\/laptop-A\/seg-000001 was changed or damaged after it was written \(it has bytes after its end\), so nothing from it was applied\.$/,
    );
  });
});

describe('tampered files', () => {
  const notSyncFile =
    /^Segment devices\/laptop-A\/seg-000001 is not a Liaison sync file, so nothing from it was applied\.$/;
  const newer =
    /^Segment devices\/laptop-A\/seg-000001 was written by a newer version of Liaison \(sync format \d+\)\. Update Liaison on this laptop to read it; nothing was changed\.$/;
  const failsAuthentication =
    /was changed or damaged after it was written \(it fails authentication with this archive’s key\)/;
  const hashMismatch = /was changed or damaged after it was written \(its hash does not match its content\)/;
  const lengthChanged =
    /is cut short|\(it has bytes after its end\)|is damaged: it declares .* more than a sync file may hold|is damaged: its encrypted body is too short/;

  /** [region, first byte, last byte, the expected code and message for a flipped bit]. */
  function regions(
    sealed: Uint8Array,
    encrypted: boolean,
  ): Array<[string, number, number, (bit: number) => [SyncTargetErrorCode, RegExp]]> {
    const bodyStart = encrypted ? 22 : 10;
    const bodyEnd = encrypted ? sealed.length - 16 : sealed.length - 32;
    const corrupt = (message: RegExp) => () => ['corrupt', message] as [SyncTargetErrorCode, RegExp];
    const common: Array<[string, number, number, (bit: number) => [SyncTargetErrorCode, RegExp]]> = [
      ['magic', 0, 3, corrupt(notSyncFile)],
      ['version', 4, 4, (bit) => (bit === 0 ? ['corrupt', notSyncFile] : ['failed', newer])],
      [
        'flags',
        5,
        5,
        (bit) =>
          bit === 0
            ? ['corrupt', encrypted ? failsAuthentication : hashMismatch]
            : bit === 1
              ? // Without its encrypted flag an encrypted file looks 20 bytes short of a plain one; with it, a
                // plain file looks 20 bytes too long. Either way nothing is read.
                ['corrupt', encrypted ? /is cut short/ : /\(it has bytes after its end\)/]
              : ['corrupt', /is damaged: its envelope has unknown flags; nothing from it was applied\.$/],
      ],
      ['length', 6, 9, corrupt(lengthChanged)],
      ['body', bodyStart, bodyEnd - 1, corrupt(encrypted ? failsAuthentication : hashMismatch)],
    ];
    return encrypted
      ? [
          ...common,
          ['nonce', 10, 21, corrupt(failsAuthentication)],
          ['tag', bodyEnd, sealed.length - 1, corrupt(failsAuthentication)],
        ]
      : [...common, ['digest', bodyEnd, sealed.length - 1, corrupt(hashMismatch)]];
  }

  for (const encrypted of [false, true]) {
    tampering.fault(
      `rejects a flipped bit in every region of ${encrypted ? 'an encrypted' : 'a plain'} file with the region's message`,
      async (figures) => {
        figures.runs = 0;
        const key = encrypted ? archive.key : null;
        const sealed = await seal(utf8(TEXTS.chinese), SEGMENT, key);
        figures.details.regions = regions(sealed, encrypted).length;
        for (const [region, first, last, expected] of regions(sealed, encrypted)) {
          for (const at of new Set([first, Math.floor((first + last) / 2), last])) {
            for (let bit = 0; bit < 8; bit++) {
              figures.runs++;
              const error = await refusal(() => unseal(flipBit(sealed, at, bit), SEGMENT, key));
              const [code, message] = expected(bit);
              expect({ region, at, bit, code: error.code }).toEqual({ region, at, bit, code });
              expect(error.message, `${region}, byte ${at}, bit ${bit}`).toMatch(message);
            }
          }
        }
      },
    );
  }

  it('reports a newer envelope version as needing a newer Liaison, whatever follows', async () => {
    const sealed = await seal(utf8(TEXTS.khmer), SEGMENT, archive.key);
    const future = sealed.slice();
    future[4] = ENVELOPE_VERSION + 1;
    await expectRefusal(
      () => unseal(future, SEGMENT, archive.key),
      'failed',
      /newer version of Liaison \(sync format 2\)/,
    );
    await expectRefusal(
      () => unseal(future.subarray(0, 5), SEGMENT, archive.key),
      'failed',
      /newer version of Liaison/,
    );
  });

  it('refuses a file that is not an envelope at all, such as a JSON file, naming the file', async () => {
    await expectRefusal(
      () => unseal(utf8('{"segments":[]}'), headPath('laptop-A'), null),
      'corrupt',
      /^The segment list devices\/laptop-A\/head\.json is not a Liaison sync file, so nothing from it was applied\.$/,
    );
  });
});

describe('files copied under another name', () => {
  const moves: Array<[string, string]> = [
    ['into another device’s folder', segmentPath('laptop-B', 1)],
    ['to another sequence number', segmentPath('laptop-A', 2)],
    ['as another device’s segment list', headPath('laptop-B')],
  ];

  for (const [how, elsewhere] of moves) {
    tampering.fault(
      `rejects an encrypted segment copied ${how} (the file id is authenticated data)`,
      async () => {
        const sealed = await seal(utf8(TEXTS.khmer), SEGMENT, archive.key);
        const error = await expectRefusal(
          () => unseal(sealed, elsewhere, archive.key),
          'corrupt',
          failsAuth(),
        );
        expect(error.message).toContain(elsewhere);
      },
    );

    tampering.fault(`rejects a plain segment copied ${how} (the file id is hashed with it)`, async () => {
      const sealed = await seal(utf8(TEXTS.khmer), SEGMENT, null);
      const error = await expectRefusal(
        () => unseal(sealed, elsewhere, null),
        'corrupt',
        /changed or damaged after it was written \(its hash does not match its content\)/,
      );
      expect(error.message).toContain(elsewhere);
    });
  }

  function failsAuth() {
    return /changed or damaged after it was written \(it fails authentication with this archive’s key\), so nothing from it was applied\.$/;
  }

  tampering.fault('rejects a file sealed with another archive’s key as failing authentication', async () => {
    const sealed = await seal(utf8(TEXTS.thai), SEGMENT, otherKey);
    await expectRefusal(() => unseal(sealed, SEGMENT, archive.key), 'corrupt', failsAuth());
  });
});

describe('the archive’s mode', () => {
  tampering.fault('rejects a plain file in an encrypted archive: none of its devices wrote it', async () => {
    const sealed = await seal(utf8(TEXTS.khmer), SEGMENT, null);
    await expectRefusal(
      () => unseal(sealed, SEGMENT, archive.key),
      'corrupt',
      /^Segment devices\/laptop-A\/seg-000001 is not encrypted although this archive is, so it was not written by one of its devices; nothing from it was applied\.$/,
    );
  });

  it('asks for the passphrase for an encrypted file read without a key', async () => {
    const sealed = await seal(utf8(TEXTS.khmer), SEGMENT, archive.key);
    await expectRefusal(
      () => unseal(sealed, SEGMENT, null),
      'wrong-passphrase',
      /^Segment devices\/laptop-A\/seg-000001 is encrypted\. Enter the archive's passphrase to read it; nothing was changed\.$/,
    );
  });
});

describe('sizes', () => {
  it('refuses a payload over the reader’s limit, compressed or not', async () => {
    const payload = new Uint8Array(1000).fill(1);
    await expectRefusal(
      async () => unseal(await seal(payload, SEGMENT, archive.key), SEGMENT, archive.key, { maxBytes: 999 }),
      'corrupt',
      /is damaged: it would unpack to 1,000 bytes, more than the 999 bytes a sync file may hold;/,
    );
    await expectRefusal(
      async () =>
        unseal(await seal(payload, SEGMENT, null, { compress: false }), SEGMENT, null, { maxBytes: 999 }),
      'corrupt',
      /is damaged: it holds 1,000 bytes, more than the 999 bytes allowed;/,
    );
  });

  it('refuses a gzip bomb behind a valid digest, as anyone can write into a plain archive', async () => {
    const zeros = gzipSync(new Uint8Array(1024 * 1024));
    const bomb = zeros.slice();
    new DataView(bomb.buffer).setUint32(bomb.length - 4, MAX_PAYLOAD_BYTES + 1, true);
    await expectRefusal(
      async () => unseal(await envelopeAround(bomb, SEGMENT, null), SEGMENT, null),
      'corrupt',
      /is damaged: it would unpack to 64 MiB, more than the 64 MiB a sync file may hold;/,
    );
    const liar = zeros.slice();
    new DataView(liar.buffer).setUint32(liar.length - 4, 1000, true);
    await expectRefusal(
      async () =>
        unseal(await envelopeAround(liar, SEGMENT, archive.key), SEGMENT, archive.key, {
          maxBytes: Number.NaN,
        }),
      'corrupt',
      /is damaged: it unpacks to more than the size it declares;/,
    );
  });

  it('refuses a body length over the largest a sync file may declare before reading on', async () => {
    const header = new Uint8Array([0x4c, 0x53, 0x59, 0x4e, 1, 1, 0xff, 0xff, 0xff, 0xff]);
    await expectRefusal(
      () => unseal(header, SEGMENT, null),
      'corrupt',
      /is damaged: it declares 4096 MiB, more than a sync file may hold;/,
    );
  });
});

describe('fuzzing', () => {
  const payload = fc.oneof(
    fc.uint8Array({ maxLength: 2000 }),
    fc.string({ unit: 'grapheme', maxLength: 300 }).map(utf8),
    fc.constantFrom(...Object.values(TEXTS)).map(utf8),
  );
  const mode = fc.record({ encrypted: fc.boolean(), compress: fc.boolean() });
  const keyOf = (encrypted: boolean) => (encrypted ? archive.key : null);

  it(
    'round-trips any payload exactly, plain and encrypted, compressed or not',
    async () => {
      await fc.assert(
        fc.asyncProperty(payload, mode, async (bytes, { encrypted, compress }) => {
          const sealed = await seal(bytes, SEGMENT, keyOf(encrypted), { compress });
          expect(await unseal(sealed, SEGMENT, keyOf(encrypted))).toEqual(bytes);
        }),
        { numRuns: RUNS },
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    'throws only SyncTargetError for random bytes, with or without a key',
    async () => {
      const envelopeLike = fc
        .tuple(
          fc.integer({ min: 0, max: 255 }),
          fc.integer({ min: 0, max: 3 }),
          fc.uint8Array({ maxLength: 200 }),
        )
        .map(([version, flags, rest]) =>
          concatBytes([Uint8Array.of(0x4c, 0x53, 0x59, 0x4e, version % 3, flags), rest]),
        );
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(fc.uint8Array({ maxLength: 300 }), envelopeLike),
          fc.boolean(),
          async (bytes, encrypted) => {
            await refusal(() => unseal(bytes, SEGMENT, keyOf(encrypted)));
          },
        ),
        { numRuns: RUNS },
      );
    },
    FUZZ_TIMEOUT,
  );

  type Mutation =
    | { kind: 'flip'; at: number; bit: number }
    | { kind: 'truncate'; at: number }
    | { kind: 'insert'; at: number; bytes: Uint8Array }
    | { kind: 'delete'; at: number; count: number };
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.nat(7) }),
    fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
    fc.record({
      kind: fc.constant('insert' as const),
      at: fc.nat(),
      bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }),
    }),
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 8 }) }),
  );
  function mutate(bytes: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
    let out = bytes.slice();
    for (const m of mutations) {
      const at = out.length === 0 ? 0 : m.at % (out.length + (m.kind === 'insert' ? 1 : 0));
      if (m.kind === 'flip' && out.length > 0) out[at]! ^= 1 << m.bit;
      if (m.kind === 'truncate') out = out.slice(0, at);
      if (m.kind === 'insert') out = concatBytes([out.subarray(0, at), m.bytes, out.subarray(at)]);
      if (m.kind === 'delete') out = concatBytes([out.subarray(0, at), out.subarray(at + m.count)]);
    }
    return out;
  }

  it(
    'returns the payload only for an unmodified file: any mutation throws a SyncTargetError',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          payload,
          mode,
          fc.array(mutation, { minLength: 1, maxLength: 3 }),
          async (bytes, { encrypted, compress }, mutations) => {
            const key = keyOf(encrypted);
            const sealed = await seal(bytes, SEGMENT, key, { compress });
            const mutated = mutate(sealed, mutations);
            if (Buffer.from(mutated).equals(sealed))
              expect(await unseal(mutated, SEGMENT, key)).toEqual(bytes);
            else await refusal(() => unseal(mutated, SEGMENT, key));
          },
        ),
        { numRuns: RUNS },
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    'inflates hostile compressed bodies under a valid digest or tag within the limit, or refuses them',
    async () => {
      const validGzip = gzipSync(utf8(TEXTS.khmer.repeat(12)), { mtime: 0 }); // 2,832 bytes: under the limit
      const hostileBody = fc.oneof(
        fc.constant(validGzip),
        fc.uint8Array({ maxLength: 300 }),
        fc
          .array(fc.record({ at: fc.nat(validGzip.length - 1), value: fc.nat(255) }), {
            minLength: 1,
            maxLength: 4,
          })
          .map((edits) => {
            const copy = validGzip.slice();
            for (const { at, value } of edits) copy[at] = value;
            return copy;
          }),
      );
      const maxBytes = 4096;
      await fc.assert(
        fc.asyncProperty(hostileBody, fc.boolean(), async (body, encrypted) => {
          const key = keyOf(encrypted);
          const sealed = await envelopeAround(body, SEGMENT, key);
          try {
            const opened = await unseal(sealed, SEGMENT, key, { maxBytes });
            expect(opened.length).toBeLessThanOrEqual(maxBytes);
          } catch (error) {
            expect(error).toBeInstanceOf(SyncTargetError);
            expect((error as SyncTargetError).code).toBe('corrupt');
          }
        }),
        { numRuns: RUNS },
      );
    },
    FUZZ_TIMEOUT,
  );
});
