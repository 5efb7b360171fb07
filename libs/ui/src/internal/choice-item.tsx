import type { ChangeEvent, ReactNode } from 'react';
import { classNames } from './class-names';
import { hasContent } from './field-parts';
import { Hint } from '../hint/hint';
import { Label } from '../label/label';

export function isDivider(item: object): item is { divider: string } {
  return 'divider' in item;
}

export interface ChoiceItemProps {
  kind: 'radios' | 'checkboxes';
  id: string;
  name: string;
  value: string;
  text: ReactNode;
  hint?: ReactNode;
  labelClassName?: string;
  disabled?: boolean;
  conditional?: ReactNode;
  /** Set when the parent is controlled; otherwise `defaultChecked` is used. */
  checked?: boolean;
  defaultChecked: boolean;
  describedBy?: string;
  behaviour?: 'exclusive';
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
}

// One radio or checkbox with its label, item hint and conditionally revealed content. govuk-frontend's
// JavaScript turns data-aria-controls into aria-controls and shows or hides the revealed content.
export function ChoiceItem({
  kind,
  id,
  name,
  value,
  text,
  hint,
  labelClassName,
  disabled,
  conditional,
  checked,
  defaultChecked,
  describedBy,
  behaviour,
  onChange,
}: ChoiceItemProps) {
  const hintId = hasContent(hint) ? `${id}-item-hint` : undefined;
  const conditionalId = `conditional-${id}`;
  const hasConditional = hasContent(conditional);
  const isChecked = checked ?? defaultChecked;
  const itemDescribedBy = [describedBy, hintId].filter(Boolean).join(' ');
  return (
    <>
      <div className={`govuk-${kind}__item`}>
        <input
          className={`govuk-${kind}__input`}
          id={id}
          name={name}
          type={kind === 'radios' ? 'radio' : 'checkbox'}
          value={value}
          {...(checked === undefined ? { defaultChecked } : { checked })}
          disabled={disabled}
          data-aria-controls={hasConditional ? conditionalId : undefined}
          data-behaviour={behaviour}
          aria-describedby={itemDescribedBy || undefined}
          onChange={onChange}
        />
        <Label text={text} className={classNames(`govuk-${kind}__label`, labelClassName)} htmlFor={id} />
        {hintId && (
          <Hint id={hintId} className={`govuk-${kind}__hint`}>
            {hint}
          </Hint>
        )}
      </div>
      {hasConditional && (
        <div
          className={classNames(`govuk-${kind}__conditional`, !isChecked && `govuk-${kind}__conditional--hidden`)}
          id={conditionalId}
        >
          {conditional}
        </div>
      )}
    </>
  );
}
