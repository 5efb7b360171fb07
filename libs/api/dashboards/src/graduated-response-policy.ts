import { laSettings } from '@rollcall/api-core';
import { AttendancePolicy, LocalDate, SEFTON_DEFAULT_POLICY } from '@rollcall/rules';
import { EntityManager } from 'typeorm';

// domain §17 (local policy: an LA setting with a default, versioned by effective date): the LA's graduated response in force on a date, Sefton's by default
export function graduatedResponsePolicy(tx: EntityManager, laCode: string, on: LocalDate): Promise<AttendancePolicy> {
  return laSettings<AttendancePolicy>(tx, laCode, 'GRADUATED_RESPONSE', on, SEFTON_DEFAULT_POLICY);
}

/** The policies of several LAs on a date, one statement each (a page of pupils is usually in one LA). */
export async function graduatedResponsePolicies(tx: EntityManager, laCodes: Iterable<string>, on: LocalDate): Promise<Map<string, AttendancePolicy>> {
  const policies = new Map<string, AttendancePolicy>();
  for (const laCode of new Set(laCodes)) policies.set(laCode, await graduatedResponsePolicy(tx, laCode, on));
  return policies;
}
