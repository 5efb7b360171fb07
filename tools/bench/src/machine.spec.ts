import { describeMachine } from './machine';

describe('the machine a run was on', () => {
  it('names its processors, memory, Node and PostgreSQL, and how busy it was when asked', () => {
    expect(describeMachine('PostgreSQL 17.10')).toMatch(/^\d+ × .+, \d+ GiB RAM, Node v\d+\.\d+\.\d+, PostgreSQL 17\.10$/);
    expect(describeMachine('PostgreSQL 17.10', 0.5)).toMatch(/; load average \(1 minute\) 0\.5 at the start, \d+\.\d at the end$/);
  });
});
