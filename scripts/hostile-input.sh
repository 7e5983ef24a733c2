#!/bin/sh
# The large hostile inputs, against a built unspin, with a table of what
# happened (exit status, peak RSS, time). Fails when a case does not get its
# expected answer or memory is not bounded.
#
#   scripts/hostile-input.sh [UNSPIN]     (default build/unspin)
#
# Cases: a 200 MB single line; a 1 GB stream (peak RSS must stay under
# 150 MB); a 50 MB JSONL record (an error record by default, by the document
# limit; restored when the limit is raised); a rule file of a million rules
# (refused by default by the rule-file limit; loaded when it is raised); a
# 1 MB line inside one quotation, and one with spun phrases across the chunk
# cuts (streamed as restored whole); rule files that include /dev/zero, a
# FIFO, a directory or a 6,000-file chain, a pattern broken on its own, and
# a forged validation-cache line (each refused, promptly). Streams
# (refused by default by the rule-file limit; loaded when it is raised); the
# inputs whose cost used to grow faster than their size (a JSONL record of
# 320,000 keys, HTML nested 55,000 deep, a tag of 80,000 or 300,000
# attributes, 690 KB of formatting tags, a spintax set of 4,000 items), each
# refused with an error (record) naming its limit; and pages, records and
# thesauri just within those limits at two sizes, whose times must grow no
# faster than the size (linear cost). Streams
# are generated and checked through pipes and checksums: the run needs about
# 300 MB of disk, not gigabytes. Then the file cases (see below): --in-place
# on links, FIFOs, names given twice and concurrent runs; --diff names; an
# input that is the output; a rules cache that is a FIFO or /dev/zero.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
unspin=${1:-$here/build/unspin}
case $unspin in  # the file cases run in their own directory
  /*) ;;
  */*) unspin=$(pwd)/$unspin ;;
  *) unspin=$(command -v "$unspin") ;;
esac
python=$(command -v python3)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
max_rss_kb=153600  # 150 MB

# gen.py KIND MB [expected]: a generated input, or what restoring it gives.
cat >"$tmp/gen.py" <<'PY'
import sys
kind, mb = sys.argv[1], float(sys.argv[2])
expected = len(sys.argv) > 3
out = sys.stdout.buffer
spun = b"North Korea referred to as for talks as the ruling celebration's plenary assembly met. "
fixed = b"North Korea called for talks as the ruling party's plenary meeting met. "
clean = b"The committee met on Tuesday and agreed a budget for the coming year after a debate. "
piece = (fixed if expected else spun) + clean
# Sizes count the spun input's bytes, so the expected output has as many
# pieces as the input.
step = len(spun + clean)
target, written = int(mb * (1 << 20)), 0
if kind == "line":      # one line, a newline only at the end
    while written < target:
        out.write(piece); written += step
    out.write(b"\n")
elif kind == "stream":  # paragraphs
    para = piece * 4 + b"\n\n"
    while written < target:
        out.write(para); written += 4 * step + 2
elif kind == "jsonl":   # one record with a huge text field, then a small one
    out.write(b'{"id":1,"text":"')
    while written < target:
        out.write(piece); written += step
    out.write(b'"}\n{"id":2,"text":"' + (fixed if expected else spun) + b'"}\n')
elif kind == "rules":   # a million rules
    for i in range(1000000):
        out.write(b"rule r%d\n  spun: zq%d word\n  restore: restored\n"
                  b"  example: a zq%d word. => a restored.\n" % (i, i, i))
elif kind == "keys":    # 320,000 keys (5 MB), then a small record
    out.write(b"{" + b"".join(b'"k%d":%d,' % (i, i) for i in range(320000)) +
              b'"text":"' + spun + b'"}\n{"id":2,"text":"' + spun + b'"}\n')
elif kind == "keys-ok":  # MB records of 60,000 keys each (within the limit)
    record = b"{" + b"".join(b'"k%d":%d,' % (i, i) for i in range(60000)) + \
        b'"text":"' + spun + b'"}\n'
    for _ in range(max(1, target // len(record))):
        out.write(record)
elif kind == "nest":    # JSONL: a page, <p> and 55,000 <span>, between two small ones
    page = b'{"html":"<p>' + spun + b'</p>"}\n'
    out.write(page + b'{"html":"<p>' + b"<span>" * 55000 + spun + b'"}\n' + page)
elif kind.startswith("attrs"):  # one tag with N attributes
    count = int(kind[5:])
    out.write(b"<p><span " + b" ".join(b"a%d=1" % i for i in range(count)) + b">" + spun +
              b"</span></p>\n")
elif kind == "formatting":  # 690 KB of nested formatting tags
    out.write(b"<p>" + b"<b><i><u>" * (690000 // 9) + spun + b"\n")
elif kind == "wide":    # MB of blocks nested 500 deep, tags of 250 attributes
    attrs = b" ".join(b"a%d=1" % i for i in range(250))
    block = (b"<div>" + b"<span>" * 500 + spun + b"</span>" * 500 + b"<p " + attrs + b">" +
             clean + b"</p></div>\n")
    out.write(block * max(1, target // len(block)))
elif kind == "spintax":  # one line of 4,000 items
    out.write(b"{" + b"|".join(b"w%d" % i for i in range(4000)) + b"}\n")
elif kind == "spintax-ok":  # MB of lines of 50-item sets (within the limit)
    line = b"{" + b"|".join(b"w%d" % i for i in range(50)) + b"}\n"
    for n in range(max(1, target // len(line))):
        out.write(line.replace(b"w", b"w%dx" % n))
PY
gen() { "$python" "$tmp/gen.py" "$@"; }

# run NAME WANT_EXIT MAX_RSS_KB COMMAND: times COMMAND (a shell command line),
# records its peak RSS, prints a row, counts failures.
run() {
  name=$1 want=$2 rss_limit=$3 command=$4
  start=$(date +%s.%N)
  set +e
  /usr/bin/time -f "%M" -o "$tmp/rss" sh -c "$command"
  status=$?
  set -e
  end=$(date +%s.%N)
  rss=$(tail -n 1 "$tmp/rss")
  echo "$end - $start" | bc >"$tmp/time"
  verdict=ok
  [ "$status" -eq "$want" ] || verdict="FAIL: exit $status, want $want"
  [ "$rss" -le "$rss_limit" ] || verdict="FAIL: peak RSS over $((rss_limit / 1024)) MB"
  printf '| %-46s | %s | %5d MB | %6.1f s | %s |\n' "$name" "$status" $((rss / 1024)) \
    "$(echo "$end - $start" | bc)" "$verdict"
  [ "$verdict" = ok ] || failures=$((failures + 1))
}

check() {  # check DESCRIPTION COMMAND: a follow-up assertion
  if sh -c "$2"; then echo "|   $1 | | | | ok |"; else
    echo "|   $1 | | | | FAIL |"; failures=$((failures + 1)); fi
}

# check_records DESCRIPTION FILE CONDITION: CONDITION, a Python expression
# over r (the JSON records of FILE), holds.
check_records() {
  check "$1" "'$python' -c \"import json,sys; r=[json.loads(l) for l in open('$2')]; \
sys.exit(not ($3))\""
}

echo "$("$unspin" --version); peak RSS includes the generator (a few MB)"
echo "| case | exit | peak RSS | time | result |"
echo "| --- | --- | --- | --- | --- |"

gen line 200 >"$tmp/line.txt"
gen line 200 expected | sha256sum >"$tmp/line.want"
run "200 MB single line, plain text (streamed)" 0 "$max_rss_kb" \
  "'$unspin' --spell=off '$tmp/line.txt' | sha256sum >'$tmp/line.got'"
check "output is the input with the spun phrases restored" "cmp -s '$tmp/line.want' '$tmp/line.got'"
run "200 MB single line, --json (over --max-doc-bytes)" 2 "$max_rss_kb" \
  "'$unspin' --json --spell=off '$tmp/line.txt' >/dev/null 2>'$tmp/err'"
check "the error names --max-doc-bytes" "grep -q 'larger than --max-doc-bytes' '$tmp/err'"
rm -f "$tmp/line.txt"

gen stream 1024 expected | sha256sum >"$tmp/stream.want"
run "1 GB stream, stdin to stdout" 0 "$max_rss_kb" \
  "'$python' '$tmp/gen.py' stream 1024 | '$unspin' --spell=off | sha256sum >'$tmp/stream.got'"
check "output is the input with the spun phrases restored" \
  "cmp -s '$tmp/stream.want' '$tmp/stream.got'"

run "50 MB JSONL record, default --max-doc-bytes" 0 "$max_rss_kb" \
  "'$python' '$tmp/gen.py' jsonl 50 | '$unspin' --jsonl --spell=off >'$tmp/jsonl.got' 2>/dev/null"
check "an error record for it, the next record restored" \
  "'$python' -c \"import json,sys; r=[json.loads(l) for l in open('$tmp/jsonl.got')]; \
sys.exit(not (len(r)==2 and 'max-doc-bytes' in r[0]['unspin']['error'] \
and 'called for' in r[1]['text']))\""
# The decision stage holds a decision per candidate while a document is
# decided (this record has some 900,000), and the report is some 550 bytes
# an edit, written straight into the output line: measured 1.35 GB peak
# (2.04 GB when the report was built apart and copied into the line).
run "50 MB JSONL record, --max-doc-bytes 60000000" 0 $((1600 * 1024)) \
  "'$python' '$tmp/gen.py' jsonl 50 | '$unspin' --jsonl --spell=off --max-doc-bytes 60000000 \
>'$tmp/jsonl.got' 2>/dev/null"
check "both records restored, in order" \
  "'$python' -c \"import json,sys; r=[json.loads(l) for l in open('$tmp/jsonl.got')]; \
sys.exit(not (len(r)==2 and r[0]['id']==1 and r[1]['id']==2 and 'called for' in r[1]['text'] \
and 'celebration' not in r[0]['text']))\""

gen rules 0 >"$tmp/million.rules"
echo "North zq77 word and zq999999 word." >"$tmp/m.txt"
run "1,000,000 rules (97 MB), default limit" 2 "$max_rss_kb" \
  "'$unspin' --spell=off --rules '$tmp/million.rules' '$tmp/m.txt' 2>'$tmp/err'"
check "the error names --max-rule-file-bytes" "grep -q 'max-rule-file-bytes' '$tmp/err'"
run "1,000,000 rules, --max-rule-file-bytes 200000000" 0 $((4096 * 1024)) \
  "'$unspin' --spell=off --max-rule-file-bytes 200000000 --rules '$tmp/million.rules' \
'$tmp/m.txt' >'$tmp/m.out'"
check "both rules applied" "grep -qx 'North restored and restored.' '$tmp/m.out'"

# Long lines: plain text is streamed in 128 KiB chunks, --in-place reads the
# file whole; the two must agree.
"$python" - "$tmp" <<'PY'
import sys
tmp = sys.argv[1]
spun = "North Korea referred to as for talks as the ruling celebration's plenary assembly met. "
with open(tmp + "/quoted.txt", "w") as f:  # one quotation, never closed
    f.write("\u201C" + spun * 12000 + "\n")
with open(tmp + "/cuts.txt", "w") as f:     # no sentence ends: cuts fall inside phrases
    f.write((spun.replace(". ", ", ") + "a spy satellite tv for pc, ") * 9000 + "\n")
PY
# (Not $name: run() sets it.)
for line in quoted cuts; do
  cp "$tmp/$line.txt" "$tmp/$line.whole"
  run "1 MB single line ($line), streamed" 0 "$max_rss_kb" \
    "'$unspin' --spell=off '$tmp/$line.txt' >'$tmp/$line.got'"
  "$unspin" --spell=off --in-place=.orig "$tmp/$line.whole" 2>/dev/null || true
  check "streamed output is the whole-document output" "cmp -s '$tmp/$line.got' '$tmp/$line.whole'"
done
check "nothing inside the quotation changed" "cmp -s '$tmp/quoted.got' '$tmp/quoted.txt'"

# Rule loading.
rule='rule said.mentioned
  spun: mentioned
  restore: said'
echo "it mentioned that" >"$tmp/said.txt"
printf 'include /dev/zero\n%s\n' "$rule" >"$tmp/zero.rules"
run "rule file including /dev/zero" 2 "$max_rss_kb" \
  "'$unspin' --spell=off --rules '$tmp/zero.rules' '$tmp/said.txt' 2>'$tmp/err'"
check "the error says it is not a regular file" "grep -q 'not a regular file' '$tmp/err'"
mkfifo "$tmp/fifo.rules"
printf 'include fifo.rules\n%s\n' "$rule" >"$tmp/fifo-main.rules"
run "rule file including a FIFO (no writer)" 2 "$max_rss_kb" \
  "timeout 60 '$unspin' --spell=off --rules '$tmp/fifo-main.rules' '$tmp/said.txt' 2>'$tmp/err'"
check "the error says it is not a regular file" "grep -q 'not a regular file' '$tmp/err'"
mkdir "$tmp/ruledir"
printf 'include ruledir\n%s\n' "$rule" >"$tmp/dir-main.rules"
run "rule file including a directory" 2 "$max_rss_kb" \
  "'$unspin' --spell=off --rules '$tmp/dir-main.rules' '$tmp/said.txt' 2>'$tmp/err'"
check "the error says it is a directory" "grep -q 'it is a directory' '$tmp/err'"
mkdir "$tmp/chain"
i=0
while [ "$i" -lt 6000 ]; do
  echo "include r$((i + 1)).rules" >"$tmp/chain/r$i.rules"
  i=$((i + 1))
done
echo "$rule" >"$tmp/chain/r6000.rules"
run "include chain of 6,000 files" 2 "$max_rss_kb" \
  "'$unspin' --spell=off --rules '$tmp/chain/r0.rules' '$tmp/said.txt' 2>'$tmp/err'"
check "the error names the depth limit" "grep -q 'nested more than 64 files deep' '$tmp/err'"
rm -rf "$tmp/chain"
printf '%s\n  after: x)|(?:.*\n' "$rule" >"$tmp/wrapped.rules"
run "pattern broken alone, balanced by wrapping" 2 "$max_rss_kb" \
  "UNSPIN_CACHE_DIR= '$unspin' --spell=off --rules '$tmp/wrapped.rules' '$tmp/said.txt' 2>'$tmp/err'"
check "the error names the pattern's line" "grep -q 'wrapped.rules:4: bad pattern' '$tmp/err'"
# A cache line anyone could compute (the unkeyed fingerprint of old).
printf '%s\n  after: (?=that)\n' "$rule" >"$tmp/lookahead.rules"
mkdir "$tmp/cache"
"$python" - "$tmp" "$("$unspin" --version | cut -d' ' -f2)" <<'PY'
import os, sys
tmp, version = sys.argv[1], sys.argv[2]
path = os.path.realpath(tmp + "/lookahead.rules")
data = open(path, "rb").read()
h = 0xcbf29ce484222325
for piece in [b"unspin-validated-rules/1", version.encode(), path.encode(),
              str(len(data)).encode(), data]:
    for c in piece:
        h = ((h ^ c) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    h = ((h ^ 0xff) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
open(tmp + "/cache/validated-rules", "w").write("%016x\n" % h)
PY
run "validation cache with a forged line" 2 "$max_rss_kb" \
  "UNSPIN_CACHE_DIR='$tmp/cache' '$unspin' --spell=off --rules '$tmp/lookahead.rules' \
'$tmp/said.txt' 2>'$tmp/err'"
check "the look-ahead is refused all the same" "grep -q 'invalid perl operator' '$tmp/err'"
# Files around unspin: --in-place on a link, a FIFO, a file named twice, two
# runs at once; --diff of a name that carries a header; an input that is the
# output; a rules cache that is a FIFO or a link to /dev/zero. timeout and
# ulimit bound the cases that used to hang or grow without end.
f=$tmp/files
mkdir "$f"
spun="The ruling celebration referred to as for a spy satellite tv for pc."
printf '%s\n' "$spun" >"$f/spun.txt"
"$unspin" --spell=off "$f/spun.txt" >"$f/restored.txt"

cp "$f/spun.txt" "$f/target.txt" && ln -s target.txt "$f/link.txt"
run "--in-place on a symbolic link (refused)" 2 "$max_rss_kb" \
  "cd '$f' && '$unspin' --spell=off --in-place link.txt 2>'$tmp/err'"
check "link kept, target untouched, --follow-symlinks named" \
  "[ -L '$f/link.txt' ] && cmp -s '$f/spun.txt' '$f/target.txt' && grep -q follow-symlinks '$tmp/err'"
mkfifo "$f/fifo"
run "--in-place on a FIFO (refused, no wait)" 2 "$max_rss_kb" \
  "cd '$f' && timeout 20 '$unspin' --spell=off --in-place fifo 2>'$tmp/err'"
check "the error says it is a FIFO" "grep -q 'is a FIFO' '$tmp/err'"
# Two passes over this find edits both times: a second pass would rewrite.
printf '%s\n' "The ruling celebration launched a spy satellite tv for pc tv for pc." >"$f/n.spun"
cp "$f/n.spun" "$f/n.txt" && "$unspin" --spell=off "$f/n.spun" >"$f/n.restored"
run "--in-place=.orig n.txt n.txt ./n.txt" 0 "$max_rss_kb" \
  "cd '$f' && '$unspin' --spell=off --in-place=.orig n.txt n.txt ./n.txt"
check "the backup is the original, the file restored once" \
  "cmp -s '$f/n.spun' '$f/n.txt.orig' && cmp -s '$f/n.restored' '$f/n.txt'"
"$python" -c "import sys; sys.stdout.write(open('$f/spun.txt').read() * 2000)" >"$f/c.txt"
cp "$f/c.txt" "$f/c.spun"
run "three concurrent --in-place=.orig runs" 0 "$max_rss_kb" \
  "cd '$f'; u='$unspin --spell=off --in-place=.orig c.txt'; \$u & a=\$!; \$u & b=\$!; \$u & c=\$!; \
wait \$a && wait \$b && wait \$c"
check "the backup is the original" "cmp -s '$f/c.spun' '$f/c.txt.orig'"
evil=$(printf 'evil\n+++ other.txt')
cp "$f/spun.txt" "$f/$evil" && cp "$f/spun.txt" "$f/other.txt"
run "--diff of a file named 'evil\\n+++ other.txt'" 1 "$max_rss_kb" \
  "cd '$f' && '$unspin' --spell=off --diff \"\$(printf 'evil\\n+++ other.txt')\" >'$f/evil.diff'"
check "patch -p0 patches that file, not other.txt" \
  "cd '$f' && patch -s -p0 <evil.diff && cmp -s spun.txt other.txt && cmp -s restored.txt \"\$(printf 'evil\\n+++ other.txt')\""
cp "$f/spun.txt" "$f/self.txt"
run "unspin f >> f (input is output)" 2 "$max_rss_kb" \
  "cd '$f' && ulimit -f 20000 && timeout 20 '$unspin' --spell=off self.txt >>self.txt 2>'$tmp/err'"
check "refused, the file unchanged" \
  "grep -q 'input file is output file' '$tmp/err' && cmp -s '$f/spun.txt' '$f/self.txt'"
mkdir "$f/cache" && mkfifo "$f/cache/validated-rules"
run "rules cache is a FIFO" 0 "$max_rss_kb" \
  "UNSPIN_CACHE_DIR='$f/cache' timeout 20 '$unspin' --spell=off '$f/spun.txt' >'$f/out.txt'"
check "output restored" "cmp -s '$f/restored.txt' '$f/out.txt'"
rm "$f/cache/validated-rules" && ln -s /dev/zero "$f/cache/validated-rules"
run "rules cache is a link to /dev/zero" 0 "$max_rss_kb" \
  "UNSPIN_CACHE_DIR='$f/cache' timeout 20 '$unspin' --spell=off '$f/spun.txt' >'$f/out.txt'"
check "output restored" "cmp -s '$f/restored.txt' '$f/out.txt'"
gen keys 0 >"$tmp/keys.jsonl"
run "JSONL record of 320,000 keys (5 MB)" 0 "$max_rss_kb" \
  "'$unspin' --jsonl --spell=off '$tmp/keys.jsonl' >'$tmp/keys.got' 2>/dev/null"
check_records "an error record naming the key limit, the next restored" "$tmp/keys.got" \
  "len(r)==2 and 'more than 100000 keys' in r[0]['unspin']['error'] and 'called for' in r[1]['text']"
gen nest 0 >"$tmp/nest.jsonl"
run "JSONL --html: <p> and 55,000 nested <span>" 0 "$max_rss_kb" \
  "'$unspin' --jsonl --html --field html --spell=off '$tmp/nest.jsonl' >'$tmp/nest.got' \
2>/dev/null"
check_records "an error record naming the depth limit, the others restored" "$tmp/nest.got" \
  "len(r)==3 and 'nested deeper than 512' in r[1]['unspin']['error'] and \
all('called for' in r[i]['html'] for i in (0, 2))"
for count in 80000 300000; do
  gen "attrs$count" 0 >"$tmp/attrs.html"
  run "HTML: one tag of $count attributes" 2 "$max_rss_kb" \
    "'$unspin' --spell=off '$tmp/attrs.html' >/dev/null 2>'$tmp/err'"
  check "the error names the attribute limit" "grep -q 'more than 256 attributes at byte 3' '$tmp/err'"
done
gen formatting 0 >"$tmp/formatting.html"
run "HTML: 690 KB of nested formatting tags" 2 "$max_rss_kb" \
  "'$unspin' --spell=off '$tmp/formatting.html' >/dev/null 2>'$tmp/err'"
check "the error names the limit and the byte" "grep -q 'at byte [0-9]' '$tmp/err'"
gen spintax 0 >"$tmp/spintax.txt"
run "rules import: one spintax set of 4,000 items" 0 "$max_rss_kb" \
  "'$unspin' rules import '$tmp/spintax.txt' -o '$tmp/spintax.rules' 2>'$tmp/err'"
check "skipped with a warning naming the set limit" "grep -q 'more than 50); line skipped' '$tmp/err'"

# Just within the limits: four times the input must cost at most about
# four times the time (1.5x that, and 0.05 s, for a loaded machine; a cost
# growing with the square of the size would take 16 times as long).
# scale NAME KIND SMALL_MB MAX_RSS_KB COMMAND_WITH_{}: rows for SMALL_MB and
# four times that, and a check of their times.
scale() {
  scale_name=$1 scale_kind=$2 small=$3 scale_rss=$4 scale_command=$5
  large=$(echo "$small * 4" | bc)
  for mb in "$small" "$large"; do
    gen "$scale_kind" "$mb" >"$tmp/scale.in"
    run "$scale_name, $mb MB" 0 "$scale_rss" \
      "$(echo "$scale_command" | sed "s|{}|'$tmp/scale.in'|")"
    if [ "$mb" = "$small" ]; then t_small=$(cat "$tmp/time"); else t_large=$(cat "$tmp/time"); fi
  done
  check "4x the input: $t_small s, then $t_large s" \
    "[ \$(echo '$t_large <= 1.5 * 4 * ($t_small + 0.05)' | bc) -eq 1 ]"
}
# Gumbo's tree takes some 40 bytes per byte of page (docs/html-markdown.md).
scale "HTML nested 500 deep, 250-attribute tags" wide 1 $((512 * 1024)) \
  "'$unspin' --spell=off --html {} >/dev/null"
scale "JSONL records of 60,000 keys" keys-ok 2 "$max_rss_kb" \
  "'$unspin' --jsonl --spell=off {} >/dev/null 2>&1"
# Each 400-byte line of 50 items becomes 50 rules of 49 restorations (26 KB).
scale "rules import, spintax sets of 50 items" spintax-ok 0.25 $((1024 * 1024)) \
  "'$unspin' rules import {} -o /dev/null 2>/dev/null"

if [ "$failures" -ne 0 ]; then
  echo "hostile-input: $failures failures" >&2
  exit 1
fi
echo "hostile-input: all cases passed"
