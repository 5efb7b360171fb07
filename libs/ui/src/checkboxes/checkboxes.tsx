import type { ChangeEvent, ReactNode } from 'react';
import { Fieldset } from '../fieldset/fieldset';
import { ChoiceItem, isDivider } from '../internal/choice-item';
import { classNames } from '../internal/class-names';
import { describedBy as joinIds } from '../internal/described-by';
import { fieldParts } from '../internal/field-parts';
import { FormGroup } from '../internal/form-group';
import type { ChoiceFieldset, RadioDivider } from '../radios/radios';

export interface CheckboxItem {
  value: string;
  text: ReactNode;
  /** Defaults to `<idPrefix>` for the first item and `<idPrefix>-<position>` after that. */
  id?: string;
  /** Defaults to the group's `name`. */
  name?: string;
  hint?: ReactNode;
  disabled?: boolean;
  conditional?: ReactNode;
  labelClassName?: string;
  /** A "None of these" answer: choosing it clears the others, and choosing another clears it. */
  exclusive?: boolean;
}

export interface CheckboxesProps {
  name: string;
  /** Defaults to `name`; the first checkbox's id, so error summary links can point at `#<idPrefix>`. */
  idPrefix?: string;
  items: Array<CheckboxItem | RadioDivider>;
  /** The ticked values when the parent controls the checkboxes. */
  values?: string[];
  defaultValues?: string[];
  onChange?: (values: string[], event: ChangeEvent<HTMLInputElement>) => void;
  fieldset?: ChoiceFieldset;
  hint?: ReactNode;
  errorMessage?: ReactNode;
  describedBy?: string;
  /** For example `govuk-checkboxes--small`. */
  className?: string;
  formGroupClassName?: string;
}

function nextValues(
  current: string[],
  changed: CheckboxItem,
  checked: boolean,
  items: Array<CheckboxItem | RadioDivider>,
): string[] {
  if (!checked) return current.filter((value) => value !== changed.value);
  if (changed.exclusive) return [changed.value];
  const exclusiveValues = new Set(
    items.filter((item): item is CheckboxItem => !isDivider(item) && Boolean(item.exclusive)).map((item) => item.value),
  );
  return [...current.filter((value) => !exclusiveValues.has(value)), changed.value];
}

// Uncontrolled checkboxes: the page is the record of what is ticked (after govuk-frontend has applied any
// "None of these" behaviour, which runs before React's change handler).
function checkedValuesIn(input: HTMLInputElement): string[] {
  const group = input.closest('.govuk-checkboxes');
  if (!group) return input.checked ? [input.value] : [];
  return Array.from(group.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked'), (box) => box.value);
}

export function Checkboxes({
  name,
  idPrefix = name,
  items,
  values,
  defaultValues,
  onChange,
  fieldset,
  hint,
  errorMessage,
  describedBy,
  className,
  formGroupClassName,
}: CheckboxesProps) {
  const { hintId, errorId, hintElement, errorElement } = fieldParts(idPrefix, hint, errorMessage);
  const groupDescribedBy = joinIds(fieldset?.describedBy ?? describedBy, hintId, errorId);
  const checkboxes = (
    <>
      {hintElement}
      {errorElement}
      <div className={classNames('govuk-checkboxes', className)} data-module="govuk-checkboxes">
        {items.map((item, index) => {
          const position = index + 1;
          if (isDivider(item)) {
            return (
              <div key={`divider-${position}`} className="govuk-checkboxes__divider">
                {item.divider}
              </div>
            );
          }
          const id = item.id ?? (position > 1 ? `${idPrefix}-${position}` : idPrefix);
          return (
            <ChoiceItem
              key={id}
              kind="checkboxes"
              id={id}
              name={item.name ?? name}
              value={item.value}
              text={item.text}
              hint={item.hint}
              labelClassName={item.labelClassName}
              disabled={item.disabled}
              conditional={item.conditional}
              checked={values === undefined ? undefined : values.includes(item.value)}
              defaultChecked={defaultValues?.includes(item.value) ?? false}
              describedBy={fieldset ? undefined : groupDescribedBy}
              behaviour={item.exclusive ? 'exclusive' : undefined}
              onChange={(event) =>
                onChange?.(
                  values === undefined
                    ? checkedValuesIn(event.currentTarget)
                    : nextValues(values, item, event.currentTarget.checked, items),
                  event,
                )
              }
            />
          );
        })}
      </div>
    </>
  );
  return (
    <FormGroup hasError={Boolean(errorId)} className={formGroupClassName}>
      {fieldset ? (
        <Fieldset legend={fieldset.legend} className={fieldset.className} describedBy={groupDescribedBy}>
          {checkboxes}
        </Fieldset>
      ) : (
        checkboxes
      )}
    </FormGroup>
  );
}
