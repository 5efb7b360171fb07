import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { createDataSource } from '@rollcall/db';
import { Client } from 'pg';
import { SessionRef } from '@rollcall/rules';
import { STAFF_PASSWORD, WrittenBySubmissions, setUpApiFixture, writtenBySubmissions } from './api-fixture';
import { CLASS_SIZE, apiPlan, registerRead, submission, submissionCapacity } from './api-plan';
import { ChildServer, countServerFaults, startChildServer } from './child-server';
import { ProfileSummary, describeProfile, summariseCpuProfiles } from './cpu-profile-summary';
import { documentBody, persistedQueryBody, recordMarksOutcome, registerOutcome, trustedOperation } from './graphql-requests';
import { LoadFigures, LoadSample, loadFigures, throughputRatio } from './load-figures';
import { LoadRequest, runLoad } from './load-run';
import { canReadCpu } from './process-cpu';

/** A page of the register as the school portal shows it: 30 pupils. */
export const REGISTER_PAGE = 30;
/** Reads sent to both servers, and compared, before anything is timed. */
const COMPARED_READS = 20;
/** The register query is timed in turns, product then baseline, this many times. */
const QUERY_ROUNDS = 3;

/** One line of figures for the log. */
export function describeLoad(f: LoadFigures, unit: string): string {
  const cpu = f.cpuMsPerRequest;
  const time = cpu ? `; processor time a request: server ${cpu.server.toFixed(1)} ms${cpu.postgres === undefined ? '' : `, PostgreSQL ${cpu.postgres.toFixed(1)} ms`}` : '';
  const errors = f.non2xx + f.socketErrors + f.graphQLErrors;
  return `${Math.round(f.perSecond)} ${unit}/s, p50 ${Math.round(f.p50Ms)} ms, p99 ${Math.round(f.p99Ms)} ms, ${errors} errors${time}${f.firstErrors.length ? `\n    first error: ${f.firstErrors[0]}` : ''}`;
}

export interface ApiBenchOptions {
  readonly root: string;
  /** The database's owner: migrations, and the baseline (which bypasses row-level security). */
  readonly ownerUrl: string;
  /** rollcall_app: the product, under row-level security. */
  readonly appUrl: string;
  readonly laCode: string;
  readonly academicYear: number;
  readonly sessions: readonly SessionRef[];
  readonly connections: number;
  readonly querySeconds: number;
  readonly submitSeconds: number;
  readonly warmUpSeconds: number;
  readonly profile: boolean;
  /** The bench's own PostgreSQL server's postmaster, whose backends' processor time is read (none for DATABASE_URL). */
  readonly postmasterPid?: number;
  readonly log: (line: string) => void;
}

export interface ApiBenchResult {
  readonly schools: number;
  readonly pupils: number;
  readonly staff: number;
  readonly seededMarks: number;
  /** How the API server ran (NODE_ENV), and the session cookie's attributes as it set them over plain HTTP. */
  readonly nodeEnv: string;
  readonly cookieAttributes: string;
  readonly query: {
    readonly operation: string;
    readonly hash: string;
    readonly page: number;
    /** A class (year group) of 30 was read; otherwise the first 30 of the school's register. */
    readonly classRegister: boolean;
    readonly compared: number;
    readonly product: LoadFigures;
    readonly baseline: LoadFigures;
    readonly ratio: number;
  };
  readonly submissions: {
    readonly operation: string;
    readonly figures: LoadFigures;
    /** Submissions the client saw succeed, warm-up included. */
    readonly succeeded: number;
    readonly written: WrittenBySubmissions;
    readonly capacity: number;
  };
  /** Faults the API server logged (masked from clients, logged with their request id). */
  readonly serverFaults: number;
  /** The machine's processors (the ceiling processor time puts on throughput). */
  readonly processors: number;
  /** With --profile: where each process spent its processor time (the product's query and submission phases apart). */
  readonly profiles?: { readonly query: ProfileSummary; readonly baseline: ProfileSummary; readonly submissions: ProfileSummary; readonly dir: string };
}

const SIGN_IN = `mutation SignIn($input: SignInInput!) { signIn(input: $input) { __typename ... on Refused { code message } } }`;

async function signIn(base: string, email: string): Promise<{ token: string; attributes: string }> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: SIGN_IN, variables: { input: { email, password: STAFF_PASSWORD, portal: 'SCHOOL' } } }),
  });
  const body = (await response.json()) as { data?: { signIn?: { __typename: string } } };
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('rollcall_session='));
  const token = cookie ? /^rollcall_session=([^;]*)/.exec(cookie)?.[1] : undefined;
  if (body.data?.signIn?.__typename !== 'SignedIn' || !token) throw new Error(`Signing in ${email} failed: HTTP ${response.status} ${JSON.stringify(body)}`);
  return { token, attributes: (cookie ?? '').split(';').slice(1).map((a) => a.trim()).filter((a) => !/^(Path|Expires)=/i.test(a)).join('; ') };
}

/**
 * The API part: the real server, built as production runs it, against the bench database as rollcall_app, loaded by
 * autocannon over loopback; and the same reads by bare graphql-js, in the same run.
 */
export async function runApiBench(options: ApiBenchOptions): Promise<ApiBenchResult> {
  const { log } = options;
  const plan = apiPlan({ laCode: options.laCode, academicYear: options.academicYear, sessions: options.sessions, submitSeconds: options.submitSeconds });
  const pupils = plan.schools.length * plan.schools[0].classes.length * CLASS_SIZE;
  log('API: setting up through the product’s services…');
  const dataSource = createDataSource({ url: options.appUrl, poolSize: 4, applicationName: 'rollcall-bench' });
  await dataSource.initialize();
  const servers: ChildServer[] = [];
  const profileDir = join(options.root, '.data', `bench-profiles-${process.pid}`);
  try {
    const fixture = await setUpApiFixture(dataSource, plan, log);
    // As autovacuum would have by the time a school reads its registers: the planner knows the tables' sizes.
    await analyse(options.ownerUrl);
    const documentsFile = join(options.root, 'libs/sdk/src/generated/persisted-documents.json');
    const documents = JSON.parse(readFileSync(documentsFile, 'utf8')) as Record<string, string>;
    const registerOp = trustedOperation(documents, 'Register');
    const recordMarksOp = trustedOperation(documents, 'RecordMarks');

    if (options.profile) {
      rmSync(profileDir, { recursive: true, force: true });
      mkdirSync(profileDir, { recursive: true });
    }
    const profiling = (name: string) => (options.profile ? ['--cpu-prof', `--cpu-prof-dir=${join(profileDir, name)}`] : []);
    const nodeEnv = 'production';
    const startProduct = (profileName: string) =>
      startChildServer({
        label: 'The API server',
        script: join(options.root, 'dist/server/apps/api/src/main.js'),
        nodeArgs: ['--enable-source-maps', ...profiling(profileName)],
        cwd: options.root,
        env: { ...process.env, NODE_ENV: nodeEnv, DATABASE_URL: options.ownerUrl, DATABASE_APP_URL: options.appUrl, PORT: '0', HOST: '127.0.0.1', ROLLCALL_ROOT: options.root },
        ready: /Rollcall is running at (http:\/\/\S+?)\/\s/,
      });
    log(`API: starting the built server (NODE_ENV=${nodeEnv}, as rollcall_app) and the bare graphql-js baseline…`);
    let product = await startProduct('product-query');
    servers.push(product);
    const baseline = await startChildServer({
      label: 'The baseline server',
      script: join(options.root, 'dist/server/tools/bench/src/bare-register-server-main.js'),
      nodeArgs: profiling('baseline'),
      cwd: options.root,
      env: { ...process.env, BENCH_DATABASE_URL: options.ownerUrl, BENCH_POOL_SIZE: '10', BENCH_DOCUMENTS: documentsFile },
      ready: /listening at (http:\/\/\S+?)\/\s/,
    });
    servers.push(baseline);

    log(`API: ${plan.staff.length} staff sign in to the school portal over HTTP…`);
    const tokens: string[] = [];
    let cookieAttributes = '';
    for (let i = 0; i < plan.staff.length; i += 4) {
      const signedIn = await Promise.all(plan.staff.slice(i, i + 4).map((s) => signIn(product.base, s.email)));
      for (const s of signedIn) tokens.push(s.token);
      cookieAttributes = signedIn[0]?.attributes ?? cookieAttributes;
    }

    // A class's register, when the portal's operation can ask for one (a year group); else a page of the school's.
    const classRegister = /\$yearGroup\b/.test(registerOp.text);
    const read = (i: number): LoadRequest => {
      const r = registerRead(plan, i);
      const variables = { urn: r.urn, date: r.date, session: r.session, first: REGISTER_PAGE, ...(classRegister ? { yearGroup: r.ncYear } : {}) };
      return {
        body: persistedQueryBody(registerOp, variables),
        headers: { cookie: `rollcall_session=${tokens[r.staff]}` },
      };
    };
    await compareServers(product.base, baseline.base, read);
    log(`  the two servers gave the same data for ${COMPARED_READS} register reads`);

    const cpu = (server: ChildServer) => (canReadCpu() ? { serverPid: server.pid, postmasterPid: options.postmasterPid } : undefined);
    const queryLoad = (server: ChildServer, seconds: number) =>
      runLoad({
        url: `${server.base}/graphql`,
        connections: options.connections,
        seconds,
        request: read,
        outcome: (status, body) => registerOutcome(status, body, REGISTER_PAGE),
        cpu: cpu(server),
      });
    const summaries = /\byearToDate\b/.test(registerOp.text) ? ', each with their year to date and graduated-response stage' : '';
    const what = `${classRegister ? `a class's register (${REGISTER_PAGE} pupils)` : `the register, a page of ${REGISTER_PAGE} pupils`}${summaries}`;
    log(`API: the school portal's \`${registerOp.name}\`, ${what}, ${options.connections} connections: warm-up ${options.warmUpSeconds} s each…`);
    await queryLoad(product, options.warmUpSeconds);
    await queryLoad(baseline, options.warmUpSeconds);
    // In turns, so that other work on the machine falls on both alike.
    const round = Math.max(1, Math.round(options.querySeconds / QUERY_ROUNDS));
    const productSamples: LoadSample[] = [];
    const baselineSamples: LoadSample[] = [];
    for (let r = 1; r <= QUERY_ROUNDS; r++) {
      log(`  round ${r} of ${QUERY_ROUNDS}: the product for ${round} s, then the baseline for ${round} s…`);
      productSamples.push((await queryLoad(product, round)).sample);
      baselineSamples.push((await queryLoad(baseline, round)).sample);
    }
    const productFigures = loadFigures(productSamples, options.connections);
    const baselineFigures = loadFigures(baselineSamples, options.connections);
    log(`  the product: ${describeLoad(productFigures, 'requests')}`);
    log(`  the baseline: ${describeLoad(baselineFigures, 'requests')}`);

    let serverFaults = 0;
    if (options.profile) {
      serverFaults += countServerFaults(product.output());
      // Each phase in a profile of its own: the submissions get a fresh server.
      await stopServer(servers, product);
      await stopServer(servers, baseline);
      product = await startProduct('product-submissions');
      servers.push(product);
    }

    const submit = (i: number): LoadRequest => {
      const s = submission(plan, i);
      return {
        body: documentBody(recordMarksOp, { input: { urn: s.urn, date: s.date, session: s.session, idempotencyKey: s.idempotencyKey, marks: s.marks } }),
        headers: { authorization: `Bearer ${fixture.schoolKeys[s.schoolIndex]}` },
      };
    };
    const submitLoad = (seconds: number, firstIndex: number) =>
      runLoad({
        url: `${product.base}/graphql`,
        connections: options.connections,
        seconds,
        request: submit,
        outcome: (status, body) => recordMarksOutcome(status, body, CLASS_SIZE),
        firstIndex,
        cpu: cpu(product),
      });
    log(`API: register submissions (\`${recordMarksOp.name}\`: a class's session, ${CLASS_SIZE} marks) from each school's MIS: warm-up ${options.warmUpSeconds} s…`);
    const warm = await submitLoad(options.warmUpSeconds, 0);
    log(`  sustained for ${options.submitSeconds} s…`);
    const sustained = await submitLoad(options.submitSeconds, warm.nextIndex);
    const submitFigures = loadFigures([sustained.sample], options.connections);
    log(`  ${describeLoad(submitFigures, 'submissions')}`);
    // Requests still in flight when the clock stopped finish on the server; give them a moment before counting.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const written = await writtenBySubmissions(dataSource, plan);
    log(`  the database holds ${written.submissions} submissions and ${written.marks} marks from them`);

    serverFaults += countServerFaults(product.output());
    for (const server of servers.splice(0)) await server.stop();
    const profiles = options.profile
      ? {
          query: summariseCpuProfiles(join(profileDir, 'product-query')),
          baseline: summariseCpuProfiles(join(profileDir, 'baseline')),
          submissions: summariseCpuProfiles(join(profileDir, 'product-submissions')),
          dir: profileDir,
        }
      : undefined;
    if (profiles) {
      log(`API: processor profiles in ${profiles.dir}`);
      log(`  the product, register queries: ${describeProfile(profiles.query)}`);
      log(`  the baseline: ${describeProfile(profiles.baseline)}`);
      log(`  the product, register submissions: ${describeProfile(profiles.submissions)}`);
    }
    return {
      schools: plan.schools.length,
      pupils,
      staff: plan.staff.length,
      seededMarks: fixture.seededMarks,
      nodeEnv,
      cookieAttributes,
      query: {
        operation: registerOp.name,
        hash: registerOp.hash,
        page: REGISTER_PAGE,
        classRegister,
        compared: COMPARED_READS,
        product: productFigures,
        baseline: baselineFigures,
        ratio: throughputRatio(productFigures, baselineFigures),
      },
      submissions: {
        operation: recordMarksOp.name,
        figures: submitFigures,
        succeeded: warm.sample.ok + sustained.sample.ok,
        written,
        capacity: submissionCapacity(plan),
      },
      serverFaults,
      processors: cpus().length,
      profiles,
    };
  } catch (error) {
    for (const server of servers) console.error(`--- ${server.base} printed:\n${server.output().slice(-4000)}`);
    throw error;
  } finally {
    for (const server of servers) await server.stop();
    await dataSource.destroy();
  }
}

async function analyse(ownerUrl: string): Promise<void> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query('ANALYZE');
  } finally {
    await client.end();
  }
}

async function stopServer(servers: ChildServer[], server: ChildServer): Promise<void> {
  await server.stop();
  servers.splice(servers.indexOf(server), 1);
}

/** The same reads from both servers must give the same data, or the baseline is not measuring the same thing. */
async function compareServers(productBase: string, baselineBase: string, read: (i: number) => LoadRequest): Promise<void> {
  for (let i = 0; i < COMPARED_READS; i++) {
    const request = read(i);
    const [a, b] = await Promise.all(
      [productBase, baselineBase].map(async (base) => {
        const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...request.headers }, body: request.body });
        return { status: response.status, body: (await response.json()) as unknown };
      }),
    );
    if (a.status !== 200 || !isDeepStrictEqual(a.body, b.body)) {
      throw new Error(`The baseline answers register read ${i} differently from the product:\nproduct (HTTP ${a.status}): ${JSON.stringify(a.body)}\nbaseline: ${JSON.stringify(b.body)}`);
    }
  }
}
