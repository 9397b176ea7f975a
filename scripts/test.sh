#!/usr/bin/env bash
# One command for every test: installs what is needed (pnpm, dependencies, Debian's chromium
# for the browser tests) and runs typecheck, API tests (PGlite, and PostgreSQL when
# TEST_DATABASE_URL is set), web unit tests and Playwright browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-tools.sh
pnpm install --frozen-lockfile
if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Debian's chromium for the browser tests…"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq chromium >/dev/null
fi
pnpm test
