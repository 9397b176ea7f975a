import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { fieldErrorsOf, isNetworkFailure } from '../../../app/errors';
import { QueryError } from '../../../app/QueryError';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Card } from '../../../ui/Card';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import { TextField } from '../../../ui/TextField';
import { NewsItemList } from '../components/NewsItemList';
import styles from './NewsFeedPage.module.css';

const NewsFeedPageQuery = graphql(`
  query NewsFeedPage {
    newsFeed {
      url
    }
    viewer {
      identifier
      newsItems(first: 5) {
        ...NewsItemList_item
      }
    }
  }
`);

const SetNewsFeedUrlMutation = graphql(`
  mutation SetNewsFeedUrl($url: String) {
    setNewsFeedUrl(url: $url) {
      url
    }
  }
`);

/** The manager's "Flux RSS" (manual: "Url du fil d'actualité"): the feed's address and what clients see of it. */
export function NewsFeedPage() {
  const intl = useIntl();
  const title = intl.formatMessage({ id: 'newsFeed.nav.manage' });
  useDocumentTitle(title);
  const { data, error, refetch } = useQuery(NewsFeedPageQuery);
  const [draft, setDraft] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [save, { loading }] = useMutation(SetNewsFeedUrlMutation);

  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label={intl.formatMessage({ id: 'app.loading' })} />;
  const url = draft ?? data.newsFeed.url ?? '';
  const items = data.viewer?.newsItems ?? [];

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setStatus(null);
    const value = url.trim();
    if (value && !/^https?:\/\//i.test(value)) {
      setFieldError('newsFeed.form.error.url');
      requestAnimationFrame(() => inputRef.current?.focus());
      return;
    }
    try {
      await save({ variables: { url: value || null } });
      setDraft(null);
      setStatus('newsFeed.form.saved');
      await refetch();
    } catch (failure) {
      const reason = fieldErrorsOf(failure).find((error) => error.field === 'url')?.reason;
      if (reason) {
        setFieldError(reason === 'INVALID_VALUE' ? 'newsFeed.form.error.url' : `errors.${reason}`);
        requestAnimationFrame(() => inputRef.current?.focus());
        return;
      }
      setStatus(isNetworkFailure(failure) ? 'app.error.network' : 'app.error.unexpected');
    }
  };

  return (
    <>
      <PageHeader title={title} description={intl.formatMessage({ id: 'newsFeed.manage.intro' })} />
      <div className={styles.page}>
        <Card title={intl.formatMessage({ id: 'newsFeed.form.title' })} icon="globe">
          <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate>
            <TextField
              ref={inputRef}
              label={intl.formatMessage({ id: 'newsFeed.form.field.url' })}
              hint={intl.formatMessage({ id: 'newsFeed.form.hint.url' })}
              name="url"
              autoComplete="url"
              autoCapitalize="none"
              value={url}
              onChange={(value) => {
                setDraft(value);
                setFieldError(null);
              }}
              error={fieldError && intl.formatMessage({ id: fieldError })}
            />
            <div>
              <Button type="submit" isBusy={loading}>
                {intl.formatMessage({ id: 'newsFeed.form.submit' })}
              </Button>
            </div>
            {status && <Alert tone={status === 'newsFeed.form.saved' ? 'success' : 'error'}>{intl.formatMessage({ id: status })}</Alert>}
          </form>
        </Card>
        <Card title={intl.formatMessage({ id: 'newsFeed.preview.title' })} icon="eye">
          {items.length === 0 ? <p>{intl.formatMessage({ id: data.newsFeed.url ? 'newsFeed.preview.failing' : 'newsFeed.preview.unset' })}</p> : <NewsItemList items={items} />}
        </Card>
      </div>
    </>
  );
}
