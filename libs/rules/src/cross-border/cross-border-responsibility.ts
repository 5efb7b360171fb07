import { educationSupervisionOrderDesignatedLa } from '../interventions/education-supervision-orders/education-supervision-order-designated-la';
import { CrossBorderSettings, DEFAULT_CROSS_BORDER_SETTINGS } from './cross-border-settings';

export type CrossBorderAction =
  | 'EARLY_HELP'
  | 'SOCIAL_CARE_PLAN'
  | 'ALTERNATIVE_PROVISION'
  | 'HOME_TO_SCHOOL_TRANSPORT'
  | 'EHCP'
  | 'TARGETING_SUPPORT_MEETING'
  | 'NOTICE_TO_IMPROVE'
  | 'PENALTY_NOTICE'
  | 'ATTENDANCE_CONTRACT'
  | 'EDUCATION_SUPERVISION_ORDER'
  | 'PROSECUTION'
  | 'SCHOOL_ATTENDANCE_ORDER'
  | 'CHILDREN_MISSING_EDUCATION'
  | 'ATTENDANCE_RETURN'
  | 'VIRTUAL_SCHOOL';

export type CrossBorderBasis =
  | 'HOME_LA_FAMILY_SUPPORT'
  | 'HOME_LA_CHILD_IN_ITS_AREA'
  | 'EHCP_MAINTAINING_LA'
  | 'SCHOOL_LA_WORKS_WITH_ITS_SCHOOLS'
  | 'SCHOOL_LA_CODE_OF_CONDUCT'
  | 'ESO_DESIGNATED_LA'
  | 'PROSECUTING_LA_BY_AGREEMENT'
  | 'ATTENDANCE_RETURN_BY_AGREEMENT'
  | 'LOOKED_AFTER_BY_LA';

export interface CrossBorderInput {
  readonly action: CrossBorderAction;
  /** The LA where the child lives. */
  readonly homeLa: string;
  /** The LA where the child's school is. */
  readonly schoolLa: string;
  /** The LA that maintains the child's EHC plan, if it is neither of those (defaults to the home LA). */
  readonly ehcpLa?: string;
  /** For a looked-after child: the LA that looks after them (children placed out of area stay the home LA's). */
  readonly careLa?: string;
  readonly settings?: CrossBorderSettings;
}

export interface CrossBorderResponsibility {
  readonly action: CrossBorderAction;
  readonly actingLa: string;
  /** The other LAs involved, who must be told. */
  readonly tell: readonly string[];
  readonly basis: CrossBorderBasis;
  readonly source: string;
  /** Set when an LA setting (an UNCONFIRMED or local item) decided the answer. */
  readonly decidedBySetting?: keyof CrossBorderSettings;
}

type Rule = { readonly basis: CrossBorderBasis; readonly source: string; readonly setting?: keyof CrossBorderSettings };

const RULES: Readonly<Record<CrossBorderAction, Rule>> = {
  EARLY_HELP: { basis: 'HOME_LA_FAMILY_SUPPORT', source: 'domain §17.2 (Sefton cross-border table)' },
  SOCIAL_CARE_PLAN: { basis: 'HOME_LA_FAMILY_SUPPORT', source: 'domain §17.2 (Sefton cross-border table)' },
  ALTERNATIVE_PROVISION: { basis: 'HOME_LA_FAMILY_SUPPORT', source: 'domain §17.2 (Sefton); EA 1996 s19' },
  HOME_TO_SCHOOL_TRANSPORT: { basis: 'HOME_LA_FAMILY_SUPPORT', source: 'domain §17.2 (Sefton); EA 1996 s508B' },
  EHCP: { basis: 'EHCP_MAINTAINING_LA', source: 'domain §17.2: raised with the LA that maintains the plan' },
  TARGETING_SUPPORT_MEETING: { basis: 'SCHOOL_LA_WORKS_WITH_ITS_SCHOOLS', source: 'domain §12, §17.2: the support team works with every school in its area' },
  NOTICE_TO_IMPROVE: { basis: 'SCHOOL_LA_CODE_OF_CONDUCT', source: "domain §5, §17.2: part of the school LA's penalty notice code" },
  PENALTY_NOTICE: { basis: 'SCHOOL_LA_CODE_OF_CONDUCT', source: "domain §5, §17.2: follows and is issued under the school LA's code" },
  ATTENDANCE_CONTRACT: { basis: 'SCHOOL_LA_WORKS_WITH_ITS_SCHOOLS', source: "domain §6, §17.2: agreed with the school or its LA's attendance panel" },
  EDUCATION_SUPERVISION_ORDER: { basis: 'ESO_DESIGNATED_LA', source: 'domain §7; Children Act 1989 s36(7)', setting: 'esoDesignatedLa' },
  PROSECUTION: { basis: 'PROSECUTING_LA_BY_AGREEMENT', source: 'domain §5, §8, §16 item 4 (UNCONFIRMED)', setting: 'prosecutingLa' },
  SCHOOL_ATTENDANCE_ORDER: { basis: 'HOME_LA_CHILD_IN_ITS_AREA', source: 'domain §9; EA 1996 s437(1): a child in the LA’s area' },
  CHILDREN_MISSING_EDUCATION: { basis: 'HOME_LA_CHILD_IN_ITS_AREA', source: 'domain §10; EA 1996 s436A: children in the LA’s area' },
  ATTENDANCE_RETURN: { basis: 'ATTENDANCE_RETURN_BY_AGREEMENT', source: 'domain §3; SI 2024/208 reg 13', setting: 'attendanceReturnLa' },
  VIRTUAL_SCHOOL: { basis: 'LOOKED_AFTER_BY_LA', source: 'domain §11, §17.2: children placed out of area stay the home LA’s responsibility' },
};

function actingLa(input: CrossBorderInput, settings: CrossBorderSettings): string {
  const { action, homeLa, schoolLa } = input;
  const pick = (choice: 'HOME_LA' | 'SCHOOL_LA') => (choice === 'HOME_LA' ? homeLa : schoolLa);
  switch (RULES[action].basis) {
    case 'HOME_LA_FAMILY_SUPPORT':
    case 'HOME_LA_CHILD_IN_ITS_AREA':
      return homeLa;
    case 'EHCP_MAINTAINING_LA':
      return input.ehcpLa ?? homeLa;
    case 'LOOKED_AFTER_BY_LA':
      return input.careLa ?? homeLa;
    case 'SCHOOL_LA_WORKS_WITH_ITS_SCHOOLS':
    case 'SCHOOL_LA_CODE_OF_CONDUCT':
      return schoolLa;
    case 'ESO_DESIGNATED_LA':
      return educationSupervisionOrderDesignatedLa({ homeLa, schoolLa, bothAgreeSchoolLa: settings.esoDesignatedLa === 'SCHOOL_LA' }).designatedLa;
    case 'PROSECUTING_LA_BY_AGREEMENT':
      return pick(settings.prosecutingLa);
    case 'ATTENDANCE_RETURN_BY_AGREEMENT':
      return pick(settings.attendanceReturnLa);
  }
}

// domain §5, §7, §17.2; CA 1989 s36(7), EA 1996 ss436A, 437: for a pupil living in one LA and at school in another, which LA acts and who must be told
export function crossBorderResponsibility(input: CrossBorderInput): CrossBorderResponsibility {
  const settings = input.settings ?? DEFAULT_CROSS_BORDER_SETTINGS;
  const rule = RULES[input.action];
  const acting = actingLa(input, settings);
  const involved = [input.homeLa, input.schoolLa, input.ehcpLa, input.careLa].filter((la): la is string => la !== undefined);
  const tell = [...new Set(involved)].filter((la) => la !== acting);
  const answer = { action: input.action, actingLa: acting, tell, basis: rule.basis, source: rule.source };
  return rule.setting === undefined ? answer : { ...answer, decidedBySetting: rule.setting };
}
