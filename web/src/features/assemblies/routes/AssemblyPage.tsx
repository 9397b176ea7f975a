import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { useParams, useSearchParams } from 'react-router';
import { QueryError } from '../../../app/QueryError';
import { formatDate } from '../../../app/i18n/format';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Card } from '../../../ui/Card';
import { EmptyState } from '../../../ui/EmptyState';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import { SelectField } from '../../../ui/SelectField';
import { Agenda } from '../components/Agenda';
import { AssemblyDocuments } from '../components/AssemblyDocuments';
import { AssemblyReport } from '../components/AssemblyReport';
import { AttendanceChangeDialog } from '../components/AttendanceChangeDialog';
import { AttendanceSheet } from '../components/AttendanceSheet';
import { ConvocationsAction } from '../components/ConvocationsAction';
import { EditAssemblyForm } from '../components/EditAssemblyForm';
import { PostalFormDialog } from '../components/PostalFormDialog';
import { ProviderHandOver } from '../components/ProviderHandOver';
import { PublishReport } from '../components/PublishReport';
import { ResolutionForm } from '../components/ResolutionForm';
import { VotePanel } from '../components/VotePanel';
import { formatStartsAt, isUpcoming } from '../components/assembly-format';
import styles from './AssemblyPages.module.css';

const ManagedAssemblyQuery = graphql(`
  query ManagedAssembly($id: ID!) {
    node(id: $id) {
      id
      ... on GeneralAssembly {
        title
        kind
        startsAt
        place
        postalVoteDeadline
        reportPublishedAt
        convocationsPublishedAt
        handedToProviderAt
        chairName
        secretaryName
        building {
          id
          code
          name
          allocationKeys {
            id
            code
            label
          }
        }
        attendanceKey {
          id
        }
        resolutions {
          id
          number
          title
          ...Agenda_resolution
          ...VotePanel_resolution
        }
        ...AttendanceSheet_assembly
        ...AssemblyDocuments_assembly
        report {
          ...AssemblyReport_report
        }
        participants(first: 100) {
          nodes {
            id
            displayName
            status
            arrival {
              resolutionNumber
            }
          }
        }
      }
    }
    apiTokens(first: 100) {
      nodes {
        id
        name
        scopes
        revokedAt
        expiresAt
      }
    }
  }
`);

const STEPS = ['preparation', 'presences', 'votes', 'rapport'] as const;
type Step = (typeof STEPS)[number];

/** "dd/mm/yyyy" of today, the usual day a paper form is entered. */
function todayFrench(now = new Date()): string {
  return formatDate(`${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`);
}

/**
 * One AG for the manager, in the room's order: preparation (the agenda, the AG's details, the
 * convocations, the hand-over to a remote-voting provider), attendance (codes, proxies, paper
 * forms, arrivals, departures, live totals), the votes resolution by resolution, then the report
 * and its publication. The step sits in the URL (`?etape=`), so a reload in the room lands where it was.
 */
export function AssemblyPage() {
  const intl = useIntl();
  const { assemblyId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const step: Step = (STEPS as readonly string[]).includes(params.get('etape') ?? '') ? (params.get('etape') as Step) : 'preparation';
  const { data, error, refetch } = useQuery(ManagedAssemblyQuery, { variables: { id: assemblyId }, fetchPolicy: 'cache-and-network' });
  const [postalFor, setPostalFor] = useState<string | null>(null);
  const [changeFor, setChangeFor] = useState<string | null>(null);
  const [resolutionId, setResolutionId] = useState('');
  const assembly = data?.node?.__typename === 'GeneralAssembly' ? data.node : null;
  // The attendance and vote writes answer their own fragments, not the report: read it afresh on
  // opening the report step, so the draft minutes show what the room just entered.
  useEffect(() => {
    if (step === 'rapport') void refetch().catch(() => undefined);
  }, [step, refetch]);
  useDocumentTitle(assembly?.title ?? intl.formatMessage({ id: 'assemblies.nav.manage' }));

  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label={intl.formatMessage({ id: 'app.loading' })} />;
  if (!assembly) return <Alert tone="error">{intl.formatMessage({ id: 'assemblies.missing' })}</Alert>;

  const participants = assembly.participants.nodes;
  const agenda = assembly.resolutions.map(({ id, number, title }) => ({ id, number, title }));
  const keys = assembly.building?.allocationKeys ?? [];
  const selected = assembly.resolutions.find((resolution) => resolution.id === resolutionId) ?? assembly.resolutions[0];
  const isFrozen = assembly.reportPublishedAt !== null;
  const byId = (id: string | null) => participants.find((participant) => participant.id === id) ?? null;

  return (
    <>
      <PageHeader
        eyebrow={[assembly.building?.code, intl.formatMessage({ id: `assemblies.kind.${assembly.kind}` })].filter(Boolean).join(' · ')}
        title={assembly.title}
        description={[
          formatStartsAt(intl, assembly.startsAt),
          assembly.place,
          intl.formatMessage({ id: 'assemblies.postal.deadline' }, { date: formatDate(assembly.postalVoteDeadline) }),
        ]
          .filter(Boolean)
          .join(' · ')}
      />
      {assembly.reportPublishedAt && (
        <div className={styles.notice}>
          <Alert tone="info">{intl.formatMessage({ id: 'assemblies.manage.frozen' }, { date: new Date(assembly.reportPublishedAt) })}</Alert>
        </div>
      )}
      <nav className={styles.steps} aria-label={intl.formatMessage({ id: 'assemblies.steps.label' })}>
        {STEPS.map((value) => (
          <Button key={value} variant={step === value ? 'primary' : 'secondary'} onClick={() => setParams({ etape: value }, { replace: true })}>
            {intl.formatMessage({ id: `assemblies.steps.${value}` })}
          </Button>
        ))}
      </nav>
      {step === 'preparation' && (
        <div className={styles.columns}>
          <Card title={intl.formatMessage({ id: 'assemblies.agenda.title' })} icon="file">
            {assembly.resolutions.length === 0 ? (
              <EmptyState icon="file" title={intl.formatMessage({ id: 'assemblies.prepare.empty' })} />
            ) : (
              <Agenda resolutions={assembly.resolutions} />
            )}
          </Card>
          {!isFrozen && (
            <div className={styles.stack}>
              <Card title={intl.formatMessage({ id: 'assemblies.prepare.heading' })} icon="users">
                {keys.length > 0 ? (
                  <ResolutionForm assemblyId={assembly.id} keys={keys} defaultKeyId={assembly.attendanceKey?.id ?? keys[0].id} />
                ) : (
                  <Alert tone="warning">{intl.formatMessage({ id: 'assemblies.prepare.noKeys' })}</Alert>
                )}
              </Card>
              <Card title={intl.formatMessage({ id: 'assemblies.edit.heading' })} icon="calendar">
                <EditAssemblyForm assembly={assembly} />
              </Card>
              <Card title={intl.formatMessage({ id: 'assemblies.convocations.heading' })} icon="mail">
                <ConvocationsAction assemblyId={assembly.id} publishedAt={assembly.convocationsPublishedAt ?? null} />
              </Card>
              {(isUpcoming(assembly.startsAt) || assembly.handedToProviderAt) && (
                <Card title={intl.formatMessage({ id: 'assemblies.provider.heading' })} icon="globe">
                  <ProviderHandOver assemblyId={assembly.id} handedAt={assembly.handedToProviderAt ?? null} tokens={data.apiTokens.nodes} />
                </Card>
              )}
            </div>
          )}
        </div>
      )}
      {step === 'presences' && (
        <Card title={intl.formatMessage({ id: 'assemblies.attendance.totalsTitle' })} icon="users">
          <AttendanceSheet assembly={assembly} onPostalForm={setPostalFor} onChange={setChangeFor} isFrozen={isFrozen} />
        </Card>
      )}
      {step === 'votes' && (
        <Card title={intl.formatMessage({ id: 'assemblies.votes.heading' })} icon="check">
          {selected ? (
            <div className={styles.stack}>
              <SelectField
                label={intl.formatMessage({ id: 'assemblies.votes.resolution' })}
                name="resolution"
                value={selected.id}
                options={agenda.map((resolution) => ({ value: resolution.id, label: intl.formatMessage({ id: 'assemblies.resolution.heading' }, resolution) }))}
                onChange={setResolutionId}
              />
              <VotePanel
                key={selected.id}
                resolution={selected}
                isFrozen={isFrozen}
                participants={participants.map((participant) => ({
                  id: participant.id,
                  displayName: participant.displayName,
                  status: participant.status,
                  hasArrived: participant.arrival !== null,
                }))}
              />
            </div>
          ) : (
            <EmptyState icon="file" title={intl.formatMessage({ id: 'assemblies.prepare.empty' })} />
          )}
        </Card>
      )}
      {step === 'rapport' && (
        <div className={styles.stack}>
          <Card title={intl.formatMessage({ id: 'assemblies.report.heading' })} icon="file">
            {isFrozen ? (
              <div className={styles.stack}>
                <p className={styles.facts}>{intl.formatMessage({ id: 'assemblies.report.publishedOn' }, { date: new Date(assembly.reportPublishedAt ?? '') })}</p>
                <AssemblyDocuments assembly={assembly} />
              </div>
            ) : (
              <div className={styles.stack}>
                <Alert tone="info">{intl.formatMessage({ id: 'assemblies.report.draft' })}</Alert>
                <PublishReport assemblyId={assembly.id} />
              </div>
            )}
          </Card>
          {assembly.report && (
            <Card title={intl.formatMessage({ id: 'assemblies.report.contents' })} icon="check">
              <AssemblyReport report={assembly.report} />
            </Card>
          )}
        </div>
      )}
      <PostalFormDialog participant={byId(postalFor)} resolutions={agenda} today={todayFrench()} onClose={() => setPostalFor(null)} />
      <AttendanceChangeDialog participant={byId(changeFor)} resolutionNumbers={agenda.map((resolution) => resolution.number)} onClose={() => setChangeFor(null)} />
    </>
  );
}
