#!/usr/bin/env bash
# Checks that the build is reproducible: clones the current commit twice, into two different
# directories, builds each from clean (mvn -B package -DskipTests) and compares the SHA-256 of every
# jar the builds produce. Prints the hashes; exits 0 when every jar is byte-identical, 1 when one
# differs or is missing from one build (its name is printed), 2 on a usage or build failure.
#
# Usage: scripts/check-reproducible.sh [extra Maven arguments...]
# Only committed files are built (uncommitted changes are not in the clones). Dependencies come from
# the usual local Maven repository; nothing is installed or deployed.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
commit="$(git -C "$repo" rev-parse HEAD)"
work="$(mktemp -d "${TMPDIR:-/tmp}/rcp-reproducible.XXXXXX")"
trap 'rm -rf "$work"' EXIT

build() {
  local dir="$work/$1"
  git clone --quiet --no-checkout "$repo" "$dir"
  git -C "$dir" checkout --quiet "$commit"
  echo "building $commit in $dir" >&2
  if ! (cd "$dir" && mvn -B -q clean package -DskipTests "${@:2}" >"$work/$1.log" 2>&1); then
    echo "build $1 failed; its log:" >&2
    tail -50 "$work/$1.log" >&2
    exit 2
  fi
  (cd "$dir" && find . -path ./.git -prune -o -path '*/target/*.jar' -type f -print | sed 's|^\./||' | sort \
    | xargs sha256sum) >"$work/$1.sha256"
}

build first "$@"
build second "$@"

if [ ! -s "$work/first.sha256" ]; then
  echo "no jar was built" >&2
  exit 2
fi
cat "$work/first.sha256"
if diff -u "$work/first.sha256" "$work/second.sha256" >&2; then
  echo "reproducible: $(wc -l <"$work/first.sha256") jars byte-identical in two clean builds of $commit"
else
  echo "NOT reproducible: the jars above differ between two clean builds of $commit" >&2
  exit 1
fi
