#!/usr/bin/env bash
# Runs two builds of `ladder` over the same matrix of command lines and says how
# many give byte-identical results (stdout, stderr and exit code), listing the
# lines that differ. For refactorings that must not change behaviour:
#
#   cp target/release/ladder /tmp/ladder-before    # before the change
#   cargo build --release && benches/compare-outputs.sh /tmp/ladder-before target/release/ladder
#
# The matrix: every command × every format × widths 40, 80 and 120 × colour on
# and off, on the built-in ladder and on tests/fixtures/acme.yaml.
set -uo pipefail
old=$1
new=$2
root="$(cd "$(dirname "$0")/.." && pwd)"
acme="$root/tests/fixtures/acme.yaml"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The command lines for one ladder: its level ids come from `list --format json`.
lines() {
  local ladder=("$@")
  local ids
  ids=$("$old" "${ladder[@]}" list --format json | grep -o '"id": "[^"]*"' | cut -d'"' -f4)
  local first last
  first=$(head -1 <<<"$ids")
  last=$(tail -1 <<<"$ids")
  echo "list"
  echo "graph"
  echo "export"
  echo "skill"
  echo "search code"
  echo "search team lead"
  echo "validate"
  for id in $ids; do
    echo "show $id"
    echo "diff $first $id"
    echo "diff $id $last"
    echo "path $first $id"
    echo "path $id $first"
    echo "plan $first $id"
  done
  "$old" "${ladder[@]}" skill --format json | grep -o '"id": "[^"]*"' | cut -d'"' -f4 | sed 's/^/skill /'
  "$old" "${ladder[@]}" graph --format json | grep -o '"id": "[^"]*"' | head -2 | cut -d'"' -f4 | sed 's/^/list --track /'
}

same=0
differ=0
report="$work/report"
: >"$report"
run() {
  local bin=$1 out=$2
  shift 2
  "$bin" "$@" >"$out.out" 2>"$out.err" </dev/null
  echo $? >"$out.code"
}
compare() {
  run "$old" "$work/a" "$@"
  run "$new" "$work/b" "$@"
  if cmp -s "$work/a.out" "$work/b.out" && cmp -s "$work/a.err" "$work/b.err" && cmp -s "$work/a.code" "$work/b.code"; then
    same=$((same + 1))
  else
    differ=$((differ + 1))
    echo "COLUMNS=$COLUMNS ladder $*" >>"$report"
  fi
}

for ladder in builtin acme; do
  if [ "$ladder" = acme ]; then args=(--ladder "$acme"); else args=(); fi
  while read -r line; do
    read -ra words <<<"$line"
    for format in table json yaml markdown; do
      for width in 40 80 120; do
        for color in never always; do
          # Colour and width change only the table format.
          if [ "$format" != table ] && { [ "$width" != 80 ] || [ "$color" != never ]; }; then continue; fi
          COLUMNS=$width compare "${args[@]}" "${words[@]}" --format "$format" --color "$color"
        done
      done
    done
  done < <(lines "${args[@]}")
  for extra in "graph --format mermaid" "graph --format dot" "schema" "man" "completions bash" \
    "completions zsh" "completions fish" "show nope" "diff em nope" "list --format dot"; do
    read -ra words <<<"$extra"
    COLUMNS=80 compare "${args[@]}" "${words[@]}"
  done
done
for bad in "$root"/tests/fixtures/bad/*.yaml; do
  COLUMNS=80 compare validate "$bad"
  COLUMNS=80 compare validate "$bad" --format json
  COLUMNS=80 compare --ladder "$bad" list
done

echo "$same identical, $differ different"
if [ "$differ" -gt 0 ]; then
  echo "different:"
  cat "$report"
fi
