import fc from 'fast-check';
import { AttendanceContract, AttendanceContractEvent, attendanceContractTransition, proposeAttendanceContract } from './attendance-contract';
import { DEFAULT_ATTENDANCE_CONTRACT_SETTINGS } from './attendance-contract-settings';

const proposal = {
  id: 'ac-1',
  childId: 'amy',
  parentIds: ['mum', 'dad'],
  party: 'SCHOOL' as const,
  schoolType: 'MAINTAINED' as const,
  proposedOn: '2025-10-01',
  requirements: ['Amy arrives by 8:45 every day', 'Attend the weekly check-in'],
  supportStatement: 'Breakfast club place and a weekly mentor session',
};

function proposed(): AttendanceContract {
  const r = proposeAttendanceContract(proposal);
  if (!r.allowed) throw new Error(r.reason);
  return r.next;
}

function after(contract: AttendanceContract, ...events: AttendanceContractEvent[]): AttendanceContract {
  return events.reduce((c, e) => {
    const r = attendanceContractTransition(c, e);
    if (!r.allowed) throw new Error(`${e.type}: ${r.reason}`);
    return r.next;
  }, contract);
}

const bothAgree = [
  { parentId: 'mum', agreed: true, tookPart: true },
  { parentId: 'dad', agreed: true, tookPart: true },
];

describe('attendance contracts', () => {
  it('no contract at an independent or non-maintained special school', () => {
    expect(proposeAttendanceContract({ ...proposal, schoolType: 'INDEPENDENT' })).toMatchObject({ allowed: false, reason: 'NOT_AVAILABLE_AT_SCHOOL_TYPE' });
    expect(proposeAttendanceContract({ ...proposal, party: 'LOCAL_AUTHORITY', schoolType: 'NON_MAINTAINED_SPECIAL' })).toMatchObject({ reason: 'NOT_AVAILABLE_AT_SCHOOL_TYPE' });
    expect(proposeAttendanceContract({ ...proposal, schoolType: 'ACADEMY' }).allowed).toBe(true);
  });

  it('needs requirements and a statement of the support offered', () => {
    expect(proposeAttendanceContract({ ...proposal, requirements: [], supportStatement: ' ' })).toMatchObject({ reason: 'CONTENTS_INCOMPLETE' });
  });

  it('once every parent agrees in person it runs for 12 weeks with a review after 6', () => {
    expect(after(proposed(), { type: 'AGREE', on: '2025-10-06', signatures: bothAgree })).toMatchObject({
      state: 'ACTIVE',
      startsOn: '2025-10-06',
      endsOn: '2025-12-28',
      reviewDueOn: '2025-11-17',
    });
  });

  it('an LA reviewing after 4 weeks sets its own review date', () => {
    const r = attendanceContractTransition(proposed(), { type: 'AGREE', on: '2025-10-06', signatures: bothAgree, endsOn: '2025-12-19' }, {
      ...DEFAULT_ATTENDANCE_CONTRACT_SETTINGS,
      reviewAfterWeeks: 4,
    });
    expect(r).toMatchObject({ allowed: true, next: { reviewDueOn: '2025-11-03', endsOn: '2025-12-19' } });
  });

  it('is voluntary: refused when a parent has not agreed or was not there', () => {
    const r = attendanceContractTransition(proposed(), {
      type: 'AGREE',
      on: '2025-10-06',
      signatures: [{ parentId: 'mum', agreed: true, tookPart: true }],
    });
    expect(r).toMatchObject({ allowed: false, reason: 'PARENT_HAS_NOT_AGREED', detail: { reasons: ['PARENT_HAS_NOT_AGREED', 'CANNOT_BE_AGREED_IN_ABSENCE'] } });
    const absent = attendanceContractTransition(proposed(), {
      type: 'AGREE',
      on: '2025-10-06',
      signatures: [bothAgree[0], { parentId: 'dad', agreed: true, tookPart: false }],
    });
    expect(absent).toMatchObject({ reason: 'CANNOT_BE_AGREED_IN_ABSENCE' });
    expect(attendanceContractTransition(proposed(), { type: 'AGREE', on: '2025-10-06', signatures: bothAgree, endsOn: '2025-10-01' })).toMatchObject({
      reason: 'PERIOD_INVALID',
    });
  });

  it('a parent may decline, with no sanction', () => {
    expect(after(proposed(), { type: 'DECLINE', on: '2025-10-06' })).toMatchObject({ state: 'DECLINED', endedOn: '2025-10-06' });
  });

  it('reviews move the next review date on; non-compliance is recorded for court', () => {
    const active = after(
      proposed(),
      { type: 'AGREE', on: '2025-10-06', signatures: bothAgree },
      { type: 'RECORD_REVIEW', on: '2025-11-17' },
      { type: 'RECORD_NON_COMPLIANCE', on: '2025-11-20', note: 'Missed check-in' },
    );
    expect(active).toMatchObject({ reviews: ['2025-11-17'], reviewDueOn: '2025-12-29', nonCompliance: [{ on: '2025-11-20', note: 'Missed check-in' }] });
    expect(after(active, { type: 'ESCALATE', on: '2025-11-24', to: 'PROSECUTION' })).toMatchObject({ state: 'ESCALATED', escalatedTo: 'PROSECUTION' });
  });

  it('cannot escalate without recorded non-compliance, nor complete before its end date', () => {
    const active = after(proposed(), { type: 'AGREE', on: '2025-10-06', signatures: bothAgree });
    expect(attendanceContractTransition(active, { type: 'ESCALATE', on: '2025-11-24', to: 'EDUCATION_SUPERVISION_ORDER' })).toMatchObject({
      reason: 'NO_NON_COMPLIANCE_RECORDED',
    });
    expect(attendanceContractTransition(active, { type: 'COMPLETE', on: '2025-12-27' })).toMatchObject({ reason: 'CONTRACT_PERIOD_RUNNING' });
    expect(after(active, { type: 'COMPLETE', on: '2025-12-28' }).state).toBe('COMPLETED');
    expect(after(active, { type: 'END_EARLY', on: '2025-11-01' }).state).toBe('ENDED_EARLY');
  });

  it('refuses events a state does not accept', () => {
    expect(attendanceContractTransition(proposed(), { type: 'COMPLETE', on: '2025-12-28' })).toMatchObject({ reason: 'TRANSITION_NOT_ALLOWED' });
  });

  it('property: a contract only becomes active when every parent on it agreed and took part', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ parentId: fc.constantFrom('mum', 'dad', 'gran'), agreed: fc.boolean(), tookPart: fc.boolean() }), { maxLength: 4 }), (signatures) => {
        const r = attendanceContractTransition(proposed(), { type: 'AGREE', on: '2025-10-06', signatures });
        const signedInPerson = (id: string) => {
          const signature = signatures.find((s) => s.parentId === id);
          return signature !== undefined && signature.agreed && signature.tookPart;
        };
        expect(r.allowed).toBe(signedInPerson('mum') && signedInPerson('dad'));
      }),
    );
  });
});
