import type { ReactNode } from 'react';
import { classNames } from '../internal/class-names';

/** govuk-frontend's tag colours; leave out for the default blue. */
export type TagColour =
  | 'grey'
  | 'green'
  | 'turquoise'
  | 'teal'
  | 'purple'
  | 'magenta'
  | 'pink'
  | 'red'
  | 'orange'
  | 'yellow';

export interface TagProps {
  colour?: TagColour;
  className?: string;
  children: ReactNode;
}

export function Tag({ colour, className, children }: TagProps) {
  return <strong className={classNames('govuk-tag', colour && `govuk-tag--${colour}`, className)}>{children}</strong>;
}
