import { Refusal } from '@rollcall/api-core';

type Detail = Readonly<Record<string, unknown>> | undefined;

/** What a person reads for each reason the rules library gives, saying what would have to change. */
const MESSAGES: Readonly<Record<string, string | ((d: Detail) => string)>> = {
  TRANSITION_NOT_ALLOWED: (d) => `That step cannot be taken now: the intervention is ${String(d?.['from'] ?? 'in another state')}.`,
  NOT_A_PARENT_UNDER_S576: 'This person is not recorded as the child’s parent, as someone with parental responsibility or as caring for the child.',
  NOT_LIABLE: 'This parent has not been judged liable for the absence.',
  NOT_COMPULSORY_SCHOOL_AGE: 'The child is not of compulsory school age for the dates concerned.',
  SCHOOL_TYPE_OUT_OF_SCOPE: 'Penalty notices cannot be issued for pupils of this type of school.',
  THRESHOLD_NOT_MET: (d) =>
    `The register does not show ${String(d?.['thresholdSessions'] ?? 10)} sessions of unauthorised absence in the last 10 school weeks` +
    (d?.['sessionCount'] === undefined ? '.' : ` (it shows ${String(d['sessionCount'])}).`),
  NOT_UNDER_SCHOOL_LA_CODE_OF_CONDUCT: 'A notice must be issued under the code of conduct of the LA the school is in.',
  ISSUER_NOT_AUTHORISED: 'Only a headteacher, an authorised deputy or assistant head, an authorised LA officer or the police may issue a notice.',
  SUPPORT_NOT_YET_TRIED: 'Support must be offered first: it has to have been tried and not worked or not been engaged with, or be inappropriate.',
  NOT_LIKELY_TO_CHANGE_BEHAVIOUR: 'A notice may only be used where it is likely to change the parent’s behaviour.',
  NOTICE_TO_IMPROVE_REQUIRED: 'Send a Notice to Improve first, or record why an authorised officer decided to skip it.',
  NOTICE_TO_IMPROVE_SKIP_NOT_RECORDED_BY_OFFICER: 'Name the authorised officer who decided to skip the Notice to Improve.',
  NOTICE_TO_IMPROVE_PERIOD_RUNNING: 'The Notice to Improve’s improvement period is still running and the grounds for an early notice are not met.',
  NOTICE_TO_IMPROVE_OUTCOME_NOT_ASSESSED: 'Record the outcome of the Notice to Improve before issuing a penalty notice.',
  IMPROVED_AFTER_NOTICE_TO_IMPROVE: 'Attendance improved sufficiently after the Notice to Improve, so no penalty notice may follow it.',
  LIMIT_REACHED_IN_3_YEARS: (d) => {
    const lifts = (d?.['limit'] as Detail)?.['limitLiftsOn'] ?? d?.['limitLiftsOn'];
    return `This parent has already had 2 penalty notices for this child in the last 3 years; consider prosecution or another legal intervention instead${lifts ? ` (a notice is possible again from ${String(lifts)})` : ''}.`;
  },
  NOT_ELIGIBLE: 'The penalty notice cannot be issued.',
  RECEIVED_BEFORE_ISSUE: 'A notice cannot be received before it is issued.',
  PAYMENT_PERIOD_ENDED: (d) => `The payment period ended on ${String(d?.['payBy'] ?? 'its last day')}; the notice can no longer be paid.`,
  AMOUNT_TOO_LOW: (d) => `The amount paid is less than the £${(Number(d?.['duePence'] ?? 0) / 100).toFixed(2)} due.`,
  PAYMENT_PERIOD_RUNNING: (d) => `The notice can still be paid until ${String(d?.['payBy'] ?? 'the end of its payment period')}.`,
  OUT_OF_TIME_FOR_PROSECUTION: (d) => `It is too late to prosecute: the information had to be laid by ${String(d?.['lastDayToLay'] ?? '6 months after the offence')}.`,
  GROUND_NOT_AVAILABLE: 'That withdrawal ground is not available for the notice as it stands (deciding not to prosecute applies only after non-payment).',
  NOT_AWAITING_PAYMENT: 'The notice is not awaiting payment.',
  NOT_WITHDRAWABLE_IN_STATE: 'The notice cannot be withdrawn as it stands.',
  CONTENTS_MISSING: 'The Notice to Improve is missing some of the contents it must set out.',
  NOT_AVAILABLE_AT_SCHOOL_TYPE: 'Attendance contracts are not available at independent schools or non-maintained special schools.',
  CONTENTS_INCOMPLETE: 'Name the parents, the requirements they agree to and the support the school or LA will give.',
  PARENT_HAS_NOT_AGREED: 'Every parent on the contract must agree to it.',
  CANNOT_BE_AGREED_IN_ABSENCE: 'Every parent on the contract must take part in agreeing it.',
  PERIOD_INVALID: 'The contract cannot end before it starts.',
  CONTRACT_PERIOD_RUNNING: (d) => `The contract runs until ${String(d?.['endsOn'] ?? 'its end date')}; end it early instead.`,
  NO_NON_COMPLIANCE_RECORDED: 'Record the non-compliance before escalating the contract.',
  REASON_REQUIRED: 'Give the reason.',
  CHILD_IN_LA_CARE: 'An Education Supervision Order cannot be made for a child in the care of a local authority.',
  GROUNDS_NOT_SHOWN: 'Say on what ground the child is not being properly educated.',
  CHILDREN_SERVICES_NOT_CONSULTED: 'Children’s services must be consulted before applying.',
  EXTENSION_APPLICATION_TOO_EARLY: (d) => `An extension cannot be applied for before ${String(d?.['opensOn'] ?? '3 months before the order expires')}.`,
  ORDER_ALREADY_EXPIRED: 'The order has already expired.',
  ORDER_ENDS_WITH_COMPULSORY_SCHOOL_AGE: 'The order ends when the child ceases to be of compulsory school age, so it cannot be extended.',
  EXTENSION_ALREADY_APPLIED_FOR: 'An extension has already been applied for.',
  NO_EXTENSION_APPLICATION: 'Apply for the extension before recording it.',
  EXTENSION_TOO_LONG: (d) => `An extension must run past the current expiry and no further than ${String(d?.['maxExtendedTo'] ?? '3 years')}.`,
  ORDER_STILL_IN_FORCE: (d) => `The order is in force until ${String(d?.['endsOn'] ?? 'its end date')}.`,
  ONLY_LA_MAY_PROSECUTE: 'Only the local authority may prosecute this offence.',
  ESO_NOT_CONSIDERED: 'The LA must consider an Education Supervision Order before prosecuting; record that consideration first.',
  OUT_OF_TIME: (d) => `It is too late to prosecute: the information had to be laid by ${String(d?.['lastDayToLay'] ?? '6 months after the offence')}.`,
  PENALTY_NOTICE_PAID: 'The penalty notice for this absence was paid, so the parent cannot be prosecuted for it.',
  PENALTY_NOTICE_WITHDRAWN: 'The penalty notice for this absence was withdrawn, so the parent cannot be prosecuted on the same facts.',
  PENALTY_NOTICE_PAYMENT_PERIOD_RUNNING: 'The penalty notice for this absence can still be paid; wait until its payment period ends.',
  NO_SCHOOL_ATTENDANCE_ORDER_IN_FORCE: 'A prosecution under s443 needs a School Attendance Order in force.',
  EVIDENCE_INCOMPLETE: 'The prosecution file is missing evidence it needs.',
  ESO_DIRECTION_NOT_AVAILABLE: 'The court cannot direct an ESO application at this stage of this prosecution.',
  NO_ESO_DIRECTION: 'No direction to apply for an ESO has been recorded.',
  SENTENCE_NOT_AVAILABLE: 'That sentence is not available for this offence.',
  NO_QUALIFYING_CONVICTION: 'A parenting order needs a conviction under s443 or s444.',
  REQUIREMENTS_TOO_LONG: 'The requirements may last at most 12 months.',
  PROGRAMME_REQUIRED: 'A first parenting order must include a counselling or guidance programme.',
  PROGRAMME_TOO_LONG: 'The programme may last at most 3 months.',
  PROGRAMME_NOT_CONCURRENT: 'The programme must fall within the period of the requirements.',
  RESIDENTIAL_NOT_JUSTIFIED: 'A residential programme needs the court to find it justified.',
  NO_RESPONSIBLE_OFFICER: 'Name the responsible officer.',
  REQUIREMENTS_RUNNING: (d) => `The requirements run until ${String(d?.['requirementsUntil'] ?? 'their end date')}.`,
  CHILD_NOT_IN_LA_AREA: 'The child does not live in this LA’s area.',
  PERIOD_TOO_SHORT: 'The parent must be given at least 15 days.',
  SATISFY_PERIOD_RUNNING: (d) => `The parent has until ${String(d?.['satisfyBy'] ?? 'the end of the period')} to satisfy the LA.`,
  EHC_PLAN_NAMES_SCHOOL: 'The child’s EHC plan names the school, so no notice of intention is served.',
  NOTICE_OF_INTENTION_REQUIRED: 'Serve a notice of intention naming the school first.',
  SELECTION_PERIOD_RUNNING: 'The parent still has time to choose another school.',
  MUST_NAME_PARENTS_CHOICE: (d) => `The order must name the parent’s choice, ${String(d?.['mustName'] ?? 'the school they selected')}.`,
  MUST_NAME_EHC_PLAN_SCHOOL: (d) => `The order must name the school in the EHC plan, ${String(d?.['mustName'] ?? '')}.`,
  NOT_EXPEDIENT_TO_ATTEND_SCHOOL: 'An order is served only where it is expedient that the child attends school.',
  STILL_COMPULSORY_SCHOOL_AGE: 'The child is still of compulsory school age.',
  IMPROVEMENT_PERIOD_RUNNING: (d) => `The improvement period runs until ${String(d?.['endsOn'] ?? 'its end')}; the outcome is not known yet.`,
};

/** A refusal for a reason the rules library gave, with the rule's figures as its detail. */
export function refusalFor(reason: string, detail?: unknown): Refusal {
  const message = MESSAGES[reason];
  const d = (detail ?? undefined) as Detail;
  const text = typeof message === 'function' ? message(d) : (message ?? `Refused: ${reason}.`);
  return new Refusal(reason, text, detail);
}
