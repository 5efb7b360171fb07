import { renderHtml } from '../testing';
import { Button } from './button';
import { ButtonLink } from './button-link';

describe('Button', () => {
  it('is a submit button by default', () => {
    const button = renderHtml(<Button>Save and continue</Button>).querySelector('button');
    expect(button?.getAttribute('type')).toBe('submit');
    expect(button?.classList).toEqual(['govuk-button']);
    expect(button?.getAttribute('data-module')).toBe('govuk-button');
    expect(button?.textContent).toBe('Save and continue');
  });

  it('shows variants, disabled state and double-click prevention', () => {
    const button = renderHtml(
      <Button variant="warning" type="button" disabled preventDoubleClick name="action" value="delete">
        Delete register
      </Button>,
    ).querySelector('button');
    expect(button?.classList).toEqual(['govuk-button', 'govuk-button--warning']);
    expect(button?.getAttribute('type')).toBe('button');
    expect(button?.hasAttribute('disabled')).toBe(true);
    expect(button?.getAttribute('aria-disabled')).toBe('true');
    expect(button?.getAttribute('data-prevent-double-click')).toBe('true');
    expect(button?.getAttribute('value')).toBe('delete');
  });

  it('shows the start arrow on a start button', () => {
    const page = renderHtml(<Button isStartButton>Start now</Button>);
    expect(page.querySelector('button')?.classList).toContain('govuk-button--start');
    expect(page.querySelector('svg.govuk-button__start-icon[aria-hidden="true"]')).not.toBeNull();
  });
});

describe('ButtonLink', () => {
  it('is a link that behaves like a button', () => {
    const link = renderHtml(
      <ButtonLink href="/school/registers" variant="secondary">
        View registers
      </ButtonLink>,
    ).querySelector('a');
    expect(link?.getAttribute('href')).toBe('/school/registers');
    expect(link?.getAttribute('role')).toBe('button');
    expect(link?.getAttribute('draggable')).toBe('false');
    expect(link?.classList).toEqual(['govuk-button', 'govuk-button--secondary']);
  });

  it('wraps rich content of a start link in a span', () => {
    const page = renderHtml(
      <ButtonLink href="/start" isStartButton>
        <strong>Start</strong> now
      </ButtonLink>,
    );
    expect(page.querySelector('a span strong')?.textContent).toBe('Start');
    expect(page.querySelector('a svg.govuk-button__start-icon')).not.toBeNull();
  });
});
