import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkFileInfo,
  checkFileText,
  formatBytes,
  MAX_FILE_BYTES,
  type FileInfo,
} from '../../src/core';

const MB = 1024 * 1024;

describe('checkFileInfo', () => {
  it.each<[FileInfo, string | null]>([
    [{ name: 'policy.json', size: 1200, type: 'application/json' }, null],
    [{ name: 'tools', size: 10, type: '' }, null],
    [{ name: 'list.txt', size: 10, type: 'text/plain' }, null],
    [{ name: 'exactly.json', size: MAX_FILE_BYTES, type: 'application/json' }, null],
    [
      { name: 'big.json', size: MAX_FILE_BYTES + 1, type: 'application/json' },
      '"big.json" is 10.0 MB; files over 10.0 MB are not read.',
    ],
    [
      { name: 'dump.json', size: 42 * MB, type: '' },
      '"dump.json" is 42.0 MB; files over 10.0 MB are not read.',
    ],
    [
      { name: 'logo.png', size: 5000, type: 'image/png' },
      '"logo.png" is not a text file (image/png); choose a JSON file.',
    ],
    [
      { name: 'policy.json.zip', size: 5000, type: '' },
      '"policy.json.zip" is not a text file; choose a JSON file.',
    ],
    [
      { name: 'export', size: 5000, type: 'application/octet-stream' },
      '"export" is not a text file (application/octet-stream); choose a JSON file.',
    ],
    [{ name: 'empty.json', size: 0, type: 'application/json' }, '"empty.json" is empty.'],
  ])('%j → %s', (file, error) => {
    expect(checkFileInfo(file)).toEqual(error === null ? { ok: true } : { ok: false, error });
  });
});

describe('checkFileText', () => {
  it.each<[string, string, string | null]>([
    ['{"version": "1"}', 'p.json', null],
    ['{"name": "caf\uFFFD"}', 'p.json', null],
    [
      'PK\u0003\u0004\u0000\u0000',
      'p.json',
      '"p.json" is not a text file (it holds binary data); choose a JSON file.',
    ],
    [
      '\uFFFD'.repeat(40) + '{}',
      'latin1.json',
      '"latin1.json" is not UTF-8 text; save it as UTF-8 (the encoding JSON uses) and try again.',
    ],
    ['  \n\t ', 'blank.json', '"blank.json" holds only white space.'],
  ])('%j in %s → %s', (text, name, error) => {
    expect(checkFileText(text, name)).toEqual(error === null ? { ok: true } : { ok: false, error });
  });

  it('accepts any text without NUL and with few replacement characters (fast-check)', () => {
    fc.assert(
      fc.property(
        fc
          .string({ unit: 'grapheme', minLength: 1 })
          .filter((s) => s.trim() !== '' && !s.includes('\u0000') && !s.includes('\uFFFD')),
        (text) => {
          expect(checkFileText(text, 'x.json')).toEqual({ ok: true });
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('formatBytes', () => {
  it.each([
    [1, '1 byte'],
    [512, '512 bytes'],
    [1536, '1.5 KB'],
    [10 * MB, '10.0 MB'],
    [10 * MB + 1, '10.0 MB'],
  ])('%d → %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});
