/** "13/07/2020" → "2020-07-13"; null when it is not a real calendar day (31/02 included). */
export function parseFrenchDate(text: string): string | null {
  const match = /^\s*(\d{1,2})\/?(\d{1,2})\/?(\d{4})\s*$/.exec(text);
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** "9:05" or "09:05" → "09:05" (the API's HH:MM); null otherwise. */
export function parseTime(text: string): string | null {
  const match = /^\s*(\d{1,2})[:h](\d{2})\s*$/.exec(text);
  if (!match) return null;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${match[2]}`;
}

/**
 * A day and a time typed in the manager's own zone (the agency's, where the AG takes place) → the
 * instant the API stores; null when either part is invalid.
 */
export function toStartsAt(dateText: string, timeText: string): string | null {
  const day = parseFrenchDate(dateText);
  const time = parseTime(timeText);
  if (!day || !time) return null;
  const [year, month, date] = day.split('-').map(Number);
  const [hours, minutes] = time.split(':').map(Number);
  return new Date(year, month - 1, date, hours, minutes).toISOString();
}

/** The instant the API stores → the day and time a manager reads and types, in their own zone ("13/07/2020", "10:00"). */
export function fromStartsAt(iso: string): { date: string; time: string } {
  const at = new Date(iso);
  const two = (value: number) => String(value).padStart(2, '0');
  return { date: `${two(at.getDate())}/${two(at.getMonth() + 1)}/${at.getFullYear()}`, time: `${two(at.getHours())}:${two(at.getMinutes())}` };
}
