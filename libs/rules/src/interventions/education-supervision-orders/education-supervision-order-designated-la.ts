export interface EducationSupervisionOrderDesignatedLaInput {
  /** The LA where the child lives or will live. */
  readonly homeLa: string;
  /** The LA where the child's school is, if the child is a registered pupil at a school. */
  readonly schoolLa?: string;
  /** Whether the two LAs agree that the school's LA is designated. */
  readonly bothAgreeSchoolLa: boolean;
}

export interface EducationSupervisionOrderDesignation {
  readonly designatedLa: string;
  readonly basis: 'CHILD_LIVES_THERE' | 'SCHOOL_LA_BY_AGREEMENT';
}

// domain §7; Children Act 1989 s36(7): the designated LA is where the child lives, or — for a registered pupil where both LAs agree — where the school is
export function educationSupervisionOrderDesignatedLa(input: EducationSupervisionOrderDesignatedLaInput): EducationSupervisionOrderDesignation {
  if (input.schoolLa !== undefined && input.bothAgreeSchoolLa) return { designatedLa: input.schoolLa, basis: 'SCHOOL_LA_BY_AGREEMENT' };
  return { designatedLa: input.homeLa, basis: 'CHILD_LIVES_THERE' };
}
