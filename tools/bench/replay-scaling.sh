#!/usr/bin/env bash
# Whole-pipeline replay throughput and how its cost grows with history (issue 9), as paired runs of one command:
#   N    = the BBC control set (2,224 articles);
#   2N   = the same set plus a copy of it filed an hour later under other outlets (each copy carries one more line, so
#          it is a new article that joins the first one's developments rather than a duplicate skipped at once).
# Runs each ROUNDS times alternately (default 3) with words-only grouping, prints every run, the medians, articles/s
# and the 2N/N ratio; then one run of N with the MiniLM embedding, whose extra time per embedded text is the model's own.
# Usage: tools/bench/replay-scaling.sh [SHARED] [ROUNDS]      (SHARED defaults to ../shared)
set -euo pipefail
cd "$(dirname "$0")/../.."
shared="${1:-../shared}"
rounds="${2:-3}"
bbc="$shared/corpus/bbc"
[ -d "$bbc" ] || { echo "no BBC corpus at $bbc" >&2; exit 2; }
dotnet build src/AlertBot -c Release -v quiet -nologo >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
bot() { dotnet src/AlertBot/bin/Release/net10.0/AlertBot.dll "$@"; }

# The outlet of an inbox file is its first folder: "desk-a/business/001.txt" is desk-a's.
mkdir -p "$work/n" "$work/2n"
cp -r "$bbc" "$work/n/desk-a"
cp -r "$bbc" "$work/2n/desk-a"
cp -r "$bbc" "$work/2n/desk-b"
find "$work/2n/desk-b" -type f -name '*.txt' -exec sh -c 'printf "\nFiled again by a second desk.\n" >> "$1"; touch -d "$(date -u -r "$1" "+%Y-%m-%d %H:%M:%S") +1 hour" "$1"' _ {} \;

articles() { grep -o 'replay: [0-9]* articles' "$1" | grep -o '[0-9]*'; }
seconds() { grep -o 'articles in [0-9.]* s' "$1" | grep -o '[0-9.]*'; }
cpu() { grep -o '(cpu [0-9.]* s)' "$1" | grep -o '[0-9.]*'; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

: > "$work/n.times"; : > "$work/2n.times"; : > "$work/n.cpu"; : > "$work/2n.cpu"
for r in $(seq "$rounds"); do
  for set in n 2n; do
    bot replay "$work/$set" --report "$work/$set.json" --top 0 --Alerts:Embeddings=None > "$work/$set.out" 2>/dev/null
    s="$(seconds "$work/$set.out")"; echo "$s" >> "$work/$set.times"
    c="$(cpu "$work/$set.out")"; echo "$c" >> "$work/$set.cpu"
    echo "round $r, $set: $(articles "$work/$set.out") articles in $s s, $c s of processor time"
  done
done
n_articles="$(articles "$work/n.out")"; n2_articles="$(articles "$work/2n.out")"
n_s="$(median < "$work/n.times")"; n2_s="$(median < "$work/2n.times")"
n_c="$(median < "$work/n.cpu")"; n2_c="$(median < "$work/2n.cpu")"
awk -v a="$n_articles" -v s="$n_s" -v a2="$n2_articles" -v s2="$n2_s" -v c="$n_c" -v c2="$n2_c" 'BEGIN {
  printf "median N: %d articles in %.2f s = %.0f articles/s; %.2f s of processor time = %.0f articles per core-second\n", a, s, a / s, c, a / c;
  printf "median 2N: %d articles in %.2f s = %.0f articles/s; %.2f s of processor time = %.0f articles per core-second\n", a2, s2, a2 / s2, c2, a2 / c2;
  printf "2N/N cost ratio: %.2f wall, %.2f processor time\n", s2 / s, c2 / c }'

bot replay "$work/n" --report "$work/emb.json" --top 0 > "$work/emb.out" 2>/dev/null
e_s="$(seconds "$work/emb.out")"
awk -v a="$n_articles" -v s="$n_s" -v e="$e_s" 'BEGIN {
  printf "N with the MiniLM embedding: %.2f s; the embedding adds %.1f ms per article (one title + lead text each)\n", e, 1000 * (e - s) / a }'
