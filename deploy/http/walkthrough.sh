#!/bin/sh
# Runs the README's walkthrough ("A partner authority's monthly report, step by step") exactly as written:
# the sh block after the line "<!-- walkthrough: ... -->" in README.md, with `sh -eu` from the repository
# root, against a suite already running (deploy/local/run.sh). Fails when the block is missing or when it
# fails (it stops at the first unexpected status). deploy/http/run.sh runs it in CI, twice on one stack.
#   deploy/http/walkthrough.sh           run it
#   deploy/http/walkthrough.sh --print   print the block only
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
block=$(awk '
  /^<!-- walkthrough:/ { marked = 1; next }
  marked == 1 { if ($0 != "```sh") { print "README.md: the walkthrough marker is not followed by a ```sh fence" > "/dev/stderr"; bad = 1; exit 2 }
                marked = 2; next }
  marked == 2 { if ($0 == "```") { closed = 1; exit } print }
  END { if (!closed && !bad) { print "README.md has no closed sh block after a <!-- walkthrough: ... --> marker" > "/dev/stderr"; exit 2 } }
' README.md)
case "${1:-}" in
  --print) printf '%s\n' "$block"; exit 0 ;;
  "") ;;
  *) echo "usage: deploy/http/walkthrough.sh [--print]" >&2; exit 2 ;;
esac
# from a file, not a pipe: a command in the block must not read the rest of the block as its input
script=${TMPDIR:-/tmp}/readme-walkthrough.$$.sh
trap 'rm -f "$script"' EXIT
printf '%s\n' "$block" >"$script"
echo "README walkthrough: $(wc -l <"$script" | tr -d ' ') lines, run with sh -eu"
sh -eu "$script"
