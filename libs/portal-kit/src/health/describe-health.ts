import type { HealthQuery } from '@rollcall/sdk';

export interface HealthDescription {
  service: 'Working' | 'Not working';
  database: 'Connected' | 'Not connected';
}

/** The API's health answer in the words a member of staff would use. */
export function describeHealth({ status, database }: HealthQuery['health']): HealthDescription {
  return {
    service: status === 'ok' ? 'Working' : 'Not working',
    database: database === 'UP' ? 'Connected' : 'Not connected',
  };
}
