import { describe, expect, it } from 'vitest';
import { contentTypeOf, titleOfFileName } from './upload';

describe('titleOfFileName', () => {
  it('drops the extension and keeps the rest of the name', () => {
    expect(titleOfFileName('PV AG 2020.pdf')).toBe('PV AG 2020');
    expect(titleOfFileName('.pdf')).toBe('.pdf');
  });
});

describe('contentTypeOf', () => {
  it('takes the browser type when accepted, else the extension, else refuses', () => {
    expect(contentTypeOf({ name: 'plan.PNG', type: '' })).toBe('image/png');
    expect(contentTypeOf({ name: 'scan', type: 'image/jpeg' })).toBe('image/jpeg');
    expect(contentTypeOf({ name: 'notes.docx', type: 'application/msword' })).toBeNull();
  });
});
