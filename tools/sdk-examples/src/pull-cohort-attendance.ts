import { RollcallClient, SchoolAttendanceDocument, SchoolAttendanceQuery } from '@rollcall/sdk';

export type SchoolAttendance = SchoolAttendanceQuery['schoolDashboard'];

/** A school's attendance for a period, overall, by year group and by cohort, as the DfE counts it or as Rollcall does. */
export async function pullCohortAttendance(
  client: RollcallClient,
  request: { urn: number; from: string; to: string; method?: 'ROLLCALL' | 'DFE' },
): Promise<SchoolAttendance> {
  const { schoolDashboard } = await client.request(SchoolAttendanceDocument, request);
  return schoolDashboard;
}

/** The same figures as spreadsheet rows: one per group, rates in per cent. */
export function attendanceRows(attendance: SchoolAttendance): string[][] {
  const rate = (r: number | null): string => (r === null ? '' : r.toFixed(1));
  const row = (group: string, f: SchoolAttendance['figures']): string[] => [
    group,
    String(f.enrolments),
    rate(f.attendanceRate),
    rate(f.overallAbsenceRate),
    String(f.persistentlyAbsent),
    String(f.severelyAbsent),
  ];
  return [
    ['group', 'pupils', 'attendance %', 'absence %', 'persistently absent', 'severely absent'],
    row('All pupils', attendance.figures),
    ...attendance.byYearGroup.map((g) => row(g.label, g.figures)),
    ...attendance.byCohort.map((g) => row(g.label, g.figures)),
  ];
}
