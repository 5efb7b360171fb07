import type { ReactNode, SelectHTMLAttributes } from 'react';
import { classNames } from '../internal/class-names';
import { describedBy as joinIds } from '../internal/described-by';
import { fieldParts } from '../internal/field-parts';
import { FormGroup } from '../internal/form-group';
import { Label, toLabelOptions, type LabelProp } from '../label/label';

export interface SelectItem {
  value: string;
  text: string;
  disabled?: boolean;
}

export interface SelectProps
  extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'name' | 'className' | 'aria-describedby' | 'children'> {
  name: string;
  /** Defaults to `name`. */
  id?: string;
  label: LabelProp;
  items: SelectItem[];
  hint?: ReactNode;
  errorMessage?: ReactNode;
  describedBy?: string;
  className?: string;
  formGroupClassName?: string;
}

export function Select({
  name,
  id = name,
  label,
  items,
  hint,
  errorMessage,
  describedBy,
  className,
  formGroupClassName,
  ...selectAttributes
}: SelectProps) {
  const { hintId, errorId, hintElement, errorElement } = fieldParts(id, hint, errorMessage);
  return (
    <FormGroup hasError={Boolean(errorId)} className={formGroupClassName}>
      <Label {...toLabelOptions(label)} htmlFor={id} />
      {hintElement}
      {errorElement}
      <select
        {...selectAttributes}
        className={classNames('govuk-select', className, errorId && 'govuk-select--error')}
        id={id}
        name={name}
        aria-describedby={joinIds(describedBy, hintId, errorId)}
      >
        {items.map((item) => (
          <option key={item.value} value={item.value} disabled={item.disabled}>
            {item.text}
          </option>
        ))}
      </select>
    </FormGroup>
  );
}
