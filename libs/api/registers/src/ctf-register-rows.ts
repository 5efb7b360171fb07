import {
  CODE_SET_2024_EFFECTIVE_FROM,
  LocalDate,
  MarkStringError,
  Session,
  addDays,
  isLocalDate,
  isWeekend,
  splitLegacyMarkString,
  splitMarkString,
} from '@rollcall/rules';
import { Transform, TransformCallback } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { SaxesParser, SaxesTagPlain } from 'saxes';
import { ProblemCollector } from './import-problem';
import { ImportStopped } from './import-stopped';
import { MarkRowChecker } from './mark-row-checker';
import { SchoolSessions } from './school-sessions';
import { CopyTextBuffer, StagingStats } from './staging-table';

/** A pupil as the CTF describes them, with what the file says about their time at the importing school. */
export interface CtfPupil {
  /** Position in the file, from 1. */
  readonly row: number;
  readonly upn: string;
  /** Set when the UPN passed the DfE checks (normalised). */
  readonly validUpn?: string;
  readonly surname: string;
  readonly forename: string;
  readonly dateOfBirth: string;
  readonly sex: string;
  /** SchoolHistory entry for this school, if the file has one. */
  readonly entryDate?: string;
  readonly leavingDate?: string;
  /** The first session this school's attendance in the file has a mark for. */
  readonly firstMarkDate?: LocalDate;
}

/**
 * Characters that stand for "no mark" in an AttendanceMarks string (UNCONFIRMED, domain §15.2): a space or '-'.
 * `#` on a weekday that is not a school session is skipped too (README: CTF mark strings).
 */
export const CTF_NO_MARK_CHARACTERS: readonly string[] = [' ', '-'];

interface YearData {
  lea?: string;
  estab?: string;
  sessions: { start?: string; marks?: string }[];
}

interface PupilDraft {
  row: number;
  upn: string;
  surname: string;
  forename: string;
  dob: string;
  sex: string;
  yearData: YearData[];
  history: { lea?: string; estab?: string; entryDate?: string; leavingDate?: string }[];
}

const PUPIL = 'CTfile/CTFpupilData/Pupil';
const YEAR_DATA = `${PUPIL}/Attendance/YearData`;
const ATTEND_SESSIONS = `${YEAR_DATA}/AttendSessions`;
const HISTORY_SCHOOL = `${PUPIL}/SchoolHistory/School`;
const SOURCE_SCHOOL = 'CTfile/Header/SourceSchool';
const TEXT_ELEMENTS: ReadonlySet<string> = new Set([
  `${SOURCE_SCHOOL}/LEA`,
  `${SOURCE_SCHOOL}/Estab`,
  `${PUPIL}/UPN`,
  `${PUPIL}/Surname`,
  `${PUPIL}/Forename`,
  `${PUPIL}/DOB`,
  `${PUPIL}/Sex`,
  `${YEAR_DATA}/LEA`,
  `${YEAR_DATA}/Estab`,
  `${ATTEND_SESSIONS}/AttendanceStartDate`,
  `${ATTEND_SESSIONS}/AttendanceMarks`,
  `${HISTORY_SCHOOL}/LEA`,
  `${HISTORY_SCHOOL}/Estab`,
  `${HISTORY_SCHOOL}/EntryDate`,
  `${HISTORY_SCHOOL}/LeavingDate`,
]);

/**
 * Reads a DfE Common Transfer File (domain §15.2) as it streams, with saxes (no DTD: a DOCTYPE is refused, so no
 * entity is ever expanded). Each pupil's attendance at the importing school becomes COPY text for the staging table;
 * the pupils themselves are kept (a school's roll, small) to be written through the pupils context afterwards.
 */
export class CtfRegisterRows extends Transform {
  readonly pupils: CtfPupil[] = [];
  private readonly parser = new SaxesParser({ xmlns: false, position: true });
  private readonly decoder = new StringDecoder('utf8');
  private readonly path: string[] = [];
  private text: string | undefined;
  private readonly buffer: CopyTextBuffer;
  private sourceLea = '';
  private sourceEstab = '';
  private headerChecked = false;
  private pupil: PupilDraft | undefined;
  private stopped = false;

  constructor(
    private readonly laestab: number,
    private readonly checker: MarkRowChecker,
    private readonly sessions: SchoolSessions,
    private readonly problems: ProblemCollector,
    stats: StagingStats,
  ) {
    super({ readableObjectMode: false, decodeStrings: false });
    this.buffer = new CopyTextBuffer(stats);
    this.parser.on('doctype', () => this.stop(0, 'file', 'The file has a DOCTYPE; a CTF must not declare one (DTDs are refused).'));
    this.parser.on('opentag', (tag) => this.open(tag));
    this.parser.on('text', (text) => {
      if (this.text !== undefined) this.text += text;
    });
    this.parser.on('cdata', (text) => {
      if (this.text !== undefined) this.text += text;
    });
    this.parser.on('closetag', () => this.close());
  }

  override _transform(chunk: Buffer | string, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (!this.parse(() => this.parser.write(typeof chunk === 'string' ? chunk : this.decoder.write(chunk)))) {
      return callback(new ImportStopped());
    }
    if (this.buffer.full) this.push(this.buffer.take());
    callback();
  }

  override _flush(callback: TransformCallback): void {
    if (!this.parse(() => this.parser.write(this.decoder.end()).close())) return callback(new ImportStopped());
    if (!this.headerChecked) {
      this.fail(0, 'CTfile/Header', 'The file has no CTfile/Header/SourceSchool.');
      return callback(new ImportStopped());
    }
    const rest = this.buffer.take();
    if (rest) this.push(rest);
    callback();
  }

  /** Runs parser work, turning an XML error into a problem; false when the file cannot be read further. */
  private parse(work: () => void): boolean {
    if (this.stopped) return false;
    try {
      work();
    } catch (error) {
      if (this.stopped || error instanceof ImportStopped) return false;
      this.fail(this.pupil?.row ?? 0, 'file', `The file is not well-formed XML: ${(error as Error).message}`);
      return false;
    }
    return !this.stopped;
  }

  /** Records a problem that ends the reading of the file. */
  private fail(row: number, field: string, message: string, reason: 'MALFORMED_FILE' | 'WRONG_SCHOOL' = 'MALFORMED_FILE'): void {
    this.stopped = true;
    this.problems.add({ row, field, reason, message });
  }

  /** From inside a parser event: records the problem and unwinds the parser. */
  private stop(row: number, field: string, message: string, reason: 'MALFORMED_FILE' | 'WRONG_SCHOOL' = 'MALFORMED_FILE'): never {
    this.fail(row, field, message, reason);
    throw new ImportStopped();
  }

  private open(tag: SaxesTagPlain): void {
    this.path.push(tag.name);
    const path = this.path.join('/');
    if (path === PUPIL) {
      this.pupil = { row: this.pupils.length + 1, upn: '', surname: '', forename: '', dob: '', sex: '', yearData: [], history: [] };
    } else if (path === YEAR_DATA) this.pupil?.yearData.push({ sessions: [] });
    else if (path === ATTEND_SESSIONS) this.pupil?.yearData[this.pupil.yearData.length - 1]?.sessions.push({});
    else if (path === HISTORY_SCHOOL) this.pupil?.history.push({});
    this.text = TEXT_ELEMENTS.has(path) ? '' : undefined;
  }

  private close(): void {
    const path = this.path.join('/');
    const text = this.text;
    this.text = undefined;
    this.path.pop();
    const pupil = this.pupil;
    if (text !== undefined) this.keep(path, text, pupil);
    else if (path === SOURCE_SCHOOL) this.checkSourceSchool();
    else if (path === PUPIL && pupil) {
      this.pupil = undefined;
      this.finishPupil(pupil);
    }
  }

  private keep(path: string, raw: string, pupil: PupilDraft | undefined): void {
    const value = path.endsWith('/AttendanceMarks') ? raw.replace(/[\r\n]/g, '') : raw.trim();
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (path.startsWith(SOURCE_SCHOOL)) {
      if (name === 'LEA') this.sourceLea = value;
      else this.sourceEstab = value;
      return;
    }
    if (!pupil) return;
    if (path.startsWith(ATTEND_SESSIONS)) {
      const year = pupil.yearData[pupil.yearData.length - 1];
      const sessions = year?.sessions[year.sessions.length - 1];
      if (!sessions) return;
      if (name === 'AttendanceStartDate') sessions.start = value;
      else sessions.marks = value;
    } else if (path.startsWith(YEAR_DATA)) {
      const year = pupil.yearData[pupil.yearData.length - 1];
      if (year && name === 'LEA') year.lea = value;
      else if (year) year.estab = value;
    } else if (path.startsWith(HISTORY_SCHOOL)) {
      const school = pupil.history[pupil.history.length - 1];
      if (!school) return;
      if (name === 'LEA') school.lea = value;
      else if (name === 'Estab') school.estab = value;
      else if (name === 'EntryDate') school.entryDate = value;
      else school.leavingDate = value;
    } else if (name === 'UPN') pupil.upn = value;
    else if (name === 'Surname') pupil.surname = value;
    else if (name === 'Forename') pupil.forename = value;
    else if (name === 'DOB') pupil.dob = value;
    else if (name === 'Sex') pupil.sex = value;
  }

  private checkSourceSchool(): void {
    this.headerChecked = true;
    if (this.isThisSchool(this.sourceLea, this.sourceEstab)) return;
    this.stop(
      0,
      'CTfile/Header/SourceSchool',
      `The file comes from LA ${this.sourceLea || '(none)'} establishment ${this.sourceEstab || '(none)'}, not this school ` +
        `(LAESTAB ${this.laestab}); import a CTF into the school it was exported from.`,
      'WRONG_SCHOOL',
    );
  }

  private isThisSchool(lea: string | undefined, estab: string | undefined): boolean {
    return `${lea ?? ''}${estab ?? ''}` === String(this.laestab);
  }

  private finishPupil(draft: PupilDraft): void {
    if (!this.headerChecked) this.stop(draft.row, 'CTfile/Header', 'The header (with SourceSchool) must come before the pupils.');
    const validUpn = this.checker.checkUpn(draft.row, draft.upn, 'UPN');
    let firstMarkDate: LocalDate | undefined;
    for (const year of draft.yearData) {
      // A YearData without LEA/Estab is the source school's own.
      if (!this.isThisSchool(year.lea ?? this.sourceLea, year.estab ?? this.sourceEstab)) continue;
      for (const sessions of year.sessions) {
        const first = this.stageMarkString(draft.row, validUpn, sessions.start ?? '', sessions.marks ?? '');
        if (first !== undefined && (firstMarkDate === undefined || first < firstMarkDate)) firstMarkDate = first;
      }
    }
    const history = draft.history.find((h) => this.isThisSchool(h.lea, h.estab));
    this.pupils.push({
      row: draft.row,
      upn: draft.upn,
      ...(validUpn === undefined ? {} : { validUpn }),
      surname: draft.surname,
      forename: draft.forename,
      dateOfBirth: draft.dob,
      sex: draft.sex,
      ...(history?.entryDate ? { entryDate: history.entryDate } : {}),
      ...(history?.leavingDate ? { leavingDate: history.leavingDate } : {}),
      ...(firstMarkDate === undefined ? {} : { firstMarkDate }),
    });
  }

  /**
   * One AttendSessions: character i is session i counted over the weekdays from the start date, AM then PM
   * (UNCONFIRMED, domain §15.2; see the README). Returns the date of the first mark staged.
   */
  // domain §15.2 and §1.3: 2006 codes for sessions before 19 August 2024, 2024 codes from then
  private stageMarkString(row: number, upn: string | undefined, start: string, marks: string): LocalDate | undefined {
    if (!isLocalDate(start)) {
      this.checker.add(row, 'AttendanceStartDate', 'INVALID_DATE', `"${start}" is not a date in the form YYYY-MM-DD.`, upn);
      return undefined;
    }
    const characters = Array.from(marks);
    const slots = sessionSlots(start, characters.length);
    const split2024At = slots.findIndex((s) => s.date >= CODE_SET_2024_EFFECTIVE_FROM);
    const cut = split2024At === -1 ? characters.length : split2024At;
    const legacy = splitLegacyMarkString(characters.slice(0, cut).join(''), { noMarkCharacters: CTF_NO_MARK_CHARACTERS });
    const current = splitMarkString(characters.slice(cut).join(''), { noMarkCharacters: CTF_NO_MARK_CHARACTERS });
    const codes: (string | null)[] = [...legacy.codes, ...current.codes];
    const errors: { position: number; error: MarkStringError }[] = [
      ...(legacy.ok ? [] : legacy.errors.map((error) => ({ position: error.position, error }))),
      ...(current.ok ? [] : current.errors.map((error) => ({ position: error.position + cut, error }))),
    ];
    for (const { position, error } of errors) {
      const slot = slots[position];
      this.checker.add(
        row,
        ctfMarkField(position + 1),
        'UNKNOWN_CODE',
        `Character ${position + 1} (${slot.date} ${slot.session}): ${error.message.replace(/^Session \d+: /, '')}`,
        upn,
        slot.date,
        slot.session,
      );
    }
    if (upn === undefined) return undefined;
    let first: LocalDate | undefined;
    codes.forEach((code, position) => {
      if (code === null) return;
      const { date, session } = slots[position];
      if (code === '#' && !this.sessions.isDue(date, session)) return;
      if (!this.checker.checkCalendar(row, ctfMarkField(position + 1), upn, date, session, code)) return;
      this.buffer.add({ row, position: position + 1, upn, enrolmentId: null, date, session, code, minutesLate: null });
      if (first === undefined) first = date;
    });
    return first;
  }
}

/** The field a problem with one character of a mark string names: `AttendanceMarks[3]` is the third, from 1. */
export function ctfMarkField(position: number): string {
  return `AttendanceMarks[${position}]`;
}

/** The session each character of a mark string stands for: weekdays from `start` (a weekend start moves to Monday), AM then PM. */
export function sessionSlots(start: LocalDate, count: number): { date: LocalDate; session: Session }[] {
  const slots: { date: LocalDate; session: Session }[] = [];
  let date = start;
  while (isWeekend(date)) date = addDays(date, 1);
  for (let i = 0; i < count; i++) {
    slots.push({ date, session: i % 2 === 0 ? 'AM' : 'PM' });
    if (i % 2 === 1) {
      date = addDays(date, 1);
      while (isWeekend(date)) date = addDays(date, 1);
    }
  }
  return slots;
}
