import { useIntl } from 'react-intl';
import { formatDate, formatShares } from '../../../app/i18n/format';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { DescriptionList } from '../../../ui/DescriptionList';

export const MyAttendance_participant = graphql(`
  fragment MyAttendance_participant on AssemblyParticipant {
    id
    displayName
    status
    shares
    postalFormReceivedOn
    postalFormValid
    proxyHolderName
    proxyHolder {
      id
      displayName
    }
    arrival {
      resolutionNumber
      time
    }
    departure {
      resolutionNumber
      time
    }
  }
`);

export type MyAttendanceProps = { participant: FragmentType<typeof MyAttendance_participant> };

/** The co-owner's own line of the attendance sheet: code, shares, proxy, postal form, arrival, departure. */
export function MyAttendance({ participant: masked }: MyAttendanceProps) {
  const intl = useIntl();
  const participant = useFragment(MyAttendance_participant, masked);
  const proxy = participant.proxyHolder?.displayName ?? participant.proxyHolderName;
  const items = [
    { id: 'name', term: intl.formatMessage({ id: 'assemblies.mine.calledAs' }), details: participant.displayName },
    { id: 'status', term: intl.formatMessage({ id: 'assemblies.mine.status' }), details: intl.formatMessage({ id: `assemblies.status.${participant.status}` }) },
    { id: 'shares', term: intl.formatMessage({ id: 'assemblies.mine.shares' }), details: formatShares(participant.shares) },
    ...(proxy ? [{ id: 'proxy', term: intl.formatMessage({ id: 'assemblies.mine.proxy' }), details: proxy }] : []),
    ...(participant.postalFormReceivedOn
      ? [
          {
            id: 'postal',
            term: intl.formatMessage({ id: 'assemblies.mine.postalForm' }),
            details: intl.formatMessage(
              { id: participant.postalFormValid === false ? 'assemblies.mine.postalLate' : 'assemblies.mine.postalOnTime' },
              { date: formatDate(participant.postalFormReceivedOn) },
            ),
          },
        ]
      : []),
    ...(participant.arrival
      ? [{ id: 'arrival', term: intl.formatMessage({ id: 'assemblies.mine.arrival' }), details: intl.formatMessage({ id: 'assemblies.change' }, participant.arrival) }]
      : []),
    ...(participant.departure
      ? [{ id: 'departure', term: intl.formatMessage({ id: 'assemblies.mine.departure' }), details: intl.formatMessage({ id: 'assemblies.change' }, participant.departure) }]
      : []),
  ];
  return <DescriptionList items={items} />;
}
