#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# rasad extract --db (the embedded SQLite store) against rasad extract
# --format jsonl on the same input: every event, quantity, claim, quote
# and entity of the printed articles is a row of the store with the same
# fields and byte offsets, and each span cut out of the stored text is the
# text the JSON gives. Also: stdout stays empty, the summary line on
# stderr, a bad JSONL line reported and skipped while the batch goes on,
# storing the same input twice (and with --threads 2) gives the same rows,
# a file that is no store is refused with its name, a locked store stops
# the run with status 1 (this takes the 10 s busy timeout).
# usage: store_roundtrip.sh RASAD SOURCE_DIR SHARED_DIR
set -u
RASAD=$1
SRC=$2
command -v python3 > /dev/null || { echo "skip: python3 not found"; exit 77; }
python3 -c 'import sqlite3' 2> /dev/null || { echo "skip: python3 has no sqlite3 module"; exit 77; }
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
. "$(dirname "$0")/checks.bash"

# compare DB JSONL: every row against the printed articles
compare() {
    python3 - "$1" "$2" << 'EOF'
import json, sqlite3, sys
db, jl = sys.argv[1], sys.argv[2]
c = sqlite3.connect(db)
c.text_factory = bytes
arts = [json.loads(l) for l in open(jl, encoding="utf-8") if l.strip()]
bad = []
def ck(what, got, want):
    if got != want:
        bad.append("%s: store %r, jsonl %r" % (what, got, want))
def s(b):
    return b.decode("utf-8") if isinstance(b, bytes) else b
def g(o, *path):
    for p in path:
        if o is None:
            return None
        o = o[p] if isinstance(p, int) and isinstance(o, list) and p < len(o) else (o.get(p) if isinstance(o, dict) else None)
    if isinstance(o, bool):
        return int(o)
    return o
def rows(table, key, cols):
    q = "SELECT %s FROM %s WHERE article=? ORDER BY pos" % (",".join(cols), table)
    return [tuple(s(v) for v in r) for r in c.execute(q, (key,))]
ck("articles", c.execute("SELECT count(*) FROM articles").fetchone()[0], len(arts))
for a in arts:
    key = ("~" + a["id"] if a["id"].startswith("~") else a["id"]) if a["id"] else None
    if key is None:
        ks = [s(r[0]) for r in c.execute("SELECT key FROM articles WHERE key LIKE '~text:%'")]
        ck("one article without an id", len(ks), 1)
        key = ks[0] if ks else ""
    r = c.execute("SELECT text, json, published, source FROM articles WHERE key=?", (key,)).fetchone()
    if r is None:
        bad.append("article %s missing" % key)
        continue
    text = r[0] if isinstance(r[0], bytes) else r[0].encode()
    ck(key + " json", json.loads(s(r[1])), a)
    ck(key + " published", s(r[2]), a.get("published"))
    def span(what, st, en, want):
        if st is None:
            return
        ck(key + " " + what + " span", text[st:en].decode("utf-8", "replace"), want)
    ev = rows("events", key, ["kind", "type", "sub_type", "cameo", "trigger_text", "trigger_start", "trigger_end",
                              "actor1_id", "actor1_start", "actor1_end", "actor2_id", "location_start", "location_end",
                              "geo_country", "geo_admin1", "date_start", "date_end", "sentence_start", "sentence_end",
                              "confidence", "negated", "reported", "source_id", "mentions", "fatalities_min"])
    ck(key + " events", len(ev), len(a["events"]))
    for i, (row, e) in enumerate(zip(ev, a["events"])):
        fat = [q["min"] for q in e["quantities"] if q["role"] == "fatalities" and q["min"] is not None]
        want = (e["kind"], e["type"], e["sub_type"], e["cameo"], g(e, "trigger", "text"), g(e, "trigger", "start"),
                g(e, "trigger", "end"), g(e, "actor1", "id"), g(e, "actor1", "start"), g(e, "actor1", "end"),
                g(e, "actor2", "id"), g(e, "location", "start"), g(e, "location", "end"),
                g(e, "location", "geo", "country"), g(e, "location", "geo", "admin1"), g(e, "date", "start"),
                g(e, "date", "end"), g(e, "sentence", "start"), g(e, "sentence", "end"), e["confidence"],
                g(e, "modality", "negated"), g(e, "modality", "reported"), g(e, "attribution", "source", "id"),
                len(e.get("mentions", [])), max(fat) if fat else None)
        ck("%s event %d" % (key, i), row, want)
        span("trigger", row[5], row[6], row[4])
        qs = [tuple(v for v in r) for r in c.execute(
            "SELECT role, min, max, qualifier, text_start, text_end FROM quantities WHERE article=? AND event=? ORDER BY pos",
            (key, i))]
        qs = [tuple(s(v) for v in r) for r in qs]
        ck("%s event %d quantities" % (key, i), qs,
           [(q["role"], q["min"], q["max"], q["qualifier"], q["start"], q["end"]) for q in e["quantities"]])
    cl = rows("claims", key, ["role", "min", "max", "quantity_start", "quantity_end", "subject_id", "locations",
                              "location_start", "sentence_start", "sentence_end", "source_id"])
    ck(key + " claims", cl, [(g(x, "quantity", "role"), g(x, "quantity", "min"), g(x, "quantity", "max"),
                              g(x, "quantity", "start"), g(x, "quantity", "end"), g(x, "subject", "id"),
                              len(x["locations"]), g(x, "locations", 0, "start"), g(x, "sentence", "start"),
                              g(x, "sentence", "end"), g(x, "attribution", "source", "id")) for x in a["claims"]])
    qu = rows("quotes", key, ["speaker_text", "speaker_start", "speaker_end", "role", "affiliation", "outlet", "text",
                              "text_start", "text_end", "direct"])
    ck(key + " quotes", qu, [(g(x, "speaker", "text"), g(x, "speaker", "start"), g(x, "speaker", "end"), x["role"],
                              x["affiliation"], x["outlet"], x["text"], x["start"], x["end"], int(x["direct"]))
                             for x in a["quotes"]])
    for row in qu:
        span("speaker", row[1], row[2], row[0])
    en = rows("entities", key, ["type", "text", "text_start", "text_end", "norm", "id", "geo_name", "geo_country",
                                "geo_lat", "geo_lon", "geo_precision"])
    ck(key + " entities", en, [(x["type"], x["text"], x["start"], x["end"], x["norm"], x["id"], g(x, "geo", "name"),
                                g(x, "geo", "country"), g(x, "geo", "lat"), g(x, "geo", "lon"),
                                g(x, "geo", "precision")) for x in a["entities"]])
    for row in en:
        span("entity", row[2], row[3], row[1])
for b in bad[:20]:
    print(b)
sys.exit(1 if bad else 0)
EOF
}

# the example article (plain text, no id: keyed by its text)
$RASAD extract --format jsonl "$SRC/examples/article.txt" > "$T/a.jsonl" 2> /dev/null
$RASAD extract --db "$T/a.db" "$SRC/examples/article.txt" > "$T/out" 2> "$T/err"; rc=$?
check "example: exit 0 (got $rc)" '[ $rc -eq 0 ]'
check "example: stdout empty" '[ ! -s "$T/out" ]'
check "example: summary line" 'grep -q "^rasad: $T/a.db: stored 1 articles: [1-9][0-9]* events, .* entities; 0 failed$" "$T/err"'
check "example: rows equal the JSONL" 'compare "$T/a.db" "$T/a.jsonl"'
check "example: has events, claims, quotes" \
    '[ "$(python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(min(c.execute(\"select count(*) from \"+t).fetchone()[0] for t in (\"events\",\"claims\",\"quotes\",\"quantities\")))" "$T/a.db")" -gt 0 ]'
# again: replaced, not added
$RASAD extract --db "$T/a.db" "$SRC/examples/article.txt" > /dev/null 2> "$T/err"; rc=$?
check "example twice: exit 0 (got $rc)" '[ $rc -eq 0 ]'
check "example twice: rows equal the JSONL" 'compare "$T/a.db" "$T/a.jsonl"'

# a JSONL batch with a bad line and an article without events
{
    printf '{"id":"s1","published":"2022-01-27","source":"t","text":"قتل ستة عناصر من قوات سوريا الديمقراطية أمس في هجوم شنه تنظيم داعش على حاجز في دير الزور، بحسب المرصد السوري لحقوق الإنسان."}\n'
    printf 'this is not json\n'
    printf '{"id":"s3","published":"2022-02-03","text":"تظاهر مئات الأشخاص في مدينة الرقة احتجاجا على الغلاء. وقال المتحدث باسم المجلس أحمد علي لوكالة فرانس برس: \\"نطالب بالإفراج عن المعتقلين\\"."}\n'
    printf '{"id":"s4","text":"وصل الوزير إلى العاصمة لبحث التعاون الاقتصادي."}\n'
    printf '{"id":"~odd","published":"2022-03-01","text":"قال الباحث إن 10 آلاف مقاتل من داعش ما زالوا في سوريا والعراق، وفق تقرير للأمم المتحدة."}\n'
} > "$T/b.jsonl"
$RASAD extract --format jsonl "$T/b.jsonl" > "$T/b.out.jsonl" 2> /dev/null
$RASAD extract --db "$T/b.db" "$T/b.jsonl" > "$T/out" 2> "$T/err"; rc=$?
check "jsonl: exit 1 for the bad line (got $rc)" '[ $rc -eq 1 ]'
check "jsonl: stdout empty" '[ ! -s "$T/out" ]'
check "jsonl: bad line reported with its line" 'grep -q "b.jsonl:2:" "$T/err"'
check "jsonl: summary counts 4 stored, 1 failed" 'grep -q "stored 4 articles: .*; 1 failed$" "$T/err"'
check "jsonl: rows equal the JSONL" 'compare "$T/b.db" "$T/b.out.jsonl"'
check "jsonl: an id starting with ~ is escaped" \
    '[ "$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(\"select key from articles where id=\x27~odd\x27\").fetchone()[0])" "$T/b.db")" = "~~odd" ]'
# twice and with two threads: the same rows
$RASAD extract --db "$T/b.db" --threads 2 "$T/b.jsonl" > /dev/null 2> "$T/err"
check "jsonl twice, 2 threads: rows equal the JSONL" 'compare "$T/b.db" "$T/b.out.jsonl"'
# the trends view
check "trends view: events per month, kind and country" \
    '[ "$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(\"select sum(events) from event_trends\").fetchone()[0] == sqlite3.connect(sys.argv[1]).execute(\"select count(*) from events\").fetchone()[0])" "$T/b.db")" = True ]'

# refused stores
printf 'not a database at all\n%.0s' $(seq 1 100) > "$T/junk.db"
$RASAD extract --db "$T/junk.db" "$SRC/examples/article.txt" > "$T/out" 2> "$T/err"; rc=$?
check "junk file: exit 1 (got $rc)" '[ $rc -eq 1 ]'
check "junk file: named in the message" 'grep -q "junk.db: not an SQLite database" "$T/err"'
python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('create table x(a)'); c.commit()" "$T/other.db"
$RASAD extract --db "$T/other.db" "$SRC/examples/article.txt" > /dev/null 2> "$T/err"; rc=$?
check "another database: refused (got $rc)" '[ $rc -eq 1 ] && grep -q "not a rasad store" "$T/err"'
python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('pragma user_version=9'); c.commit()" "$T/a.db"
$RASAD extract --db "$T/a.db" "$SRC/examples/article.txt" > /dev/null 2> "$T/err"; rc=$?
check "newer store: refused (got $rc)" '[ $rc -eq 1 ] && grep -q "version 9, this rasad reads version 1 (written by a newer rasad)" "$T/err"'
# a store another process keeps locked: after the 10 s busy timeout, the
# error names the file, nothing is stored and the run stops with status 1
python3 -c "
import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute('BEGIN IMMEDIATE')
open(sys.argv[2], 'w').close()
time.sleep(13)
c.execute('ROLLBACK')" "$T/b.db" "$T/locked" &
locker=$!
for _ in $(seq 1 50); do [ -e "$T/locked" ] && break; sleep 0.1; done
$RASAD extract --db "$T/b.db" "$T/b.jsonl" > /dev/null 2> "$T/err"; rc=$?
wait $locker
check "locked store: exit 1 (got $rc)" '[ $rc -eq 1 ]'
check "locked store: named, and the run stopped" \
    'grep -q "b.db: cannot start a batch: database is locked" "$T/err" && grep -q "stored 0 articles: .*; stopped at a store error" "$T/err"'
check "locked store: the rows stored before are intact" 'compare "$T/b.db" "$T/b.out.jsonl"'

$RASAD extract --db > /dev/null 2>&1; rc=$?
check "--db without a value: usage error (got $rc)" '[ $rc -eq 2 ]'
$RASAD extract --help | grep -q -- "--db FILE"
check "--help documents --db" '[ $? -eq 0 ]'

checks_done "store checks"
