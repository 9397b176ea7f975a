import { useIntl } from 'react-intl';
import { fileSizeParts } from '../format-size';

export type FileSizeProps = { byteSize: number };

/** "48 ko", "1,2 Mo" in the viewer's language. */
export function FileSize({ byteSize }: FileSizeProps) {
  const intl = useIntl();
  const { value, unit } = fileSizeParts(byteSize);
  return <>{intl.formatMessage({ id: `documents.size.${unit}` }, { value })}</>;
}
