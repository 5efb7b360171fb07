/** A school's register settings, from its attendance policy (domain §2, §13). */
export interface RegisterSettings {
  /** How long the register may stay open after the session starts; the guidance says no longer than 30 minutes. */
  readonly maxRegisterOpenMinutes: number;
  /** Unexplained absence continuing for this many school days in a row (today included) needs safeguarding follow-up. */
  readonly safeguardingFollowUpAfterConsecutiveDays: number;
}

// domain §2 (register open no longer than 30 minutes, DfE guidance via S15) and §2 first-day calling (follow-up when unexplained absence continues past the first day: local practice)
export const DEFAULT_REGISTER_SETTINGS: RegisterSettings = {
  maxRegisterOpenMinutes: 30,
  safeguardingFollowUpAfterConsecutiveDays: 2,
};
