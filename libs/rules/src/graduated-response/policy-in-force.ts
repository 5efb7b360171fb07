import { LocalDate } from '../core';
import { AttendancePolicy } from './attendance-policy';

// domain §17 (LA policy is versioned with an effective date): the version in force on a date — the latest effectiveFrom on or before it, highest version on a tie
export function policyInForce<P extends AttendancePolicy>(policies: readonly P[], date: LocalDate): P | undefined {
  let found: P | undefined;
  for (const policy of policies) {
    if (policy.effectiveFrom > date) continue;
    if (
      found === undefined ||
      policy.effectiveFrom > found.effectiveFrom ||
      (policy.effectiveFrom === found.effectiveFrom && policy.version > found.version)
    ) {
      found = policy;
    }
  }
  return found;
}
