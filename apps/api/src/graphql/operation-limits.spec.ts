import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, DocumentNode, GraphQLError, Kind, NoUnusedFragmentsRule, parse, specifiedRules, validate } from 'graphql';
import { OPERATION_LIMITS, operationLimits } from '../server';

const ROOT = join(__dirname, '../../../..');
const schema = buildSchema(readFileSync(join(ROOT, 'libs/sdk/schema.graphql'), 'utf8'));
const rules = [...specifiedRules.filter((rule) => rule !== NoUnusedFragmentsRule), ...operationLimits(true).validationRules];

/** The errors the server's validation (graphql-js's own rules and the operation limits) finds in a document. */
function problems(document: DocumentNode): string[] {
  try {
    return validate(schema, document, rules).map((e) => e.message);
  } catch (error) {
    // graphql-armor throws its refusal out of validation.
    if (error instanceof GraphQLError) return [error.message];
    throw error;
  }
}

/** Each named operation of a set of documents, on its own with every fragment, as the server would receive it. */
function operationsOf(source: string): [string, DocumentNode][] {
  const document = parse(source, { maxTokens: 100_000 });
  const fragments = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  return document.definitions.flatMap((d) =>
    d.kind === Kind.OPERATION_DEFINITION ? [[d.name?.value ?? 'anonymous', { ...document, definitions: [d, ...fragments] }] as [string, DocumentNode]] : [],
  );
}

const operationsDir = join(ROOT, 'libs/sdk/src/operations');
const sdkSource = readdirSync(operationsDir)
  .filter((f) => f.endsWith('.graphql'))
  .map((f) => readFileSync(join(operationsDir, f), 'utf8'))
  .join('\n');
const trusted = Object.values(JSON.parse(readFileSync(join(ROOT, 'libs/sdk/src/generated/persisted-documents.json'), 'utf8')) as Record<string, string>);

describe('the operation limits against the real schema', () => {
  it.each(operationsOf(sdkSource))("passes the SDK's %s operation", (_name, document) => {
    expect(problems(document)).toEqual([]);
  });

  it.each(trusted.map((source) => [operationsOf(source)[0][0], source] as const))('passes the trusted document %s', (_name, source) => {
    expect(() => parse(source, { maxTokens: OPERATION_LIMITS.maxTokens })).not.toThrow();
    expect(problems(parse(source))).toEqual([]);
  });

  it(`refuses a query nested deeper than ${OPERATION_LIMITS.maxDepth}`, () => {
    const nested = (leaf: string): string => `{ pupils { nodes { enrolments { nodes { school { ${leaf} } } } } } }`;
    expect(problems(parse(nested('name')))).toEqual([]);
    expect(problems(parse(nested('calendar(academicYear: 2025) { halfTerms { name } }')))).toEqual([
      expect.stringMatching(new RegExp(`depth limit of ${OPERATION_LIMITS.maxDepth} exceeded`)),
    ]);
  });

  it(`refuses a query costing more than ${OPERATION_LIMITS.maxCost}`, () => {
    // A page size written into the query multiplies the cost of what it selects (graphql-armor's cost model).
    const pupils = (first: number, enrolments: number): string =>
      `{ pupils(first: ${first}) { nodes { upn forename surname dateOfBirth enrolments(first: ${enrolments}) { nodes { urn admittedOn leftOn } } } } }`;
    expect(problems(parse(pupils(10, 5)))).toEqual([]);
    expect(problems(parse(pupils(100, 20)))).toEqual([expect.stringMatching(new RegExp(`Cost limit of ${OPERATION_LIMITS.maxCost} exceeded`))]);
  });
});
