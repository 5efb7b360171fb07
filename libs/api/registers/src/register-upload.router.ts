import { randomUUID } from 'node:crypto';
import { Transform, TransformCallback } from 'node:stream';
import { Refusal } from '@rollcall/api-core';
import { Request, Response, Router } from 'express';
import { DataSource } from 'typeorm';
import { ImportRejectedDetail } from './import-problem';
import { RegisterImportService } from './register-import.service';
import { DEFAULT_MAX_UPLOAD_BYTES, RegisterUploadSigner, defaultRegisterUploadSecret, scopeOfGrant, uploadIdempotencyKey } from './register-upload';

export interface RegisterUploadRouterOptions {
  /** The secret the `createRegisterUpload` mutation signs with (default: this process's own). */
  readonly secret?: Buffer | string;
  readonly maxBytes?: number;
  /** Where faults are reported (default: the console, with the request id). */
  readonly logFault?: (requestId: string, error: unknown) => void;
}

/** The status each refusal of an upload is sent with. */
const STATUS_OF: Readonly<Record<string, number>> = {
  NOT_PERMITTED: 403,
  SCHOOL_NOT_IN_LA: 403,
  UNKNOWN_SCHOOL: 404,
  IDEMPOTENCY_KEY_REUSED: 409,
  IMPORT_REJECTED: 422,
};

class UploadTooLarge extends Error {
  constructor(readonly maxBytes: number) {
    super(`The file is larger than ${maxBytes} bytes.`);
    this.name = 'UploadTooLarge';
  }
}

/** Passes the body through, failing the stream once it has carried more than `maxBytes`. */
class ByteLimit extends Transform {
  private seen = 0;

  constructor(private readonly maxBytes: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.seen += chunk.length;
    if (this.seen > this.maxBytes) callback(new UploadTooLarge(this.maxBytes));
    else callback(null, chunk);
  }
}

/**
 * The HTTP route behind `createRegisterUpload`: `PUT <REGISTER_UPLOAD_PATH>/<token>` with the file as the body (any
 * size up to `maxBytes`), streamed straight into the register import (CSV or CTF, as the URL says) in the scope of
 * whoever asked for the URL. Answers with the import (200), the rejection report (422, row, field and reason per
 * problem), or a refusal; a second upload to the same URL is applied once (its import's idempotency key).
 * Mount it with `app.use(REGISTER_UPLOAD_PATH, registerUploadRouter(dataSource))`.
 */
export function registerUploadRouter(dataSource: DataSource, options: RegisterUploadRouterOptions = {}): Router {
  const signer = new RegisterUploadSigner(options.secret ?? defaultRegisterUploadSecret());
  const imports = new RegisterImportService(dataSource);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
  const logFault = options.logFault ?? ((requestId, error) => console.error(`register upload ${requestId} failed`, error));
  const router = Router();

  router.put('/:token', async (req: Request, res: Response) => {
    const requestId = randomUUID();
    res.setHeader('x-request-id', requestId);
    res.setHeader('cache-control', 'no-store');
    const check = signer.verify(String(req.params['token'] ?? ''));
    if (!check.ok) {
      req.resume();
      if (check.reason === 'EXPIRED') {
        res.status(410).json({ code: 'UPLOAD_URL_EXPIRED', message: 'This upload URL has expired: ask for a new one with createRegisterUpload.' });
      } else {
        res.status(403).json({ code: 'INVALID_UPLOAD_URL', message: 'This is not an upload URL Rollcall gave out: ask for one with createRegisterUpload.' });
      }
      return;
    }
    const { grant } = check;
    const declared = Number(req.get('content-length') ?? Number.NaN);
    if (Number.isFinite(declared) && declared > maxBytes) {
      req.resume();
      res.status(413).json({ code: 'FILE_TOO_LARGE', message: `Send files of at most ${maxBytes} bytes (this one is ${declared}).` });
      return;
    }
    const body = req.pipe(new ByteLimit(maxBytes));
    // The limit may be passed before the import starts reading (it first takes its lock and checks the key): noted here,
    // so the stream's error is never unhandled and the answer is 413 whichever way the import then fails.
    let tooLarge = false;
    body.on('error', (error) => {
      if (error instanceof UploadTooLarge) tooLarge = true;
    });
    req.on('error', (error) => body.destroy(error));
    const target = { laCode: grant.laCode, urn: grant.urn, idempotencyKey: uploadIdempotencyKey(grant) };
    const scope = scopeOfGrant(grant, requestId);
    try {
      const result =
        grant.format === 'CSV' ? await imports.importCsv(scope, { ...target, csv: body }) : await imports.importCtf(scope, { ...target, xml: body });
      res.status(200).json({ import: result });
    } catch (error) {
      req.resume();
      if (tooLarge || error instanceof UploadTooLarge) {
        res.status(413).json({ code: 'FILE_TOO_LARGE', message: `Send files of at most ${maxBytes} bytes. Nothing was imported.` });
      } else if (error instanceof Refusal) {
        const detail = error.code === 'IMPORT_REJECTED' ? (error.detail as ImportRejectedDetail) : undefined;
        res.status(STATUS_OF[error.code] ?? 400).json({
          code: error.code,
          message: error.message,
          ...(detail ? { totalProblems: detail.totalProblems, problems: detail.problems } : {}),
        });
      } else {
        logFault(requestId, error);
        if (!res.headersSent) {
          res.status(500).json({ code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong on our side and nothing was imported. If it keeps happening, quote the x-request-id.' });
        }
      }
    }
  });
  return router;
}
