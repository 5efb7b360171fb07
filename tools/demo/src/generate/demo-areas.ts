import { LA_CODES } from '@rollcall/rules';

export interface DemoLocalAuthorityRef {
  readonly laCode: string;
  readonly name: string;
}

function laCodeFromDfeList(code: string): string {
  if (!LA_CODES.some((la) => la.code === code)) throw new Error(`${code} is not in the DfE LA code list`);
  return code;
}

/**
 * The fictional demo LA. Its code is a real-format DfE LA number that is no longer in use (928 was
 * Northamptonshire until 2021), so UPNs validate and no live LA is impersonated.
 */
export const DEMO_LA: DemoLocalAuthorityRef = {
  laCode: laCodeFromDfeList('928'),
  name: 'Northmoor (fictional demo local authority)',
};

/** The fictional neighbouring LA (909 was Cumbria until 2023): one school just over the border. */
export const NEIGHBOUR_LA: DemoLocalAuthorityRef = {
  laCode: laCodeFromDfeList('909'),
  name: 'Eastmere (fictional neighbouring local authority)',
};

/**
 * A part of an area: a postcode district with its own deprivation level. Postcode areas NM and EM are
 * not used by Royal Mail, so every demo postcode is well-formed but fictional.
 */
export interface Locality {
  readonly name: string;
  readonly laCode: string;
  readonly town: string;
  readonly postcodeDistrict: string;
  /** 0 (affluent) to 1 (most deprived): drives free school meals and social care, as in real "hotspots". */
  readonly deprivation: number;
  /** On the border with the other LA: some families here cross it for school. */
  readonly border: boolean;
}

export const LOCALITIES: readonly Locality[] = [
  { name: 'Northmoor Central', laCode: '928', town: 'Northmoor', postcodeDistrict: 'NM1', deprivation: 0.85, border: false },
  { name: 'Millbank', laCode: '928', town: 'Northmoor', postcodeDistrict: 'NM2', deprivation: 0.7, border: false },
  { name: 'Beckside', laCode: '928', town: 'Northmoor', postcodeDistrict: 'NM3', deprivation: 0.55, border: false },
  { name: 'Hallbridge', laCode: '928', town: 'Hallbridge', postcodeDistrict: 'NM4', deprivation: 0.45, border: true },
  { name: 'Caldwick', laCode: '928', town: 'Caldwick', postcodeDistrict: 'NM5', deprivation: 0.3, border: true },
  { name: 'Farrowfield', laCode: '928', town: 'Farrowfield', postcodeDistrict: 'NM6', deprivation: 0.65, border: false },
  { name: 'Oakden', laCode: '928', town: 'Oakden', postcodeDistrict: 'NM7', deprivation: 0.12, border: false },
  { name: 'Saltmoor', laCode: '928', town: 'Saltmoor', postcodeDistrict: 'NM8', deprivation: 0.4, border: false },
  { name: 'Hepton Vale', laCode: '928', town: 'Hepton', postcodeDistrict: 'NM9', deprivation: 0.2, border: false },
  { name: 'Kirkby Ings', laCode: '928', town: 'Kirkby Ings', postcodeDistrict: 'NM10', deprivation: 0.08, border: false },
  { name: 'Eastmere West', laCode: '909', town: 'Eastmere', postcodeDistrict: 'EM3', deprivation: 0.5, border: true },
];

export function localityNamed(name: string): Locality {
  const found = LOCALITIES.find((l) => l.name === name);
  if (!found) throw new Error(`No locality called ${name}`);
  return found;
}

/** Letters Royal Mail uses in the last two places of a postcode (never C, I, K, M, O or V). */
export const POSTCODE_UNIT_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

/** Domain for every demo e-mail address (`.example` is reserved, so nothing is ever sent anywhere real). */
export const DEMO_EMAIL_DOMAIN = 'northmoor.example';
