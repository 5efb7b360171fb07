import { existsSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { REGISTER_UPLOAD_PATH, registerUploadRouter } from '@rollcall/api-registers';
import express from 'express';
import helmet from 'helmet';
import { DataSource } from 'typeorm';
import { parse as parseCookies } from 'cookie';
import { contextFactory, ContextOptions, SESSION_COOKIE } from './graphql/context';
import { formatError } from './graphql/errors';
import { auditPlugin, faultLogPlugin } from './graphql/plugins';
import { TrustedDocuments, trustedDocumentsOnly } from './graphql/trusted-documents';
import { buildRollcallSchema, createServices, RequestContext } from './schema';

/** The four portals, each served from its own path on the API's origin (one cookie, no CORS). */
export const PORTALS = [
  { path: 'school', project: 'portal-school', title: 'School attendance' },
  { path: 'la', project: 'portal-la', title: 'Local authority attendance' },
  { path: 'virtual-school', project: 'portal-virtual-school', title: 'Virtual School attendance' },
  { path: 'parent', project: 'portal-parent', title: "Your child's attendance" },
] as const;

export interface HttpServerOptions {
  readonly dataSource: DataSource;
  /** Folder holding the built portals (`portal-school/`, …); portals are skipped when missing. */
  readonly portalsDir?: string;
  /** govuk-frontend's `dist/govuk/assets` (fonts and images the GOV.UK styles refer to). */
  readonly govukAssetsDir?: string;
  readonly production?: boolean;
  /**
   * The portals' operations (libs/sdk's persisted-documents.json): when given, a request with a portal session
   * may run only these. `main.ts` always gives them; API tests that send their own documents leave them out.
   */
  readonly trustedDocuments?: TrustedDocuments;
  /** Per-minute request limits (tests lower them to prove they hold). */
  readonly requestsPerMinute?: ContextOptions['requestsPerMinute'];
  /** Each GraphQL request's execution budget for its database work (tests shorten it to prove it holds). */
  readonly executionBudgetMs?: number;
}

/**
 * Limits on every operation, at least as strict as graphql-armor's defaults: a query deeper, costlier, or
 * with more aliases, directives or tokens than this is refused before it runs.
 */
export const OPERATION_LIMITS = { maxDepth: 6, maxCost: 5000, maxAliases: 15, maxDirectives: 50, maxTokens: 1000 } as const;

/** graphql-armor set to OPERATION_LIMITS (and, in production, no field suggestions): its validation rules and plugins. */
export function operationLimits(production: boolean): ReturnType<ApolloArmor['protect']> {
  return new ApolloArmor({
    maxDepth: { n: OPERATION_LIMITS.maxDepth },
    costLimit: { maxCost: OPERATION_LIMITS.maxCost },
    maxAliases: { n: OPERATION_LIMITS.maxAliases },
    maxDirectives: { n: OPERATION_LIMITS.maxDirectives },
    maxTokens: { n: OPERATION_LIMITS.maxTokens },
    blockFieldSuggestion: { enabled: production },
  }).protect();
}

export interface RollcallHttpServer {
  readonly server: Server;
  listen(port: number, host: string): Promise<number>;
  close(): Promise<void>;
}

export async function createHttpServer(options: HttpServerOptions): Promise<RollcallHttpServer> {
  const services = createServices(options.dataSource);
  const production = options.production ?? false;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(
    helmet({
      // Plain HTTP on a developer's machine must keep working: no HTTPS upgrade or HSTS outside production.
      strictTransportSecurity: production,
      contentSecurityPolicy: { directives: { upgradeInsecureRequests: production ? [] : null } },
    }),
  );
  const server = createServer(app);
  server.requestTimeout = 60_000;

  const protection = operationLimits(production);
  const apollo = new ApolloServer<RequestContext>({
    schema: await buildRollcallSchema(services),
    introspection: !production,
    allowBatchedHttpRequests: false,
    persistedQueries: false,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    formatError,
    validationRules: [...protection.validationRules],
    plugins: [
      ...protection.plugins,
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      auditPlugin(options.dataSource),
      faultLogPlugin(),
    ],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const up = await services.health.databaseUp();
    res.status(up ? 200 : 503).json({ status: up ? 'ok' : 'unavailable', database: up ? 'UP' : 'DOWN' });
  });
  // Register files too big for a GraphQL request stream straight into the importer (createRegisterUpload's URL).
  app.use(REGISTER_UPLOAD_PATH, registerUploadRouter(options.dataSource));
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    ...(options.trustedDocuments
      ? [trustedDocumentsOnly(options.trustedDocuments, (req) => parseCookies(req.headers.cookie ?? '')[SESSION_COOKIE] !== undefined)]
      : []),
    expressMiddleware(apollo, {
      context: contextFactory({ sessions: services.sessions, production, requestsPerMinute: options.requestsPerMinute, executionBudgetMs: options.executionBudgetMs }),
    }),
  );

  const assets = options.govukAssetsDir ?? join(require.resolve('govuk-frontend/package.json'), '..', 'dist/govuk/assets');
  app.use('/assets', express.static(assets, { immutable: true, maxAge: '1d' }));
  const mounted = mountPortals(app, options.portalsDir);
  app.get('/', (_req, res) => {
    res.type('html').send(landingPage(mounted));
  });

  return {
    server,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const address = server.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      }),
    close: async () => {
      await apollo.stop();
      if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function mountPortals(app: express.Express, portalsDir: string | undefined): (typeof PORTALS)[number][] {
  if (!portalsDir) return [];
  const mounted: (typeof PORTALS)[number][] = [];
  for (const portal of PORTALS) {
    const dir = join(portalsDir, portal.project);
    const index = join(dir, 'index.html');
    if (!existsSync(index)) continue;
    app.use(`/${portal.path}`, express.static(dir, { index: 'index.html', redirect: true }));
    // Client-side routes inside a portal all load the same page.
    app.get(`/${portal.path}/{*route}`, (_req, res) => res.sendFile(index));
    mounted.push(portal);
  }
  return mounted;
}

function landingPage(portals: readonly (typeof PORTALS)[number][]): string {
  const items = portals.map((p) => `<li><a class="govuk-link" href="/${p.path}/">${p.title}</a></li>`).join('');
  return `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Rollcall</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><main><h1>Rollcall</h1><p>School attendance for schools, local authorities, the Virtual School and parents.</p>
<ul>${items}</ul><p><a href="/graphql">GraphQL API</a></p></main></body></html>`;
}
