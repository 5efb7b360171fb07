import { useEffect, useRef, type ReactNode } from 'react';
import { classNames } from '../internal/class-names';
import { focusElement } from '../internal/focus-element';

export interface NotificationBannerProps {
  /** `success` after someone completes an action: green, announced and focused. */
  type?: 'success';
  /** Defaults to "Success" or "Important". */
  title?: ReactNode;
  titleId?: string;
  titleHeadingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  role?: string;
  /** A single line shown as the banner's heading. */
  text?: ReactNode;
  /** Richer content; use `govuk-notification-banner__heading` and `govuk-notification-banner__link`. */
  children?: ReactNode;
  /** Success banners take focus when they appear unless this is set. */
  disableAutoFocus?: boolean;
  className?: string;
}

export function NotificationBanner({
  type,
  title,
  titleId = 'govuk-notification-banner-title',
  titleHeadingLevel = 2,
  role,
  text,
  children,
  disableAutoFocus,
  className,
}: NotificationBannerProps) {
  const isSuccess = type === 'success';
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (isSuccess && !disableAutoFocus && root.current) focusElement(root.current);
  }, [isSuccess, disableAutoFocus]);
  const Heading = `h${titleHeadingLevel}` as const;
  return (
    <div
      ref={root}
      className={classNames('govuk-notification-banner', isSuccess && 'govuk-notification-banner--success', className)}
      role={role ?? (isSuccess ? 'alert' : 'region')}
      aria-labelledby={titleId}
      data-module="govuk-notification-banner"
      data-disable-auto-focus={disableAutoFocus === undefined ? undefined : String(disableAutoFocus)}
    >
      <div className="govuk-notification-banner__header">
        <Heading className="govuk-notification-banner__title" id={titleId}>
          {title ?? (isSuccess ? 'Success' : 'Important')}
        </Heading>
      </div>
      <div className="govuk-notification-banner__content">
        {children ?? (text !== undefined && <p className="govuk-notification-banner__heading">{text}</p>)}
      </div>
    </div>
  );
}
