import { useEffect, useRef } from 'react';
import { useIntl } from 'react-intl';
import { LoadingState } from '../../ui/LoadingState';
import { useEndSession } from './end-session';

/** Shown when the API says UNAUTHENTICATED mid-session (expired, revoked by a manager). */
export function SessionExpired() {
  const intl = useIntl();
  const endSession = useEndSession();
  const hasRun = useRef(false);
  useEffect(() => {
    if (hasRun.current) return;
    hasRun.current = true;
    void endSession({ reason: 'expired' });
  }, [endSession]);
  return <LoadingState label={intl.formatMessage({ id: 'app.loading' })} isFullPage />;
}
