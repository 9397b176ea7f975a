/** The title a file gets by default: its name without the extension ("PV AG 2020.pdf" → "PV AG 2020"). */
export function titleOfFileName(fileName: string): string {
  const title = fileName.replace(/\.[A-Za-z0-9]{1,5}$/, '').trim();
  return title || fileName;
}

/** The types the API accepts (checked again on the content there): PDF, JPEG, PNG. */
export const ACCEPTED_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;

/** A file's type as the API names it, from the browser's or the name's extension; null when not accepted. */
export function contentTypeOf(file: { name: string; type: string }): (typeof ACCEPTED_TYPES)[number] | null {
  const known = ACCEPTED_TYPES.find((type) => type === file.type);
  if (known) return known;
  const extension = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase();
  if (extension === 'pdf') return 'application/pdf';
  if (extension === 'jpg' || extension === 'jpeg') return 'image/jpeg';
  if (extension === 'png') return 'image/png';
  return null;
}
