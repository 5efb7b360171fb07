import type { InputHTMLAttributes, ReactNode } from 'react';
import { classNames } from '../internal/class-names';
import { describedBy as joinIds } from '../internal/described-by';
import { fieldParts, hasContent } from '../internal/field-parts';
import { FormGroup } from '../internal/form-group';
import { Label, toLabelOptions, type LabelProp } from '../label/label';

export interface TextInputProps
  extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name' | 'prefix' | 'className' | 'aria-describedby'> {
  name: string;
  /** Defaults to `name`. Error summary links should point at `#<id>`. */
  id?: string;
  label: LabelProp;
  hint?: ReactNode;
  errorMessage?: ReactNode;
  prefix?: ReactNode;
  suffix?: ReactNode;
  /** Extra ids to add to `aria-describedby`, before the hint and error message. */
  describedBy?: string;
  /** For example `govuk-input--width-10`. */
  className?: string;
  formGroupClassName?: string;
}

export function TextInput({
  name,
  id = name,
  label,
  hint,
  errorMessage,
  prefix,
  suffix,
  describedBy,
  className,
  formGroupClassName,
  type = 'text',
  ...inputAttributes
}: TextInputProps) {
  const { hintId, errorId, hintElement, errorElement } = fieldParts(id, hint, errorMessage);
  const input = (
    <input
      {...inputAttributes}
      className={classNames('govuk-input', className, errorId && 'govuk-input--error')}
      id={id}
      name={name}
      type={type}
      aria-describedby={joinIds(describedBy, hintId, errorId)}
    />
  );
  const hasAffix = hasContent(prefix) || hasContent(suffix);
  return (
    <FormGroup hasError={Boolean(errorId)} className={formGroupClassName}>
      <Label {...toLabelOptions(label)} htmlFor={id} />
      {hintElement}
      {errorElement}
      {hasAffix ? (
        <div className="govuk-input__wrapper">
          {hasContent(prefix) && (
            <div className="govuk-input__prefix" aria-hidden="true">
              {prefix}
            </div>
          )}
          {input}
          {hasContent(suffix) && (
            <div className="govuk-input__suffix" aria-hidden="true">
              {suffix}
            </div>
          )}
        </div>
      ) : (
        input
      )}
    </FormGroup>
  );
}
