import { Access } from '@rollcall/api-core';

/** Who reads children's records: staff by role, and third parties whose key carries `pupils:read`. */
export const RECORD_READERS = [...Access.STAFF, 'pupils:read'] as const;

/**
 * Who reads school and LA records (reference data with the attendance set-up: register times, calendars): staff, and
 * keys that read records, read attendance or write registers (which need the register times and calendar).
 */
export const SCHOOL_READERS = [...Access.STAFF, 'pupils:read', 'attendance:read', 'registers:write'] as const;
