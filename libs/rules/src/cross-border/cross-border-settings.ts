/** Local agreements for pupils who live in one LA and go to school in another (domain §5, §7, §16 item 4, §17.2). */
export interface CrossBorderSettings {
  /** Which LA prosecutes: UNCONFIRMED; the school's LA is common practice (Sefton), telling the home LA. */
  readonly prosecutingLa: 'SCHOOL_LA' | 'HOME_LA';
  /** The designated LA for an ESO where CA 1989 s36(7) lets the two LAs agree on the school's LA: UNCONFIRMED local agreement; Sefton uses the home LA. */
  readonly esoDesignatedLa: 'HOME_LA' | 'SCHOOL_LA';
  /** Which LA a school sends its attendance return to for a pupil living elsewhere: not settled in domain.md; the school's LA by default. */
  readonly attendanceReturnLa: 'SCHOOL_LA' | 'HOME_LA';
}

export const DEFAULT_CROSS_BORDER_SETTINGS: CrossBorderSettings = {
  prosecutingLa: 'SCHOOL_LA',
  esoDesignatedLa: 'HOME_LA',
  attendanceReturnLa: 'SCHOOL_LA',
};
