import { OutcomeTally, documentBody, persistedQueryBody, recordMarksOutcome, registerOutcome, trustedOperation } from './graphql-requests';

const documents = {
  aaa: 'query Register($urn: Int!) { register(urn: $urn) { urn } }',
  bbb: 'mutation RecordMarks($input: RecordMarksInput!) { recordMarks(input: $input) { __typename } }',
  ccc: 'fragment RegisterParts on Register { urn } query Schools { schools { totalCount } }',
};

describe('the portal’s requests', () => {
  it('finds an operation in the trusted documents by its name, not by a fragment or another operation that mentions it', () => {
    expect(trustedOperation(documents, 'Register')).toEqual({ name: 'Register', hash: 'aaa', text: documents.aaa });
    expect(trustedOperation(documents, 'RecordMarks').hash).toBe('bbb');
    expect(() => trustedOperation(documents, 'SignIn')).toThrow("The SDK's trusted documents hold 0 operations named SignIn, not 1");
    expect(() => trustedOperation({ ...documents, ddd: documents.aaa }, 'Register')).toThrow('hold 2 operations');
  });

  it('sends a signed-in portal’s request as the hash alone, and a third party’s with the text', () => {
    const op = trustedOperation(documents, 'Register');
    expect(JSON.parse(persistedQueryBody(op, { urn: 1 }))).toEqual({
      operationName: 'Register',
      variables: { urn: 1 },
      extensions: { persistedQuery: { version: 1, sha256Hash: 'aaa' } },
    });
    expect(JSON.parse(documentBody(op, { urn: 1 }))).toEqual({ operationName: 'Register', query: documents.aaa, variables: { urn: 1 } });
  });
});

describe('what a response was', () => {
  const register = (nodes: number) => JSON.stringify({ data: { register: { entries: { nodes: Array(nodes).fill({}) } } } });
  const recorded = (repeated: boolean, marks = 30) => JSON.stringify({ data: { recordMarks: { __typename: 'RecordedMarks', repeated, marks: Array(marks).fill({}) } } });

  it('counts a register read as answered only with the whole page and no errors', () => {
    expect(registerOutcome(200, register(30), 30)).toBe('ok');
    expect(registerOutcome(200, register(29), 30)).toBe('error');
    expect(registerOutcome(200, JSON.stringify({ data: null, errors: [{ message: 'Too many requests' }] }), 30)).toBe('error');
    expect(registerOutcome(429, register(30), 30)).toBe('error');
    expect(registerOutcome(200, '<html>', 30)).toBe('error');
  });

  it('tells a submission recorded from a repeat, a refusal and an error', () => {
    expect(recordMarksOutcome(200, recorded(false), 30)).toBe('ok');
    expect(recordMarksOutcome(200, recorded(true), 30)).toBe('repeated');
    expect(recordMarksOutcome(200, recorded(false, 29), 30)).toBe('error');
    expect(recordMarksOutcome(200, JSON.stringify({ data: { recordMarks: { __typename: 'Refused', code: 'NOT_A_SCHOOL_SESSION' } } }), 30)).toBe('error');
    expect(recordMarksOutcome(200, JSON.stringify({ errors: [{ message: 'masked' }] }), 30)).toBe('error');
    expect(recordMarksOutcome(500, recorded(false), 30)).toBe('error');
  });

  it('tallies outcomes by status, keeping the first three errors to show', () => {
    const tally = new OutcomeTally();
    tally.add('ok', 200, '{}');
    tally.add('repeated', 200, '{}');
    for (let i = 0; i < 5; i++) tally.add('error', i < 2 ? 429 : 200, `error ${i}`);
    expect(tally).toMatchObject({ ok: 1, repeated: 1, errors: 5 });
    expect([...tally.statuses]).toEqual([
      [200, 5],
      [429, 2],
    ]);
    expect(tally.firstErrors).toEqual(['HTTP 429: error 0', 'HTTP 429: error 1', 'HTTP 200: error 2']);
  });
});
