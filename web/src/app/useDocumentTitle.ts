import { useEffect } from 'react';
import { useIntl } from 'react-intl';

/** "Mes biens · Palier": each screen names itself in the tab and for screen readers. */
export function useDocumentTitle(title: string | null | undefined): void {
  const intl = useIntl();
  useEffect(() => {
    if (title) document.title = intl.formatMessage({ id: 'app.documentTitle' }, { title });
  }, [intl, title]);
}
