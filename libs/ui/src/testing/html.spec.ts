import { parseHtml } from './html';

describe('parseHtml', () => {
  const root = parseHtml(
    '<div class="a b" id="x"><label for="n">Full &amp; name</label><input id="n" name="n"/><p><span class="a">Hi</span></p></div>',
  );

  it('finds elements by tag, class, id, attribute and descendant selectors', () => {
    expect(root.querySelectorAll('.a')).toHaveLength(2);
    expect(root.querySelector('div.a.b#x')?.tagName).toBe('div');
    expect(root.querySelector('[for="n"]')?.textContent).toBe('Full & name');
    expect(root.querySelector('p span.a')?.textContent).toBe('Hi');
    expect(root.querySelector('label span')).toBeNull();
  });

  it('treats void elements as having no children', () => {
    expect(root.querySelector('input')?.children).toHaveLength(0);
    expect(root.querySelector('p')?.textContent).toBe('Hi');
  });

  it('refuses selectors it does not understand rather than guessing', () => {
    expect(() => root.querySelector('div > p')).toThrow('Unsupported selector');
  });
});
