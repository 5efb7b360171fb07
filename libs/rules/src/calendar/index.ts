export * from './bank-holidays';
export * from './academic-year';
export * from './compulsory-school-age';
export * from './school-calendar';
export * from './build-school-calendar';
export * from './term-dates';
export * from './merge-calendars';
export * from './minimum-sessions';
