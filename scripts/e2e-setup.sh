#!/usr/bin/env bash
# Installs what the real-editor tests need, idempotently, outside the project's dependencies:
# Debian's Chromium, and code-server (a real VS Code workbench, from the npm registry) in a cache.
set -euo pipefail
CODE_SERVER_VERSION=4.99.4
CACHE=${PLANLINT_E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/planlint-e2e}
HERE="$(cd "$(dirname "$0")" && pwd)"
SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"

bash "$HERE/ensure-chromium.sh"

need=""
[ -f /usr/include/gssapi/gssapi.h ] || need="$need libkrb5-dev"
command -v rg >/dev/null || need="$need ripgrep"
if [ -n "$need" ]; then
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $need >/dev/null
fi

if [ -x "$CACHE/node_modules/.bin/code-server" ] && [ "$(cat "$CACHE/.version" 2>/dev/null)" = "$CODE_SERVER_VERSION" ]; then
  echo "code-server $CODE_SERVER_VERSION is in $CACHE"
  exit 0
fi
mkdir -p "$CACHE"
# @vscode/ripgrep downloads rg in its post-install unless it finds it in its cache: give it Debian's.
RG_CACHE="${TMPDIR:-/tmp}/vscode-ripgrep-cache-1.15.11"
mkdir -p "$RG_CACHE"
if [ ! -f "$RG_CACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" ]; then
  tmp=$(mktemp -d); cp "$(command -v rg)" "$tmp/rg"
  tar -C "$tmp" -czf "$RG_CACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" rg
  rm -rf "$tmp"
fi
[ -f "$CACHE/package.json" ] || echo '{ "name": "planlint-e2e-cache", "private": true }' > "$CACHE/package.json"
echo "installing code-server $CODE_SERVER_VERSION into $CACHE (about a minute with a warm npm cache)"
( cd "$CACHE" && npm_config_unsafe_perm=true npm_config_yes=true npm install --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION" )
echo "$CODE_SERVER_VERSION" > "$CACHE/.version"
"$CACHE/node_modules/.bin/code-server" --version
