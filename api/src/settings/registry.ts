import { accountSettings, agencyInfoSettings, documentSettings, leasingSettings, photoSettings, portfolioSettings, requestSettings } from '../db/schema';
import type { Setting, ValuesOf } from './setting';

/**
 * Every agency setting, one slice per module in module order. A module adds its slice here once;
 * a switch inside a slice is one line in the module's schema file.
 */
export const SETTINGS = { ...portfolioSettings, ...leasingSettings, ...accountSettings, ...documentSettings, ...photoSettings, ...agencyInfoSettings, ...requestSettings };

export type SettingKey = keyof typeof SETTINGS;
export type AgencySettings = ValuesOf<typeof SETTINGS>;
/** Keys of the on/off switches: what a rule may name as its module switch. */
export type FlagKey = { [K in SettingKey]: AgencySettings[K] extends boolean ? K : never }[SettingKey];

const SETTING_LIST = Object.entries(SETTINGS as Record<string, Setting<unknown>>);

/** The stored values over the defaults; an unknown key is ignored and a bad value reads as the default. */
export function readSettings(stored: Record<string, unknown> | string | null | undefined): AgencySettings {
  const values = (typeof stored === 'string' ? JSON.parse(stored) : (stored ?? {})) as Record<string, unknown>;
  // A plain loop over a list built once: this runs for every signed-in request.
  const read: Record<string, unknown> = {};
  for (const [key, setting] of SETTING_LIST) read[key] = setting.accepts(values[key]) ? values[key] : setting.defaultValue;
  return read as AgencySettings;
}

export const DEFAULT_SETTINGS: AgencySettings = readSettings({});
