#!/bin/sh
# Runs one of the README's walkthroughs exactly as written: the sh block after its marker line in README.md,
# with `sh -eu` from the repository root, against a suite already running (deploy/local/run.sh). Fails when the
# block is missing or when it fails (it stops at the first unexpected status). deploy/http/run.sh runs each in
# CI, twice on one stack.
#   deploy/http/walkthrough.sh                  "A partner authority's monthly report" (<!-- walkthrough: ... -->)
#   deploy/http/walkthrough.sh board-meeting    "A Board meeting cycle" (<!-- walkthrough board-meeting: ... -->)
#   deploy/http/walkthrough.sh [NAME] --print   print the block only
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
name= print=false
for arg in "$@"; do
  case $arg in
    --print) print=true ;;
    board-meeting) name=$arg ;;
    *) echo "usage: deploy/http/walkthrough.sh [board-meeting] [--print]" >&2; exit 2 ;;
  esac
done
marker="<!-- walkthrough${name:+ $name}:"
block=$(awk -v marker="$marker" '
  index($0, marker) == 1 { marked = 1; next }
  marked == 1 { if ($0 != "```sh") { print "README.md: the " marker " marker is not followed by a ```sh fence" > "/dev/stderr"; bad = 1; exit 2 }
                marked = 2; next }
  marked == 2 { if ($0 == "```") { closed = 1; exit } print }
  END { if (!closed && !bad) { print "README.md has no closed sh block after a " marker " ... --> marker" > "/dev/stderr"; exit 2 } }
' README.md)
if $print; then
  printf '%s\n' "$block"
  exit 0
fi
# from a file, not a pipe: a command in the block must not read the rest of the block as its input
script=${TMPDIR:-/tmp}/readme-walkthrough.$$.sh
trap 'rm -f "$script"' EXIT
printf '%s\n' "$block" >"$script"
echo "README walkthrough${name:+ $name}: $(wc -l <"$script" | tr -d ' ') lines, run with sh -eu"
sh -eu "$script"
