#!/usr/bin/env bash
# Fails when schema/schema.graphql or the SPA's codegen output is stale.
set -euo pipefail
cd "$(dirname "$0")/.."
pnpm --silent schema:emit >/dev/null
pnpm --silent codegen >/dev/null
if [ -n "$(git status --porcelain -- schema web/src/gql web/src/app/api-errors.generated.ts)" ]; then
  echo "Generated files are stale: run 'pnpm schema:emit && pnpm codegen' and commit." >&2
  git status --short -- schema web/src/gql web/src/app/api-errors.generated.ts >&2
  git diff --stat -- schema web/src/gql >&2
  exit 1
fi
echo "schema/schema.graphql and web/src/gql are up to date."
