import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { classNames } from '../internal/class-names';
import { describedBy as joinIds } from '../internal/described-by';
import { fieldParts } from '../internal/field-parts';
import { FormGroup } from '../internal/form-group';
import { Label, toLabelOptions, type LabelProp } from '../label/label';

export interface TextareaProps
  extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'name' | 'className' | 'aria-describedby'> {
  name: string;
  /** Defaults to `name`. */
  id?: string;
  label: LabelProp;
  hint?: ReactNode;
  errorMessage?: ReactNode;
  describedBy?: string;
  className?: string;
  formGroupClassName?: string;
}

export function Textarea({
  name,
  id = name,
  label,
  hint,
  errorMessage,
  describedBy,
  className,
  formGroupClassName,
  rows = 5,
  ...textareaAttributes
}: TextareaProps) {
  const { hintId, errorId, hintElement, errorElement } = fieldParts(id, hint, errorMessage);
  return (
    <FormGroup hasError={Boolean(errorId)} className={formGroupClassName}>
      <Label {...toLabelOptions(label)} htmlFor={id} />
      {hintElement}
      {errorElement}
      <textarea
        {...textareaAttributes}
        className={classNames('govuk-textarea', errorId && 'govuk-textarea--error', className)}
        id={id}
        name={name}
        rows={rows}
        aria-describedby={joinIds(describedBy, hintId, errorId)}
      />
    </FormGroup>
  );
}
