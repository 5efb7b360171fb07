export { parseHtml, renderHtml } from './html';
export type { HtmlElement, RenderedHtml } from './html';
