import { LocalDateScalar } from '@rollcall/api-core';
import type { LocalDate, NoticeToImproveSkipReason, PenaltyNoticeIssuerRole, PenaltyNoticeState, PenaltyNoticeSupportPosition, PenaltyNoticeWithdrawalGround } from '@rollcall/rules';
import { Field, ID, Int, ObjectType, createUnionType } from 'type-graphql';
import {
  NoticeToImproveSkipReasonEnum,
  PenaltyNoticeIssuerRoleEnum,
  PenaltyNoticeStateEnum,
  PenaltyNoticeWithdrawalGroundEnum,
  ServiceMethodEnum,
  SupportPositionEnum,
} from './intervention-enums';
import { penaltyNoticeRefused } from './intervention-refusals';
import { DateSpan, Intervention } from './intervention.type';
import { Prosecution } from './prosecution.type';

@ObjectType({ description: 'What the parent must pay and by when (SI 2007/1867 reg 4 as amended by SI 2024/210).' })
export class PenaltyNoticeTerms {
  @Field(() => Int, { description: '1 or 2: a second notice to the same parent for the same child within 3 years has no reduced rate.' })
  noticeNumber!: number;

  @Field(() => LocalDateScalar, { description: 'The day the parent received it; the payment periods run from here.' })
  receivedOn!: LocalDate;

  @Field(() => Int, { nullable: true })
  reducedAmountPence?: number;

  @Field(() => LocalDateScalar, { nullable: true })
  reducedPayBy?: LocalDate;

  @Field(() => Int)
  fullAmountPence!: number;

  @Field(() => LocalDateScalar, { description: 'The last day the notice can be paid.' })
  payBy!: LocalDate;

  @Field(() => LocalDateScalar, { description: 'No proceedings for the offence before this day.' })
  proceedingsNotBefore!: LocalDate;
}

@ObjectType({ description: 'How the notice reached the parent.' })
export class PenaltyNoticeServiceRecord {
  @Field(() => ServiceMethodEnum)
  method!: 'POST' | 'HAND';

  @Field(() => LocalDateScalar, { nullable: true })
  postedOn?: LocalDate;

  @Field(() => LocalDateScalar, { nullable: true })
  servedOn?: LocalDate;
}

@ObjectType()
export class PenaltyNoticeIssuer {
  @Field(() => PenaltyNoticeIssuerRoleEnum)
  role!: PenaltyNoticeIssuerRole;

  @Field({ description: 'Authorised to issue (a deputy or assistant head by the head; an LA officer by the LA).' })
  authorised!: boolean;
}

@ObjectType({ description: 'Unauthorised sessions counted towards the threshold (10 in 10 school weeks by default).' })
export class PenaltyNoticeThresholdRecord {
  @Field(() => Int)
  sessionCount!: number;

  @Field(() => LocalDateScalar, { nullable: true })
  firstWeek?: LocalDate;

  @Field(() => LocalDateScalar, { nullable: true })
  lastWeek?: LocalDate;
}

@ObjectType({ description: 'Why no Notice to Improve was sent, and the authorised officer who decided.' })
export class NoticeToImproveSkipped {
  @Field(() => NoticeToImproveSkipReasonEnum)
  reason!: NoticeToImproveSkipReason;

  @Field()
  authorisedOfficer!: string;
}

@ObjectType({ description: 'A withdrawal and its effect (SI 2007/1867 reg 8).' })
export class PenaltyNoticeWithdrawal {
  @Field(() => PenaltyNoticeWithdrawalGroundEnum)
  ground!: PenaltyNoticeWithdrawalGround;

  @Field({ description: 'Written notice of the withdrawal goes to the parent.' })
  writtenNoticeRequired!: boolean;

  @Field(() => Int, { description: 'Any amount paid is refunded.' })
  refundPence!: number;

  @Field(() => [String], { description: 'Offences that may not now be prosecuted on the same facts.' })
  proceedingsBarred!: string[];
}

@ObjectType({ implements: Intervention, description: 'A penalty notice to one parent for one child (domain §5; EA 1996 s444A).' })
export class PenaltyNotice extends Intervention {
  @Field(() => PenaltyNoticeStateEnum)
  state!: PenaltyNoticeState;

  @Field(() => ID)
  parentId!: string;

  @Field(() => LocalDateScalar, { description: 'The last day of the absence the notice covers.' })
  offenceDate!: LocalDate;

  @Field(() => DateSpan)
  offencePeriod!: DateSpan;

  @Field(() => LocalDateScalar, { nullable: true })
  issuedOn?: LocalDate;

  @Field(() => PenaltyNoticeTerms, { nullable: true })
  terms?: PenaltyNoticeTerms;

  @Field(() => PenaltyNoticeServiceRecord, { name: 'served' })
  service!: PenaltyNoticeServiceRecord;

  @Field(() => PenaltyNoticeIssuer)
  issuer!: PenaltyNoticeIssuer;

  @Field(() => SupportPositionEnum)
  support!: PenaltyNoticeSupportPosition;

  @Field(() => PenaltyNoticeThresholdRecord)
  threshold!: PenaltyNoticeThresholdRecord;

  @Field(() => ID, { nullable: true, description: 'The Notice to Improve it follows.' })
  noticeToImproveId?: string;

  @Field(() => NoticeToImproveSkipped, { nullable: true })
  noticeToImproveSkipped?: NoticeToImproveSkipped;

  @Field(() => LocalDateScalar, { nullable: true })
  paidOn?: LocalDate;

  @Field(() => Int, { nullable: true })
  amountPaidPence?: number;

  @Field(() => LocalDateScalar, { nullable: true })
  unpaidOn?: LocalDate;

  @Field(() => LocalDateScalar, { nullable: true })
  prosecutionReferredOn?: LocalDate;

  @Field(() => LocalDateScalar, { nullable: true })
  withdrawnOn?: LocalDate;

  @Field(() => PenaltyNoticeWithdrawal, { nullable: true })
  withdrawal?: PenaltyNoticeWithdrawal;
}

function penaltyNoticeUnion(name: string, description: string) {
  return createUnionType({
    name,
    description,
    types: () => [PenaltyNotice, penaltyNoticeRefused.Refused] as const,
    resolveType: (value) => (value instanceof penaltyNoticeRefused.Refused ? penaltyNoticeRefused.Refused : PenaltyNotice),
  });
}

export const IssuePenaltyNoticeResult = penaltyNoticeUnion('IssuePenaltyNoticeResult', 'The penalty notice issued, or why it may not be.');
export const PenaltyNoticeResult = penaltyNoticeUnion('PenaltyNoticeResult', 'The penalty notice as it now stands, or why the step was refused.');

@ObjectType({ description: 'The LA’s decision after the payment period: the notice, and the prosecution opened if it chose to prosecute.' })
export class PenaltyNoticeNonPaymentDecided {
  @Field(() => PenaltyNotice)
  penaltyNotice!: PenaltyNotice;

  @Field(() => Prosecution, { nullable: true })
  prosecution?: Prosecution | null;
}

export const PenaltyNoticeNonPaymentResult = createUnionType({
  name: 'PenaltyNoticeNonPaymentResult',
  types: () => [PenaltyNoticeNonPaymentDecided, penaltyNoticeRefused.Refused] as const,
  resolveType: (value) => (value instanceof penaltyNoticeRefused.Refused ? penaltyNoticeRefused.Refused : PenaltyNoticeNonPaymentDecided),
});
