#!/usr/bin/env bash
# Makes sure Debian's Chromium is there for the Playwright tests (npx playwright install cannot work here).
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
	echo "Chromium not found at $CHROMIUM: installing Debian's chromium package (apt-get)…" >&2
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
	exit 0
fi
cat >&2 <<MSG
The end-to-end tests need Chromium at $CHROMIUM and it is missing.
Install it as root with:   apt-get update && apt-get install -y chromium
or point CHROMIUM_PATH at an existing Chromium/Chrome binary, then run npm test again.
MSG
exit 1
