import { graphql } from '../../gql';

/** Who is signed in; every guard and redirect reads this one cached answer. */
export const SessionViewerQuery = graphql(`
  query SessionViewer {
    viewer {
      identifier
      displayName
      mustChangePassword
    }
  }
`);

/** What the sign-in page is told when a guard or the sign-out sends it there. */
export type SignInRedirectState = { from?: string; reason?: 'expired' | 'signedOut' | 'passwordReset' };
