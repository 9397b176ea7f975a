/** A caption to start from: the file name without its extension, dashes as spaces ("facade-nord.jpg" → "facade nord"). */
export function captionOfFileName(fileName: string): string {
  const caption = fileName
    .replace(/\.[A-Za-z0-9]{1,5}$/, '')
    .replace(/[-_]+/g, ' ')
    .trim();
  return caption || fileName;
}

/** The types a photo may have (the API decodes the bytes again): JPEG, PNG, WebP. */
export const PHOTO_TYPES = 'image/jpeg,image/png,image/webp';
