import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { Actor, Role, Scope, inTransaction } from '@rollcall/api-core';
import { DataSource } from 'typeorm';
import { mayWriteRegister, registerSchool } from './register-school';

/** Where `registerUploadRouter` is mounted on the API's origin; upload URLs are paths under it. */
export const REGISTER_UPLOAD_PATH = '/uploads/registers';

export type RegisterFileFormat = 'CSV' | 'CTF';

/** Files sent to an upload URL may be this big (GraphQL's `importRegisterFile` takes up to the 1 MB request limit). */
export const DEFAULT_MAX_UPLOAD_BYTES = 500 * 1024 * 1024;

/** How long an upload URL works. */
export const DEFAULT_UPLOAD_TTL_SECONDS = 15 * 60;

/** What an upload URL lets its holder do, signed: send one register file for one school, as the person who asked. */
export interface RegisterUploadGrant {
  readonly laCode: string;
  readonly urn: number;
  readonly format: RegisterFileFormat;
  readonly role: Role;
  readonly urns: readonly number[];
  readonly actor: Actor;
  /** Milliseconds since 1970 after which the URL no longer works. */
  readonly expiresAt: number;
  /** Makes the URL one-time: the import's idempotency key is derived from it. */
  readonly nonce: string;
}

export interface RegisterUpload {
  readonly urn: number;
  readonly format: RegisterFileFormat;
  /** The path to `PUT` the file to, on the API's own origin. */
  readonly url: string;
  readonly method: 'PUT';
  readonly expiresAt: Date;
  readonly maxBytes: number;
  /** The idempotency key the file's import will carry: a second upload to the URL is applied once. */
  readonly idempotencyKey: string;
}

export type UploadTokenCheck =
  | { readonly ok: true; readonly grant: RegisterUploadGrant }
  | { readonly ok: false; readonly reason: 'MALFORMED' | 'BAD_SIGNATURE' | 'EXPIRED' };

const PROCESS_SECRET = randomBytes(32);

/**
 * The secret both the `createRegisterUpload` mutation and the upload route use when none is configured: random per
 * process, so URLs work only against the process that made them (a setting is needed once the API runs on several).
 */
export function defaultRegisterUploadSecret(): Buffer {
  return PROCESS_SECRET;
}

/** Signs and checks upload URLs' tokens: `base64url(grant JSON).base64url(HMAC-SHA256)`. */
export class RegisterUploadSigner {
  constructor(
    private readonly secret: Buffer | string = defaultRegisterUploadSecret(),
    private readonly now: () => number = () => Date.now(),
  ) {}

  sign(grant: RegisterUploadGrant): string {
    const payload = Buffer.from(JSON.stringify(grant), 'utf8').toString('base64url');
    return `${payload}.${this.mac(payload)}`;
  }

  verify(token: string): UploadTokenCheck {
    const [payload, mac, extra] = token.split('.');
    if (!payload || !mac || extra !== undefined) return { ok: false, reason: 'MALFORMED' };
    const expected = Buffer.from(this.mac(payload), 'base64url');
    const given = Buffer.from(mac, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'BAD_SIGNATURE' };
    let grant: RegisterUploadGrant;
    try {
      grant = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as RegisterUploadGrant;
    } catch {
      return { ok: false, reason: 'MALFORMED' };
    }
    if (typeof grant.expiresAt !== 'number' || grant.expiresAt < this.now()) return { ok: false, reason: 'EXPIRED' };
    return { ok: true, grant };
  }

  private mac(payload: string): string {
    return createHmac('sha256', this.secret).update(`rollcall.register-upload.v1.${payload}`).digest('base64url');
  }
}

/** The scope an upload acts in: the one of the person (or key) who asked for the URL. */
export function scopeOfGrant(grant: RegisterUploadGrant, requestId?: string): Scope {
  return { actor: grant.actor, role: grant.role, laCode: grant.laCode, urns: grant.urns, requestId };
}

/** The idempotency key of the import an upload URL starts. */
export function uploadIdempotencyKey(grant: Pick<RegisterUploadGrant, 'nonce'>): string {
  return `upload:${grant.nonce}`;
}

/**
 * Hands out upload URLs for register files too big for a GraphQL request: checks that the caller may write the
 * school's registers now, and signs a one-time, expiring grant to do so.
 */
export class RegisterUploadService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly signer: RegisterUploadSigner = new RegisterUploadSigner(),
    private readonly ttlSeconds: number = DEFAULT_UPLOAD_TTL_SECONDS,
    private readonly maxBytes: number = DEFAULT_MAX_UPLOAD_BYTES,
    private readonly now: () => number = () => Date.now(),
  ) {}

  async createUpload(scope: Scope, urn: number, format: RegisterFileFormat): Promise<RegisterUpload> {
    const school = await inTransaction(this.dataSource, scope, (tx) => registerSchool(tx, urn));
    mayWriteRegister(scope, school);
    const grant: RegisterUploadGrant = {
      laCode: school.laCode,
      urn: school.urn,
      format,
      role: scope.role,
      urns: [...(scope.urns ?? [])],
      actor: scope.actor,
      expiresAt: this.now() + this.ttlSeconds * 1000,
      nonce: randomBytes(16).toString('base64url'),
    };
    return {
      urn: school.urn,
      format,
      url: `${REGISTER_UPLOAD_PATH}/${this.signer.sign(grant)}`,
      method: 'PUT',
      expiresAt: new Date(grant.expiresAt),
      maxBytes: this.maxBytes,
      idempotencyKey: uploadIdempotencyKey(grant),
    };
  }
}
