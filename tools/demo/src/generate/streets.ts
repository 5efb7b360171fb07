import { Locality } from './demo-areas';
import { postcodeIn } from './generate-schools';
import { STREET_STEMS, STREET_SUFFIXES } from './names';
import { Random } from './random';

export interface Street {
  readonly name: string;
  readonly postcode: string;
}

const cache = new Map<string, readonly Street[]>();

/** The streets of a locality, each with its postcode: fixed for every seed (the map does not change). */
export function streetsOf(locality: Locality): readonly Street[] {
  const cached = cache.get(locality.name);
  if (cached) return cached;
  const random = Random.fromSeed(2026).fork(`streets:${locality.name}`);
  const names = new Set<string>();
  while (names.size < 36) names.add(`${random.pick(STREET_STEMS)} ${random.pick(STREET_SUFFIXES)}`);
  const streets = [...names].map((name) => ({ name, postcode: postcodeIn(locality.postcodeDistrict, random) }));
  cache.set(locality.name, streets);
  return streets;
}
