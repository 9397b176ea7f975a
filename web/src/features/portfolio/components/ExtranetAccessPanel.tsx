import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { errorMessageIdOf } from '../../../app/error-message-id';
import { fieldErrorsOf } from '../../../app/errors';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Card } from '../../../ui/Card';
import { Checkbox } from '../../../ui/Checkbox';
import { DescriptionList } from '../../../ui/DescriptionList';
import { Dialog } from '../../../ui/Dialog';
import { AccessGrantDialog, type AccessGrant } from './AccessGrantDialog';
import { AccessStatusBadge, accessStatusKey } from './AccessStatusBadge';
import styles from './ExtranetAccessPanel.module.css';

export const ExtranetAccessPanel_person = graphql(`
  fragment ExtranetAccessPanel_person on Person {
    id
    displayName
    emails
    extranetAccess {
      identifier
      isEnabled
      mustChangePassword
    }
  }
`);

const IssueTemporaryPasswordMutation = graphql(`
  mutation IssueTemporaryPassword($personId: ID!, $delivery: TemporaryPasswordDelivery) {
    issueTemporaryPassword(personId: $personId, delivery: $delivery) {
      identifier
      temporaryPassword
      emailedTo
      letterPdfBase64
      person {
        id
        extranetAccess {
          identifier
          isEnabled
          mustChangePassword
        }
      }
    }
  }
`);

const EnableExtranetAccessMutation = graphql(`
  mutation EnableExtranetAccess($personIds: [ID!]!, $delivery: TemporaryPasswordDelivery) {
    enableExtranetAccess(personIds: $personIds, delivery: $delivery) {
      identifier
      temporaryPassword
      emailedTo
      letterPdfBase64
      person {
        id
        extranetAccess {
          identifier
          isEnabled
          mustChangePassword
        }
      }
    }
  }
`);

const DisableExtranetAccessMutation = graphql(`
  mutation DisableExtranetAccess($personIds: [ID!]!) {
    disableExtranetAccess(personIds: $personIds) {
      id
      extranetAccess {
        identifier
        isEnabled
        mustChangePassword
      }
    }
  }
`);

type Action = 'regenerate' | 'enable' | 'disable';

function errorMessageId(error: unknown): string {
  const [fieldError] = fieldErrorsOf(error);
  if (fieldError) return `errors.${fieldError.reason}`;
  return errorMessageIdOf(error);
}

export type ExtranetAccessPanelProps = { person: FragmentType<typeof ExtranetAccessPanel_person> };

/** The record's "Extranet" block: status, identifier, and the manager's access actions. */
export function ExtranetAccessPanel(props: ExtranetAccessPanelProps) {
  const person = useFragment(ExtranetAccessPanel_person, props.person);
  const intl = useIntl();
  const [pendingAction, setPendingAction] = useState<Action | null>(null);
  const [actionErrorId, setActionErrorId] = useState<string | null>(null);
  const [grant, setGrant] = useState<AccessGrant | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // Off by default: the manager may be handing the password over in person or by letter.
  const [sendByEmail, setSendByEmail] = useState(false);
  const email = person.emails?.[0] ?? null;
  const [issueTemporaryPassword, issueState] = useMutation(IssueTemporaryPasswordMutation);
  const [enableAccess, enableState] = useMutation(EnableExtranetAccessMutation);
  const [disableAccess, disableState] = useMutation(DisableExtranetAccessMutation);
  const isBusy = issueState.loading || enableState.loading || disableState.loading;

  const access = person.extranetAccess;
  const status = accessStatusKey(access);

  const open = (action: Action) => {
    setNotice(null);
    setActionErrorId(null);
    setSendByEmail(false);
    setPendingAction(action);
  };

  const confirm = async () => {
    setActionErrorId(null);
    try {
      if (pendingAction === 'regenerate') {
        const { data } = await issueTemporaryPassword({ variables: { personId: person.id, delivery: { sendByEmail: sendByEmail && email !== null } } });
        if (data) setGrant(data.issueTemporaryPassword);
        setNotice('portfolio.access.notice.regenerated');
      } else if (pendingAction === 'enable') {
        const { data } = await enableAccess({ variables: { personIds: [person.id], delivery: { sendByEmail: sendByEmail && email !== null } } });
        const [first] = data?.enableExtranetAccess ?? [];
        if (first) setGrant(first);
        setNotice('portfolio.access.notice.enabled');
      } else if (pendingAction === 'disable') {
        await disableAccess({ variables: { personIds: [person.id] } });
        setNotice('portfolio.access.notice.disabled');
      }
      setPendingAction(null);
    } catch (error) {
      setActionErrorId(errorMessageId(error));
    }
  };

  const items = [
    { id: 'status', term: intl.formatMessage({ id: 'portfolio.access.status' }), details: <AccessStatusBadge access={access} /> },
    ...(access
      ? [{ id: 'identifier', term: intl.formatMessage({ id: 'portfolio.access.identifier' }), details: <span className={styles.identifier}>{access.identifier}</span> }]
      : []),
  ];

  return (
    <Card title={intl.formatMessage({ id: 'portfolio.access.title' })} icon="key">
      <div className={styles.panel}>
        <DescriptionList items={items} />
        <p className={styles.help}>{intl.formatMessage({ id: `portfolio.access.help.${status}` })}</p>
        {notice && <Alert tone="success">{intl.formatMessage({ id: notice })}</Alert>}
        <div className={styles.actions}>
          {access?.isEnabled && (
            <Button icon="key" onClick={() => open('regenerate')}>
              {intl.formatMessage({ id: 'portfolio.access.regenerate' })}
            </Button>
          )}
          {!access?.isEnabled && (
            <Button icon="check" onClick={() => open('enable')}>
              {intl.formatMessage({ id: 'portfolio.access.enable' })}
            </Button>
          )}
          {access?.isEnabled && (
            <Button variant="danger" icon="lock" onClick={() => open('disable')}>
              {intl.formatMessage({ id: 'portfolio.access.disable' })}
            </Button>
          )}
        </div>
      </div>

      <Dialog
        isOpen={pendingAction !== null}
        icon={pendingAction === 'disable' ? 'lock' : 'key'}
        title={pendingAction ? intl.formatMessage({ id: `portfolio.access.confirm.${pendingAction}.title` }) : ''}
        onClose={() => setPendingAction(null)}
        actions={
          <>
            <Button variant="secondary" onClick={() => setPendingAction(null)} isDisabled={isBusy}>
              {intl.formatMessage({ id: 'portfolio.access.confirm.cancel' })}
            </Button>
            <Button variant={pendingAction === 'disable' ? 'danger' : 'primary'} onClick={() => void confirm()} isBusy={isBusy}>
              {pendingAction ? intl.formatMessage({ id: `portfolio.access.confirm.${pendingAction}.submit` }) : ''}
            </Button>
          </>
        }
      >
        {pendingAction && <p>{intl.formatMessage({ id: `portfolio.access.confirm.${pendingAction}.body` }, { name: person.displayName })}</p>}
        {pendingAction && pendingAction !== 'disable' && email && (
          <Checkbox label={intl.formatMessage({ id: 'portfolio.access.confirm.sendByEmail' }, { email })} isChecked={sendByEmail} onChange={setSendByEmail} />
        )}
        {actionErrorId && <Alert tone="error">{intl.formatMessage({ id: actionErrorId })}</Alert>}
      </Dialog>

      <AccessGrantDialog grant={grant} personName={person.displayName} onClose={() => setGrant(null)} />
    </Card>
  );
}
