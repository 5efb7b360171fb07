import fc from 'fast-check';
import { addDays, daysBetween } from '../../core';
import { compulsorySchoolAgeEnd } from '../../calendar';
import { EducationSupervisionOrder, EducationSupervisionOrderEvent, educationSupervisionOrderTransition } from './education-supervision-order';
import { educationSupervisionOrderDesignatedLa } from './education-supervision-order-designated-la';
import {
  educationSupervisionOrderEnd,
  educationSupervisionOrderExpiry,
  educationSupervisionOrderExtensionApplication,
} from './education-supervision-order-duration';

const considering: EducationSupervisionOrder = {
  id: 'eso-1',
  childId: 'amy',
  state: 'CONSIDERING',
  consideredOn: '2025-07-01',
  compulsorySchoolAgeEndsOn: compulsorySchoolAgeEnd('2013-05-04'),
  extensions: [],
};

const application: Extract<EducationSupervisionOrderEvent, { type: 'APPLY' }> = {
  type: 'APPLY',
  on: '2025-07-10',
  applyingLa: '343',
  designation: { homeLa: '343', schoolLa: '344', bothAgreeSchoolLa: false },
  inCareOfLocalAuthority: false,
  childrenServicesConsulted: true,
  ground: 'NOT_ATTENDING_REGULARLY',
};

function after(order: EducationSupervisionOrder, ...events: EducationSupervisionOrderEvent[]): EducationSupervisionOrder {
  return events.reduce((o, e) => {
    const r = educationSupervisionOrderTransition(o, e);
    if (!r.allowed) throw new Error(`${e.type}: ${r.reason}`);
    return r.next;
  }, order);
}

const inForce = () => after(considering, application, { type: 'COURT_MAKES', on: '2025-09-01' });

describe('Education Supervision Orders', () => {
  it('an order made on 1 Sep 2025 lasts one year, to 31 Aug 2026', () => {
    expect(educationSupervisionOrderExpiry('2025-09-01')).toBe('2026-08-31');
    expect(inForce()).toMatchObject({ state: 'IN_FORCE', madeOn: '2025-09-01', expiresOn: '2026-08-31', endsOn: '2026-08-31', endReason: 'EXPIRED', designatedLa: '343' });
  });

  it('making the order replaces the parents’ duty and ends any school attendance order', () => {
    const r = educationSupervisionOrderTransition(after(considering, application), { type: 'COURT_MAKES', on: '2025-09-01' });
    expect(r.detail).toEqual({ effects: ['PARENT_DUTY_REPLACED_BY_DUTY_TO_COMPLY_WITH_DIRECTIONS', 'SCHOOL_ATTENDANCE_ORDER_CEASES', 'PARENTAL_PREFERENCE_AND_APPEAL_RIGHTS_SUSPENDED'] });
  });

  it('no ESO for a child in the care of a local authority', () => {
    expect(educationSupervisionOrderTransition(considering, { ...application, inCareOfLocalAuthority: true })).toMatchObject({ allowed: false, reason: 'CHILD_IN_LA_CARE' });
  });

  it('the LA must consult children’s services and show grounds before applying', () => {
    expect(educationSupervisionOrderTransition(considering, { ...application, childrenServicesConsulted: false, ground: undefined })).toMatchObject({
      reason: 'GROUNDS_NOT_SHOWN',
      detail: { reasons: ['GROUNDS_NOT_SHOWN', 'CHILDREN_SERVICES_NOT_CONSULTED'] },
    });
    expect(educationSupervisionOrderTransition(considering, { ...application, on: '2029-07-01' })).toMatchObject({ reason: 'NOT_COMPULSORY_SCHOOL_AGE' });
  });

  it('a decision not to apply is recorded with its reason (the s447 consideration record)', () => {
    expect(educationSupervisionOrderTransition(considering, { type: 'DECIDE_NOT_TO_APPLY', on: '2025-07-02', reason: '' })).toMatchObject({ reason: 'REASON_REQUIRED' });
    const decided = after(considering, { type: 'DECIDE_NOT_TO_APPLY', on: '2025-07-02', reason: 'Family engaging with early help' });
    expect(decided).toMatchObject({ state: 'DECIDED_NOT_TO_APPLY', decisionNotToApply: { on: '2025-07-02' } });
    expect(after(decided, application).state).toBe('APPLIED');
  });

  it('an extension applied for 3 months + 1 day before expiry is refused; exactly 3 months before is allowed', () => {
    expect(educationSupervisionOrderTransition(inForce(), { type: 'APPLY_FOR_EXTENSION', on: '2026-05-30' })).toMatchObject({
      allowed: false,
      reason: 'EXTENSION_APPLICATION_TOO_EARLY',
      detail: { opensOn: '2026-05-31', expiresOn: '2026-08-31' },
    });
    expect(after(inForce(), { type: 'APPLY_FOR_EXTENSION', on: '2026-05-31' }).extensionAppliedOn).toBe('2026-05-31');
    expect(educationSupervisionOrderTransition(inForce(), { type: 'APPLY_FOR_EXTENSION', on: '2026-09-01' })).toMatchObject({ reason: 'ORDER_ALREADY_EXPIRED' });
  });

  it('one extension may not exceed 3 years, and the order may be extended more than once', () => {
    const applied = after(inForce(), { type: 'APPLY_FOR_EXTENSION', on: '2026-06-15' });
    expect(educationSupervisionOrderTransition(applied, { type: 'APPLY_FOR_EXTENSION', on: '2026-06-16' })).toMatchObject({ reason: 'EXTENSION_ALREADY_APPLIED_FOR' });
    expect(educationSupervisionOrderTransition(applied, { type: 'EXTEND', on: '2026-07-01', extendedTo: '2029-09-01' })).toMatchObject({
      reason: 'EXTENSION_TOO_LONG',
      detail: { maxExtendedTo: '2029-08-31' },
    });
    expect(educationSupervisionOrderTransition(applied, { type: 'EXTEND', on: '2026-09-01', extendedTo: '2027-08-31' })).toMatchObject({ reason: 'ORDER_ALREADY_EXPIRED' });
    const once = after(applied, { type: 'EXTEND', on: '2026-07-01', extendedTo: '2027-08-31' });
    expect(once).toMatchObject({ expiresOn: '2027-08-31', endsOn: '2027-08-31', extensions: [{ decidedOn: '2026-07-01', extendedTo: '2027-08-31' }] });
    expect(educationSupervisionOrderTransition(once, { type: 'EXTEND', on: '2027-07-01', extendedTo: '2028-08-31' })).toMatchObject({ reason: 'NO_EXTENSION_APPLICATION' });
    const twice = after(once, { type: 'APPLY_FOR_EXTENSION', on: '2027-06-01' }, { type: 'EXTEND', on: '2027-07-01', extendedTo: '2028-08-31' });
    expect(twice.extensions).toHaveLength(2);
    expect(twice.endsOn).toBe('2028-08-31');
  });

  it('ends when the child ceases to be of compulsory school age, and then cannot be extended', () => {
    const leaver = { ...considering, compulsorySchoolAgeEndsOn: compulsorySchoolAgeEnd('2010-01-15') };
    const order = after(leaver, application, { type: 'COURT_MAKES', on: '2025-09-01' });
    expect(order).toMatchObject({ expiresOn: '2026-08-31', endsOn: '2026-06-26', endReason: 'CEASED_COMPULSORY_SCHOOL_AGE' });
    expect(educationSupervisionOrderTransition(order, { type: 'APPLY_FOR_EXTENSION', on: '2026-06-01' })).toMatchObject({ reason: 'ORDER_ENDS_WITH_COMPULSORY_SCHOOL_AGE' });
    expect(educationSupervisionOrderTransition(order, { type: 'RECORD_END', on: '2026-06-26' })).toMatchObject({ reason: 'ORDER_STILL_IN_FORCE' });
    expect(after(order, { type: 'RECORD_END', on: '2026-06-27' }).state).toBe('ENDED');
    expect(educationSupervisionOrderTransition(leaver, { ...application, on: '2026-07-01' })).toMatchObject({ reason: 'NOT_COMPULSORY_SCHOOL_AGE' });
    const applied = after(leaver, application);
    expect(educationSupervisionOrderTransition(applied, { type: 'COURT_MAKES', on: '2026-07-01' })).toMatchObject({ reason: 'NOT_COMPULSORY_SCHOOL_AGE' });
  });

  it('a care order or discharge ends the order that day', () => {
    expect(after(inForce(), { type: 'CARE_ORDER_MADE', on: '2026-02-10' })).toMatchObject({ state: 'ENDED', endsOn: '2026-02-10', endReason: 'CARE_ORDER_MADE' });
    expect(after(inForce(), { type: 'DISCHARGE', on: '2026-03-10' })).toMatchObject({ state: 'ENDED', endsOn: '2026-03-10', endReason: 'DISCHARGED' });
    expect(after(after(considering, application), { type: 'COURT_REFUSES', on: '2025-09-01' }).state).toBe('REFUSED_BY_COURT');
  });

  it('refuses events a state does not accept', () => {
    expect(educationSupervisionOrderTransition(considering, { type: 'COURT_MAKES', on: '2025-09-01' })).toMatchObject({ reason: 'TRANSITION_NOT_ALLOWED' });
  });

  it('the designated LA is the home LA, or the school LA where both agree', () => {
    expect(educationSupervisionOrderDesignatedLa({ homeLa: '343', schoolLa: '344', bothAgreeSchoolLa: false })).toEqual({ designatedLa: '343', basis: 'CHILD_LIVES_THERE' });
    expect(educationSupervisionOrderDesignatedLa({ homeLa: '343', schoolLa: '344', bothAgreeSchoolLa: true })).toEqual({ designatedLa: '344', basis: 'SCHOOL_LA_BY_AGREEMENT' });
    expect(educationSupervisionOrderDesignatedLa({ homeLa: '343', bothAgreeSchoolLa: true }).designatedLa).toBe('343');
  });

  it('property: the order never outlasts compulsory school age, and an extension window is always the last 3 months', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: -400, max: 1500 }), fc.integer({ min: 0, max: 120 }), (made, csaOffset, early) => {
        const madeOn = addDays('2020-01-01', made);
        const csa = addDays(madeOn, csaOffset);
        const end = educationSupervisionOrderEnd({ madeOn, compulsorySchoolAgeEndsOn: csa });
        expect(end.endsOn <= csa && end.endsOn <= educationSupervisionOrderExpiry(madeOn)).toBe(true);
        const expiresOn = educationSupervisionOrderExpiry(madeOn);
        const applied = educationSupervisionOrderExtensionApplication(expiresOn, addDays(expiresOn, -early), '2099-01-01');
        const opensOn = applied.detail?.opensOn as string;
        expect(daysBetween(opensOn, expiresOn)).toBeGreaterThanOrEqual(89);
        expect(daysBetween(opensOn, expiresOn)).toBeLessThanOrEqual(92);
        expect(applied.allowed).toBe(addDays(expiresOn, -early) >= opensOn);
      }),
    );
  });
});
