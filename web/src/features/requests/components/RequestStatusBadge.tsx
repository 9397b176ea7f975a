import { useIntl } from 'react-intl';
import type { RequestStatus } from '../../../gql/graphql';
import { Badge, type BadgeTone } from '../../../ui/Badge';

const TONES: Record<RequestStatus, BadgeTone> = { OPEN: 'brand', IN_PROGRESS: 'warning', WAITING_FOR_CLIENT: 'danger', CLOSED: 'neutral' };

export type RequestStatusBadgeProps = { status: RequestStatus };

/** A request's status in words and colour. */
export function RequestStatusBadge({ status }: RequestStatusBadgeProps) {
  const intl = useIntl();
  return (
    <Badge tone={TONES[status]} hasDot>
      {intl.formatMessage({ id: `requests.status.${status}` })}
    </Badge>
  );
}
