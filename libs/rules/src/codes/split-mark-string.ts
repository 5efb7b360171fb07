import { AttendanceCode } from './attendance-code';
import { AttendanceCodeParseFailure, parseAttendanceCode } from './parse-attendance-code';
import { SurrogateMap } from './mark-surrogates';
import { isLegacyAttendanceCode, LegacyAttendanceCode } from './legacy-code-set';

export interface MarkStringSettings {
  /** Surrogates for multi-character codes (e.g. `CAPITA_ONE_SURROGATES`); null: none. UNCONFIRMED (domain §15.2). */
  readonly surrogates: SurrogateMap | null;
  /** Characters that stand for "no session / no mark" in the string (become null). UNCONFIRMED (domain §15.2). */
  readonly noMarkCharacters: readonly string[];
}

export const DEFAULT_MARK_STRING_SETTINGS: MarkStringSettings = { surrogates: null, noMarkCharacters: [] };

export interface MarkStringError {
  /** 0-based position of the session in the string. */
  readonly position: number;
  readonly character: string;
  readonly reason: AttendanceCodeParseFailure;
  readonly message: string;
}

export type SplitMarkStringResult<Code> =
  | { readonly ok: true; readonly codes: readonly (Code | null)[] }
  | { readonly ok: false; readonly codes: readonly (Code | null)[]; readonly errors: readonly MarkStringError[] };

function finish<Code>(codes: (Code | null)[], errors: MarkStringError[]): SplitMarkStringResult<Code> {
  return errors.length === 0 ? { ok: true, codes } : { ok: false, codes, errors };
}

// domain §15.2 (UNCONFIRMED) and §1.2: a CTF AttendanceMarks string has one character per session, multi-character codes as surrogates
export function splitMarkString(
  marks: string,
  options: Partial<MarkStringSettings> = {},
): SplitMarkStringResult<AttendanceCode> {
  const settings = { ...DEFAULT_MARK_STRING_SETTINGS, ...options };
  const codes: (AttendanceCode | null)[] = [];
  const errors: MarkStringError[] = [];
  Array.from(marks).forEach((character, position) => {
    if (settings.noMarkCharacters.includes(character)) {
      codes.push(null);
      return;
    }
    const parsed = parseAttendanceCode(character, { surrogates: settings.surrogates });
    if (!parsed.ok) {
      codes.push(null);
      errors.push({ position, character, reason: parsed.reason, message: `Session ${position + 1}: ${parsed.message}` });
      return;
    }
    codes.push(parsed.codeSet === 'CODE_SET_2024' ? parsed.code : null);
  });
  return finish(codes, errors);
}

// domain §1.3 and §15.2: a mark string recorded before 19 August 2024 (every pre-2024 code is one character)
export function splitLegacyMarkString(
  marks: string,
  options: Pick<Partial<MarkStringSettings>, 'noMarkCharacters'> = {},
): SplitMarkStringResult<LegacyAttendanceCode> {
  const noMark = options.noMarkCharacters ?? DEFAULT_MARK_STRING_SETTINGS.noMarkCharacters;
  const codes: (LegacyAttendanceCode | null)[] = [];
  const errors: MarkStringError[] = [];
  Array.from(marks).forEach((character, position) => {
    const code = character.toUpperCase();
    if (noMark.includes(character)) {
      codes.push(null);
    } else if (isLegacyAttendanceCode(code)) {
      codes.push(code);
    } else {
      codes.push(null);
      errors.push({
        position,
        character,
        reason: 'UNKNOWN_CODE',
        message: `Session ${position + 1}: "${character}" is not an attendance code used before 19 August 2024.`,
      });
    }
  });
  return finish(codes, errors);
}
