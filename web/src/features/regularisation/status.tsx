import { useIntl } from 'react-intl';
import type { RegularisationStatus } from '../../gql/graphql';
import { Badge, type BadgeTone } from '../../ui/Badge';

const TONES: Record<RegularisationStatus, BadgeTone> = { PENDING: 'warning', VALIDATED: 'brand', BILLED: 'success' };

export type StatusBadgeProps = { status: RegularisationStatus };

/** "En attente", "Validée", "Quittancée". */
export function StatusBadge({ status }: StatusBadgeProps) {
  const intl = useIntl();
  return (
    <Badge tone={TONES[status]} hasDot>
      {intl.formatMessage({ id: `regularisation.status.${status}` })}
    </Badge>
  );
}
