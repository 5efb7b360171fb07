import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

// A small reader for the well-formed markup React renders, so unit tests can ask the questions a user or a
// screen reader would (which label names this input, what describes it) without a browser.

export interface HtmlElement {
  readonly tagName: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: ReadonlyArray<HtmlElement | string>;
  readonly textContent: string;
  readonly classList: ReadonlyArray<string>;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): HtmlElement | null;
  querySelectorAll(selector: string): HtmlElement[];
}

export interface RenderedHtml extends HtmlElement {
  readonly html: string;
  getById(id: string): HtmlElement;
  /** The text of the labels tied to a form control by `for`/`id`. */
  labelTextFor(id: string): string;
  /** The text of the elements named by a control's `aria-describedby`. */
  descriptionOf(element: HtmlElement | null): string[];
}

const VOID_TAGS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return String.fromCodePoint(parseInt(code.slice(1), 10));
    return ENTITIES[code] ?? entity;
  });
}

class Node implements HtmlElement {
  readonly children: Array<Node | string> = [];

  constructor(
    readonly tagName: string,
    readonly attributes: Record<string, string>,
  ) {}

  get textContent(): string {
    return this.children.map((child) => (typeof child === 'string' ? child : child.textContent)).join('');
  }

  get classList(): string[] {
    return (this.attributes['class'] ?? '').split(/\s+/).filter(Boolean);
  }

  getAttribute(name: string): string | null {
    return this.attributes[name.toLowerCase()] ?? null;
  }

  hasAttribute(name: string): boolean {
    return name.toLowerCase() in this.attributes;
  }

  querySelector(selector: string): HtmlElement | null {
    return this.querySelectorAll(selector)[0] ?? null;
  }

  querySelectorAll(selector: string): HtmlElement[] {
    const steps = selector.trim().split(/\s+/).map(parseCompound);
    const descendants = this.descendants();
    return descendants.filter((element) => matchesChain(element, steps, this));
  }

  descendants(): Node[] {
    const found: Node[] = [];
    for (const child of this.children) {
      if (typeof child !== 'string') {
        found.push(child, ...child.descendants());
      }
    }
    return found;
  }

  parent: Node | null = null;
}

interface Compound {
  tag?: string;
  id?: string;
  classes: string[];
  attributes: Array<{ name: string; value?: string }>;
}

function parseCompound(text: string): Compound {
  const compound: Compound = { classes: [], attributes: [] };
  const pattern = /^[a-z0-9-]+|#[\w-]+|\.[\w-]+|\[([\w-]+)(?:="([^"]*)")?\]/gi;
  let consumed = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index !== consumed) break;
    consumed += match[0].length;
    const token = match[0];
    if (token.startsWith('#')) compound.id = token.slice(1);
    else if (token.startsWith('.')) compound.classes.push(token.slice(1));
    else if (token.startsWith('[')) compound.attributes.push({ name: (match[1] ?? '').toLowerCase(), value: match[2] });
    else compound.tag = token.toLowerCase();
  }
  if (consumed !== text.length) throw new Error(`Unsupported selector: ${text}`);
  return compound;
}

function matchesCompound(element: Node, compound: Compound): boolean {
  if (compound.tag && element.tagName !== compound.tag) return false;
  if (compound.id && element.attributes['id'] !== compound.id) return false;
  const classes = element.classList;
  if (!compound.classes.every((name) => classes.includes(name))) return false;
  return compound.attributes.every(({ name, value }) =>
    value === undefined ? name in element.attributes : element.attributes[name] === value,
  );
}

function matchesChain(element: Node, steps: Compound[], scope: Node): boolean {
  const last = steps[steps.length - 1];
  if (!last || !matchesCompound(element, last)) return false;
  let remaining = steps.length - 2;
  let ancestor = element.parent;
  while (remaining >= 0 && ancestor && ancestor !== scope) {
    const step = steps[remaining];
    if (step && matchesCompound(ancestor, step)) remaining -= 1;
    ancestor = ancestor.parent;
  }
  return remaining < 0;
}

export function parseHtml(html: string): HtmlElement {
  const root = new Node('#root', {});
  const stack: Node[] = [root];
  const tokens = /<!--[\s\S]*?-->|<\/([a-zA-Z0-9-]+)\s*>|<([a-zA-Z0-9-]+)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*(\/?)>|([^<]+)/g;
  for (const match of html.matchAll(tokens)) {
    const current = stack[stack.length - 1] ?? root;
    const [, closing, opening, attributeText, selfClosing, text] = match;
    if (text !== undefined) {
      current.children.push(decode(text));
    } else if (closing !== undefined) {
      stack.pop();
    } else if (opening !== undefined) {
      const attributes: Record<string, string> = {};
      for (const [, name, value] of (attributeText ?? '').matchAll(/([^\s=]+)(?:="([^"]*)")?/g)) {
        if (name) attributes[name.toLowerCase()] = decode(value ?? '');
      }
      const element = new Node(opening.toLowerCase(), attributes);
      element.parent = current;
      current.children.push(element);
      if (!selfClosing && !VOID_TAGS.has(element.tagName)) stack.push(element);
    }
  }
  return root;
}

export function renderHtml(element: ReactElement): RenderedHtml {
  const html = renderToStaticMarkup(element);
  const root = parseHtml(html);
  const getById = (id: string): HtmlElement => {
    const found = root.querySelectorAll(`[id="${id}"]`);
    if (found.length !== 1) throw new Error(`Expected one element with id "${id}", found ${found.length}`);
    return found[0] as HtmlElement;
  };
  return Object.assign(root, {
    html,
    getById,
    labelTextFor: (id: string) =>
      root
        .querySelectorAll(`label[for="${id}"]`)
        .map((label) => label.textContent.trim())
        .join(' '),
    descriptionOf: (element: HtmlElement | null) => {
      if (!element) throw new Error('No element to describe');
      return (element.getAttribute('aria-describedby') ?? '')
        .split(/\s+/)
        .filter(Boolean)
        .map((id) => getById(id).textContent.trim());
    },
  });
}
