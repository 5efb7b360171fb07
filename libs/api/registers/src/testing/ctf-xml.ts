/** A pupil in a test CTF. */
export interface CtfTestPupil {
  readonly upn: string;
  readonly surname: string;
  readonly forename: string;
  readonly dob: string;
  readonly sex: string;
  readonly yearData?: readonly { readonly lea?: string; readonly estab?: string; readonly start: string; readonly marks: string }[];
  readonly history?: readonly { readonly lea: string; readonly estab: string; readonly entryDate?: string; readonly leavingDate?: string }[];
}

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A Common Transfer File shaped as domain §15.2 describes, for tests. */
export function ctfXml(source: { lea: string; estab: string }, pupils: readonly CtfTestPupil[], prolog = ''): string {
  const pupilXml = pupils
    .map(
      (p) => `
    <Pupil>
      <UPN>${escape(p.upn)}</UPN>
      <Surname>${escape(p.surname)}</Surname>
      <Forename>${escape(p.forename)}</Forename>
      <DOB>${p.dob}</DOB>
      <Sex>${p.sex}</Sex>
      <Attendance>${(p.yearData ?? [])
        .map(
          (y) => `
        <YearData>
          <Year>2025</Year>${y.lea === undefined ? '' : `\n          <LEA>${y.lea}</LEA>`}${y.estab === undefined ? '' : `\n          <Estab>${y.estab}</Estab>`}
          <SessionsPossible>0</SessionsPossible>
          <AttendSessions>
            <AttendanceStartDate>${y.start}</AttendanceStartDate>
            <AttendanceMarks>${escape(y.marks)}</AttendanceMarks>
          </AttendSessions>
        </YearData>`,
        )
        .join('')}
      </Attendance>
      <SchoolHistory>${(p.history ?? [])
        .map(
          (h) => `
        <School><LEA>${h.lea}</LEA><Estab>${h.estab}</Estab><SchoolName>School</SchoolName>${
            h.entryDate ? `<EntryDate>${h.entryDate}</EntryDate>` : ''
          }${h.leavingDate ? `<LeavingDate>${h.leavingDate}</LeavingDate>` : ''}</School>`,
        )
        .join('')}
      </SchoolHistory>
    </Pupil>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>${prolog}
<CTfile>
  <Header>
    <DocumentName>Common Transfer File</DocumentName>
    <CTFversion>25.0</CTFversion>
    <DateTime>2025-11-28T10:00:00</DateTime>
    <SourceSchool><LEA>${source.lea}</LEA><Estab>${source.estab}</Estab><URN>100001</URN><SchoolName>Fixture School</SchoolName><AcademicYear>2025</AcademicYear></SourceSchool>
    <DestSchool><LEA>343</LEA><Estab>4001</Estab></DestSchool>
  </Header>
  <CTFpupilData>${pupilXml}
  </CTFpupilData>
</CTfile>
`;
}
