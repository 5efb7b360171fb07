import { InitialSchema1764000000000 } from './1764000000000-initial-schema';
import { UserSession1764300000000 } from './1764300000000-user-session';
import { RowLevelSecurity1764400000000 } from './1764400000000-row-level-security';
import { PupilYearSummary1764500000000 } from './1764500000000-pupil-year-summary';
import { MarkAmendmentReason1764600000000 } from './1764600000000-mark-amendment-reason';
import { SchoolKeys1764800000000 } from './1764800000000-school-keys';
import { ParentsWithoutCharacteristics1764900000000 } from './1764900000000-parents-without-characteristics';
import { ScopeFunctionsPlpgsql1765000000000 } from './1765000000000-scope-functions-plpgsql';
import { SchoolWeekSummary1765100000000 } from './1765100000000-school-week-summary';
import { SessionPrincipal1765200000000 } from './1765200000000-session-principal';

/** Every migration, oldest first. TypeORM runs the ones not yet recorded in `migrations`. */
export const MIGRATIONS = [
  InitialSchema1764000000000,
  UserSession1764300000000,
  RowLevelSecurity1764400000000,
  PupilYearSummary1764500000000,
  MarkAmendmentReason1764600000000,
  SchoolKeys1764800000000,
  ParentsWithoutCharacteristics1764900000000,
  ScopeFunctionsPlpgsql1765000000000,
  SchoolWeekSummary1765100000000,
  SessionPrincipal1765200000000,
];
