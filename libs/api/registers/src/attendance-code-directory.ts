import { todayInEngland } from '@rollcall/api-pupils';
import { LocalDate } from '@rollcall/rules';
import { AttendanceCodeRecord, attendanceCodesOn } from './attendance-codes';

/** The attendance codes in force on a date (today by default): reference data, no child's record. */
export class AttendanceCodeDirectory {
  constructor(private readonly today: () => LocalDate = () => todayInEngland()) {}

  codes(on?: LocalDate | null): AttendanceCodeRecord[] {
    return attendanceCodesOn(on ?? this.today());
  }
}
