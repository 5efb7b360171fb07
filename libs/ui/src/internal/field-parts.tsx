import type { ReactNode } from 'react';
import { ErrorMessage } from '../error-message/error-message';
import { Hint } from '../hint/hint';

export interface FieldParts {
  hintId?: string;
  errorId?: string;
  hintElement: ReactNode;
  errorElement: ReactNode;
}

export function hasContent(node: ReactNode): boolean {
  return node !== undefined && node !== null && node !== false && node !== '';
}

// The hint and error message that sit above a control, with the ids the control points at with
// aria-describedby: `<id>-hint` and `<id>-error`, as govuk-frontend names them.
export function fieldParts(id: string, hint: ReactNode, errorMessage: ReactNode): FieldParts {
  const hintId = hasContent(hint) ? `${id}-hint` : undefined;
  const errorId = hasContent(errorMessage) ? `${id}-error` : undefined;
  return {
    hintId,
    errorId,
    hintElement: hintId ? <Hint id={hintId}>{hint}</Hint> : null,
    errorElement: errorId ? <ErrorMessage id={errorId}>{errorMessage}</ErrorMessage> : null,
  };
}
