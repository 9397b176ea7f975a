/**
 * One agency switch or choice, declared by the module that owns it with its default and the
 * manual's wording. Stored in `agency_settings.values` (jsonb): adding a switch is one line in the
 * module's settings slice, no migration; a missing or malformed stored value reads as the default.
 */
export interface Setting<T> {
  description: string;
  defaultValue: T;
  /** Whether a stored value is acceptable; anything else reads as the default. */
  accepts: (value: unknown) => value is T;
}

/** An on/off switch ("Activation du module", "Inactiver…"). */
export function flag(defaultValue: boolean, description: string): Setting<boolean> {
  return { description, defaultValue, accepts: (value): value is boolean => typeof value === 'boolean' };
}

/** A choice among named values (balance presentation). */
export function oneOf<const V extends string>(values: readonly V[], defaultValue: V, description: string): Setting<V> {
  return { description, defaultValue, accepts: (value): value is V => typeof value === 'string' && (values as readonly string[]).includes(value) };
}

export type SettingsSlice = Record<string, Setting<unknown>>;
export type ValuesOf<S extends SettingsSlice> = { [K in keyof S]: S[K] extends Setting<infer T> ? T : never };
