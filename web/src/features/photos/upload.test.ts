import { describe, expect, it } from 'vitest';
import { captionOfFileName } from './upload';

describe('captionOfFileName', () => {
  it('drops the extension and turns dashes and underscores into spaces', () => {
    expect(captionOfFileName('facade-nord_2020.jpg')).toBe('facade nord 2020');
  });

  it('keeps a name that is only an extension', () => {
    expect(captionOfFileName('.jpg')).toBe('.jpg');
  });
});
