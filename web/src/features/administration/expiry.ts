/**
 * "31/12/2027" → the end of that day in the browser's time zone, as an ISO instant (a token
 * "valid until the 31st" works all of the 31st). undefined: not a date in the jj/mm/aaaa form.
 */
export function expiryFromFrenchDate(text: string): string | undefined {
  const match = /^(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})$/.exec(text.trim());
  if (!match) return undefined;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day, 23, 59, 59);
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return undefined;
  return date.toISOString();
}
