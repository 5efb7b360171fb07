import type { ReactNode } from 'react';
import { classNames } from '../internal/class-names';

export interface PaginationLink {
  href: string;
  /** Defaults to "Previous page" or "Next page". */
  text?: ReactNode;
  /** Shown under the link in the block style, for example the title of that page. */
  labelText?: string;
}

export interface PaginationPage {
  number: number;
  href: string;
  current?: boolean;
  /** Defaults to "Page <number>". */
  visuallyHiddenText?: string;
}

export interface PaginationEllipsis {
  ellipsis: true;
}

export interface PaginationProps {
  previous?: PaginationLink;
  next?: PaginationLink;
  /** Numbered pages; leave out for the block style with only previous and next. */
  items?: Array<PaginationPage | PaginationEllipsis>;
  landmarkLabel?: string;
  className?: string;
}

function ArrowPrevious() {
  return (
    <svg
      className="govuk-pagination__icon govuk-pagination__icon--prev"
      xmlns="http://www.w3.org/2000/svg"
      height="13"
      width="15"
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 15 13"
    >
      <path d="m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z" />
    </svg>
  );
}

function ArrowNext() {
  return (
    <svg
      className="govuk-pagination__icon govuk-pagination__icon--next"
      xmlns="http://www.w3.org/2000/svg"
      height="13"
      width="15"
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 15 13"
    >
      <path d="m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z" />
    </svg>
  );
}

function ArrowLink({ link, type, blockLevel }: { link: PaginationLink; type: 'prev' | 'next'; blockLevel: boolean }) {
  const defaultText = (
    <>
      {type === 'prev' ? 'Previous' : 'Next'}
      <span className="govuk-visually-hidden"> page</span>
    </>
  );
  const arrow = type === 'prev' ? <ArrowPrevious /> : <ArrowNext />;
  return (
    <div className={`govuk-pagination__${type}`}>
      <a className="govuk-link govuk-pagination__link" href={link.href} rel={type}>
        {(blockLevel || type === 'prev') && arrow}
        <span
          className={classNames(
            'govuk-pagination__link-title',
            blockLevel && !link.labelText && 'govuk-pagination__link-title--decorated',
          )}
        >
          {link.text ?? defaultText}
        </span>
        {link.labelText && blockLevel && (
          <>
            <span className="govuk-visually-hidden">:</span>
            <span className="govuk-pagination__link-label">{link.labelText}</span>
          </>
        )}
        {!blockLevel && type === 'next' && arrow}
      </a>
    </div>
  );
}

export function Pagination({ previous, next, items, landmarkLabel = 'Pagination', className }: PaginationProps) {
  const blockLevel = !items && Boolean(next ?? previous);
  return (
    <nav
      className={classNames('govuk-pagination', blockLevel && 'govuk-pagination--block', className)}
      aria-label={landmarkLabel}
    >
      {previous && <ArrowLink link={previous} type="prev" blockLevel={blockLevel} />}
      {items && (
        <ul className="govuk-pagination__list">
          {items.map((item, index) =>
            'ellipsis' in item ? (
              <li key={`ellipsis-${index}`} className="govuk-pagination__item govuk-pagination__item--ellipsis">
                {'\u22ef'}
              </li>
            ) : (
              <li
                key={item.number}
                className={classNames('govuk-pagination__item', item.current && 'govuk-pagination__item--current')}
              >
                <a
                  className="govuk-link govuk-pagination__link"
                  href={item.href}
                  aria-label={item.visuallyHiddenText ?? `Page ${item.number}`}
                  aria-current={item.current ? 'page' : undefined}
                >
                  {item.number}
                </a>
              </li>
            ),
          )}
        </ul>
      )}
      {next && <ArrowLink link={next} type="next" blockLevel={blockLevel} />}
    </nav>
  );
}
