/**
 * The sections of the manual's settings page ("Utilitaires / Configuration / Paramètres"), in its
 * order: the console's settings page groups the switches under these headings.
 */
export const SETTING_SECTIONS = [
  'ACCOUNT',
  'AGENCY_CONTACT',
  'PROPERTIES',
  'EXPENSE_LIST',
  'WORKS_FUNDS',
  'PUBLICATION',
  'ACCESS_AUTOMATION',
  'DOCUMENTS',
  'INFORMATIONS',
  'NEWS_FEED',
  'REQUESTS',
] as const;
export type SettingSection = (typeof SETTING_SECTIONS)[number];

/**
 * One agency switch or choice, declared by the module that owns it with its default and the
 * manual's wording. Stored in `agency_settings.values` (jsonb): adding a switch is one line in the
 * module's settings slice, no migration; a missing or malformed stored value reads as the default.
 * The GraphQL `AgencySettings` type, its input and the console's settings page derive from it.
 */
export interface Setting<T> {
  /** The manual's wording, in English: the GraphQL field's description. */
  description: string;
  defaultValue: T;
  /** Where the settings page shows it. */
  section: SettingSection;
  /** The values of a choice (`oneOf`); absent for a switch. */
  choices?: readonly string[];
  /** Whether a stored value is acceptable; anything else reads as the default. */
  accepts: (value: unknown) => value is T;
}

/** An on/off switch ("Activation du module", "Inactiver…"). */
export function flag(defaultValue: boolean, description: string, section: SettingSection): Setting<boolean> {
  return { description, defaultValue, section, accepts: (value): value is boolean => typeof value === 'boolean' };
}

/** A choice among named values (balance presentation): a GraphQL enum. */
export function oneOf<const V extends string>(values: readonly V[], defaultValue: V, description: string, section: SettingSection): Setting<V> {
  return { description, defaultValue, section, choices: values, accepts: (value): value is V => typeof value === 'string' && (values as readonly string[]).includes(value) };
}

export type SettingsSlice = Record<string, Setting<unknown>>;
export type ValuesOf<S extends SettingsSlice> = { [K in keyof S]: S[K] extends Setting<infer T> ? T : never };
