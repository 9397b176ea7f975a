import { useIntl } from 'react-intl';
import { Badge } from '../../../ui/Badge';

export type AccessStatus = { isEnabled: boolean; mustChangePassword: boolean } | null;

/** Aucun accès / Accès désactivé / Mot de passe temporaire / Accès actif. */
export function accessStatusKey(access: AccessStatus): 'none' | 'disabled' | 'temporary' | 'active' {
  if (!access) return 'none';
  if (!access.isEnabled) return 'disabled';
  return access.mustChangePassword ? 'temporary' : 'active';
}

const TONES = { none: 'neutral', disabled: 'danger', temporary: 'warning', active: 'success' } as const;

export type AccessStatusBadgeProps = { access: AccessStatus };

export function AccessStatusBadge({ access }: AccessStatusBadgeProps) {
  const intl = useIntl();
  const key = accessStatusKey(access);
  return (
    <Badge tone={TONES[key]} hasDot>
      {intl.formatMessage({ id: `portfolio.access.status.${key}` })}
    </Badge>
  );
}
