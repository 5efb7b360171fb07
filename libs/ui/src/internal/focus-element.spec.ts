import { focusElement } from './focus-element';

class FakeElement {
  readonly attributes = new Map<string, string>();
  private blur: (() => void) | undefined;
  focused = false;

  hasAttribute(name: string): boolean {
    return this.attributes.has(name);
  }
  setAttribute(name: string, value: string): void {
    this.attributes.set(name, value);
  }
  removeAttribute(name: string): void {
    this.attributes.delete(name);
  }
  addEventListener(_type: string, listener: () => void): void {
    this.blur = listener;
  }
  focus(): void {
    this.focused = true;
  }
  fireBlur(): void {
    this.blur?.();
  }
}

describe('focusElement', () => {
  it('focuses an element and keeps it out of the tab order afterwards', () => {
    const element = new FakeElement();
    focusElement(element as unknown as HTMLElement);
    expect(element.focused).toBe(true);
    expect(element.attributes.get('tabindex')).toBe('-1');
    element.fireBlur();
    expect(element.hasAttribute('tabindex')).toBe(false);
  });

  it('leaves an existing tabindex alone', () => {
    const element = new FakeElement();
    element.setAttribute('tabindex', '0');
    focusElement(element as unknown as HTMLElement);
    expect(element.attributes.get('tabindex')).toBe('0');
  });
});
