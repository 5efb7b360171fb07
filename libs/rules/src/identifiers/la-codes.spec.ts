import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isRecognisedLaCode, LA_CODES, laCodeName } from './la-codes';

/** Reads the simple CSV (one header row; fields optionally in double quotes). */
function readCsv(text: string): string[][] {
  return text
    .split(/\r?\n/)
    .filter((line) => line !== '')
    .map((line) => {
      const fields: string[] = [];
      let field = '';
      let quoted = false;
      for (let i = 0; i < line.length; i++) {
        const ch = line[i];
        if (quoted && ch === '"' && line[i + 1] === '"') {
          field += '"';
          i++;
        } else if (ch === '"') {
          quoted = !quoted;
        } else if (ch === ',' && !quoted) {
          fields.push(field);
          field = '';
        } else {
          field += ch;
        }
      }
      fields.push(field);
      return fields;
    });
}

describe('LA_CODES', () => {
  it('matches la-codes.csv exactly, row for row', () => {
    const [header, ...rows] = readCsv(readFileSync(join(__dirname, 'la-codes.csv'), 'utf8'));
    expect(header).toEqual(['code', 'name']);
    expect(rows).toHaveLength(195);
    expect(LA_CODES.map((la) => [la.code, la.name])).toEqual(rows);
  });

  it('compares codes as three-character text', () => {
    expect(isRecognisedLaCode('001')).toBe(true);
    expect(isRecognisedLaCode('1')).toBe(false);
    expect(isRecognisedLaCode('801')).toBe(true);
    expect(laCodeName('801')).toBe('Bristol, City of');
  });

  it('does not recognise 000, 900, 950, 123 or 243', () => {
    for (const code of ['000', '900', '950', '123', '243']) expect(isRecognisedLaCode(code)).toBe(false);
    expect(laCodeName('900')).toBeUndefined();
  });

  it('keeps historic codes old UPNs still carry (820, 875, 909, 928, Welsh 660–681, overseas 701–708)', () => {
    for (const code of ['820', '875', '909', '928', '660', '681', '701', '708']) expect(isRecognisedLaCode(code)).toBe(true);
  });
});
