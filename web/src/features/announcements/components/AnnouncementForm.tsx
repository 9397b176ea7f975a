import { useMutation, useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { graphql } from '../../../gql';
import type { AnnouncementAudience } from '../../../gql/graphql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Card } from '../../../ui/Card';
import { SelectField } from '../../../ui/SelectField';
import { TextAreaField } from '../../../ui/TextAreaField';
import { TextField } from '../../../ui/TextField';
import { useMutationForm } from '../../../ui/useMutationForm';
import { parseFrenchDate } from './dates';
import styles from './AnnouncementForm.module.css';

const AnnouncementBuildingsQuery = graphql(`
  query AnnouncementBuildings {
    buildings(first: 100) {
      nodes {
        id
        code
        name
      }
    }
  }
`);

const PublishAnnouncementMutation = graphql(`
  mutation PublishAnnouncement($input: PublishAnnouncementInput!) {
    publishAnnouncement(input: $input) {
      id
      ...AnnouncementList_announcement
    }
  }
`);

export const AUDIENCES: readonly AnnouncementAudience[] = ['ALL_CLIENTS', 'COOWNERS', 'OWNERS', 'TENANTS'];
type Field = 'title' | 'body' | 'buildingId' | 'publishOn';
type Errors = Partial<Record<Field, string>>;
const FIELDS: readonly Field[] = ['title', 'body', 'buildingId', 'publishOn'];
type Values = Record<Field, string> & { audience: AnnouncementAudience };
const EMPTY: Values = { title: '', body: '', audience: 'ALL_CLIENTS', buildingId: '', publishOn: '' };

// Left empty, the API publishes today.
const publishDay = (publishOn: string) => (publishOn.trim() ? parseFrenchDate(publishOn) : null);

function validateAnnouncement({ title, body, publishOn }: Values): Errors {
  const found: Errors = {};
  if (!title.trim()) found.title = 'announcements.form.error.titleRequired';
  if (!body.trim()) found.body = 'announcements.form.error.bodyRequired';
  if (publishOn.trim() && !publishDay(publishOn)) found.publishOn = 'announcements.form.error.date';
  return found;
}

export type AnnouncementFormProps = { onPublished: () => void };

/** "Publier une information": title, text, audience, one building or all, the first day it shows (today when left empty). */
export function AnnouncementForm({ onPublished }: AnnouncementFormProps) {
  const intl = useIntl();
  const { values, setValue, setValues, errors, fieldRef, status, setStatus, statusRef, isSubmitting, handleSubmit } = useMutationForm({
    fields: FIELDS,
    initialValues: EMPTY,
    validate: validateAnnouncement,
  });
  const buildings = useQuery(AnnouncementBuildingsQuery);
  const [publish] = useMutation(PublishAnnouncementMutation);

  const submit = handleSubmit(async ({ title, body, audience, buildingId, publishOn }) => {
    await publish({ variables: { input: { title, body, audience, buildingId: buildingId || null, publishOn: publishDay(publishOn) } } });
    // The audience and the building stay chosen for the next information.
    setValues((existing) => ({ ...existing, title: '', body: '', publishOn: '' }));
    setStatus('announcements.form.published');
    onPublished();
  });

  const buildingOptions = [
    { value: '', label: intl.formatMessage({ id: 'announcements.wholeAgency' }) },
    ...(buildings.data?.buildings.nodes ?? []).map((building) => ({ value: building.id, label: `${building.code} – ${building.name}` })),
  ];

  return (
    <Card title={intl.formatMessage({ id: 'announcements.form.title' })} icon="bell">
      <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          ref={fieldRef('title')}
          label={intl.formatMessage({ id: 'announcements.form.field.title' })}
          name="title"
          value={values.title}
          isRequired
          onChange={(value) => setValue('title', value)}
          error={errors.title && intl.formatMessage({ id: errors.title })}
        />
        <TextAreaField
          ref={fieldRef('body')}
          label={intl.formatMessage({ id: 'announcements.form.field.body' })}
          name="body"
          value={values.body}
          isRequired
          onChange={(value) => setValue('body', value)}
          error={errors.body && intl.formatMessage({ id: errors.body })}
        />
        <div className={styles.row}>
          <SelectField
            label={intl.formatMessage({ id: 'announcements.form.field.audience' })}
            name="audience"
            value={values.audience}
            options={AUDIENCES.map((value) => ({ value, label: intl.formatMessage({ id: `announcements.audience.${value}` }) }))}
            onChange={(value) => setValue('audience', value as AnnouncementAudience)}
          />
          <SelectField
            label={intl.formatMessage({ id: 'announcements.form.field.building' })}
            name="buildingId"
            value={values.buildingId}
            options={buildingOptions}
            // setValues, not setValue: the select has always kept the API's refusal until the next submit.
            onChange={(buildingId) => setValues((existing) => ({ ...existing, buildingId }))}
            error={errors.buildingId && intl.formatMessage({ id: errors.buildingId })}
          />
          <TextField
            ref={fieldRef('publishOn')}
            label={intl.formatMessage({ id: 'announcements.form.field.publishOn' })}
            hint={intl.formatMessage({ id: 'announcements.form.hint.publishOn' })}
            name="publishOn"
            inputMode="numeric"
            value={values.publishOn}
            onChange={(value) => setValue('publishOn', value)}
            error={errors.publishOn && intl.formatMessage({ id: errors.publishOn })}
          />
        </div>
        <div>
          <Button type="submit" isBusy={isSubmitting}>
            {intl.formatMessage({ id: 'announcements.form.submit' })}
          </Button>
        </div>
        {status && (
          <Alert tone={status === 'announcements.form.published' ? 'success' : 'error'} ref={statusRef}>
            {intl.formatMessage({ id: status })}
          </Alert>
        )}
      </form>
    </Card>
  );
}
