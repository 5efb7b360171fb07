/**
 * An expected refusal (bad input, a rule that says no): carries a stable code the API maps to a typed
 * GraphQL result, and a message a person can act on. Unexpected faults are plain errors.
 */
export class Refusal<Code extends string = string, Detail = unknown> extends Error {
  constructor(
    readonly code: Code,
    message: string,
    readonly detail?: Detail,
  ) {
    super(message);
    this.name = 'Refusal';
  }
}
