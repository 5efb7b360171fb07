/** One of the SDK's operations as the portals know it: its trusted-document hash (SHA-256 of the text) and text. */
export interface TrustedOperation {
  readonly name: string;
  readonly hash: string;
  readonly text: string;
}

/** The operation named `name` in the SDK's trusted documents (libs/sdk/src/generated/persisted-documents.json). */
export function trustedOperation(documents: Readonly<Record<string, string>>, name: string): TrustedOperation {
  const defines = new RegExp(`(^|\\s)(query|mutation)\\s+${name}\\b`);
  const found = Object.entries(documents).filter(([, text]) => defines.test(text));
  if (found.length !== 1) throw new Error(`The SDK's trusted documents hold ${found.length} operations named ${name}, not 1: run npm run generate`);
  const [hash, text] = found[0];
  return { name, hash, text };
}

/** A request as the school portal sends it: the trusted document's hash only (Apollo's persisted-query extension). */
export function persistedQueryBody(operation: TrustedOperation, variables: Readonly<Record<string, unknown>>): string {
  return JSON.stringify({ operationName: operation.name, variables, extensions: { persistedQuery: { version: 1, sha256Hash: operation.hash } } });
}

/** A request as a third party sends it (with an API key): the operation's text. */
export function documentBody(operation: TrustedOperation, variables: Readonly<Record<string, unknown>>): string {
  return JSON.stringify({ operationName: operation.name, query: operation.text, variables });
}

/** What a response was: the data asked for; a repeat the product recognised (same idempotency key); or an error. */
export type Outcome = 'ok' | 'repeated' | 'error';

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: unknown[];
}

function parsed(body: string): GraphQLBody | undefined {
  try {
    const value: unknown = JSON.parse(body);
    return value !== null && typeof value === 'object' ? (value as GraphQLBody) : undefined;
  } catch {
    return undefined;
  }
}

/** A register read: the register, with a page of `entries` of the size asked for, and no errors. */
export function registerOutcome(status: number, body: string, entries: number): Outcome {
  const response = status === 200 ? parsed(body) : undefined;
  const register = response?.data?.['register'] as { entries?: { nodes?: unknown[] } } | undefined;
  return response && !response.errors && register?.entries?.nodes?.length === entries ? 'ok' : 'error';
}

/**
 * A register submission: `RecordedMarks` with every mark sent and no errors; `repeated` when the product found the
 * idempotency key already used (nothing written). A `Refused`, an error or anything else is an error.
 */
export function recordMarksOutcome(status: number, body: string, marks: number): Outcome {
  const response = status === 200 ? parsed(body) : undefined;
  const result = response?.data?.['recordMarks'] as { __typename?: string; repeated?: boolean; marks?: unknown[] } | undefined;
  if (!response || response.errors || result?.__typename !== 'RecordedMarks' || result.marks?.length !== marks) return 'error';
  return result.repeated ? 'repeated' : 'ok';
}

/** Responses counted by outcome, with the first few errors kept to show in the log. */
export class OutcomeTally {
  ok = 0;
  repeated = 0;
  errors = 0;
  readonly statuses = new Map<number, number>();
  readonly firstErrors: string[] = [];

  add(outcome: Outcome, status: number, body: string): void {
    this.statuses.set(status, (this.statuses.get(status) ?? 0) + 1);
    if (outcome === 'ok') this.ok++;
    else if (outcome === 'repeated') this.repeated++;
    else {
      this.errors++;
      if (this.firstErrors.length < 3) this.firstErrors.push(`HTTP ${status}: ${body.slice(0, 300)}`);
    }
  }
}
