import { LocalDate } from '../core';
import { AttendanceCode, isAttendanceCode } from './attendance-code';
import { CODE_SET_2024_EFFECTIVE_FROM } from './code-set-2024';
import { codeSetFor } from './code-set-for';
import { LegacyCodeMapping, mapLegacyCode } from './legacy-code-mapping';
import { isLegacyAttendanceCode, LegacyAttendanceCode, legacyAttendanceCodeInfo } from './legacy-code-set';
import { CAPITA_ONE_SURROGATES, codeForSurrogate, SurrogateMap } from './mark-surrogates';

export interface CodeParsingSettings {
  /**
   * Single-character stand-ins for multi-character codes to accept (e.g. `CAPITA_ONE_SURROGATES`).
   * null: accept only the DfE spellings. Whether DfE prescribes surrogates is UNCONFIRMED (domain §16 item 6).
   */
  readonly surrogates: SurrogateMap | null;
}

export const DEFAULT_CODE_PARSING_SETTINGS: CodeParsingSettings = { surrogates: null };

export interface ParseAttendanceCodeOptions extends Partial<CodeParsingSettings> {
  /** The session date: before 19 August 2024 the pre-2024 set applies. Omitted: the 2024 set. */
  readonly on?: LocalDate;
}

export type AttendanceCodeParseFailure = 'EMPTY_CODE' | 'UNKNOWN_CODE' | 'CODE_NOT_IN_FORCE_ON_DATE';

export type ParsedAttendanceCode =
  | {
      readonly ok: true;
      readonly codeSet: 'CODE_SET_2024';
      readonly code: AttendanceCode;
      /** True when the input was a single-character surrogate for a multi-character code. */
      readonly fromSurrogate: boolean;
    }
  | {
      readonly ok: true;
      readonly codeSet: 'CODE_SET_PRE_2024';
      readonly code: LegacyAttendanceCode;
      readonly mapping: LegacyCodeMapping;
    }
  | {
      readonly ok: false;
      readonly reason: AttendanceCodeParseFailure;
      readonly message: string;
      readonly raw: string;
    };

function fail(reason: AttendanceCodeParseFailure, message: string, raw: string): ParsedAttendanceCode {
  return { ok: false, reason, message, raw };
}

function unknown2024Code(normalised: string, trimmed: string, raw: string): ParsedAttendanceCode {
  if (isLegacyAttendanceCode(normalised)) {
    const mapping = mapLegacyCode(normalised);
    return fail(
      'UNKNOWN_CODE',
      `Code "${normalised}" is not a 2024 attendance code. Before ${CODE_SET_2024_EFFECTIVE_FROM} it meant ` +
        `"${legacyAttendanceCodeInfo(normalised).meaning}". ${mapping.note}`,
      raw,
    );
  }
  if (codeForSurrogate(CAPITA_ONE_SURROGATES, trimmed)) {
    return fail(
      'UNKNOWN_CODE',
      `Code "${trimmed}" is not a 2024 attendance code. It looks like a Capita One single-character surrogate ` +
        `for ${codeForSurrogate(CAPITA_ONE_SURROGATES, trimmed)}; accept surrogates only if your system uses them.`,
      raw,
    );
  }
  return fail('UNKNOWN_CODE', `Code "${trimmed}" is not a 2024 attendance code.`, raw);
}

// domain §1.2–§1.3; SI 2024/208 reg 10: read a code typed or imported by a person or system, with a reason when it is not valid
export function parseAttendanceCode(raw: string, options: ParseAttendanceCodeOptions = {}): ParsedAttendanceCode {
  const surrogates = options.surrogates ?? DEFAULT_CODE_PARSING_SETTINGS.surrogates;
  const trimmed = raw.trim();
  if (trimmed === '') return fail('EMPTY_CODE', 'No attendance code was given.', raw);
  const normalised = trimmed.toUpperCase();

  if (options.on !== undefined && codeSetFor(options.on).id === 'CODE_SET_PRE_2024') {
    if (isLegacyAttendanceCode(normalised)) {
      return { ok: true, codeSet: 'CODE_SET_PRE_2024', code: normalised, mapping: mapLegacyCode(normalised) };
    }
    if (isAttendanceCode(normalised)) {
      return fail(
        'CODE_NOT_IN_FORCE_ON_DATE',
        `Code "${normalised}" was introduced on ${CODE_SET_2024_EFFECTIVE_FROM}, so it cannot be used for a session on ${options.on}.`,
        raw,
      );
    }
    return fail('UNKNOWN_CODE', `Code "${trimmed}" is not an attendance code used before ${CODE_SET_2024_EFFECTIVE_FROM}.`, raw);
  }

  if (isAttendanceCode(trimmed)) return { ok: true, codeSet: 'CODE_SET_2024', code: trimmed, fromSurrogate: false };
  const surrogateFor = surrogates ? codeForSurrogate(surrogates, trimmed) : undefined;
  if (surrogateFor) return { ok: true, codeSet: 'CODE_SET_2024', code: surrogateFor, fromSurrogate: true };
  if (isAttendanceCode(normalised)) {
    return { ok: true, codeSet: 'CODE_SET_2024', code: normalised, fromSurrogate: false };
  }
  return unknown2024Code(normalised, trimmed, raw);
}
