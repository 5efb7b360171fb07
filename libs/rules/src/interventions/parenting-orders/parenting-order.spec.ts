import fc from 'fast-check';
import { addDays } from '../../core';
import { ParentingOrder, ParentingOrderTerms, parentingOrderTermsCheck, parentingOrderTransition } from './parenting-order';

const programme = { from: '2026-02-01', until: '2026-04-30', residential: false };
const terms: ParentingOrderTerms = {
  requirementsFrom: '2026-02-01',
  requirementsUntil: '2027-01-31',
  programme,
  responsibleOfficer: 'Education Welfare Officer',
};
const proposed: ParentingOrder = { id: 'po-1', parentId: 'mum', childId: 'amy', state: 'PROPOSED', conviction: 'S444_1', breaches: [] };

describe('parenting orders', () => {
  it('requirements for 12 months with a 3-month programme inside them are valid', () => {
    expect(parentingOrderTermsCheck('S444_1', terms, false)).toMatchObject({ allowed: true, detail: { requirementsMaxUntil: '2027-01-31' } });
  });

  it('requirements beyond 12 months, or a programme beyond 3 months or outside them, are refused', () => {
    expect(parentingOrderTermsCheck('S444_1', { ...terms, requirementsUntil: '2027-02-01' }, false)).toMatchObject({ reason: 'REQUIREMENTS_TOO_LONG' });
    expect(parentingOrderTermsCheck('S444_1', { ...terms, programme: { ...programme, until: '2026-05-01' } }, false)).toMatchObject({ reason: 'PROGRAMME_TOO_LONG' });
    expect(parentingOrderTermsCheck('S444_1', { ...terms, programme: { ...programme, from: '2026-01-15', until: '2026-03-31' } }, false)).toMatchObject({
      reason: 'PROGRAMME_NOT_CONCURRENT',
    });
  });

  it('the programme may be left out only if a parenting order was made before', () => {
    const noProgramme = { ...terms, programme: undefined };
    expect(parentingOrderTermsCheck('S444_1', noProgramme, false)).toMatchObject({ reason: 'PROGRAMME_REQUIRED' });
    expect(parentingOrderTermsCheck('S444_1', noProgramme, true).allowed).toBe(true);
  });

  it('a residential programme must be justified, and a responsible officer named', () => {
    const residential = { ...terms, programme: { ...programme, residential: true }, responsibleOfficer: '' };
    expect(parentingOrderTermsCheck('S443', residential, false)).toMatchObject({
      reason: 'RESIDENTIAL_NOT_JUSTIFIED',
      detail: { reasons: ['RESIDENTIAL_NOT_JUSTIFIED', 'NO_RESPONSIBLE_OFFICER'] },
    });
  });

  it('needs a conviction under s443 or s444', () => {
    expect(parentingOrderTermsCheck('ESO_SCH3_PARA18', terms, false)).toMatchObject({ reason: 'NO_QUALIFYING_CONVICTION' });
  });

  it('is made, has breaches recorded, and completes after the requirements end', () => {
    const made = parentingOrderTransition(proposed, { type: 'MAKE', on: '2026-02-01', terms, previousParentingOrder: false });
    expect(made).toMatchObject({ allowed: true, next: { state: 'IN_FORCE', madeOn: '2026-02-01' } });
    if (!made.allowed) return;
    const breached = parentingOrderTransition(made.next, { type: 'RECORD_BREACH', on: '2026-03-01' });
    expect(breached).toMatchObject({ next: { breaches: ['2026-03-01'] } });
    expect(parentingOrderTransition(made.next, { type: 'COMPLETE', on: '2027-01-31' })).toMatchObject({ reason: 'REQUIREMENTS_RUNNING' });
    expect(parentingOrderTransition(made.next, { type: 'COMPLETE', on: '2027-02-01' })).toMatchObject({ next: { state: 'COMPLETED' } });
    expect(parentingOrderTransition(made.next, { type: 'DISCHARGE', on: '2026-06-01' })).toMatchObject({ next: { state: 'DISCHARGED' } });
    expect(parentingOrderTransition(proposed, { type: 'MAKE', on: '2026-02-01', terms: { ...terms, responsibleOfficer: ' ' }, previousParentingOrder: false })).toMatchObject({
      reason: 'NO_RESPONSIBLE_OFFICER',
    });
    expect(parentingOrderTransition(proposed, { type: 'COMPLETE', on: '2027-02-01' })).toMatchObject({ reason: 'TRANSITION_NOT_ALLOWED' });
  });

  it('property: requirements of up to 12 months are accepted and anything longer refused', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 400 }), (start, length) => {
        const requirementsFrom = addDays('2025-01-01', start);
        const requirementsUntil = addDays(requirementsFrom, length);
        const check = parentingOrderTermsCheck('S444_1', { requirementsFrom, requirementsUntil, responsibleOfficer: 'YOT' }, true);
        expect(check.allowed).toBe(requirementsUntil <= (check.detail?.requirementsMaxUntil as string));
        if (length <= 364) expect(check.allowed).toBe(true);
        if (length >= 366) expect(check.allowed).toBe(false);
      }),
    );
  });
});
