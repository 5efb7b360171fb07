import { recipientAddress } from './notification-outbox';

describe('recipientAddress', () => {
  it.each([
    [{ school: 100001 }, 'school:100001'],
    [{ la: '928' }, 'la:928'],
    [{ virtualSchool: '928' }, 'virtual-school:928'],
    [{ parent: '42' }, 'parent:42'],
  ])('%j → %s', (recipient, address) => {
    expect(recipientAddress(recipient)).toBe(address);
  });
});
