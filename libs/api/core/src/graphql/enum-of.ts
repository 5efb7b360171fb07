/** A GraphQL enum object (`{ A: 'A', … }`) from a list of string values, e.g. a rules library's reasons. */
export function enumOf<T extends string>(values: readonly T[]): { readonly [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { readonly [K in T]: K };
}
