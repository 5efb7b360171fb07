import { Refusal, Scope } from '@rollcall/api-core';

type WithoutNulls<T> = { [K in keyof T]: Exclude<T[K], null> };

/** GraphQL lets a client send `null` for an optional field; the services take "not given" as undefined. */
export function withoutNulls<T extends object>(input: T): WithoutNulls<T> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null)) as WithoutNulls<T>;
}

/** The LA tenant a record is in: the one given, else the caller's own. */
export function laCodeOf(scope: Scope, given: string | null | undefined): string {
  const laCode = given ?? scope.laCode;
  if (!laCode) throw new Refusal('INVALID_INPUT', 'Say which LA holds the record (laCode).', { field: 'laCode' });
  return laCode;
}
