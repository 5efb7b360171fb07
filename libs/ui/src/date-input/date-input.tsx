import type { ChangeEvent, HTMLAttributes, ReactNode } from 'react';
import { Fieldset } from '../fieldset/fieldset';
import { classNames } from '../internal/class-names';
import { describedBy as joinIds } from '../internal/described-by';
import { fieldParts } from '../internal/field-parts';
import { FormGroup } from '../internal/form-group';
import type { ChoiceFieldset } from '../radios/radios';
import { TextInput } from '../text-input/text-input';

export interface DateInputItem {
  /** `day`, `month` or `year` for the usual three boxes. */
  name: string;
  /** Defaults to the name with a capital letter: "Day", "Month", "Year". */
  label?: string;
  /** Defaults to `<id>-<name>`. */
  id?: string;
  /** Mark only this box as wrong; otherwise an error message marks every box. */
  error?: boolean;
  className?: string;
  autoComplete?: string;
  pattern?: string;
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
}

export type DateInputValue = Readonly<Record<string, string>>;

export interface DateInputProps {
  /** Error summary links should point at the first box in error, for example `#<id>-day`. */
  id: string;
  /** Names become `<namePrefix>-day` and so on. */
  namePrefix?: string;
  items?: DateInputItem[];
  /** The boxes' values, keyed by item name, when the parent controls them. */
  value?: DateInputValue;
  defaultValue?: DateInputValue;
  onChange?: (value: DateInputValue, event: ChangeEvent<HTMLInputElement>) => void;
  fieldset?: ChoiceFieldset;
  hint?: ReactNode;
  errorMessage?: ReactNode;
  className?: string;
  formGroupClassName?: string;
}

const DEFAULT_ITEMS: DateInputItem[] = [{ name: 'day' }, { name: 'month' }, { name: 'year' }];

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function hasErrorClass(item: DateInputItem): boolean {
  return Boolean(item.className?.split(/\s+/).includes('govuk-input--error'));
}

// Uncontrolled boxes: read every box's current value from the page, in item order.
function valuesIn(input: HTMLInputElement, items: DateInputItem[]): DateInputValue {
  const boxes = input.closest('.govuk-date-input')?.querySelectorAll<HTMLInputElement>('input') ?? [];
  return Object.fromEntries(items.map((item, index) => [item.name, boxes[index]?.value ?? '']));
}

export function DateInput({
  id,
  namePrefix,
  items = DEFAULT_ITEMS,
  value,
  defaultValue,
  onChange,
  fieldset,
  hint,
  errorMessage,
  className,
  formGroupClassName,
}: DateInputProps) {
  const { hintId, errorId, hintElement, errorElement } = fieldParts(id, hint, errorMessage);
  const anyItemHasError = items.some((item) => item.error || hasErrorClass(item));
  const inner = (
    <>
      {hintElement}
      {errorElement}
      <div className={classNames('govuk-date-input', className)} id={id}>
        {items.map((item) => {
          const showError =
            !hasErrorClass(item) && (item.error || (item.error !== false && Boolean(errorId) && !anyItemHasError));
          const hasWidth = Boolean(item.className?.includes('govuk-input--width-'));
          const width = item.name === 'year' ? 'govuk-input--width-4' : 'govuk-input--width-2';
          const itemId = item.id ?? `${id}-${item.name}`;
          return (
            <div key={itemId} className="govuk-date-input__item">
              <TextInput
                label={{ text: item.label ?? capitalise(item.name), className: 'govuk-date-input__label' }}
                id={itemId}
                name={namePrefix ? `${namePrefix}-${item.name}` : item.name}
                className={classNames(
                  'govuk-date-input__input',
                  showError && 'govuk-input--error',
                  !hasWidth && width,
                  item.className,
                )}
                inputMode={item.inputMode ?? 'numeric'}
                autoComplete={item.autoComplete}
                pattern={item.pattern}
                {...(value === undefined
                  ? { defaultValue: defaultValue?.[item.name] }
                  : { value: value[item.name] ?? '' })}
                onChange={(event) =>
                  onChange?.(
                    value === undefined
                      ? valuesIn(event.currentTarget, items)
                      : { ...value, [item.name]: event.currentTarget.value },
                    event,
                  )
                }
              />
            </div>
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
          role="group"
          describedBy={joinIds(fieldset.describedBy, hintId, errorId)}
        >
          {inner}
        </Fieldset>
      ) : (
        inner
      )}
    </FormGroup>
  );
}
