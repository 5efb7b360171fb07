import { Decision, LocalDate, addDays, addMonths, addYears, allow, compareDates, refuse } from '../../core';

// domain §7; CA 1989 Sch 3 para 15(1): an order has effect for one year beginning with the date made; this is its last day
export function educationSupervisionOrderExpiry(madeOn: LocalDate): LocalDate {
  return addDays(addYears(madeOn, 1), -1);
}

// domain §7; CA 1989 Sch 3 para 15(3): the earliest day to apply for an extension, 3 months before the order would otherwise expire
export function educationSupervisionOrderExtensionOpensOn(expiresOn: LocalDate): LocalDate {
  return addMonths(expiresOn, -3);
}

// domain §7; CA 1989 Sch 3 para 15(5): the latest day one extension can run to (no single extension over 3 years)
export function educationSupervisionOrderMaxExtension(expiresOn: LocalDate): LocalDate {
  return addDays(addYears(addDays(expiresOn, 1), 3), -1);
}

export interface EducationSupervisionOrderExtensionDetail {
  readonly expiresOn: LocalDate;
  readonly opensOn: LocalDate;
  readonly compulsorySchoolAgeEndsOn: LocalDate;
}

// domain §7; Children Act 1989 Sch 3 para 15(3): an extension may not be applied for earlier than 3 months before the order would otherwise expire (nor after it has expired)
export function educationSupervisionOrderExtensionApplication(
  expiresOn: LocalDate,
  appliedOn: LocalDate,
  compulsorySchoolAgeEndsOn: LocalDate,
): Decision<'EXTENSION_APPLICATION_TOO_EARLY' | 'ORDER_ALREADY_EXPIRED' | 'ORDER_ENDS_WITH_COMPULSORY_SCHOOL_AGE', EducationSupervisionOrderExtensionDetail> {
  const detail = { expiresOn, opensOn: educationSupervisionOrderExtensionOpensOn(expiresOn), compulsorySchoolAgeEndsOn };
  if (compulsorySchoolAgeEndsOn <= expiresOn) return refuse('ORDER_ENDS_WITH_COMPULSORY_SCHOOL_AGE', detail);
  if (appliedOn < detail.opensOn) return refuse('EXTENSION_APPLICATION_TOO_EARLY', detail);
  if (appliedOn > expiresOn) return refuse('ORDER_ALREADY_EXPIRED', detail);
  return allow(detail);
}

export type EducationSupervisionOrderEndReason = 'EXPIRED' | 'CEASED_COMPULSORY_SCHOOL_AGE' | 'CARE_ORDER_MADE' | 'DISCHARGED';

export interface EducationSupervisionOrderEndInput {
  readonly madeOn: LocalDate;
  /** The last day in force after each extension granted, in any order. */
  readonly extendedTo?: readonly LocalDate[];
  /** The school leaving date: the last day of compulsory school age (see calendar `compulsorySchoolAgeEnd`). */
  readonly compulsorySchoolAgeEndsOn: LocalDate;
  readonly careOrderMadeOn?: LocalDate;
  readonly dischargedOn?: LocalDate;
}

// domain §7; Children Act 1989 Sch 3 para 15: one year from the date made, as extended, ending early when the child ceases to be of compulsory school age or a care order is made
export function educationSupervisionOrderEnd(input: EducationSupervisionOrderEndInput): { readonly endsOn: LocalDate; readonly reason: EducationSupervisionOrderEndReason } {
  const scheduled = [educationSupervisionOrderExpiry(input.madeOn), ...(input.extendedTo ?? [])].sort().reverse()[0];
  // Listed most specific first, so on a tie the care order, discharge or leaving age is reported rather than expiry.
  const candidates: { readonly endsOn?: LocalDate; readonly reason: EducationSupervisionOrderEndReason }[] = [
    { endsOn: input.careOrderMadeOn, reason: 'CARE_ORDER_MADE' },
    { endsOn: input.dischargedOn, reason: 'DISCHARGED' },
    { endsOn: input.compulsorySchoolAgeEndsOn, reason: 'CEASED_COMPULSORY_SCHOOL_AGE' },
    { endsOn: scheduled, reason: 'EXPIRED' },
  ];
  const ends = candidates
    .filter((c): c is { readonly endsOn: LocalDate; readonly reason: EducationSupervisionOrderEndReason } => c.endsOn !== undefined)
    .sort((a, b) => compareDates(a.endsOn, b.endsOn));
  return { endsOn: ends[0].endsOn, reason: ends[0].reason };
}
