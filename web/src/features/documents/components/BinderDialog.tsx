import { useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { errorMessageIdOf } from '../../../app/error-message-id';
import { errorCodeOf, fieldErrorsOf } from '../../../app/errors';
import { graphql } from '../../../gql';
import type { BinderModule, SyndicLevel } from '../../../gql/graphql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Checkbox } from '../../../ui/Checkbox';
import { Dialog } from '../../../ui/Dialog';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import styles from './BinderDialog.module.css';

const CreateBinderMutation = graphql(`
  mutation CreateBinder($input: CreateBinderInput!) {
    createBinder(input: $input) {
      id
      name
      folders
      module
      documentCount
      rights {
        syndicLevel
        owner
        tenant
        notifyByDefault
      }
    }
  }
`);

const RenameBinderMutation = graphql(`
  mutation RenameBinder($binderId: ID!, $name: String!) {
    renameBinder(binderId: $binderId, name: $name) {
      id
      name
      folders
    }
  }
`);

const SetBinderRightsMutation = graphql(`
  mutation SetBinderRights($input: SetBinderRightsInput!) {
    setBinderRights(input: $input) {
      id
      rights {
        syndicLevel
        owner
        tenant
        notifyByDefault
      }
    }
  }
`);

const DeleteBinderMutation = graphql(`
  mutation DeleteBinder($binderId: ID!) {
    deleteBinder(binderId: $binderId)
  }
`);

/** The binder being edited, or a new one of a module. */
export type BinderDraft = {
  id: string | null;
  name: string;
  module: BinderModule;
  documentCount: number;
  syndicLevel: SyndicLevel | null;
  owner: boolean;
  tenant: boolean;
  /** The model's "Activer les notifications": documents published without a choice e-mail their readers. */
  notifyByDefault: boolean;
};

export type BinderDialogProps = {
  binder: BinderDraft | null;
  onClose: () => void;
  /** After a creation or deletion: the binder list is fetched again. */
  onChanged: () => void;
};

/** "none" stands for a syndic binder nobody opens (null level) in the select. */
const NO_LEVEL = 'NONE';
const LEVELS: readonly SyndicLevel[] = ['PRESIDENT', 'COUNCIL', 'ALL_COOWNERS'];

/**
 * A binder's name and rights (manual, "Classeurs"): a syndic binder's one ordered level, a gérance
 * binder's owner and tenant columns, and its model's "Activer les notifications" ("Paramétrage des
 * modèles d'événement"); an empty binder may be removed.
 */
export function BinderDialog({ binder, onClose, onChanged }: BinderDialogProps) {
  return binder ? <BinderForm key={binder.id ?? `new-${binder.module}`} binder={binder} onClose={onClose} onChanged={onChanged} /> : null;
}

function BinderForm({ binder, onClose, onChanged }: { binder: BinderDraft } & Omit<BinderDialogProps, 'binder'>) {
  const intl = useIntl();
  const [name, setName] = useState(binder.name);
  const [module, setModule] = useState<BinderModule>(binder.module);
  const [level, setLevel] = useState<string>(binder.syndicLevel ?? NO_LEVEL);
  const [owner, setOwner] = useState(binder.owner);
  const [tenant, setTenant] = useState(binder.tenant);
  const [notifyByDefault, setNotifyByDefault] = useState(binder.notifyByDefault);
  const [nameError, setNameError] = useState<string | null>(null);
  const [errorId, setErrorId] = useState<string | null>(null);
  const [isConfirmingDelete, setConfirmingDelete] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const [create, createState] = useMutation(CreateBinderMutation);
  const [rename, renameState] = useMutation(RenameBinderMutation);
  const [setRights, rightsState] = useMutation(SetBinderRightsMutation);
  const [remove, removeState] = useMutation(DeleteBinderMutation);
  const isNew = binder.id === null;
  const syndicLevel = level === NO_LEVEL ? null : (level as SyndicLevel);
  const formId = `binder-form-${binder.id ?? 'new'}`;

  const fail = (error: unknown) => {
    const field = fieldErrorsOf(error).find((item) => item.field === 'name');
    if (field) {
      setNameError(intl.formatMessage({ id: `documents.binderForm.nameError.${field.reason === 'TEXT_TOO_LONG' ? 'tooLong' : 'invalid'}` }));
      nameRef.current?.focus();
    } else if (errorCodeOf(error) === 'CONFLICT') setErrorId('documents.binderForm.conflict');
    else setErrorId(errorMessageIdOf(error));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNameError(null);
    setErrorId(null);
    if (!name.trim()) {
      setNameError(intl.formatMessage({ id: 'documents.binderForm.nameError.required' }));
      nameRef.current?.focus();
      return;
    }
    const rights = module === 'SYNDIC' ? { syndicLevel } : { owner, tenant };
    try {
      if (isNew) {
        await create({ variables: { input: { module, name: name.trim(), ...rights, notifyByDefault } } });
        onChanged();
      } else {
        if (name.trim() !== binder.name) await rename({ variables: { binderId: binder.id!, name: name.trim() } });
        await setRights({ variables: { input: { binderId: binder.id!, ...rights, notifyByDefault } } });
      }
      onClose();
    } catch (error) {
      fail(error);
    }
  };

  const confirmDelete = async () => {
    setErrorId(null);
    try {
      await remove({ variables: { binderId: binder.id! } });
      onChanged();
      onClose();
    } catch (error) {
      setConfirmingDelete(false);
      fail(error);
    }
  };

  const moduleName = (value: BinderModule) => intl.formatMessage({ id: `documents.module.${value}` });

  return (
    <Dialog
      isOpen
      icon="folder"
      title={intl.formatMessage({ id: isNew ? 'documents.binderForm.newTitle' : 'documents.binderForm.editTitle' }, { name: binder.name })}
      onClose={onClose}
      actions={
        <>
          <Button variant="secondary" onClick={onClose}>
            {intl.formatMessage({ id: 'documents.binderForm.cancel' })}
          </Button>
          <Button type="submit" form={formId} isBusy={createState.loading || renameState.loading || rightsState.loading} aria-describedby={errorId ? `${formId}-error` : undefined}>
            {intl.formatMessage({ id: 'documents.binderForm.save' })}
          </Button>
        </>
      }
    >
      <form id={formId} className={styles.form} onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          ref={nameRef}
          label={intl.formatMessage({ id: 'documents.binderForm.name' })}
          hint={intl.formatMessage({ id: 'documents.binderForm.nameHint' })}
          name="name"
          value={name}
          onChange={setName}
          error={nameError}
          isRequired
          autoComplete="off"
        />
        {isNew ? (
          <SelectField
            label={intl.formatMessage({ id: 'documents.binderForm.module' })}
            name="module"
            value={module}
            options={(['SYNDIC', 'GERANCE'] as const).map((value) => ({ value, label: moduleName(value) }))}
            onChange={(value) => setModule(value as BinderModule)}
          />
        ) : (
          <p className={styles.module}>{intl.formatMessage({ id: 'documents.binderForm.moduleOf' }, { module: moduleName(module) })}</p>
        )}
        {module === 'SYNDIC' ? (
          <SelectField
            label={intl.formatMessage({ id: 'documents.binderForm.level' })}
            name="syndicLevel"
            value={level}
            options={[...LEVELS, NO_LEVEL].map((value) => ({ value, label: intl.formatMessage({ id: `documents.level.${value}` }) }))}
            onChange={setLevel}
          />
        ) : (
          <fieldset className={styles.rights}>
            <legend className={styles.legend}>{intl.formatMessage({ id: 'documents.binderForm.geranceRights' })}</legend>
            <Checkbox label={intl.formatMessage({ id: 'documents.rights.owner' })} isChecked={owner} onChange={setOwner} />
            <Checkbox label={intl.formatMessage({ id: 'documents.rights.tenant' })} isChecked={tenant} onChange={setTenant} />
          </fieldset>
        )}
        <div className={styles.rights}>
          <Checkbox label={intl.formatMessage({ id: 'documents.binderForm.notify' })} isChecked={notifyByDefault} onChange={setNotifyByDefault} />
          <p className={styles.hint}>{intl.formatMessage({ id: 'documents.binderForm.notifyHint' })}</p>
        </div>
        {errorId && (
          <div id={`${formId}-error`}>
            <Alert tone="error">{intl.formatMessage({ id: errorId })}</Alert>
          </div>
        )}
        {!isNew && (
          <div className={styles.danger}>
            {binder.documentCount > 0 ? (
              <p className={styles.hint}>{intl.formatMessage({ id: 'documents.binderForm.notEmpty' }, { count: binder.documentCount })}</p>
            ) : isConfirmingDelete ? (
              <>
                <p>{intl.formatMessage({ id: 'documents.binderForm.confirmDelete' }, { name: binder.name })}</p>
                <Button variant="danger" onClick={() => void confirmDelete()} isBusy={removeState.loading}>
                  {intl.formatMessage({ id: 'documents.binderForm.deleteSubmit' })}
                </Button>
              </>
            ) : (
              <Button variant="ghost" icon="cross" onClick={() => setConfirmingDelete(true)}>
                {intl.formatMessage({ id: 'documents.binderForm.delete' })}
              </Button>
            )}
          </div>
        )}
      </form>
    </Dialog>
  );
}
