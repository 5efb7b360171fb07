import { PrepareAttendanceReturnDocument, RollcallClient, StatutoryReturnPartsFragment, SubmitStatutoryReturnDocument } from '@rollcall/sdk';

/** Prepares a school's attendance return for the period and submits it; a retry with the same key changes nothing. */
export async function submitAttendanceReturn(
  client: RollcallClient,
  request: { urn: number; periodStart: string; periodEnd: string; idempotencyKey: string },
): Promise<StatutoryReturnPartsFragment> {
  const { prepareAttendanceReturn: prepared } = await client.request(PrepareAttendanceReturnDocument, {
    input: { urn: request.urn, periodStart: request.periodStart, periodEnd: request.periodEnd },
  });
  if (prepared.__typename === 'Refused') throw new Error(`${prepared.code}: ${prepared.message}`);
  const { submitStatutoryReturn: submitted } = await client.request(SubmitStatutoryReturnDocument, {
    input: { returnId: prepared.id, laCode: prepared.laCode, idempotencyKey: request.idempotencyKey },
  });
  if (submitted.__typename === 'Refused') throw new Error(`${submitted.code}: ${submitted.message}`);
  return submitted;
}
