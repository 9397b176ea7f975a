import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import { QueryError } from '../../../app/QueryError';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { graphql } from '../../../gql';
import type { RequestCategory } from '../../../gql/graphql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Card } from '../../../ui/Card';
import { EmptyState } from '../../../ui/EmptyState';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { RequestList } from '../components/RequestList';
import { AttachmentPicker } from '../components/AttachmentPicker';
import { MessageText } from '../components/MessageText';
import { attachmentErrorId, stageAttachments } from '../hooks/stage-attachments';
import styles from './RequestPages.module.css';

const MyRequestsQuery = graphql(`
  query MyRequests {
    viewer {
      identifier
      requests(first: 50) {
        nodes {
          id
          ...RequestList_request
        }
      }
      person {
        id
        ownerships {
          nodes {
            id
            lot {
              id
              code
            }
          }
        }
        leases {
          nodes {
            id
            lot {
              id
              code
            }
          }
        }
      }
    }
  }
`);

const OpenRequestMutation = graphql(`
  mutation OpenMyRequest($input: OpenRequestInput!) {
    openRequest(input: $input) {
      id
    }
  }
`);

/** "Mes demandes": the client's requests, newest first, and the form to open one about one of their lots. */
export function MyRequestsPage() {
  const intl = useIntl();
  const navigate = useNavigate();
  const title = intl.formatMessage({ id: 'requests.nav.mine' });
  useDocumentTitle(title);
  const { data, error, refetch } = useQuery(MyRequestsQuery, { fetchPolicy: 'cache-and-network' });
  const [openRequest] = useMutation(OpenRequestMutation);
  const [form, setForm] = useState({ title: '', text: '', category: 'INTERVENTION' as RequestCategory, lotId: '' });
  const [files, setFiles] = useState<File[]>([]);
  const [isSending, setSending] = useState(false);
  const [errorId, setErrorId] = useState<string | null>(null);

  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label={intl.formatMessage({ id: 'app.loading' })} />;

  const person = data.viewer?.person;
  const lots = [...(person?.ownerships.nodes ?? []), ...(person?.leases.nodes ?? [])].flatMap((relation) => (relation.lot ? [relation.lot] : []));
  const uniqueLots = [...new Map(lots.map((lot) => [lot.id, lot])).values()];
  const requests = data.viewer?.requests.nodes ?? [];

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSending(true);
    setErrorId(null);
    try {
      // The files are staged first; the request then attaches them to its first message in one transaction.
      const uploadIds = files.length > 0 ? await stageAttachments(files) : null;
      const result = await openRequest({ variables: { input: { title: form.title, text: form.text, category: form.category, lotId: form.lotId || null, uploadIds } } });
      if (result.data) void navigate(result.data.openRequest.id);
    } catch (caught) {
      setErrorId(files.length > 0 ? attachmentErrorId(caught) : 'requests.new.failed');
    } finally {
      setSending(false);
    }
  }

  return (
    <>
      <PageHeader title={title} description={intl.formatMessage({ id: 'requests.mine.intro' })} />
      <div className={styles.columns}>
        <Card title={intl.formatMessage({ id: 'requests.new.title' })} icon="mail">
          <form className={styles.form} onSubmit={(event) => void submit(event)}>
            <SelectField
              label={intl.formatMessage({ id: 'requests.new.category' })}
              name="category"
              value={form.category}
              options={(['INTERVENTION', 'OTHER'] as const).map((value) => ({ value, label: intl.formatMessage({ id: `requests.category.${value}` }) }))}
              onChange={(value) => setForm({ ...form, category: value as RequestCategory })}
            />
            {uniqueLots.length > 0 && (
              <SelectField
                label={intl.formatMessage({ id: 'requests.new.lot' })}
                name="lotId"
                value={form.lotId}
                options={[{ value: '', label: intl.formatMessage({ id: 'requests.new.noLot' }) }, ...uniqueLots.map((lot) => ({ value: lot.id, label: lot.code }))]}
                onChange={(value) => setForm({ ...form, lotId: value })}
              />
            )}
            <TextField
              label={intl.formatMessage({ id: 'requests.new.subject' })}
              name="title"
              value={form.title}
              onChange={(value) => setForm({ ...form, title: value })}
              isRequired
            />
            <MessageText label={intl.formatMessage({ id: 'requests.new.text' })} name="text" value={form.text} onChange={(value) => setForm({ ...form, text: value })} />
            <AttachmentPicker name="files" files={files} onChange={setFiles} />
            {errorId && <Alert tone="error">{intl.formatMessage({ id: errorId })}</Alert>}
            <Button type="submit" variant="primary" isBusy={isSending}>
              {intl.formatMessage({ id: 'requests.new.submit' })}
            </Button>
          </form>
        </Card>
        <Card title={intl.formatMessage({ id: 'requests.mine.list' })} icon="file">
          {requests.length === 0 ? (
            <EmptyState icon="mail" title={intl.formatMessage({ id: 'requests.mine.emptyTitle' })}>
              <p>{intl.formatMessage({ id: 'requests.mine.empty' })}</p>
            </EmptyState>
          ) : (
            <RequestList requests={requests} />
          )}
        </Card>
      </div>
    </>
  );
}
