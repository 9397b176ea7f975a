import { errorCodeOf, isModuleDisabled, isNetworkFailure } from './errors';

/**
 * The app-wide message for a failed operation, by the API's code (and FORBIDDEN's reason): one
 * place, so that every screen without a message of its own says the same thing.
 */
export function errorMessageIdOf(error: unknown): string {
  const code = errorCodeOf(error);
  if (code === 'NOT_FOUND') return 'app.error.notFound';
  // The agency switched the module off: not the viewer's rights, so not "you are not allowed".
  if (code === 'FORBIDDEN') return isModuleDisabled(error) ? 'app.error.moduleDisabled' : 'app.error.forbidden';
  return isNetworkFailure(error) ? 'app.error.network' : 'app.error.unexpected';
}
