/** The feature's screens in the console. */
export const REGULARISATIONS_PATH = '/gestion/regularisations';
export const regularisationPath = (id: string) => `${REGULARISATIONS_PATH}/${encodeURIComponent(id)}`;
