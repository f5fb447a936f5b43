#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Bad input never crashes rasad and never stops a batch (issue 2): empty
# files, binary junk, invalid UTF-8 and NULs, malformed and partial JSON
# lines, unknown fields, a 50 MB article over the size limit, a missing
# file. Each gives a clear message naming the input and position, the exit
# status says 1 (data error), and the good records still come out.
# usage: bad_input.sh RASAD SOURCE_DIR SHARED_DIR
set -u
RASAD=$1
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
. "$(dirname "$0")/checks.bash"

for cmd in "tokenize --json" "numbers" "dates --published 2022-01-27" "entities --json" "extract --format jsonl"; do
    # empty file: an empty result, exit 0
    : > "$T/empty.txt"
    $RASAD $cmd "$T/empty.txt" > "$T/out" 2> "$T/err"; rc=$?
    check "$cmd: empty file exits 0 (got $rc)" '[ $rc -eq 0 ]'

    # binary junk with NULs and invalid UTF-8: warnings with offsets, exit 0
    head -c 4096 /dev/urandom > "$T/junk.bin"
    printf 'abc\x00def\xff' >> "$T/junk.bin"
    $RASAD $cmd "$T/junk.bin" > "$T/out" 2> "$T/err"; rc=$?
    check "$cmd: binary junk exits 0 (got $rc)" '[ $rc -eq 0 ]'
    check "$cmd: binary junk warns with a byte offset" 'grep -q "at byte [0-9]* replaced" "$T/err"'

    # JSONL batch: bad lines reported with FILE:LINE, good lines processed
    {
        printf '{"id":"a1","published":"2022-01-27","text":"قال الباحث أمس إن 10 آلاف مقاتل في سوريا."}\n'
        printf 'this is not json\n'
        printf '{"id":"a3","text":5}\n'
        printf '{"id":"a4","text":"نص\xff معطوب","unknown":{"x":[1,2]}}\n'
        printf '[1,2,3]\n'
        printf '\n'
        printf '{"id":"a7","text":"هجوم في الحسكة أمس"'
    } > "$T/batch.jsonl"
    $RASAD $cmd "$T/batch.jsonl" > "$T/out" 2> "$T/err"; rc=$?
    check "$cmd: a batch with bad lines exits 1 (got $rc)" '[ $rc -eq 1 ]'
    check "$cmd: line 2 reported" 'grep -q "batch.jsonl:2: malformed JSON" "$T/err"'
    check "$cmd: line 3 reported" 'grep -q "batch.jsonl:3: no \"text\" string" "$T/err"'
    check "$cmd: line 4 invalid UTF-8 warned" 'grep -q "batch.jsonl:4: warning: invalid UTF-8" "$T/err"'
    check "$cmd: line 5 reported" 'grep -q "batch.jsonl:5: not a JSON object" "$T/err"'
    check "$cmd: truncated last line reported" 'grep -q "batch.jsonl:7: malformed JSON" "$T/err"'
    check "$cmd: good lines still processed" '[ -s "$T/out" ]'

    # a missing file: exit 1 with the file named
    $RASAD $cmd "$T/missing.txt" > "$T/out" 2> "$T/err"; rc=$?
    check "$cmd: missing file exits 1 (got $rc)" '[ $rc -eq 1 ]'
    check "$cmd: missing file named" 'grep -q "missing.txt: cannot open" "$T/err"'
done

# a 50 MB article: over the 16 MiB limit, a named error, exit 1, no crash
python3 -c "import sys; sys.stdout.write('هجوم في الحسكة. ' * 1800000)" > "$T/big.txt"
$RASAD extract "$T/big.txt" > "$T/out" 2> "$T/err"; rc=$?
check "50 MB article exits 1 (got $rc)" '[ $rc -eq 1 ]'
check "50 MB article: article too large" 'grep -q "article too large" "$T/err"'
# the same article with the limit raised is processed
$RASAD tokenize --max-bytes 60000000 "$T/big.txt" > /dev/null 2> "$T/err"; rc=$?
check "50 MB article with --max-bytes 60000000 exits 0 (got $rc)" '[ $rc -eq 0 ]'
# in a JSONL batch the big article fails alone
{
    printf '{"id":"small","text":"قتل ثلاثة مدنيين في غارة على إدلب أمس."}\n'
    python3 -c "import json; print(json.dumps({'id': 'big', 'text': 'هجوم ' * 4000000}, ensure_ascii=False))"
    printf '{"id":"after","text":"اشتباكات في ريف حلب."}\n'
} > "$T/mixed.jsonl"
$RASAD extract --format jsonl "$T/mixed.jsonl" > "$T/out" 2> "$T/err"; rc=$?
check "a big article in a batch exits 1 (got $rc)" '[ $rc -eq 1 ]'
check "the big article is named" 'grep -q "mixed.jsonl:2: big: article too large" "$T/err"'
check "the articles around it come out" '[ "$(grep -c "\"id\":\"small\"\|\"id\":\"after\"" "$T/out")" -eq 2 ]'

# one line of 1 MB without spaces: a token over the limit fails that article only
python3 -c "print('ا' * 600000)" > "$T/long.txt"
$RASAD tokenize "$T/long.txt" > /dev/null 2> "$T/err"; rc=$?
check "an over-long token exits 1 (got $rc)" '[ $rc -eq 1 ]'
check "an over-long token is named" 'grep -q "token too long at byte 0" "$T/err"'

# usage errors exit 2
$RASAD tokenize --no-such-option - < /dev/null > /dev/null 2>&1; rc=$?
check "unknown option exits 2 (got $rc)" '[ $rc -eq 2 ]'
$RASAD no-such-command > /dev/null 2>&1; rc=$?
check "unknown command exits 2 (got $rc)" '[ $rc -eq 2 ]'
$RASAD extract --published 2022-13-45 - < /dev/null > /dev/null 2>&1; rc=$?
check "a bad --published exits 2 (got $rc)" '[ $rc -eq 2 ]'

checks_done "bad-input checks"
