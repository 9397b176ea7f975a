/**
 * A file size as French people read it (decimal units, as file managers show them): "812 o",
 * "48 ko", "1,2 Mo". The unit names come from the messages (o/ko/Mo in French, B/kB/MB in English).
 */
export function fileSizeParts(byteSize: number): { value: number; unit: 'byte' | 'kilo' | 'mega' } {
  if (byteSize < 1000) return { value: byteSize, unit: 'byte' };
  if (byteSize < 1_000_000) return { value: Math.round(byteSize / 1000), unit: 'kilo' };
  return { value: Math.round(byteSize / 100_000) / 10, unit: 'mega' };
}
