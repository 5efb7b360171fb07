import { useQuery } from '@apollo/client/react';
import { HealthDocument } from '@rollcall/sdk';
import { HealthSummary, type HealthState } from './health-summary';

/** Asks the API whether it and its database are working, and says so in plain English. */
export function PortalHealthPanel() {
  const { data, error } = useQuery(HealthDocument, { fetchPolicy: 'network-only' });
  const state: HealthState = data
    ? { kind: 'answered', health: data.health }
    : error
      ? { kind: 'unreachable' }
      : { kind: 'loading' };
  return <HealthSummary state={state} />;
}
