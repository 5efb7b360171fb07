import { Refusal } from '../refusal';
import { Scope } from '../scope';

/** The LA tenant a record is in: the one given, else the caller's own. */
export function laCodeOf(scope: Scope, given: string | null | undefined): string {
  const laCode = given ?? scope.laCode;
  if (!laCode) throw new Refusal('INVALID_INPUT', 'Say which LA holds the record (laCode).', { field: 'laCode' });
  return laCode;
}
