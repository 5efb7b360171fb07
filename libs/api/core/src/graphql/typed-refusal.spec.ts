import { Refusal } from '../refusal';
import { typedRefusal } from '.';

const lateness = typedRefusal('LatenessTestRefused', ['TOO_LATE', 'TOO_EARLY', 'INVALID_STEP_DATA'] as const, 'A test refusal.');

describe('typedRefusal', () => {
  it('turns a refusal with a known code into the typed refusal, with every reason and the field named', () => {
    const typed = lateness.from(new Refusal('TOO_LATE', 'Too late: by 3 days.', { reasons: ['TOO_LATE', 'TOO_EARLY', 'SOMETHING_ELSE'], days: 3 }));
    expect(typed).toBeInstanceOf(lateness.Refused);
    expect(typed).toMatchObject({ reason: 'TOO_LATE', reasons: ['TOO_LATE', 'TOO_EARLY'], message: 'Too late: by 3 days.', field: null });
    expect(typed?.detail).toMatchObject({ days: 3 });
    expect(lateness.from(new Refusal('INVALID_STEP_DATA', 'x', { field: 'data.note' }))).toMatchObject({ reasons: ['INVALID_STEP_DATA'], field: 'note' });
  });

  it('leaves a refusal it does not know to be raised as an error', async () => {
    expect(lateness.from(new Refusal('NOT_PERMITTED', 'No.'))).toBeUndefined();
    await expect(lateness.orRefused(() => Promise.reject(new Refusal('NOT_PERMITTED', 'No.')))).rejects.toThrow('No.');
    await expect(lateness.orRefused(() => Promise.reject(new Refusal('TOO_EARLY', 'Wait.')))).resolves.toMatchObject({ reason: 'TOO_EARLY' });
    await expect(lateness.orRefused(() => Promise.resolve(42))).resolves.toBe(42);
  });
});
