import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useId, useRef, useState, type DragEvent, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { errorMessageIdOf } from '../../../app/error-message-id';
import { fieldErrorsOf } from '../../../app/errors';
import { QueryError } from '../../../app/QueryError';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { graphql } from '../../../gql';
import type { DocumentTargetInput } from '../../../gql/graphql';
import { Alert } from '../../../ui/Alert';
import { Button, ButtonLink } from '../../../ui/Button';
import { Checkbox } from '../../../ui/Checkbox';
import { Icon } from '../../../ui/Icon';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { parseFrenchDate, todayFrench } from '../../records/public';
import { FileSize } from '../components/FileSize';
import { TargetPicker } from '../components/TargetPicker';
import { stageUpload, UploadError } from '../../../app/staged-upload';
import { ACCEPTED_TYPES, contentTypeOf, titleOfFileName } from '../upload';
import styles from './PublishDocumentsPage.module.css';

const PublishBindersQuery = graphql(`
  query PublishBinders {
    viewer {
      identifier
      binders(space: MANAGEMENT) {
        id
        name
        module
        rights {
          notifyByDefault
        }
      }
    }
  }
`);

const PublishDocumentMutation = graphql(`
  mutation PublishDocument($input: PublishDocumentInput!) {
    publishDocument(input: $input) {
      id
      title
    }
  }
`);

type QueuedFile = {
  key: string;
  file: File;
  title: string;
  status: 'waiting' | 'uploading' | 'publishing' | 'done' | 'failed';
  progress: number;
  errorId: string | null;
};

type Errors = Partial<Record<'files' | 'binder' | 'target' | 'publishOn' | 'durationMonths', string>>;

/** Reasons of a refused file the page words itself (type, size, content, a spent upload). */
const KNOWN_REASONS: ReadonlySet<string> = new Set(['FILE_TOO_LARGE', 'INVALID_FILE_TYPE', 'UPLOAD_UNAVAILABLE', 'TEXT_TOO_LONG', 'INVALID_VALUE']);

/** A file's refusal in words: the API's reason when the page knows it, else the app-wide message. */
function fileErrorIdOf(error: unknown): string {
  const reason = error instanceof UploadError ? error.reason : fieldErrorsOf(error)[0]?.reason;
  if (reason && KNOWN_REASONS.has(reason)) return `documents.publish.reason.${reason}`;
  return error instanceof UploadError ? (error.code ? 'app.error.unexpected' : 'app.error.network') : errorMessageIdOf(error);
}

/**
 * "Publier des documents": several files at once (chosen or dropped), each with its title, to one
 * binder and one target, from a publication date for a number of months. Each file goes through
 * the staged upload (its progress shown), then `publishDocument` with the `uploadId`.
 */
export function PublishDocumentsPage() {
  const intl = useIntl();
  const client = useApolloClient();
  const [params] = useSearchParams();
  const inputId = useId();
  const { data, error, refetch } = useQuery(PublishBindersQuery);
  const [publish] = useMutation(PublishDocumentMutation);
  const [queue, setQueue] = useState<QueuedFile[]>([]);
  const [binderId, setBinderId] = useState(params.get('classeur') ?? '');
  const [target, setTarget] = useState<DocumentTargetInput | null>(null);
  const [publishOn, setPublishOn] = useState(todayFrench());
  const [durationMonths, setDurationMonths] = useState('');
  // null: as the binder's model says ("Activer les notifications"), sent as omitted; a tick or untick is this publication's own choice.
  const [notifyChoice, setNotifyChoice] = useState<boolean | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [isDragging, setDragging] = useState(false);
  const [isRunning, setRunning] = useState(false);
  const [summary, setSummary] = useState<{ done: number; failed: number } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const errorSummary = useRef<HTMLDivElement>(null);
  const title = intl.formatMessage({ id: 'documents.publish.title' });
  useDocumentTitle(title);

  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label={intl.formatMessage({ id: 'app.loading' })} />;
  const binders = data.viewer?.binders ?? [];
  const notifiesByDefault = binders.find((binder) => binder.id === binderId)?.rights?.notifyByDefault ?? false;
  const notify = notifyChoice ?? notifiesByDefault;

  const update = (key: string, change: Partial<QueuedFile>) => setQueue((current) => current.map((item) => (item.key === key ? { ...item, ...change } : item)));
  const add = (files: FileList | null) => {
    if (!files) return;
    setSummary(null);
    const added = [...files].map((file) => ({
      key: `${file.name}-${file.size}-${file.lastModified}-${Math.random().toString(36).slice(2)}`,
      file,
      title: titleOfFileName(file.name),
      status: 'waiting' as const,
      progress: 0,
      errorId: contentTypeOf(file) ? null : 'documents.publish.reason.INVALID_FILE_TYPE',
    }));
    setQueue((current) => [...current.filter((item) => item.status !== 'done'), ...added]);
    setErrors((current) => ({ ...current, files: undefined }));
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    add(event.dataTransfer.files);
  };

  const validate = (): Errors => {
    const found: Errors = {};
    const pending = queue.filter((item) => item.status !== 'done');
    if (pending.length === 0) found.files = intl.formatMessage({ id: 'documents.publish.error.files' });
    else if (pending.some((item) => !contentTypeOf(item.file) || !item.title.trim())) found.files = intl.formatMessage({ id: 'documents.publish.error.fileRows' });
    if (!binderId) found.binder = intl.formatMessage({ id: 'documents.publish.error.binder' });
    if (!target) found.target = intl.formatMessage({ id: 'documents.publish.error.target' });
    if (!parseFrenchDate(publishOn)) found.publishOn = intl.formatMessage({ id: 'documents.publish.error.publishOn' });
    if (durationMonths.trim() && !/^\d{1,3}$/.test(durationMonths.trim())) found.durationMonths = intl.formatMessage({ id: 'documents.publish.error.durationMonths' });
    else if (durationMonths.trim() && Number(durationMonths) < 1) found.durationMonths = intl.formatMessage({ id: 'documents.publish.error.durationMonths' });
    return found;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    setSummary(null);
    if (Object.keys(found).length > 0) {
      errorSummary.current?.focus();
      return;
    }
    setRunning(true);
    let done = 0;
    let failed = 0;
    for (const item of queue.filter((candidate) => candidate.status !== 'done')) {
      try {
        update(item.key, { status: 'uploading', progress: 0, errorId: null });
        const uploadId = await stageUpload(item.file, (progress) => update(item.key, { progress }));
        update(item.key, { status: 'publishing', progress: 1 });
        await publish({
          variables: {
            input: {
              binderId,
              title: item.title.trim(),
              fileName: item.file.name,
              contentType: contentTypeOf(item.file) ?? 'application/pdf',
              uploadId,
              target: target!,
              publishOn: parseFrenchDate(publishOn),
              durationMonths: durationMonths.trim() ? Number(durationMonths) : null,
              notify: notifyChoice,
            },
          },
        });
        update(item.key, { status: 'done' });
        done += 1;
      } catch (failure) {
        update(item.key, { status: 'failed', errorId: fileErrorIdOf(failure) });
        failed += 1;
      }
    }
    // Lists and counts read before are stale now: the next visit asks the API again.
    const viewer = client.cache.identify({ __typename: 'Viewer' });
    client.cache.evict({ id: viewer, fieldName: 'documents' });
    client.cache.evict({ id: viewer, fieldName: 'binders' });
    client.cache.gc();
    setRunning(false);
    setSummary({ done, failed });
  };

  const errorList = Object.entries(errors).filter(([, message]) => message);
  const statusText = (item: QueuedFile) =>
    item.status === 'uploading'
      ? intl.formatMessage({ id: 'documents.publish.status.uploading' }, { percent: Math.round(item.progress * 100) })
      : intl.formatMessage({ id: `documents.publish.status.${item.status}` });

  return (
    <>
      <nav aria-label={intl.formatMessage({ id: 'documents.breadcrumb' })} className={styles.breadcrumb}>
        <Link to="/gestion/documents">
          <Icon name="chevronLeft" size={16} />
          {intl.formatMessage({ id: 'documents.nav.manager' })}
        </Link>
      </nav>
      <PageHeader title={title} description={intl.formatMessage({ id: 'documents.publish.intro' })} />
      <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate>
        <div ref={errorSummary} tabIndex={-1} className={styles.summary}>
          {errorList.length > 0 && (
            <Alert tone="error" title={intl.formatMessage({ id: 'documents.publish.error.summary' })}>
              <ul>
                {errorList.map(([field, message]) => (
                  <li key={field}>{message}</li>
                ))}
              </ul>
            </Alert>
          )}
          {summary && (
            <Alert tone={summary.failed ? 'warning' : 'success'} title={intl.formatMessage({ id: 'documents.publish.summary' }, summary)}>
              <ButtonLink to="/gestion/documents" variant="secondary" icon="chevronRight">
                {intl.formatMessage({ id: 'documents.publish.back' })}
              </ButtonLink>
            </Alert>
          )}
        </div>

        <section className={styles.section} aria-labelledby={`${inputId}-files`}>
          <h2 id={`${inputId}-files`} className={styles.sectionTitle}>
            {intl.formatMessage({ id: 'documents.publish.files' })}
          </h2>
          <div
            className={[styles.drop, isDragging ? styles.dragging : '', errors.files ? styles.invalid : ''].join(' ')}
            onDragOver={(event) => {
              event.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={drop}
          >
            <Icon name="upload" size={24} />
            <label htmlFor={inputId} className={styles.dropLabel}>
              {intl.formatMessage({ id: 'documents.publish.choose' })}
            </label>
            <p className={styles.hint} id={`${inputId}-hint`}>
              {intl.formatMessage({ id: 'documents.publish.dropHint' })}
            </p>
            <input
              ref={fileInput}
              id={inputId}
              className={styles.fileInput}
              type="file"
              name="files"
              multiple
              accept={[...ACCEPTED_TYPES, '.pdf', '.jpg', '.jpeg', '.png'].join(',')}
              aria-invalid={errors.files ? true : undefined}
              aria-describedby={`${inputId}-hint${errors.files ? ` ${inputId}-files-error` : ''}`}
              onChange={(event) => {
                add(event.target.files);
                event.target.value = '';
              }}
            />
          </div>
          {errors.files && (
            <p id={`${inputId}-files-error`} className={styles.error}>
              {errors.files}
            </p>
          )}
          {queue.length > 0 && (
            <ul className={styles.queue} aria-label={intl.formatMessage({ id: 'documents.publish.queue' })}>
              {queue.map((item) => (
                <li key={item.key} className={styles.file}>
                  <div className={styles.fileHead}>
                    <span className={styles.fileName}>
                      {item.file.name} · <FileSize byteSize={item.file.size} />
                    </span>
                    {(item.status === 'waiting' || item.status === 'failed') && !isRunning && (
                      <Button variant="ghost" icon="cross" onClick={() => setQueue((current) => current.filter((candidate) => candidate.key !== item.key))}>
                        <span className="visually-hidden">{intl.formatMessage({ id: 'documents.publish.remove' }, { name: item.file.name })}</span>
                      </Button>
                    )}
                  </div>
                  <TextField
                    label={intl.formatMessage({ id: 'documents.publish.fileTitle' }, { name: item.file.name })}
                    name={`title-${item.key}`}
                    value={item.title}
                    onChange={(value) => update(item.key, { title: value })}
                    isReadOnly={item.status === 'done' || isRunning}
                    error={item.errorId ? intl.formatMessage({ id: item.errorId }) : !item.title.trim() ? intl.formatMessage({ id: 'documents.publish.error.fileTitle' }) : null}
                  />
                  <div className={styles.progressRow}>
                    <progress
                      className={styles.progress}
                      max={1}
                      value={item.status === 'waiting' ? 0 : item.progress}
                      aria-label={intl.formatMessage({ id: 'documents.publish.progress' }, { name: item.file.name })}
                    />
                    <span className={styles.status} role="status">
                      {statusText(item)}
                    </span>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section className={styles.section} aria-labelledby={`${inputId}-where`}>
          <h2 id={`${inputId}-where`} className={styles.sectionTitle}>
            {intl.formatMessage({ id: 'documents.publish.where' })}
          </h2>
          <SelectField
            label={intl.formatMessage({ id: 'documents.publish.binder' })}
            name="binderId"
            value={binderId}
            options={[
              { value: '', label: intl.formatMessage({ id: 'documents.target.choose' }) },
              ...binders.map((binder) => ({
                value: binder.id,
                label: intl.formatMessage({ id: 'documents.publish.binderOption' }, { module: intl.formatMessage({ id: `documents.module.${binder.module}` }), name: binder.name }),
              })),
            ]}
            onChange={(value) => {
              setBinderId(value);
              setNotifyChoice(null);
            }}
          />
          {errors.binder && <p className={styles.error}>{errors.binder}</p>}
          <TargetPicker onChange={setTarget} error={errors.target} />
        </section>

        <section className={styles.section} aria-labelledby={`${inputId}-when`}>
          <h2 id={`${inputId}-when`} className={styles.sectionTitle}>
            {intl.formatMessage({ id: 'documents.publish.when' })}
          </h2>
          <div className={styles.pair}>
            <TextField
              label={intl.formatMessage({ id: 'documents.publish.publishOn' })}
              hint={intl.formatMessage({ id: 'documents.publish.dateFormat' })}
              name="publishOn"
              inputMode="numeric"
              value={publishOn}
              onChange={setPublishOn}
              error={errors.publishOn}
              isRequired
              autoComplete="off"
            />
            <TextField
              label={intl.formatMessage({ id: 'documents.publish.durationMonths' })}
              hint={intl.formatMessage({ id: 'documents.publish.durationHint' })}
              name="durationMonths"
              inputMode="numeric"
              value={durationMonths}
              onChange={setDurationMonths}
              error={errors.durationMonths}
              autoComplete="off"
            />
          </div>
          <Checkbox label={intl.formatMessage({ id: 'documents.publish.notify' })} isChecked={notify} onChange={setNotifyChoice} />
          {notifyChoice === null && notifiesByDefault && <p className={styles.hint}>{intl.formatMessage({ id: 'documents.publish.notifyByDefault' })}</p>}
        </section>

        <div className={styles.submit}>
          <Button type="submit" icon="upload" isBusy={isRunning}>
            {intl.formatMessage({ id: 'documents.publish.submit' }, { count: queue.filter((item) => item.status !== 'done').length })}
          </Button>
        </div>
      </form>
    </>
  );
}
