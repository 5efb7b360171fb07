type WithoutNulls<T> = { [K in keyof T]: Exclude<T[K], null> };

/** GraphQL lets a client send `null` for an optional field; the services take "not given" as undefined. */
export function withoutNulls<T extends object>(input: T): WithoutNulls<T> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null)) as WithoutNulls<T>;
}
