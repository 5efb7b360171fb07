import type { ChangeEvent, ReactNode } from 'react';
import { Fieldset, type LegendProp } from '../fieldset/fieldset';
import { ChoiceItem, isDivider } from '../internal/choice-item';
import { classNames } from '../internal/class-names';
import { describedBy as joinIds } from '../internal/described-by';
import { fieldParts } from '../internal/field-parts';
import { FormGroup } from '../internal/form-group';

export interface RadioItem {
  value: string;
  text: ReactNode;
  /** Defaults to `<idPrefix>` for the first item and `<idPrefix>-<position>` after that. */
  id?: string;
  hint?: ReactNode;
  disabled?: boolean;
  /** Content shown only while this option is chosen. */
  conditional?: ReactNode;
  labelClassName?: string;
}

export interface RadioDivider {
  divider: string;
}

export interface ChoiceFieldset {
  legend: LegendProp;
  className?: string;
  describedBy?: string;
}

export interface RadiosProps {
  name: string;
  /** Defaults to `name`; the first radio's id, so error summary links can point at `#<idPrefix>`. */
  idPrefix?: string;
  items: Array<RadioItem | RadioDivider>;
  /** The chosen value when the parent controls the radios. */
  value?: string;
  defaultValue?: string;
  onChange?: (value: string, event: ChangeEvent<HTMLInputElement>) => void;
  fieldset?: ChoiceFieldset;
  hint?: ReactNode;
  errorMessage?: ReactNode;
  /** For example `govuk-radios--inline` or `govuk-radios--small`. */
  className?: string;
  formGroupClassName?: string;
}

export function Radios({
  name,
  idPrefix = name,
  items,
  value,
  defaultValue,
  onChange,
  fieldset,
  hint,
  errorMessage,
  className,
  formGroupClassName,
}: RadiosProps) {
  const { hintId, errorId, hintElement, errorElement } = fieldParts(idPrefix, hint, errorMessage);
  const radios = (
    <>
      {hintElement}
      {errorElement}
      <div className={classNames('govuk-radios', className)} data-module="govuk-radios">
        {items.map((item, index) => {
          const position = index + 1;
          if (isDivider(item)) {
            return (
              <div key={`divider-${position}`} className="govuk-radios__divider">
                {item.divider}
              </div>
            );
          }
          const id = item.id ?? (position > 1 ? `${idPrefix}-${position}` : idPrefix);
          return (
            <ChoiceItem
              key={id}
              kind="radios"
              id={id}
              name={name}
              value={item.value}
              text={item.text}
              hint={item.hint}
              labelClassName={item.labelClassName}
              disabled={item.disabled}
              conditional={item.conditional}
              checked={value === undefined ? undefined : item.value === value}
              defaultChecked={item.value === defaultValue}
              onChange={(event) => onChange?.(item.value, event)}
            />
          );
        })}
      </div>
    </>
  );
  return (
    <FormGroup hasError={Boolean(errorId)} className={formGroupClassName}>
      {fieldset ? (
        <Fieldset
          legend={fieldset.legend}
          className={fieldset.className}
          describedBy={joinIds(fieldset.describedBy, hintId, errorId)}
        >
          {radios}
        </Fieldset>
      ) : (
        radios
      )}
    </FormGroup>
  );
}
