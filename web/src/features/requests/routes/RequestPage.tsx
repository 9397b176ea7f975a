import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { useParams } from 'react-router';
import { QueryError } from '../../../app/QueryError';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Card } from '../../../ui/Card';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import { AttachmentPicker } from '../components/AttachmentPicker';
import { CreateTicketForm } from '../components/CreateTicketForm';
import { HandlingCard } from '../components/HandlingCard';
import { MessageText } from '../components/MessageText';
import { RequestStatusBadge } from '../components/RequestStatusBadge';
import { TicketCard } from '../components/TicketCard';
import { attachmentErrorId, stageAttachments } from '../hooks/stage-attachments';
import styles from './RequestPages.module.css';

const RequestQuery = graphql(`
  query RequestThread($id: ID!) {
    viewer {
      identifier
      can {
        manageRequests
        manageTickets
      }
    }
    node(id: $id) {
      id
      ... on ClientRequest {
        title
        status
        category
        openedAt
        author {
          id
          displayName
        }
        assignee {
          id
          displayName
        }
        lot {
          id
          code
        }
        building {
          id
          code
        }
        ticket {
          id
          ...TicketCard_ticket
        }
        messages(first: 100) {
          nodes {
            id
            text
            isInternal
            postedAt
            author {
              id
              displayName
            }
            attachments {
              id
              fileName
              url
            }
          }
        }
      }
    }
  }
`);

const PostMutation = graphql(`
  mutation PostThreadMessage($input: PostRequestMessageInput!) {
    postRequestMessage(input: $input) {
      id
    }
  }
`);

/** A request's thread: the client answers; a manager also writes internal notes and changes the status. */
export function RequestPage() {
  const intl = useIntl();
  const { requestId = '' } = useParams();
  const { data, error, refetch } = useQuery(RequestQuery, { variables: { id: requestId }, fetchPolicy: 'cache-and-network' });
  const [post] = useMutation(PostMutation);
  const [text, setText] = useState('');
  const [isInternal, setInternal] = useState(false);
  const [files, setFiles] = useState<File[]>([]);
  const [filesKey, setFilesKey] = useState(0);
  const [isPosting, setPosting] = useState(false);
  const [postErrorId, setPostErrorId] = useState<string | null>(null);
  const request = data?.node?.__typename === 'ClientRequest' ? data.node : null;
  useDocumentTitle(request?.title ?? intl.formatMessage({ id: 'requests.nav.mine' }));

  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label={intl.formatMessage({ id: 'app.loading' })} />;
  if (!request) return <Alert tone="error">{intl.formatMessage({ id: 'requests.thread.missing' })}</Alert>;
  const isManager = data.viewer?.can.manageRequests ?? false;
  const canManageTickets = data.viewer?.can.manageTickets ?? false;
  const reload = () => void refetch();
  const hasSide = isManager || request.ticket != null || canManageTickets;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setPosting(true);
    setPostErrorId(null);
    try {
      // Staged first, then attached by the mutation: a refused file leaves the text in the form.
      const uploadIds = files.length > 0 ? await stageAttachments(files) : null;
      await post({ variables: { input: { requestId, text, isInternal: isManager ? isInternal : null, uploadIds } } });
      setText('');
      setInternal(false);
      setFiles([]);
      setFilesKey((key) => key + 1);
      await refetch();
    } catch (caught) {
      setPostErrorId(files.length > 0 ? attachmentErrorId(caught) : 'requests.thread.failed');
    } finally {
      setPosting(false);
    }
  }

  return (
    <>
      <PageHeader
        eyebrow={intl.formatMessage({ id: `requests.category.${request.category}` })}
        title={request.title}
        description={[
          request.lot?.code ?? request.building?.code,
          request.author?.displayName,
          intl.formatMessage({ id: 'requests.list.opened' }, { date: new Date(request.openedAt) }),
        ]
          .filter(Boolean)
          .join(' · ')}
        actions={<RequestStatusBadge status={request.status} />}
      />
      {/* The thread and the reply first: on a phone, what the manager and the client read before anything else. */}
      <div className={hasSide ? styles.threadColumns : styles.form}>
        <div className={styles.form}>
          <Card title={intl.formatMessage({ id: 'requests.thread.title' })} icon="file">
            <ol className={styles.thread}>
              {request.messages.nodes.map((message) => (
                <li key={message.id} className={[styles.message, message.isInternal ? styles.internal : ''].join(' ')}>
                  <p className={styles.messageMeta}>
                    {intl.formatMessage(
                      { id: message.isInternal ? 'requests.thread.metaInternal' : 'requests.thread.meta' },
                      { name: message.author?.displayName ?? intl.formatMessage({ id: 'requests.thread.integrator' }), date: new Date(message.postedAt) },
                    )}
                  </p>
                  <p className={styles.messageText}>{message.text}</p>
                  {message.attachments.map((file) => (
                    <a key={file.id} href={file.url}>
                      {file.fileName}
                    </a>
                  ))}
                </li>
              ))}
            </ol>
          </Card>
          {request.status !== 'CLOSED' || isManager ? (
            <Card title={intl.formatMessage({ id: 'requests.thread.reply' })} icon="mail">
              <form className={styles.form} onSubmit={(event) => void submit(event)}>
                <MessageText label={intl.formatMessage({ id: 'requests.thread.message' })} name="text" value={text} onChange={setText} />
                {isManager && (
                  <label className={styles.check}>
                    <input type="checkbox" checked={isInternal} onChange={(event) => setInternal(event.target.checked)} />
                    {intl.formatMessage({ id: 'requests.thread.internal' })}
                  </label>
                )}
                <AttachmentPicker name="files" files={files} onChange={setFiles} resetKey={filesKey} />
                {postErrorId && <Alert tone="error">{intl.formatMessage({ id: postErrorId })}</Alert>}
                <Button type="submit" variant="primary" isBusy={isPosting}>
                  {intl.formatMessage({ id: 'requests.thread.send' })}
                </Button>
              </form>
            </Card>
          ) : (
            <Alert tone="info">{intl.formatMessage({ id: 'requests.thread.closed' })}</Alert>
          )}
        </div>
        {hasSide && (
          <div className={styles.form}>
            {isManager && <HandlingCard requestId={requestId} status={request.status} assigneeId={request.assignee?.id ?? null} onChanged={reload} />}
            {request.ticket ? (
              <TicketCard ticket={request.ticket} canManage={canManageTickets} onChanged={reload} />
            ) : (
              canManageTickets && <CreateTicketForm requestId={requestId} onCreated={reload} />
            )}
          </div>
        )}
      </div>
    </>
  );
}
