import type { InterventionOf } from './intervention-record';
import { noticeToImproveDocument, penaltyNoticeDocument, penaltyNoticeWithdrawalDocument } from './intervention-documents';

function penaltyNotice(details: object): InterventionOf<'PENALTY_NOTICE'> {
  return {
    laCode: '928',
    id: '1',
    pupilId: '2',
    urn: 100001,
    kind: 'PENALTY_NOTICE',
    state: 'ISSUED',
    openedOn: '2025-09-29',
    closedOn: null,
    createdBy: 'test',
    createdAt: new Date(),
    parentIds: ['3'],
    events: [],
    payments: [],
    details: { parentId: '3', childId: '2', state: 'ISSUED', offenceDate: '2025-09-19', offencePeriod: { from: '2025-09-15', to: '2025-09-19' }, issuedOn: '2025-09-29', ...details },
  } as unknown as InterventionOf<'PENALTY_NOTICE'>;
}

const FIRST_TERMS = { noticeNumber: 1, receivedOn: '2025-10-01', reducedAmountPence: 8000, reducedPayBy: '2025-10-22', fullAmountPence: 16000, payBy: '2025-10-29', proceedingsNotBefore: '2025-10-30' };

describe('intervention documents', () => {
  it('sets out what a first penalty notice costs, by when, and to whom it is paid', () => {
    const doc = penaltyNoticeDocument(penaltyNotice({ terms: FIRST_TERMS }), 'Amy Jones', 'Sam Jones', 'Sefton Council');
    expect(doc).toMatchObject({ kind: 'PENALTY_NOTICE', title: 'Penalty notice for Amy Jones' });
    expect(doc.content).toContain('Pay £80.00 by 2025-10-22, or');
    expect(doc.content).toContain('pay £160.00 by 2025-10-29.');
    expect(doc.content).toContain('Payment is to Sefton Council. No proceedings for the offence will be brought before 2025-10-30.');
  });

  it('says a second notice has no reduced rate', () => {
    const terms = { noticeNumber: 2, receivedOn: '2025-10-06', fullAmountPence: 16000, payBy: '2025-11-03', proceedingsNotBefore: '2025-11-04' };
    const doc = penaltyNoticeDocument(penaltyNotice({ terms }), 'Amy Jones', 'Sam Jones', 'Sefton Council');
    expect(doc.title).toBe('Penalty notice (second) for Amy Jones');
    expect(doc.content).not.toContain('£80.00');
    expect(doc.content).toContain('there is no reduced rate');
  });

  it('gives written notice of a withdrawal, with the refund', () => {
    const withdrawn = penaltyNotice({
      terms: FIRST_TERMS,
      state: 'WITHDRAWN',
      withdrawnOn: '2025-10-08',
      withdrawal: { ground: 'ISSUED_TO_WRONG_PERSON', writtenNoticeRequired: true, refundPence: 8000, proceedingsBarred: ['S444_1', 'S444_1A'], countsTowardsLimit: false },
    });
    const doc = penaltyNoticeWithdrawalDocument(withdrawn, 'Amy Jones', 'Sam Jones');
    expect(doc.content).toContain('withdrawn on 2025-10-08 because it was issued to the wrong person');
    expect(doc.content).toContain('The £80.00 you paid will be refunded.');
  });

  it('lists the contents a Notice to Improve sets out and its improvement period', () => {
    const notice = {
      ...penaltyNotice({}),
      kind: 'NOTICE_TO_IMPROVE',
      details: {
        parentId: '3',
        childId: '2',
        issuedOn: '2025-10-06',
        period: { startsOn: '2025-10-06', endsOn: '2025-11-14', schoolDays: 25, cappedBySchoolDays: false },
        contents: ['IMPROVEMENT_PERIOD'],
        support: 'SUPPORT_PROVIDED_NOT_WORKED',
      },
    } as unknown as InterventionOf<'NOTICE_TO_IMPROVE'>;
    const doc = noticeToImproveDocument(notice, 'Amy Jones', 'Sam Jones');
    expect(doc.content).toContain('Improvement period: 2025-10-06 to 2025-11-14 (25 school days).');
    expect(doc.content).toContain('- The improvement period, between 3 and 6 weeks');
  });
});
