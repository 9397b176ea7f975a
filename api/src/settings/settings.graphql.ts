import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { SETTINGS, type AgencySettings, type SettingKey } from './registry';
import { SETTING_SECTIONS, type Setting, type SettingSection } from './setting';

/**
 * The GraphQL face of the settings registry, derived from it: one `AgencySettings` field and one
 * `AgencySettingsInput` field per setting (a switch is a Boolean, a choice an enum named after its
 * key), each described by the setting's own description. A module adds a switch to its slice and
 * it appears here, in the input and on the console's settings page (which draws `entries`).
 */

/** Keys of the choices (`oneOf`), each a GraphQL enum. */
export type ChoiceKey = { [K in SettingKey]: AgencySettings[K] extends boolean ? never : K }[SettingKey];

const pascalCase = (key: string) => key.charAt(0).toUpperCase() + key.slice(1);
const choiceEnums = new Map<string, Record<string, string>>();

function enumOf(key: string, setting: Setting<unknown>): Record<string, string> {
  const existing = choiceEnums.get(key);
  if (existing) return existing;
  const values = Object.fromEntries((setting.choices ?? []).map((value) => [value, value]));
  registerEnumType(values, { name: pascalCase(key), description: setting.description });
  choiceEnums.set(key, values);
  return values;
}

/** The GraphQL enum of a choice (`BalancePresentation` for `balancePresentation`), for the fields of other types that show it. */
export function settingEnum<K extends ChoiceKey>(key: K): { readonly [V in AgencySettings[K]]: V } {
  return enumOf(key, SETTINGS[key]) as { readonly [V in AgencySettings[K]]: V };
}

export const AgencySettingSection = Object.fromEntries(SETTING_SECTIONS.map((section) => [section, section])) as { readonly [S in SettingSection]: S };
registerEnumType(AgencySettingSection, {
  name: 'AgencySettingSection',
  description: 'The section of the manual\'s settings page ("Paramètres") a setting belongs to, in the page\'s order.',
});

@ObjectType({ description: 'One setting as the settings page draws it: its key (a field of AgencySettings), section, and current value.' })
export class AgencySettingEntry {
  @Field(() => String, { description: 'The field of AgencySettings and AgencySettingsInput.' }) key!: string;
  @Field(() => AgencySettingSection) section!: SettingSection;
  @Field(() => String, { description: "The setting's description (English; the page shows its own French wording)." }) description!: string;
  @Field(() => Boolean, { nullable: true, description: "A switch's value; null for a choice." }) isEnabled!: boolean | null;
  @Field(() => String, { nullable: true, description: "A choice's value; null for a switch." }) choice!: string | null;
  @Field(() => [String], { description: 'The values a choice may take; empty for a switch.' }) choices!: string[];
}

function settingType(key: string, setting: Setting<unknown>) {
  return setting.choices ? () => enumOf(key, setting) : () => Boolean;
}

/** The agency's settings: one field per setting of the registry, and `entries` for the page. */
export class AgencySettingsObject {
  entries!: AgencySettingEntry[];
}

/** A partial change: a field left out keeps its value. */
export class AgencySettingsInput {}

for (const [key, setting] of Object.entries(SETTINGS as Record<string, Setting<unknown>>)) {
  Field(settingType(key, setting), { description: setting.description })(AgencySettingsObject.prototype, key);
  Field(settingType(key, setting), { nullable: true, description: `${setting.description} Left out: unchanged.` })(AgencySettingsInput.prototype, key);
}
Field(() => [AgencySettingEntry], { description: "Every setting in the registry's order, with its section: what the settings page draws." })(
  AgencySettingsObject.prototype,
  'entries',
);
ObjectType('AgencySettings', { description: 'The agency\'s switches and choices (manual: "Paramètres"), derived from the settings registry.' })(AgencySettingsObject);
InputType('AgencySettingsInput', { description: 'A change of some settings; every field is optional and a field left out is unchanged.' })(AgencySettingsInput);

/** The settings as the API answers them: the values and the entries of the page. */
export function presentSettings(values: AgencySettings): AgencySettingsObject & AgencySettings {
  const entries = Object.entries(SETTINGS as Record<string, Setting<unknown>>).map(([key, setting]) => {
    const value = (values as Record<string, unknown>)[key];
    return {
      key,
      section: setting.section,
      description: setting.description,
      isEnabled: setting.choices ? null : (value as boolean),
      choice: setting.choices ? (value as string) : null,
      choices: [...(setting.choices ?? [])],
    };
  });
  return { ...values, entries };
}
