#!/usr/bin/env bash
# Fails when schema/schema.graphql or a codegen output (SPA, API tests) is stale.
set -euo pipefail
cd "$(dirname "$0")/.."
pnpm --silent schema:emit >/dev/null
pnpm --silent codegen >/dev/null
if [ -n "$(git status --porcelain -- schema web/src/gql api/src/test/gql)" ]; then
  echo "Generated files are stale: run 'pnpm schema:emit && pnpm codegen' and commit." >&2
  git status --short -- schema web/src/gql api/src/test/gql >&2
  git diff --stat -- schema web/src/gql api/src/test/gql >&2
  exit 1
fi
echo "schema/schema.graphql, web/src/gql and api/src/test/gql are up to date."
