/** Positional parameters for a hand-written statement: `sql.add(value)` appends the value and gives its `$n`. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}
