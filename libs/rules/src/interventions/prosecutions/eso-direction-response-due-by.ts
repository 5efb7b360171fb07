import { LocalDate, addDays } from '../../core';

// domain §7; EA 1996 s447(3)–(4): after a court directs the LA to apply for an ESO, it must apply or give the court its reasons within 8 weeks beginning with the date of the direction
export function esoDirectionResponseDueBy(directedOn: LocalDate): LocalDate {
  return addDays(directedOn, 8 * 7 - 1);
}
