#!/usr/bin/env bash
# One command for a newcomer: installs what is needed and starts Palier (API + SPA, embedded
# PostgreSQL in ./.data, demo data on first start). Prints the address to open.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-tools.sh
pnpm install --frozen-lockfile
exec pnpm start
