#!/usr/bin/env bash
# The browser tests drive Debian's chromium. `npm test` runs this first so a fresh machine needs no
# other set-up step: it installs chromium with apt when it is missing and we may (root, apt present).
set -euo pipefail
[ -x /usr/bin/chromium ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests…" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
else
  echo "The browser tests need /usr/bin/chromium: run 'sudo apt-get install -y chromium' first." >&2
  exit 1
fi
