#!/usr/bin/env bash
# Installs a CJK font from Debian (WenQuanYi Zen Hei) when missing: the tests draw their PDF fixtures
# with it. Idempotent; prints the font file's path.
set -euo pipefail
FONT=/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc
if [ ! -f "$FONT" ]; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq >/dev/null
  $SUDO apt-get install -y -qq fonts-wqy-zenhei >/dev/null
fi
echo "$FONT"
