import { classNames } from '../internal/class-names';

export type ButtonVariant = 'secondary' | 'warning' | 'inverse';

export function buttonClasses(variant: ButtonVariant | undefined, isStartButton: boolean, className?: string): string {
  return classNames(
    'govuk-button',
    variant && `govuk-button--${variant}`,
    className,
    isStartButton && 'govuk-button--start',
  );
}
