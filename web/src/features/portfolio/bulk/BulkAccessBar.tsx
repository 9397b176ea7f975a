import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { errorMessageIdOf } from '../../../app/error-message-id';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Checkbox } from '../../../ui/Checkbox';
import { Dialog } from '../../../ui/Dialog';
import { BulkGrantsDialog, type BulkGrants } from './BulkGrantsDialog';
import styles from './BulkAccessBar.module.css';

/** The API's bound for one call (MAX_BULK in api/src/identity/access.resolver.ts). */
export const MAX_SELECTION = 200;

const EnableInBulkMutation = graphql(`
  mutation EnableExtranetAccessInBulk($personIds: [ID!]!, $delivery: TemporaryPasswordDelivery) {
    enableExtranetAccessInBulk(personIds: $personIds, delivery: $delivery) {
      grants {
        identifier
        temporaryPassword
        emailedTo
        person {
          id
          civility
          displayName
          postalAddress {
            line1
            line2
            postalCode
            city
          }
          extranetAccess {
            identifier
            isEnabled
            mustChangePassword
          }
        }
      }
      lettersPdfBase64
    }
  }
`);

const DisableInBulkMutation = graphql(`
  mutation DisableExtranetAccessInBulk($personIds: [ID!]!) {
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

export type BulkAccessBarProps = {
  selectedIds: readonly string[];
  /** Rows matching the filters (all pages). */
  total: number;
  isSelectingAll: boolean;
  onSelectAll: () => void;
  onClear: () => void;
  /** After a switch: the list is fetched again (rows leave or enter the filter). */
  onDone: () => void;
};

/** "Activation par salve": what a manager does with the selection (switch access on or off). */
export function BulkAccessBar({ selectedIds, total, isSelectingAll, onSelectAll, onClear, onDone }: BulkAccessBarProps) {
  const intl = useIntl();
  const [pending, setPending] = useState<'enable' | 'disable' | null>(null);
  const [sendByEmail, setSendByEmail] = useState(false);
  const [errorId, setErrorId] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [grants, setGrants] = useState<BulkGrants | null>(null);
  const [enable, enableState] = useMutation(EnableInBulkMutation);
  const [disable, disableState] = useMutation(DisableInBulkMutation);
  const count = selectedIds.length;
  const canSelectAll = total > count && total <= MAX_SELECTION;

  const open = (action: 'enable' | 'disable') => {
    setNotice(null);
    setErrorId(null);
    setSendByEmail(false);
    setPending(action);
  };

  const confirm = async () => {
    setErrorId(null);
    try {
      if (pending === 'enable') {
        const { data } = await enable({ variables: { personIds: [...selectedIds], delivery: { sendByEmail } } });
        if (data) setGrants(data.enableExtranetAccessInBulk);
      } else if (pending === 'disable') {
        await disable({ variables: { personIds: [...selectedIds] } });
        setNotice(intl.formatMessage({ id: 'portfolio.bulk.disabled' }, { count }));
        onClear();
      }
      setPending(null);
      onDone();
    } catch (error) {
      setErrorId(errorMessageIdOf(error));
    }
  };

  return (
    <>
      <section className={styles.bar} aria-label={intl.formatMessage({ id: 'portfolio.bulk.label' })}>
        <p className={styles.count} role="status">
          {intl.formatMessage({ id: 'portfolio.bulk.selected' }, { count })}
        </p>
        <div className={styles.actions}>
          {canSelectAll && (
            <Button variant="secondary" onClick={onSelectAll} isBusy={isSelectingAll}>
              {intl.formatMessage({ id: 'portfolio.bulk.selectAll' }, { total })}
            </Button>
          )}
          {total > MAX_SELECTION && count < total && <span className={styles.limit}>{intl.formatMessage({ id: 'portfolio.bulk.limit' }, { max: MAX_SELECTION })}</span>}
          {count > 0 && (
            <>
              <Button icon="key" onClick={() => open('enable')}>
                {intl.formatMessage({ id: 'portfolio.bulk.enable' })}
              </Button>
              <Button variant="secondary" icon="lock" onClick={() => open('disable')}>
                {intl.formatMessage({ id: 'portfolio.bulk.disable' })}
              </Button>
              <Button variant="secondary" onClick={onClear}>
                {intl.formatMessage({ id: 'portfolio.bulk.clear' })}
              </Button>
            </>
          )}
        </div>
        {notice && <Alert tone="success">{notice}</Alert>}
      </section>

      <Dialog
        isOpen={pending !== null}
        icon={pending === 'enable' ? 'key' : 'lock'}
        title={intl.formatMessage({ id: pending === 'disable' ? 'portfolio.bulk.confirmDisable' : 'portfolio.bulk.confirmEnable' }, { count })}
        onClose={() => setPending(null)}
        actions={
          <>
            <Button variant="secondary" onClick={() => setPending(null)}>
              {intl.formatMessage({ id: 'portfolio.bulk.cancel' })}
            </Button>
            <Button onClick={() => void confirm()} isBusy={enableState.loading || disableState.loading}>
              {intl.formatMessage({ id: pending === 'disable' ? 'portfolio.bulk.disableSubmit' : 'portfolio.bulk.enableSubmit' })}
            </Button>
          </>
        }
      >
        <p>{intl.formatMessage({ id: pending === 'disable' ? 'portfolio.bulk.disableIntro' : 'portfolio.bulk.enableIntro' }, { count })}</p>
        {pending === 'enable' && <Checkbox label={intl.formatMessage({ id: 'portfolio.bulk.sendByEmail' })} isChecked={sendByEmail} onChange={setSendByEmail} />}
        {errorId && <Alert tone="error">{intl.formatMessage({ id: errorId })}</Alert>}
      </Dialog>
      <BulkGrantsDialog
        grants={grants}
        onClose={() => {
          setGrants(null);
          onClear();
        }}
      />
    </>
  );
}
