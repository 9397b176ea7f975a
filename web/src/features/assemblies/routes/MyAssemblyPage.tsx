import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useParams } from 'react-router';
import { QueryError } from '../../../app/QueryError';
import { formatDate } from '../../../app/i18n/format';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { graphql, useFragment } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Card } from '../../../ui/Card';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import { Agenda } from '../components/Agenda';
import { AssemblyDocuments } from '../components/AssemblyDocuments';
import { AttendanceTotals } from '../components/AttendanceTotals';
import { MyAttendance } from '../components/MyAttendance';
import { PostalVoteForm } from '../components/PostalVoteForm';
import { PostalVoteReceipt, PostalVoteReceipt_receipt } from '../components/PostalVoteReceipt';
import { formatStartsAt, isUpcoming } from '../components/assembly-format';
import styles from './AssemblyPages.module.css';

const MyAssemblyQuery = graphql(`
  query MyAssembly($id: ID!) {
    node(id: $id) {
      id
      ... on GeneralAssembly {
        title
        kind
        startsAt
        place
        postalVoteDeadline
        isPostalVoteOpen
        reportPublishedAt
        building {
          id
          code
          name
        }
        resolutions {
          id
          number
          title
          ...Agenda_resolution
        }
        attendance {
          ...AttendanceTotals_summary
        }
        ...AssemblyDocuments_assembly
        viewerParticipant {
          id
          ...MyAttendance_participant
          postalVote {
            ...PostalVoteReceipt_receipt
          }
        }
      }
    }
  }
`);

/** One AG for a co-owner: the agenda, their online postal vote until the deadline, their attendance, the results and the minutes' PDFs once published. */
export function MyAssemblyPage() {
  const intl = useIntl();
  const { assemblyId = '' } = useParams();
  const { data, error, refetch } = useQuery(MyAssemblyQuery, { variables: { id: assemblyId }, fetchPolicy: 'cache-and-network' });
  const [isEditing, setIsEditing] = useState(false);
  const assembly = data?.node?.__typename === 'GeneralAssembly' ? data.node : null;
  const receipt = useFragment(PostalVoteReceipt_receipt, assembly?.viewerParticipant?.postalVote ?? null);
  useDocumentTitle(assembly?.title ?? intl.formatMessage({ id: 'assemblies.nav.mine' }));

  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label={intl.formatMessage({ id: 'app.loading' })} />;
  if (!assembly) return <Alert tone="error">{intl.formatMessage({ id: 'assemblies.missing' })}</Alert>;

  const participant = assembly.viewerParticipant;
  const agenda = assembly.resolutions.map(({ id, number, title }) => ({ id, number, title }));
  const upcoming = isUpcoming(assembly.startsAt);
  const deadline = formatDate(assembly.postalVoteDeadline);

  return (
    <>
      <PageHeader eyebrow={assembly.building?.name} title={assembly.title} description={[formatStartsAt(intl, assembly.startsAt), assembly.place].filter(Boolean).join(' · ')} />
      <div className={styles.columns}>
        <Card title={intl.formatMessage({ id: 'assemblies.agenda.title' })} icon="file">
          {assembly.reportPublishedAt ? (
            <>
              <p className={styles.facts}>{intl.formatMessage({ id: 'assemblies.mine.reportPublished' }, { date: new Date(assembly.reportPublishedAt) })}</p>
              <AssemblyDocuments assembly={assembly} />
            </>
          ) : (
            !upcoming && <p className={styles.facts}>{intl.formatMessage({ id: 'assemblies.mine.reportPending' })}</p>
          )}
          <Agenda resolutions={assembly.resolutions} />
        </Card>
        <div className={styles.stack}>
          {upcoming && (
            <Card title={intl.formatMessage({ id: 'assemblies.postal.title' })} icon="mail">
              <p className={styles.facts}>{intl.formatMessage({ id: 'assemblies.postal.deadline' }, { date: deadline })}</p>
              {!participant && <Alert tone="info">{intl.formatMessage({ id: 'assemblies.postal.notCalled' })}</Alert>}
              {participant && !assembly.isPostalVoteOpen && (
                <Alert tone="warning" title={intl.formatMessage({ id: 'assemblies.postal.closedTitle' })}>
                  {intl.formatMessage({ id: 'assemblies.postal.closed' }, { date: deadline })}
                </Alert>
              )}
              {participant && participant.postalVote && !isEditing && (
                <>
                  <PostalVoteReceipt receipt={participant.postalVote} resolutions={agenda} />
                  {assembly.isPostalVoteOpen && (
                    <Button variant="secondary" onClick={() => setIsEditing(true)}>
                      {intl.formatMessage({ id: 'assemblies.postal.change' })}
                    </Button>
                  )}
                </>
              )}
              {participant && assembly.isPostalVoteOpen && (isEditing || !participant.postalVote) && (
                <PostalVoteForm
                  assemblyId={assembly.id}
                  resolutions={agenda}
                  initial={Object.fromEntries((receipt?.choices ?? []).map((entry) => [entry.resolution.id, entry.choice]))}
                  onSent={() => setIsEditing(false)}
                  onCancel={participant.postalVote ? () => setIsEditing(false) : undefined}
                />
              )}
            </Card>
          )}
          {participant && (
            <Card title={intl.formatMessage({ id: 'assemblies.mine.attendance' })} icon="user">
              <MyAttendance participant={participant} />
            </Card>
          )}
          {assembly.attendance && (
            <Card title={intl.formatMessage({ id: 'assemblies.attendance.totalsTitle' })} icon="users">
              <AttendanceTotals summary={assembly.attendance} />
            </Card>
          )}
        </div>
      </div>
    </>
  );
}
