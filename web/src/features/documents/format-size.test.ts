import { describe, expect, it } from 'vitest';
import { fileSizeParts } from './format-size';

describe('fileSizeParts', () => {
  it('keeps bytes below one kilo-octet', () => {
    expect(fileSizeParts(812)).toEqual({ value: 812, unit: 'byte' });
  });

  it('rounds kilo-octets to the unit and mega-octets to one decimal', () => {
    expect(fileSizeParts(48_400)).toEqual({ value: 48, unit: 'kilo' });
    expect(fileSizeParts(1_249_999)).toEqual({ value: 1.2, unit: 'mega' });
  });
});
