import { NOTICE_TO_IMPROVE_CONTENTS } from '@rollcall/rules';
import type { InterventionOf } from './intervention-record';

/** A document as written to `intervention_document`. */
export interface InterventionDocumentDraft {
  readonly kind: string;
  readonly title: string;
  readonly content: string;
}

const pounds = (pence: number | undefined) => (pence === undefined ? '' : `£${(pence / 100).toFixed(2)}`);

// domain §5; Nottinghamshire toolkit (S15): a Notice to Improve sets out the record, the support, the improvement period and the warning
export function noticeToImproveDocument(notice: InterventionOf<'NOTICE_TO_IMPROVE'>, child: string, parent: string): InterventionDocumentDraft {
  const { issuedOn, period, contents } = notice.details;
  const items = NOTICE_TO_IMPROVE_CONTENTS.filter((c) => contents.includes(c.item)).map((c) => `- ${c.description}`);
  return {
    kind: 'NOTICE_TO_IMPROVE',
    title: `Notice to Improve for ${child}`,
    content: [
      `To: ${parent}`,
      `Date of notice: ${issuedOn}`,
      `Improvement period: ${period.startsOn} to ${period.endsOn} (${period.schoolDays} school days).`,
      'This notice sets out:',
      ...items,
    ].join('\n'),
  };
}

// domain §5; SI 2007/1867 reg 4 as amended by SI 2024/210: what the notice says the parent must pay, by when, and to whom
export function penaltyNoticeDocument(notice: InterventionOf<'PENALTY_NOTICE'>, child: string, parent: string, laName: string): InterventionDocumentDraft {
  const { terms, offencePeriod, issuedOn } = notice.details;
  const lines = [
    `To: ${parent}`,
    `Child: ${child}`,
    `Date of notice: ${issuedOn ?? notice.openedOn}`,
    `Offence: failure to secure regular attendance (Education Act 1996 s444(1)), ${offencePeriod.from} to ${offencePeriod.to}.`,
  ];
  if (terms) {
    lines.push(`Received: ${terms.receivedOn}.`);
    if (terms.reducedAmountPence !== undefined && terms.reducedPayBy) lines.push(`Pay ${pounds(terms.reducedAmountPence)} by ${terms.reducedPayBy}, or`);
    lines.push(`pay ${pounds(terms.fullAmountPence)} by ${terms.payBy}.`);
    if (terms.noticeNumber >= 2) lines.push('This is a second notice to you for this child within 3 years: there is no reduced rate.');
    lines.push(`Payment is to ${laName}. No proceedings for the offence will be brought before ${terms.proceedingsNotBefore}.`);
  }
  return { kind: 'PENALTY_NOTICE', title: `Penalty notice ${terms?.noticeNumber === 2 ? '(second) ' : ''}for ${child}`, content: lines.join('\n') };
}

const GROUND_WORDS: Readonly<Record<string, string>> = {
  OUGHT_NOT_TO_HAVE_BEEN_ISSUED: 'it ought not to have been issued',
  ISSUED_TO_WRONG_PERSON: 'it was issued to the wrong person',
  MATERIAL_ERROR: 'it contains a material error',
  DECIDED_NOT_TO_PROSECUTE: 'the local authority has decided not to prosecute',
};

// domain §5; SI 2007/1867 reg 8: written notice of withdrawal, the refund, and no proceedings on the same facts
export function penaltyNoticeWithdrawalDocument(notice: InterventionOf<'PENALTY_NOTICE'>, child: string, parent: string): InterventionDocumentDraft {
  const w = notice.details.withdrawal;
  return {
    kind: 'PENALTY_NOTICE_WITHDRAWAL',
    title: `Withdrawal of the penalty notice for ${child}`,
    content: [
      `To: ${parent}`,
      `The penalty notice issued on ${notice.details.issuedOn ?? notice.openedOn} is withdrawn on ${notice.details.withdrawnOn ?? ''} because ${GROUND_WORDS[w?.ground ?? ''] ?? 'of an error'}.`,
      w && w.refundPence > 0 ? `The ${pounds(w.refundPence)} you paid will be refunded.` : 'Nothing is owed.',
      'No proceedings will be brought for the offence the notice covered.',
    ].join('\n'),
  };
}
