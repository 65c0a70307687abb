#!/usr/bin/env bash
# Installs the editors the editor tests drive (test/editors/): Debian's Neovim (0.7 on Debian 12) and
# Emacs without X with eglot (the elpa-eglot package: Emacs 28 has no eglot built in). Idempotent.
set -euo pipefail
if command -v nvim >/dev/null && command -v emacs >/dev/null &&
  emacs --batch --eval '(progn (package-initialize) (require (quote eglot)))' >/dev/null 2>&1; then
  exit 0
fi
SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends neovim emacs-nox elpa-eglot >/dev/null
nvim --version | head -1
emacs --version | head -1
