import { Connection, LocalDateScalar } from '@rollcall/api-core';
import { PupilOnListFields } from '@rollcall/api-pupils';
import type { LocalDate, Session, StatisticalCategory } from '@rollcall/rules';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { MarkSource } from '../mark-source';
import type { RegisterSessionStatus } from '../register-session-status';
import { AttendanceCategoryEnum, MarkSourceEnum, RegisterSessionEnum, RegisterSessionStatusEnum } from './register-enums';

@ObjectType({ description: 'How the register stands over the whole roll (or the year group asked for).' })
export class RegisterCounts {
  @Field(() => Int, { description: 'Pupils on roll that day.' })
  onRoll!: number;

  @Field(() => Int, { description: 'Pupils with a mark for the session.' })
  marked!: number;

  @Field(() => Int, { description: 'Pupils the session needs a mark for who have none yet.' })
  unmarked!: number;

  @Field(() => Int)
  present!: number;

  @Field(() => Int)
  approvedEducationalActivity!: number;

  @Field(() => Int)
  authorisedAbsence!: number;

  @Field(() => Int)
  unauthorisedAbsence!: number;

  @Field(() => Int, { description: 'Marks that are not possible sessions (D, X, Q, Y1–Y7, Z, #).' })
  notPossible!: number;

  @Field(() => Int, { description: 'Pupils marked L (late before the register closed) or U (after it closed).' })
  late!: number;
}

@ObjectType({ description: 'The mark a pupil has for the session, who entered it and when.' })
export class RegisterMark {
  @Field({ description: 'The code as the regulations spell it, e.g. "/", "L", "I", "C1".' })
  code!: string;

  @Field(() => String, { nullable: true, description: 'What the code means (null for a code Rollcall does not know).' })
  meaning!: string | null;

  @Field(() => AttendanceCategoryEnum, { nullable: true })
  category!: StatisticalCategory | null;

  @Field(() => Int, { nullable: true, description: 'For L and U: minutes after the register opened.' })
  minutesLate!: number | null;

  @Field(() => MarkSourceEnum)
  source!: MarkSource;

  @Field({ description: 'Who entered it (an account, an API key, or an import).' })
  recordedBy!: string;

  @Field(() => Date)
  recordedAt!: Date;

  @Field(() => String, { nullable: true, description: 'Why this entry replaced the one before it (amendMark’s reason); null for an original entry.' })
  amendmentReason!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'For N: the last day the reason can be entered (5 school days after the session).' })
  nDeadline!: LocalDate | null;

  @Field({ description: 'An N still unexplained after 5 school days: it must become O.' })
  overdueN!: boolean;
}

@ObjectType({ description: 'An entry an amendment replaced: the original, or an earlier amendment.' })
export class ReplacedRegisterEntry {
  @Field()
  code!: string;

  @Field(() => Int, { nullable: true })
  minutesLate!: number | null;

  @Field(() => MarkSourceEnum)
  source!: MarkSource;

  @Field()
  recordedBy!: string;

  @Field(() => Date)
  recordedAt!: Date;

  @Field(() => Date, { description: 'When the next entry replaced it.' })
  replacedAt!: Date;

  @Field(() => String, { nullable: true, description: 'Why this entry had replaced the one before it (amendMark’s reason); null for the original entry.' })
  amendmentReason!: string | null;
}

@ObjectType({ description: 'A pupil on roll for the session, with their mark.' })
export class RegisterEntry extends PupilOnListFields {
  @Field(() => Int)
  urn!: number;

  @Field(() => ID)
  enrolmentId!: string;

  @Field(() => LocalDateScalar)
  date!: LocalDate;

  @Field(() => RegisterSessionEnum)
  session!: Session;

  @Field({ description: 'The session needs a mark for this pupil (false for a boarder, or when no mark is due).' })
  needsMark!: boolean;

  @Field(() => RegisterMark, { nullable: true, description: 'Null while the pupil is unmarked.' })
  mark!: RegisterMark | null;
}

@ObjectType()
export class RegisterEntryConnection extends Connection(RegisterEntry, 'RegisterEntry') {}

@ObjectType({ description: 'One session’s register at a school: whether marks are needed, the counts, and the pupils.' })
export class Register {
  @Field(() => Int)
  urn!: number;

  @Field()
  laCode!: string;

  @Field()
  schoolName!: string;

  @Field(() => LocalDateScalar)
  date!: LocalDate;

  @Field(() => RegisterSessionEnum)
  session!: Session;

  @Field(() => Int, { nullable: true, description: 'The year group asked for; null for the whole school.' })
  yearGroup!: number | null;

  @Field(() => RegisterSessionStatusEnum)
  status!: RegisterSessionStatus;

  @Field({ description: 'A school day and not a closure: every pupil on roll is expected and needs an attendance mark.' })
  attendanceExpected!: boolean;

  @Field({ description: 'The register needs an entry for each pupil on roll (a closure too, marked "#" or "Y4").' })
  needsMarks!: boolean;

  @Field(() => String, { nullable: true, description: 'The code every pupil takes for a closure: "#" planned, "Y4" unplanned.' })
  expectedCode!: string | null;

  @Field({ description: 'Why the session does or does not need marks, in words.' })
  statusReason!: string;

  @Field({ description: 'When the register opens (HH:MM).' })
  registerOpensAt!: string;

  @Field({ description: 'When it closes (HH:MM): a pupil arriving later is marked U, not L.' })
  registerClosesAt!: string;
}
