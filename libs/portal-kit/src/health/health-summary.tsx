import type { HealthQuery } from '@rollcall/sdk';
import { SummaryList, Tag } from '@rollcall/ui';
import { describeHealth } from './describe-health';

export type HealthState =
  | { kind: 'loading' }
  | { kind: 'unreachable' }
  | { kind: 'answered'; health: HealthQuery['health'] };

export interface HealthSummaryProps {
  state: HealthState;
  headingId?: string;
}

function StatusTag({ text, good }: { text: string; good: boolean }) {
  return <Tag colour={good ? 'green' : 'red'}>{text}</Tag>;
}

export function HealthSummary({ state, headingId = 'service-status' }: HealthSummaryProps) {
  return (
    <section aria-labelledby={headingId}>
      <h2 className="govuk-heading-m" id={headingId}>
        Service status
      </h2>
      <HealthBody state={state} />
    </section>
  );
}

function HealthBody({ state }: { state: HealthState }) {
  if (state.kind === 'loading') {
    return (
      <p className="govuk-body" role="status">
        Checking whether Rollcall is working…
      </p>
    );
  }
  if (state.kind === 'unreachable') {
    return (
      <>
        <SummaryList
          rows={[
            { key: 'Service', value: <StatusTag text="Not working" good={false} /> },
            { key: 'Database', value: 'Not known' },
          ]}
        />
        <p className="govuk-body" role="alert">
          Rollcall could not be reached. Check your internet connection, then refresh the page. If it still does not
          work, try again later.
        </p>
      </>
    );
  }
  const { service, database } = describeHealth(state.health);
  return (
    <SummaryList
      rows={[
        { key: 'Service', value: <StatusTag text={service} good={service === 'Working'} /> },
        { key: 'Database', value: <StatusTag text={database} good={database === 'Connected'} /> },
      ]}
    />
  );
}
