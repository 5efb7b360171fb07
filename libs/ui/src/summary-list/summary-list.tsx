import type { ReactNode } from 'react';
import { classNames } from '../internal/class-names';

export interface SummaryListAction {
  href: string;
  text: ReactNode;
  /** Names what the action is for, for screen readers: "Change" + " date of birth". */
  visuallyHiddenText?: string;
  className?: string;
}

export interface SummaryListRow {
  key: ReactNode;
  value: ReactNode;
  actions?: SummaryListAction[];
  className?: string;
  keyClassName?: string;
  valueClassName?: string;
}

export interface SummaryCard {
  title?: ReactNode;
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  actions?: SummaryListAction[];
}

export interface SummaryListProps {
  rows: SummaryListRow[];
  /** Wrap the list in a summary card with a title and card-wide actions. */
  card?: SummaryCard;
  /** For example `govuk-summary-list--no-border`. */
  className?: string;
}

function ActionLink({ action, cardTitle }: { action: SummaryListAction; cardTitle?: ReactNode }) {
  const hasHiddenText = Boolean(action.visuallyHiddenText) || Boolean(cardTitle);
  return (
    <a className={classNames('govuk-link', action.className)} href={action.href}>
      {action.text}
      {hasHiddenText && (
        <span className="govuk-visually-hidden">
          {action.visuallyHiddenText && ` ${action.visuallyHiddenText}`}
          {cardTitle ? <> ({cardTitle})</> : null}
        </span>
      )}
    </a>
  );
}

export function SummaryList({ rows, card, className }: SummaryListProps) {
  const anyRowHasActions = rows.some((row) => (row.actions?.length ?? 0) > 0);
  const list = (
    <dl className={classNames('govuk-summary-list', className)}>
      {rows.map((row, index) => {
        const actions = row.actions ?? [];
        return (
          <div
            key={index}
            className={classNames(
              'govuk-summary-list__row',
              anyRowHasActions && actions.length === 0 && 'govuk-summary-list__row--no-actions',
              row.className,
            )}
          >
            <dt className={classNames('govuk-summary-list__key', row.keyClassName)}>{row.key}</dt>
            <dd className={classNames('govuk-summary-list__value', row.valueClassName)}>{row.value}</dd>
            {actions.length > 0 && (
              <dd className="govuk-summary-list__actions">
                {actions.length === 1 && actions[0] ? (
                  <ActionLink action={actions[0]} cardTitle={card?.title} />
                ) : (
                  <ul className="govuk-summary-list__actions-list">
                    {actions.map((action) => (
                      <li key={action.href} className="govuk-summary-list__actions-list-item">
                        <ActionLink action={action} cardTitle={card?.title} />
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            )}
          </div>
        );
      })}
    </dl>
  );
  if (!card) return list;
  const Heading = `h${card.headingLevel ?? 2}` as const;
  return (
    <div className="govuk-summary-card">
      <div className="govuk-summary-card__title-wrapper">
        {card.title !== undefined && <Heading className="govuk-summary-card__title">{card.title}</Heading>}
        {card.actions?.length === 1 && card.actions[0] && (
          <div className="govuk-summary-card__actions">
            <ActionLink action={card.actions[0]} cardTitle={card.title} />
          </div>
        )}
        {card.actions && card.actions.length > 1 && (
          <ul className="govuk-summary-card__actions">
            {card.actions.map((action) => (
              <li key={action.href} className="govuk-summary-card__action">
                <ActionLink action={action} cardTitle={card.title} />
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="govuk-summary-card__content">{list}</div>
    </div>
  );
}
