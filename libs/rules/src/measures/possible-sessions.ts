import { Mark } from '../codes';
import { countMarks, DateRange, possibleFromCounts } from './count-marks';

// domain §1.2 RULE (possible sessions) and §4; DfE absence methodology: sessions coded P, AEA, AA or UA
export function possibleSessions(marks: readonly Pick<Mark, 'code' | 'date'>[], range: DateRange = {}): number {
  return possibleFromCounts(countMarks(marks, range));
}
