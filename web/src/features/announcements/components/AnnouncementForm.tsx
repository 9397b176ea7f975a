import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { fieldErrorsOf, isNetworkFailure } from '../../../app/errors';
import { graphql } from '../../../gql';
import type { AnnouncementAudience } from '../../../gql/graphql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Card } from '../../../ui/Card';
import { SelectField } from '../../../ui/SelectField';
import { TextAreaField } from '../../../ui/TextAreaField';
import { TextField } from '../../../ui/TextField';
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

export type AnnouncementFormProps = { onPublished: () => void };

/** "Publier une information": title, text, audience, one building or all, the first day it shows (today when left empty). */
export function AnnouncementForm({ onPublished }: AnnouncementFormProps) {
  const intl = useIntl();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [audience, setAudience] = useState<AnnouncementAudience>('ALL_CLIENTS');
  const [buildingId, setBuildingId] = useState('');
  const [publishOn, setPublishOn] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [status, setStatus] = useState<string | null>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const dateRef = useRef<HTMLInputElement>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const buildings = useQuery(AnnouncementBuildingsQuery);
  const [publish, { loading }] = useMutation(PublishAnnouncementMutation);

  const focusFirst = (found: Errors) => {
    const first = FIELDS.find((field) => found[field]);
    const target = first === 'title' ? titleRef : first === 'body' ? bodyRef : first === 'publishOn' ? dateRef : null;
    requestAnimationFrame(() => target?.current?.focus());
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setStatus(null);
    const found: Errors = {};
    if (!title.trim()) found.title = 'announcements.form.error.titleRequired';
    if (!body.trim()) found.body = 'announcements.form.error.bodyRequired';
    const day = publishOn.trim() ? parseFrenchDate(publishOn) : null;
    if (publishOn.trim() && !day) found.publishOn = 'announcements.form.error.date';
    setErrors(found);
    if (Object.keys(found).length) return focusFirst(found);
    try {
      await publish({ variables: { input: { title, body, audience, buildingId: buildingId || null, publishOn: day } } });
      setTitle('');
      setBody('');
      setPublishOn('');
      setStatus('announcements.form.published');
      onPublished();
    } catch (error) {
      const mapped: Errors = {};
      for (const { field, reason } of fieldErrorsOf(error)) if ((FIELDS as readonly string[]).includes(field)) mapped[field as Field] = `errors.${reason}`;
      if (Object.keys(mapped).length) {
        setErrors(mapped);
        return focusFirst(mapped);
      }
      setStatus(isNetworkFailure(error) ? 'app.error.network' : 'app.error.unexpected');
    }
    requestAnimationFrame(() => statusRef.current?.focus());
  };

  const buildingOptions = [
    { value: '', label: intl.formatMessage({ id: 'announcements.wholeAgency' }) },
    ...(buildings.data?.buildings.nodes ?? []).map((building) => ({ value: building.id, label: `${building.code} – ${building.name}` })),
  ];

  return (
    <Card title={intl.formatMessage({ id: 'announcements.form.title' })} icon="bell">
      <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          ref={titleRef}
          label={intl.formatMessage({ id: 'announcements.form.field.title' })}
          name="title"
          value={title}
          isRequired
          onChange={(value) => {
            setTitle(value);
            setErrors((existing) => ({ ...existing, title: undefined }));
          }}
          error={errors.title && intl.formatMessage({ id: errors.title })}
        />
        <TextAreaField
          ref={bodyRef}
          label={intl.formatMessage({ id: 'announcements.form.field.body' })}
          name="body"
          value={body}
          isRequired
          onChange={(value) => {
            setBody(value);
            setErrors((existing) => ({ ...existing, body: undefined }));
          }}
          error={errors.body && intl.formatMessage({ id: errors.body })}
        />
        <div className={styles.row}>
          <SelectField
            label={intl.formatMessage({ id: 'announcements.form.field.audience' })}
            name="audience"
            value={audience}
            options={AUDIENCES.map((value) => ({ value, label: intl.formatMessage({ id: `announcements.audience.${value}` }) }))}
            onChange={(value) => setAudience(value as AnnouncementAudience)}
          />
          <SelectField
            label={intl.formatMessage({ id: 'announcements.form.field.building' })}
            name="buildingId"
            value={buildingId}
            options={buildingOptions}
            onChange={setBuildingId}
            error={errors.buildingId && intl.formatMessage({ id: errors.buildingId })}
          />
          <TextField
            ref={dateRef}
            label={intl.formatMessage({ id: 'announcements.form.field.publishOn' })}
            hint={intl.formatMessage({ id: 'announcements.form.hint.publishOn' })}
            name="publishOn"
            inputMode="numeric"
            value={publishOn}
            onChange={(value) => {
              setPublishOn(value);
              setErrors((existing) => ({ ...existing, publishOn: undefined }));
            }}
            error={errors.publishOn && intl.formatMessage({ id: errors.publishOn })}
          />
        </div>
        <div>
          <Button type="submit" isBusy={loading}>
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
