// Mirrors govuk-frontend's setFocus: make a non-interactive element focusable only while it has focus,
// so it does not become an extra tab stop afterwards.
export function focusElement(element: HTMLElement): void {
  const hadTabIndex = element.hasAttribute('tabindex');
  if (!hadTabIndex) {
    element.setAttribute('tabindex', '-1');
    element.addEventListener('blur', () => element.removeAttribute('tabindex'), { once: true });
  }
  element.focus();
}
