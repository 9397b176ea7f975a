#!/usr/bin/env bash
# Fails when schema/schema.graphql or a codegen output (SPA, API tests) is stale.
set -euo pipefail
cd "$(dirname "$0")/.."
pnpm --silent schema:emit >/dev/null
pnpm --silent codegen >/dev/null
GENERATED="schema web/src/gql web/src/app/api-errors.generated.ts api/src/test/gql"
if [ -n "$(git status --porcelain -- $GENERATED)" ]; then
  echo "Generated files are stale: run 'pnpm schema:emit && pnpm codegen' and commit." >&2
  git status --short -- $GENERATED >&2
  git diff --stat -- $GENERATED >&2
  exit 1
fi
echo "schema/schema.graphql, the web's error list, web/src/gql and api/src/test/gql are up to date."
