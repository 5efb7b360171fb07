import { systemActor } from '@rollcall/api-core';
import { RegisterUploadGrant, RegisterUploadSigner, scopeOfGrant, uploadIdempotencyKey } from './register-upload';

const grant: RegisterUploadGrant = {
  laCode: '928',
  urn: 100001,
  format: 'CSV',
  role: 'SCHOOL_STAFF',
  urns: [100001],
  actor: { kind: 'USER', id: '7', label: 'jo@school.example' },
  expiresAt: Date.parse('2025-11-03T09:15:00Z'),
  nonce: 'abc123',
};

describe('RegisterUploadSigner', () => {
  const at = (iso: string) => () => Date.parse(iso);

  it('accepts its own token until it expires, with the grant it signed', () => {
    const signer = new RegisterUploadSigner('secret', at('2025-11-03T09:00:00Z'));
    expect(signer.verify(signer.sign(grant))).toEqual({ ok: true, grant });
    expect(new RegisterUploadSigner('secret', at('2025-11-03T09:15:01Z')).verify(signer.sign(grant))).toEqual({ ok: false, reason: 'EXPIRED' });
  });

  it('refuses a token signed with another secret, or with its grant changed', () => {
    const signer = new RegisterUploadSigner('secret', at('2025-11-03T09:00:00Z'));
    expect(signer.verify(new RegisterUploadSigner('other secret').sign(grant))).toEqual({ ok: false, reason: 'BAD_SIGNATURE' });
    const [, mac] = signer.sign(grant).split('.');
    const widened = Buffer.from(JSON.stringify({ ...grant, urn: 100002 })).toString('base64url');
    expect(signer.verify(`${widened}.${mac}`)).toEqual({ ok: false, reason: 'BAD_SIGNATURE' });
  });

  it('refuses anything that is not a token', () => {
    const signer = new RegisterUploadSigner('secret');
    for (const token of ['', 'no-dot', 'a.b.c']) expect(signer.verify(token)).toEqual({ ok: false, reason: 'MALFORMED' });
  });

  it('acts as whoever asked for the URL, with a one-time idempotency key', () => {
    expect(scopeOfGrant(grant, 'req-1')).toEqual({ actor: grant.actor, role: 'SCHOOL_STAFF', laCode: '928', urns: [100001], requestId: 'req-1' });
    expect(uploadIdempotencyKey(grant)).toBe('upload:abc123');
    expect(systemActor('x').kind).toBe('SYSTEM');
  });
});
