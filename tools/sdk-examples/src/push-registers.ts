import { RecordMarksDocument, RecordMarksMutation, RollcallClient } from '@rollcall/sdk';

export type RecordedMarks = Extract<RecordMarksMutation['recordMarks'], { __typename: 'RecordedMarks' }>;

export interface SessionMarks {
  readonly urn: number;
  readonly date: string;
  readonly session: 'AM' | 'PM';
  readonly marks: readonly { readonly upn: string; readonly code: string; readonly minutesLate?: number }[];
  /** Derive it from what you send (school, date, session, a register version): a retry then records once. */
  readonly idempotencyKey: string;
}

/** A school's MIS pushes one session's register. A refusal lists each mark to fix, by row and field. */
export async function pushRegisters(client: RollcallClient, register: SessionMarks): Promise<RecordedMarks> {
  const { recordMarks } = await client.request(RecordMarksDocument, {
    input: { ...register, marks: register.marks.map((m) => ({ upn: m.upn, code: m.code, minutesLate: m.minutesLate })) },
  });
  if (recordMarks.__typename === 'Refused') {
    const problems = recordMarks.problems.map((p) => `row ${p.row ?? '?'} ${p.field ?? ''}: ${p.message}`);
    throw new Error([`${recordMarks.code}: ${recordMarks.message}`, ...problems].join('\n  '));
  }
  return recordMarks;
}
