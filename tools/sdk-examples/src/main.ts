import { createRollcallClient } from '@rollcall/sdk';
import { attendanceRows, pullCohortAttendance } from './pull-cohort-attendance';
import { pupilsNeedingAction } from './pupils-needing-action';

const USAGE = `Usage: ROLLCALL_URL=http://localhost:4000/graphql ROLLCALL_API_KEY=rk_… node -r @swc-node/register tools/sdk-examples/src/main.ts <example> [urn]
  pupils-needing-action [urn]   list the pupils needing action
  cohort-attendance <urn>       the school's attendance this academic year, by year group and cohort, as CSV
(push-registers and submit-attendance-return change data: call their functions from your own code.)`;

/** The examples' command line: the only reader of the environment here. */
async function main(): Promise<number> {
  const [example, urnArg] = process.argv.slice(2);
  const url = process.env['ROLLCALL_URL'] ?? 'http://localhost:4000/graphql';
  const apiKey = process.env['ROLLCALL_API_KEY'];
  if (!apiKey || !example) {
    console.error(USAGE);
    return 2;
  }
  const client = createRollcallClient({ url, apiKey });
  const urn = urnArg === undefined ? undefined : Number(urnArg);
  if (example === 'pupils-needing-action') {
    for (const p of await pupilsNeedingAction(client, { urn })) {
      console.log(`${p.upn}  ${p.surname}, ${p.forename}  ${p.schoolName}: ${p.needs.join(', ')}`);
    }
    return 0;
  }
  if (example === 'cohort-attendance' && urn !== undefined) {
    const today = new Date().toISOString().slice(0, 10);
    const year = Number(today.slice(0, 4)) - (Number(today.slice(5, 7)) < 9 ? 1 : 0);
    const attendance = await pullCohortAttendance(client, { urn, from: `${year}-09-01`, to: today });
    for (const row of attendanceRows(attendance)) console.log(row.map((cell) => (cell.includes(',') ? `"${cell}"` : cell)).join(','));
    return 0;
  }
  console.error(USAGE);
  return 2;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
