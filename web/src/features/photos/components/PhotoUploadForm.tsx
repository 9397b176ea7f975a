import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { fieldErrorsOf, type ApiErrorReason } from '../../../app/errors';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import { stageUpload, UploadError } from '../../../app/staged-upload';
import { captionOfFileName, PHOTO_TYPES } from '../upload';
import styles from './PhotoUploadForm.module.css';

const PublishPhotoMutation = graphql(`
  mutation PublishPhoto($input: PublishPhotoInput!) {
    publishPhoto(input: $input) {
      id
    }
  }
`);

/** The reasons the form words itself; anything else reads as a failed publication. */
const KNOWN_REASONS: readonly ApiErrorReason[] = ['INVALID_FILE_TYPE', 'FILE_TOO_LARGE', 'UPLOAD_UNAVAILABLE', 'TEXT_TOO_LONG', 'INVALID_VALUE'];

type Pending = { key: string; file: File; caption: string; errorId?: string };

export type PhotoUploadFormProps = { buildingId: string; onPublished: () => void };

/** Publishes several photos at once, each with its caption (the gallery's alternative text); a refused file keeps its row with the reason. */
export function PhotoUploadForm({ buildingId, onPublished }: PhotoUploadFormProps) {
  const intl = useIntl();
  const inputId = useId();
  const [pending, setPending] = useState<Pending[]>([]);
  const [isBusy, setIsBusy] = useState(false);
  const [published, setPublished] = useState(0);
  // A new key empties the native file input once its files are published.
  const [pickerKey, setPickerKey] = useState(0);
  const [publish] = useMutation(PublishPhotoMutation);

  const choose = (files: FileList | null) => {
    setPublished(0);
    setPending([...(files ?? [])].map((file, index) => ({ key: `${Date.now()}-${index}-${file.name}`, file, caption: captionOfFileName(file.name) })));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setIsBusy(true);
    const left: Pending[] = [];
    let count = 0;
    for (const item of pending) {
      if (!item.caption.trim()) {
        left.push({ ...item, errorId: 'photos.upload.error.captionRequired' });
        continue;
      }
      try {
        const uploadId = await stageUpload(item.file, () => undefined);
        await publish({ variables: { input: { buildingId, caption: item.caption.trim(), fileName: item.file.name, uploadId } } });
        count += 1;
      } catch (error) {
        const reason = error instanceof UploadError ? error.reason : (fieldErrorsOf(error)[0]?.reason ?? null);
        left.push({ ...item, errorId: reason && KNOWN_REASONS.includes(reason) ? `photos.upload.error.${reason}` : 'photos.upload.error.other' });
      }
    }
    setPending(left);
    setPublished(count);
    setIsBusy(false);
    if (count > 0) onPublished();
    if (left.length === 0) setPickerKey((key) => key + 1);
  };

  return (
    <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate>
      {published > 0 && <Alert tone="success">{intl.formatMessage({ id: 'photos.upload.published' }, { count: published })}</Alert>}
      <div className={styles.picker}>
        <label htmlFor={inputId} className={styles.label}>
          {intl.formatMessage({ id: 'photos.upload.files' })}
        </label>
        <p className={styles.hint} id={`${inputId}-hint`}>
          {intl.formatMessage({ id: 'photos.upload.hint' })}
        </p>
        <input
          key={pickerKey}
          id={inputId}
          className={styles.input}
          type="file"
          name="photos"
          accept={PHOTO_TYPES}
          multiple
          aria-describedby={`${inputId}-hint`}
          onChange={(event) => choose(event.target.files)}
        />
      </div>
      {pending.length > 0 && (
        <ul className={styles.files}>
          {pending.map((item) => (
            <li key={item.key}>
              <TextField
                label={intl.formatMessage({ id: 'photos.upload.caption' }, { file: item.file.name })}
                name={`caption-${item.key}`}
                value={item.caption}
                isRequired
                error={item.errorId && intl.formatMessage({ id: item.errorId })}
                onChange={(caption) => setPending((list) => list.map((other) => (other.key === item.key ? { ...other, caption, errorId: undefined } : other)))}
              />
            </li>
          ))}
        </ul>
      )}
      <Button type="submit" icon="image" isBusy={isBusy} isDisabled={pending.length === 0}>
        {intl.formatMessage({ id: 'photos.upload.submit' }, { count: pending.length })}
      </Button>
    </form>
  );
}
