import { describeHealth } from './describe-health';

describe('describeHealth', () => {
  it('says the service is working and connected when the API and database are up', () => {
    expect(describeHealth({ status: 'ok', database: 'UP' })).toEqual({ service: 'Working', database: 'Connected' });
  });

  it('says what is wrong otherwise', () => {
    expect(describeHealth({ status: 'degraded', database: 'DOWN' })).toEqual({
      service: 'Not working',
      database: 'Not connected',
    });
  });
});
