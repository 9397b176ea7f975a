import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { errorMessageIdOf } from '../../../app/error-message-id';
import { fieldErrorsOf } from '../../../app/errors';
import { QueryError } from '../../../app/QueryError';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Card } from '../../../ui/Card';
import { Checkbox } from '../../../ui/Checkbox';
import { Dialog } from '../../../ui/Dialog';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { CollaboratorGrantDialog, type CollaboratorGrant } from '../components/CollaboratorGrantDialog';
import styles from './administration.module.css';

const CollaboratorsQuery = graphql(`
  query Collaborators {
    viewer {
      person {
        id
      }
    }
    collaborators(first: 100) {
      nodes {
        id
        civility
        displayName
        emails
        extranetAccess {
          identifier
          isEnabled
        }
      }
    }
  }
`);

const AddCollaboratorMutation = graphql(`
  mutation AddCollaborator($input: AddCollaboratorInput!) {
    addCollaborator(input: $input) {
      identifier
      temporaryPassword
      emailedTo
      letterPdfBase64
      person {
        id
        displayName
      }
    }
  }
`);

const RemoveCollaboratorMutation = graphql(`
  mutation RemoveCollaborator($personId: ID!) {
    removeCollaborator(personId: $personId) {
      id
      roles
    }
  }
`);

const CIVILITIES = ['', 'Madame', 'Monsieur'] as const;
type FieldErrors = { displayName?: string; email?: string };

/** "Collaborateurs": the agency's managers; a new one gets an identifier and a first password, as a client does. */
export function CollaboratorsPage() {
  const intl = useIntl();
  const title = intl.formatMessage({ id: 'administration.collaborators.title' });
  useDocumentTitle(title);
  const { data, error, refetch } = useQuery(CollaboratorsQuery);
  const [add, addState] = useMutation(AddCollaboratorMutation);
  const [remove, removeState] = useMutation(RemoveCollaboratorMutation);
  const [civility, setCivility] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [sendByEmail, setSendByEmail] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formErrorId, setFormErrorId] = useState<string | null>(null);
  const [grant, setGrant] = useState<CollaboratorGrant | null>(null);
  const [toRemove, setToRemove] = useState<{ id: string; name: string } | null>(null);
  const [removeErrorId, setRemoveErrorId] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormErrorId(null);
    setNotice(null);
    const found: FieldErrors = {};
    if (!displayName.trim()) found.displayName = 'errors.INVALID_VALUE';
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) found.email = 'administration.collaborators.emailInvalid';
    setErrors(found);
    if (found.displayName) return nameRef.current?.focus();
    if (found.email) return emailRef.current?.focus();
    try {
      const { data: added } = await add({ variables: { input: { civility: civility || null, displayName: displayName.trim(), email: email.trim(), delivery: { sendByEmail } } } });
      if (added) setGrant(added.addCollaborator);
      setCivility('');
      setDisplayName('');
      setEmail('');
      setSendByEmail(false);
      void refetch();
    } catch (failure) {
      const mapped: FieldErrors = {};
      for (const fieldError of fieldErrorsOf(failure)) {
        if (fieldError.field === 'input.displayName') mapped.displayName = `errors.${fieldError.reason}`;
        if (fieldError.field === 'input.email') mapped.email = `errors.${fieldError.reason}`;
      }
      if (Object.keys(mapped).length) {
        setErrors(mapped);
        (mapped.displayName ? nameRef : emailRef).current?.focus();
      } else setFormErrorId(errorMessageIdOf(failure));
    }
  };

  const confirmRemove = async () => {
    if (!toRemove) return;
    setRemoveErrorId(null);
    try {
      await remove({ variables: { personId: toRemove.id } });
      setNotice(intl.formatMessage({ id: 'administration.collaborators.removed' }, { name: toRemove.name }));
      setToRemove(null);
      void refetch();
    } catch (failure) {
      setRemoveErrorId(errorMessageIdOf(failure));
    }
  };

  const selfId = data?.viewer?.person.id;
  const people = data?.collaborators.nodes ?? [];
  return (
    <>
      <PageHeader title={title} description={intl.formatMessage({ id: 'administration.collaborators.intro' })} />
      <div className={styles.layout}>
        <Card title={intl.formatMessage({ id: 'administration.collaborators.addTitle' })} icon="user">
          <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate>
            <SelectField
              label={intl.formatMessage({ id: 'administration.collaborators.civility' })}
              name="civility"
              value={civility}
              options={CIVILITIES.map((value) => ({ value, label: value || intl.formatMessage({ id: 'administration.collaborators.noCivility' }) }))}
              onChange={setCivility}
            />
            <TextField
              ref={nameRef}
              label={intl.formatMessage({ id: 'administration.collaborators.displayName' })}
              hint={intl.formatMessage({ id: 'administration.collaborators.displayNameHint' })}
              name="displayName"
              value={displayName}
              onChange={setDisplayName}
              isRequired
              autoComplete="off"
              error={errors.displayName && intl.formatMessage({ id: errors.displayName })}
            />
            <TextField
              ref={emailRef}
              label={intl.formatMessage({ id: 'administration.collaborators.email' })}
              name="email"
              type="email"
              value={email}
              onChange={setEmail}
              isRequired
              autoComplete="off"
              error={errors.email && intl.formatMessage({ id: errors.email })}
            />
            <Checkbox label={intl.formatMessage({ id: 'administration.collaborators.sendByEmail' })} isChecked={sendByEmail} onChange={setSendByEmail} />
            {formErrorId && <Alert tone="error">{intl.formatMessage({ id: formErrorId })}</Alert>}
            <Button type="submit" icon="user" isBusy={addState.loading}>
              {intl.formatMessage({ id: 'administration.collaborators.add' })}
            </Button>
          </form>
        </Card>

        <section aria-labelledby="collaborators-list-title">
          <h2 id="collaborators-list-title" className={styles.sectionTitle}>
            {intl.formatMessage({ id: 'administration.collaborators.listTitle' })}
          </h2>
          {notice && <Alert tone="success">{notice}</Alert>}
          {error && <QueryError error={error} onRetry={() => void refetch()} />}
          {!data && !error && <LoadingState label={intl.formatMessage({ id: 'app.loading' })} />}
          {people.length > 0 && (
            <ul className={styles.list} aria-label={intl.formatMessage({ id: 'administration.collaborators.listTitle' })}>
              {people.map((person) => (
                <li key={person.id} className={styles.item} aria-label={person.displayName}>
                  <div className={styles.itemHead}>
                    <span className={styles.itemName}>{[person.civility, person.displayName].filter(Boolean).join(' ')}</span>
                    {person.id === selfId && <span className={styles.badgeOn}>{intl.formatMessage({ id: 'administration.collaborators.you' })}</span>}
                  </div>
                  <dl className={styles.facts}>
                    <div>
                      <dt>{intl.formatMessage({ id: 'administration.collaborators.identifier' })}</dt>
                      <dd>{person.extranetAccess?.identifier ?? intl.formatMessage({ id: 'administration.collaborators.noIdentifier' })}</dd>
                    </div>
                    <div>
                      <dt>{intl.formatMessage({ id: 'administration.collaborators.email' })}</dt>
                      <dd className={styles.breakable}>{person.emails?.[0] ?? ''}</dd>
                    </div>
                  </dl>
                  {person.id !== selfId && (
                    <Button
                      variant="secondary"
                      onClick={() => {
                        setRemoveErrorId(null);
                        setToRemove({ id: person.id, name: person.displayName });
                      }}
                    >
                      {intl.formatMessage({ id: 'administration.collaborators.remove' }, { name: person.displayName })}
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <CollaboratorGrantDialog grant={grant} onClose={() => setGrant(null)} />
      <Dialog
        isOpen={toRemove !== null}
        icon="lock"
        title={intl.formatMessage({ id: 'administration.collaborators.removeTitle' }, { name: toRemove?.name ?? '' })}
        onClose={() => setToRemove(null)}
        actions={
          <>
            <Button variant="secondary" onClick={() => setToRemove(null)}>
              {intl.formatMessage({ id: 'administration.cancel' })}
            </Button>
            <Button variant="danger" onClick={() => void confirmRemove()} isBusy={removeState.loading}>
              {intl.formatMessage({ id: 'administration.collaborators.removeSubmit' })}
            </Button>
          </>
        }
      >
        <p>{intl.formatMessage({ id: 'administration.collaborators.removeIntro' })}</p>
        {removeErrorId && <Alert tone="error">{intl.formatMessage({ id: removeErrorId })}</Alert>}
      </Dialog>
    </>
  );
}
