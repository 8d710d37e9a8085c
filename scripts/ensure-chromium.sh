#!/usr/bin/env bash
# Browser tests drive Debian's Chromium at /usr/bin/chromium (Playwright cannot download
# its own browser here). Install it when missing, as a fresh machine or CI needs.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
echo "Chromium is missing at /usr/bin/chromium: installing Debian's chromium package…" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "Run as root or install it yourself: apt-get install -y chromium" >&2; exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq chromium >/dev/null
/usr/bin/chromium --version 2>/dev/null | tail -n 1 >&2
