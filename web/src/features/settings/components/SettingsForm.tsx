import { useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { fieldErrorsOf, isNetworkFailure } from '../../../app/errors';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import type { AgencySettingSection } from '../../../gql/graphql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Card } from '../../../ui/Card';
import { SelectField } from '../../../ui/SelectField';
import { Switch } from '../../../ui/Switch';
import styles from '../settings.module.css';

export const SettingsForm_settings = graphql(`
  fragment SettingsForm_settings on AgencySettings {
    entries {
      key
      section
      isEnabled
      choice
      choices
    }
  }
`);

const UpdateSettingsMutation = graphql(`
  mutation UpdateAgencySettings($input: AgencySettingsInput!) {
    updateAgencySettings(input: $input) {
      ...SettingsForm_settings
    }
  }
`);

/**
 * The manual's sections in the page's order ("Paramètres"). A record over the API's enum, so a
 * section added to the registry fails the build here until it has its place.
 */
const SECTION_ORDER: Record<AgencySettingSection, number> = {
  ACCOUNT: 1,
  AGENCY_CONTACT: 2,
  PROPERTIES: 3,
  EXPENSE_LIST: 4,
  WORKS_FUNDS: 5,
  PUBLICATION: 6,
  ACCESS_AUTOMATION: 7,
  DOCUMENTS: 8,
  INFORMATIONS: 9,
  NEWS_FEED: 10,
  REQUESTS: 11,
};
export const SECTIONS = (Object.keys(SECTION_ORDER) as AgencySettingSection[]).sort((a, b) => SECTION_ORDER[a] - SECTION_ORDER[b]);

type Value = boolean | string;

export type SettingsFormProps = { settings: FragmentType<typeof SettingsForm_settings> };

/**
 * Every setting the API lists (`entries`, derived from its registry), grouped by the manual's
 * sections: a switch per flag, a list per choice. Saving sends only what changed.
 */
export function SettingsForm({ settings }: SettingsFormProps) {
  const intl = useIntl();
  const { entries } = useFragment(SettingsForm_settings, settings);
  const [draft, setDraft] = useState<Record<string, Value>>({});
  const [status, setStatus] = useState<{ tone: 'success' | 'error' | 'info'; id: string } | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const [update, { loading }] = useMutation(UpdateSettingsMutation);

  const valueOf = (entry: (typeof entries)[number]): Value => draft[entry.key] ?? entry.isEnabled ?? entry.choice ?? '';
  const changed = Object.fromEntries(
    Object.entries(draft).filter(([key, value]) => {
      const entry = entries.find((candidate) => candidate.key === key);
      return entry && value !== (entry.isEnabled ?? entry.choice);
    }),
  );

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const show = (next: { tone: 'success' | 'error' | 'info'; id: string }) => {
      setStatus(next);
      requestAnimationFrame(() => statusRef.current?.focus());
    };
    if (Object.keys(changed).length === 0) return show({ tone: 'info', id: 'settings.page.unchanged' });
    try {
      // The keys are the API's own (entries); AgencySettings has no id to normalise on, so the
      // page's query is read again before the draft goes.
      await update({ variables: { input: changed }, refetchQueries: ['SettingsPage'], awaitRefetchQueries: true });
      setDraft({});
      show({ tone: 'success', id: 'settings.page.saved' });
    } catch (error) {
      const [fieldError] = fieldErrorsOf(error);
      show({ tone: 'error', id: fieldError ? `errors.${fieldError.reason}` : isNetworkFailure(error) ? 'app.error.network' : 'app.error.unexpected' });
    }
  };

  return (
    <form className={styles.settings} onSubmit={(event) => void submit(event)} noValidate>
      {SECTIONS.map((section) => {
        const rows = entries.filter((entry) => entry.section === section);
        if (rows.length === 0) return null;
        return (
          <Card key={section} title={intl.formatMessage({ id: `settings.section.${section}.title` })}>
            <p className={styles.intro}>{intl.formatMessage({ id: `settings.section.${section}.intro` })}</p>
            <div className={styles.rows}>
              {rows.map((entry) => {
                const label = intl.formatMessage({ id: `settings.setting.${entry.key}.label` });
                const help = intl.formatMessage({ id: `settings.setting.${entry.key}.help` });
                const value = valueOf(entry);
                if (entry.isEnabled !== null) {
                  return (
                    <Switch
                      key={entry.key}
                      label={label}
                      description={help}
                      isChecked={value === true}
                      onChange={(isChecked) => setDraft((current) => ({ ...current, [entry.key]: isChecked }))}
                    />
                  );
                }
                return (
                  <div key={entry.key}>
                    <SelectField
                      label={label}
                      name={entry.key}
                      value={String(value)}
                      options={entry.choices.map((choice) => ({ value: choice, label: intl.formatMessage({ id: `settings.choice.${entry.key}.${choice}` }) }))}
                      onChange={(choice) => setDraft((current) => ({ ...current, [entry.key]: choice }))}
                    />
                    <p className={styles.intro}>{help}</p>
                  </div>
                );
              })}
            </div>
          </Card>
        );
      })}
      <div className={styles.actions}>
        <Button type="submit" isBusy={loading}>
          {intl.formatMessage({ id: 'settings.page.save' })}
        </Button>
      </div>
      {status && (
        <Alert tone={status.tone} ref={statusRef}>
          {intl.formatMessage({ id: status.id })}
        </Alert>
      )}
    </form>
  );
}
