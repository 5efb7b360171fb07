import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { NextFunction, Request, Response } from 'express';

/** The portals' operations, by SHA-256 of their text (libs/sdk/src/generated/persisted-documents.json). */
export type TrustedDocuments = ReadonlyMap<string, string>;

export function loadTrustedDocuments(file: string): TrustedDocuments {
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  return new Map(Object.entries(manifest));
}

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

function refuse(res: Response, code: string, message: string): void {
  res.status(400).json({ errors: [{ message, extensions: { code } }] });
}

/**
 * A request made with a portal session may run only the portals' own operations (trusted documents): it sends
 * the operation's hash (Apollo's persisted-query extension) or its exact text. Anything else from a signed-in
 * browser — a document an attacker crafted with the victim's cookie — is refused before it is parsed.
 * API keys (third parties) send their own documents, within the operation limits; so may callers not signed in,
 * who can reach only the public fields.
 */
export function trustedDocumentsOnly(documents: TrustedDocuments, hasSession: (req: Request) => boolean) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const body = req.body as { query?: unknown; extensions?: { persistedQuery?: { sha256Hash?: unknown } } } | undefined;
    if (!body || typeof body !== 'object') return next();
    const hash = body.extensions?.persistedQuery?.sha256Hash;
    if (typeof hash === 'string') {
      // Anyone may name a trusted document by its hash (the portals always do, signed in or not).
      const document = documents.get(hash);
      if (document === undefined) return refuse(res, 'PERSISTED_QUERY_NOT_FOUND', 'This operation is not one of the portals’ own.');
      if (typeof body.query === 'string' && body.query !== document) return refuse(res, 'PERSISTED_QUERY_MISMATCH', 'The operation does not match its hash.');
      body.query = document;
      delete body.extensions?.persistedQuery;
      return next();
    }
    if (req.get('authorization') !== undefined || !hasSession(req)) return next();
    if (typeof body.query === 'string' && documents.has(sha256(body.query))) return next();
    refuse(res, 'TRUSTED_DOCUMENT_REQUIRED', 'A signed-in portal may run only its own operations: send the operation’s persisted-query hash.');
  };
}
