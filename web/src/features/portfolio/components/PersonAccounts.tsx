import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { errorMessageIdOf } from '../../../app/error-message-id';
import { fieldErrorsOf } from '../../../app/errors';
import { formatAmount } from '../../../app/i18n/format';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Badge } from '../../../ui/Badge';
import { Button, ButtonLink } from '../../../ui/Button';
import { Card } from '../../../ui/Card';
import { Checkbox } from '../../../ui/Checkbox';
import { Dialog } from '../../../ui/Dialog';
import { EmptyState } from '../../../ui/EmptyState';
import styles from './PersonAccounts.module.css';

export const PersonAccounts_person = graphql(`
  fragment PersonAccounts_person on Person {
    id
    displayName
    accounts(first: 50) {
      nodes {
        id
        number
        label
        kind
        isPublished
        balance
      }
    }
  }
`);

const SetAccountsPublishedMutation = graphql(`
  mutation SetAccountsPublished($accountIds: [ID!]!, $isPublished: Boolean!) {
    setAccountsPublished(accountIds: $accountIds, isPublished: $isPublished) {
      id
      isPublished
    }
  }
`);

type Change = { accountIds: string[]; isPublished: boolean };

function errorMessageId(error: unknown): string {
  const [fieldError] = fieldErrorsOf(error);
  if (fieldError) return `errors.${fieldError.reason}`;
  return errorMessageIdOf(error);
}

export type PersonAccountsProps = { person: FragmentType<typeof PersonAccounts_person> };

/**
 * The record's "Comptes": which of the person's accounts their extranet shows. One account
 * ("Désactiver la publication d'un compte") or a selection ("Activation par salve") is published
 * or unpublished; unpublishing asks first, since the client loses sight of the account at once.
 */
export function PersonAccounts(props: PersonAccountsProps) {
  const person = useFragment(PersonAccounts_person, props.person);
  const intl = useIntl();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [pending, setPending] = useState<Change | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [errorId, setErrorId] = useState<string | null>(null);
  const [setPublished, { loading }] = useMutation(SetAccountsPublishedMutation);
  const accounts = person.accounts.nodes;
  const numbersOf = (ids: readonly string[]) => accounts.filter((account) => ids.includes(account.id)).map((account) => account.number);

  const apply = async (change: Change) => {
    setNotice(null);
    setErrorId(null);
    try {
      await setPublished({ variables: change });
      setNotice(
        intl.formatMessage(
          { id: change.isPublished ? 'portfolio.accounts.notice.published' : 'portfolio.accounts.notice.unpublished' },
          { count: change.accountIds.length, numbers: numbersOf(change.accountIds).join(', ') },
        ),
      );
      setSelected(new Set());
      setPending(null);
    } catch (error) {
      setErrorId(errorMessageId(error));
    }
  };

  const request = (change: Change) => {
    if (change.isPublished) void apply(change);
    else {
      setErrorId(null);
      setPending(change);
    }
  };

  const toggle = (accountId: string, isChecked: boolean) => {
    setSelected((current) => {
      const next = new Set(current);
      if (isChecked) next.add(accountId);
      else next.delete(accountId);
      return next;
    });
  };

  const selection = accounts.filter((account) => selected.has(account.id)).map((account) => account.id);
  const isAllSelected = accounts.length > 0 && selection.length === accounts.length;

  return (
    <Card title={intl.formatMessage({ id: 'portfolio.accounts.title' })} subtitle={intl.formatMessage({ id: 'portfolio.accounts.subtitle' })} icon="wallet">
      {accounts.length === 0 ? (
        <EmptyState icon="wallet" title={intl.formatMessage({ id: 'portfolio.accounts.empty' })} />
      ) : (
        <div className={styles.panel}>
          <div className={styles.toolbar} role="group" aria-label={intl.formatMessage({ id: 'portfolio.accounts.selectionActions' })}>
            <Checkbox
              label={intl.formatMessage({ id: 'portfolio.accounts.selectAll' })}
              isChecked={isAllSelected}
              isIndeterminate={selection.length > 0 && !isAllSelected}
              onChange={(isChecked) => setSelected(new Set(isChecked ? accounts.map((account) => account.id) : []))}
            />
            <span className={styles.count} aria-live="polite">
              {intl.formatMessage({ id: 'portfolio.accounts.selected' }, { count: selection.length })}
            </span>
            <div className={styles.bulk}>
              <Button variant="secondary" icon="check" isDisabled={selection.length === 0 || loading} onClick={() => request({ accountIds: selection, isPublished: true })}>
                {intl.formatMessage({ id: 'portfolio.accounts.publishSelection' })}
              </Button>
              <Button variant="danger" icon="eyeOff" isDisabled={selection.length === 0 || loading} onClick={() => request({ accountIds: selection, isPublished: false })}>
                {intl.formatMessage({ id: 'portfolio.accounts.unpublishSelection' })}
              </Button>
            </div>
          </div>

          {notice && <Alert tone="success">{notice}</Alert>}
          {errorId && !pending && <Alert tone="error">{intl.formatMessage({ id: errorId })}</Alert>}

          <ul className={styles.rows} aria-label={intl.formatMessage({ id: 'portfolio.accounts.listLabel' }, { name: person.displayName })}>
            {accounts.map((account) => (
              <li key={account.id} className={styles.row} aria-label={account.number}>
                <div className={styles.check}>
                  <Checkbox
                    label={intl.formatMessage({ id: 'portfolio.accounts.select' }, { number: account.number })}
                    isLabelHidden
                    isChecked={selected.has(account.id)}
                    onChange={(isChecked) => toggle(account.id, isChecked)}
                  />
                </div>
                <div className={styles.main}>
                  <span className={styles.number}>{account.number}</span>
                  <span className={styles.label}>{account.label}</span>
                  <span className={styles.badges}>
                    <Badge tone="brand">{intl.formatMessage({ id: `portfolio.accountKind.${account.kind}` })}</Badge>
                    <Badge tone={account.isPublished ? 'success' : 'neutral'} hasDot>
                      {intl.formatMessage({ id: account.isPublished ? 'portfolio.accounts.published' : 'portfolio.accounts.unpublished' })}
                    </Badge>
                  </span>
                </div>
                <div className={styles.balance}>
                  <span className={styles.balanceLabel}>{intl.formatMessage({ id: 'portfolio.accounts.balance' })}</span>
                  <span className={styles.amount}>{formatAmount(account.balance, intl.locale)}</span>
                </div>
                <div className={styles.actions}>
                  {account.isPublished ? (
                    <Button variant="ghost" icon="eyeOff" isDisabled={loading} onClick={() => request({ accountIds: [account.id], isPublished: false })}>
                      {intl.formatMessage({ id: 'portfolio.accounts.unpublish' })}
                      <span className="visually-hidden">{intl.formatMessage({ id: 'portfolio.accounts.ofAccount' }, { number: account.number })}</span>
                    </Button>
                  ) : (
                    <Button variant="ghost" icon="eye" isDisabled={loading} onClick={() => request({ accountIds: [account.id], isPublished: true })}>
                      {intl.formatMessage({ id: 'portfolio.accounts.publish' })}
                      <span className="visually-hidden">{intl.formatMessage({ id: 'portfolio.accounts.ofAccount' }, { number: account.number })}</span>
                    </Button>
                  )}
                  <ButtonLink variant="ghost" icon="chevronRight" to={`/gestion/portefeuille/${encodeURIComponent(person.id)}/comptes/${encodeURIComponent(account.id)}`}>
                    {intl.formatMessage({ id: 'portfolio.accounts.statement' })}
                    <span className="visually-hidden">{intl.formatMessage({ id: 'portfolio.accounts.statementOf' }, { number: account.number })}</span>
                  </ButtonLink>
                </div>
              </li>
            ))}
          </ul>
        </div>
      )}

      <Dialog
        isOpen={pending !== null}
        icon="eyeOff"
        title={
          pending ? intl.formatMessage({ id: 'portfolio.accounts.confirm.title' }, { count: pending.accountIds.length, numbers: numbersOf(pending.accountIds).join(', ') }) : ''
        }
        onClose={() => setPending(null)}
        actions={
          <>
            <Button variant="secondary" onClick={() => setPending(null)} isDisabled={loading}>
              {intl.formatMessage({ id: 'portfolio.accounts.confirm.cancel' })}
            </Button>
            <Button variant="danger" onClick={() => pending && void apply(pending)} isBusy={loading}>
              {intl.formatMessage({ id: 'portfolio.accounts.confirm.submit' })}
            </Button>
          </>
        }
      >
        {pending && <p>{intl.formatMessage({ id: 'portfolio.accounts.confirm.body' }, { count: pending.accountIds.length, name: person.displayName })}</p>}
        {errorId && <Alert tone="error">{intl.formatMessage({ id: errorId })}</Alert>}
      </Dialog>
    </Card>
  );
}
