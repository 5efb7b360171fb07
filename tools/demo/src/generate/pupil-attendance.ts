import { Mark, categoryOf, summariseAttendance } from '@rollcall/rules';
import { DemoMark, DemoPupil } from './demo-types';
import { PupilAttendance } from './generate-casework';

// domain §4: each enrolment's year-to-date summary (DfE measures from the rules library) and its absence marks
export function pupilAttendance(pupils: readonly DemoPupil[], urn: number, laCode: string, marks: readonly DemoMark[]): PupilAttendance[] {
  const byUpn = new Map<string, DemoMark[]>();
  for (const m of marks) {
    const list = byUpn.get(m.upn);
    if (list) list.push(m);
    else byUpn.set(m.upn, [m]);
  }
  const out: PupilAttendance[] = [];
  for (const pupil of pupils) {
    const own = byUpn.get(pupil.upn);
    if (!own) continue;
    const summary = summariseAttendance(own as unknown as Mark[]);
    const absences = own.filter((m) => {
      const category = categoryOf(m.code as Mark['code']);
      return category === 'AUTHORISED_ABSENCE' || category === 'UNAUTHORISED_ABSENCE';
    });
    out.push({ pupil, urn, laCode, summary, absences });
  }
  return out;
}
