import { renderHtml } from '../testing';
import { Tag } from './tag';

describe('Tag', () => {
  it('shows a status in the default colour', () => {
    const tag = renderHtml(<Tag>Open</Tag>).querySelector('strong');
    expect(tag?.classList).toEqual(['govuk-tag']);
    expect(tag?.textContent).toBe('Open');
  });

  it('uses a colour modifier', () => {
    expect(renderHtml(<Tag colour="red">Persistently absent</Tag>).querySelector('strong')?.classList).toEqual([
      'govuk-tag',
      'govuk-tag--red',
    ]);
  });
});
