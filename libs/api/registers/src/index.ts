export * from './import-problem';
export * from './mark-source';
export * from './marks-for';
export { refreshWeekSummaries } from './refresh-week-summaries';
export type { WeekSummaryRefresh, WeekSummaryTarget } from './refresh-week-summaries';
export * from './register-import.service';
export * from './week-summaries';
export { CSV_COLUMNS } from './csv-register-rows';
export { CTF_NO_MARK_CHARACTERS, sessionSlots } from './ctf-register-rows';
