import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { QueryError } from '../../../app/QueryError';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { graphql } from '../../../gql';
import type { ImportKind } from '../../../gql/graphql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import { SelectField } from '../../../ui/SelectField';
import { ImportColumns } from '../components/ImportColumns';
import { ImportErrorList } from '../components/ImportErrorList';
import { importErrorsOf, type ImportFileError } from '../import-errors';
import styles from './ImportPage.module.css';

const ImportKindsQuery = graphql(`
  query ImportKinds {
    importKinds {
      kind
      template
      ...ImportColumns_kind
    }
  }
`);

const PreviewImportQuery = graphql(`
  query PreviewImport($kind: ImportKind!, $csv: String!) {
    previewImport(kind: $kind, csv: $csv) {
      lineCount
      isCommittable
      result {
        received
        created
        updated
        unchanged
      }
      errors {
        line
        column
        reason
      }
    }
  }
`);

const CommitImportMutation = graphql(`
  mutation CommitImport($kind: ImportKind!, $csv: String!) {
    commitImport(kind: $kind, csv: $csv) {
      received
      created
      updated
      unchanged
    }
  }
`);

type Counts = { received: number; created: number; updated: number; unchanged: number };

/** Saves a kind's template (BOM, semicolons) under a French file name. */
function saveTemplate(kind: string, template: string) {
  const url = URL.createObjectURL(new Blob([template], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `modele-${kind.toLowerCase().replaceAll('_', '-')}.csv`;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * "Import CSV": choose what to load, download its template, choose a file; the preview lists every
 * error by line and column before anything is written, and "Importer" writes it in one go.
 */
export function ImportPage() {
  const intl = useIntl();
  const fileId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  useDocumentTitle(intl.formatMessage({ id: 'import.title' }));
  const { data, error, refetch, loading } = useQuery(ImportKindsQuery);
  const [chosenKind, setKind] = useState<ImportKind | null>(null);
  const [file, setFile] = useState<{ name: string; csv: string } | null>(null);
  const [committed, setCommitted] = useState<Counts | null>(null);
  const [commitErrors, setCommitErrors] = useState<ImportFileError[] | null>(null);
  const [preview, previewState] = useLazyQuery(PreviewImportQuery, { fetchPolicy: 'no-cache' });
  const [commit, commitState] = useMutation(CommitImportMutation);

  const kinds = data?.importKinds ?? [];
  const kind = kinds.find((item) => item.kind === chosenKind) ?? kinds[0];

  const check = (csv: string, forKind: ImportKind) => {
    setCommitted(null);
    setCommitErrors(null);
    void preview({ variables: { kind: forKind, csv } });
  };

  const chooseKind = (value: string) => {
    setKind(value as ImportKind);
    if (file) check(file.csv, value as ImportKind);
  };

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    if (!chosen || !kind) return;
    // Blob.text() decodes UTF-8 and drops a BOM; the API accepts the file either way.
    const csv = await chosen.text();
    setFile({ name: chosen.name, csv });
    check(csv, kind.kind);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file || !kind) return;
    try {
      const result = await commit({ variables: { kind: kind.kind, csv: file.csv } });
      if (result.data) setCommitted(result.data.commitImport);
      setFile(null);
      if (fileInput.current) fileInput.current.value = '';
    } catch (failure) {
      setCommitErrors(importErrorsOf(failure));
    }
  };

  // The preview of the file now chosen (none while it runs, or once the file is imported).
  const current = file && !previewState.loading ? previewState.data?.previewImport : undefined;
  const errors = commitErrors ?? current?.errors ?? [];
  const canCommit = Boolean(current?.isCommittable) && !commitErrors;

  return (
    <>
      <PageHeader title={intl.formatMessage({ id: 'import.title' })} description={intl.formatMessage({ id: 'import.intro' })} />
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {!data && loading && <LoadingState label={intl.formatMessage({ id: 'app.loading' })} />}
      {kind && (
        <form className={styles.form} onSubmit={(event) => void submit(event)} aria-describedby={`${fileId}-status`}>
          <div className={styles.step}>
            <SelectField
              label={intl.formatMessage({ id: 'import.kind.label' })}
              name="kind"
              value={kind.kind}
              options={kinds.map((item) => ({ value: item.kind, label: intl.formatMessage({ id: `import.kind.${item.kind}` }) }))}
              onChange={chooseKind}
            />
            <div className={styles.templateRow}>
              <Button variant="secondary" icon="download" onClick={() => saveTemplate(kind.kind, kind.template)}>
                {intl.formatMessage({ id: 'import.template.download' })}
              </Button>
              <p className={styles.hint}>{intl.formatMessage({ id: 'import.template.hint' })}</p>
            </div>
            <ImportColumns kind={kind} />
          </div>
          <div className={styles.step}>
            <label className={styles.label} htmlFor={fileId}>
              {intl.formatMessage({ id: 'import.file.label' })}
            </label>
            <p className={styles.hint} id={`${fileId}-hint`}>
              {intl.formatMessage({ id: 'import.file.hint' })}
            </p>
            <input
              ref={fileInput}
              id={fileId}
              className={styles.file}
              type="file"
              name="file"
              accept=".csv,text/csv"
              aria-describedby={`${fileId}-hint`}
              onChange={(event) => void chooseFile(event)}
            />
          </div>
          <div id={`${fileId}-status`} className={styles.results} aria-live="polite">
            {previewState.loading && <LoadingState label={intl.formatMessage({ id: 'import.preview.loading' })} />}
            {committed && (
              <Alert tone="success" title={intl.formatMessage({ id: 'import.done.title' })}>
                {intl.formatMessage({ id: 'import.counts' }, committed)}
              </Alert>
            )}
            {file && current?.result && errors.length === 0 && (
              <Alert tone="info" title={intl.formatMessage({ id: 'import.preview.ready' }, { name: file.name, lines: current.lineCount })}>
                {intl.formatMessage({ id: 'import.counts' }, current.result)}
              </Alert>
            )}
            {errors.length > 0 && (
              <>
                <Alert tone="warning" title={intl.formatMessage({ id: 'import.preview.errors' }, { count: errors.length })}>
                  {intl.formatMessage({ id: 'import.preview.nothingWritten' })}
                </Alert>
                <ImportErrorList errors={errors} />
              </>
            )}
            {previewState.error && <QueryError error={previewState.error} onRetry={() => file && kind && check(file.csv, kind.kind)} />}
          </div>
          {file && (
            <div className={styles.actions}>
              <Button type="submit" icon="check" isDisabled={!canCommit} isBusy={commitState.loading}>
                {intl.formatMessage({ id: 'import.commit' })}
              </Button>
            </div>
          )}
        </form>
      )}
    </>
  );
}
