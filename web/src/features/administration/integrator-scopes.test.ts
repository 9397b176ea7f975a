import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../app/i18n/messages';
import { INTEGRATOR_SCOPES } from './integrator-scopes';

const schema = fs.readFileSync(path.resolve(import.meta.dirname, '../../../../schema/schema.graphql'), 'utf8');

describe('the scopes offered for a new API token', () => {
  it("are exactly the API's IntegratorScope enum", () => {
    const body = /enum IntegratorScope \{([^}]*)\}/.exec(schema)?.[1] ?? '';
    const values = body
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => /^[A-Z_]+$/.test(line));
    expect(values.length).toBeGreaterThan(0);
    expect([...INTEGRATOR_SCOPES].sort()).toEqual(values.sort());
  });

  it('each have a French label and a description', () => {
    for (const scope of INTEGRATOR_SCOPES) {
      expect(MESSAGES.fr[`administration.scope.${scope}`], scope).toBeTruthy();
      expect(MESSAGES.fr[`administration.scope.${scope}.hint`], scope).toBeTruthy();
    }
  });
});
