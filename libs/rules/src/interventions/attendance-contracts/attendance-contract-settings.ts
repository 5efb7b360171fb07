/** Local-authority settings for attendance contracts (domain §6, §17.2; DfE prescribes no duration — UNCONFIRMED). */
export interface AttendanceContractSettings {
  /** First review this many weeks after the start (Stockport reviews after 4–6 weeks). */
  readonly reviewAfterWeeks: number;
  /** Usual length of a contract when none is agreed (Sefton's LA School Attendance Panel: 12 weeks). */
  readonly usualTermWeeks: number;
}

export const DEFAULT_ATTENDANCE_CONTRACT_SETTINGS: AttendanceContractSettings = {
  reviewAfterWeeks: 6,
  usualTermWeeks: 12,
};
