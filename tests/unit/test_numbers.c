/* SPDX-License-Identifier: MIT
 *
 * test_numbers.c - unit and property tests of the quantity scanner
 * (src/mentions/numbers.c): names, the word table, a few direct
 * readings through the library API, and properties over random
 * Arabic-ish word sequences and random bytes: no crash, min <= max when
 * both are set, every span inside the text on UTF-8 boundaries, spans in
 * text order and inside one sentence, the JSON view one line a quantity.
 */
#include <jansson.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "harness.h"
#include "mentions/number_words.h"
#include "rasad.h"

static uint64_t rng_state = 0x9E3779B97F4A7C15ull;

static uint32_t rnd(void) {
    /* xorshift64*: a fixed seed keeps every run identical */
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return (uint32_t)((rng_state * 2685821657736338717ull) >> 32);
}

static bool on_boundary(const char *text, size_t len, size_t off) {
    if (off == 0 || off == len)
        return true;
    if (off > len)
        return false;
    return ((unsigned char)text[off] & 0xC0) != 0x80;
}

/* Checks every property of the quantities of one text; returns how many
 * quantities it found. */
static size_t check_text(const char *text, size_t len, bool valid_utf8) {
    rasad_doc *doc = NULL;
    rasad_status st = rasad_doc_new(text, len, NULL, &doc);
    OK(st == RASAD_OK, "doc_new: %s", rasad_strerror(st));
    if (st != RASAD_OK)
        return 0;
    const rasad_quantity *qs = NULL;
    size_t n = 0;
    st = rasad_doc_quantities(doc, &qs, &n);
    OK(st == RASAD_OK);
    size_t dlen;
    const char *dtext = rasad_doc_text(doc, &dlen);
    uint32_t prev_end = 0;
    for (size_t i = 0; i < n; i++) {
        const rasad_quantity *q = &qs[i];
        if (q->has_min && q->has_max)
            OK(q->min <= q->max, "min %lld > max %lld", (long long)q->min, (long long)q->max);
        OK(q->has_min || q->has_max);
        OK(q->start < q->end && q->end <= dlen);
        if (valid_utf8)
            OK(on_boundary(dtext, dlen, q->start) && on_boundary(dtext, dlen, q->end), "%u-%u in %.*s",
               q->start, q->end, (int)len, text);
        OK(q->start >= prev_end, "quantities overlap or are out of order");
        prev_end = q->end;
        OK(q->unit_start <= q->unit_end && q->unit_end <= dlen);
        if (q->unit_end > q->unit_start) {
            OK(q->unit_start >= q->start && q->unit_end <= q->end);
            if (valid_utf8)
                OK(on_boundary(dtext, dlen, q->unit_start) && on_boundary(dtext, dlen, q->unit_end));
        }
        OK(q->tok_first <= q->tok_last && q->tok_last < rasad_doc_token_count(doc));
        if (q->tok_last < rasad_doc_token_count(doc))
            OK(rasad_doc_token(doc, q->tok_first)->sentence == rasad_doc_token(doc, q->tok_last)->sentence,
               "a quantity crosses a sentence");
        OK(q->qualifier <= RASAD_Q_THOUSANDS && q->role <= RASAD_ROLE_FOREIGNERS);
    }
    /* the JSON view: one line a quantity */
    char *out = NULL;
    size_t olen = 0;
    st = rasad_doc_render(doc, RASAD_VIEW_QUANTITIES, &out, &olen);
    OK(st == RASAD_OK);
    if (st == RASAD_OK) {
        size_t lines = 0;
        for (size_t k = 0; k < olen; k++)
            lines += out[k] == '\n';
        INT_EQ(lines, n);
        OK(strlen(out) == olen, "NUL at %zu of %zu in: %s", strlen(out), olen, out);
    }
    rasad_free(out);
    rasad_doc_free(doc);
    return n;
}

static void test_names(void) {
    STR_EQ(rasad_qualifier_name(RASAD_Q_EXACT), "exact");
    STR_EQ(rasad_qualifier_name(RASAD_Q_MORE_THAN), "more_than");
    STR_EQ(rasad_qualifier_name(RASAD_Q_THOUSANDS), "thousands");
    STR_EQ(rasad_qualifier_name((rasad_qualifier)99), "exact");
    STR_EQ(rasad_role_name(RASAD_ROLE_OTHER), "other");
    STR_EQ(rasad_role_name(RASAD_ROLE_FATALITIES), "fatalities");
    STR_EQ(rasad_role_name(RASAD_ROLE_FOREIGNERS), "foreigners");
    STR_EQ(rasad_role_name((rasad_role)99), "other");
}

static void test_word_table(void) {
    const char *w = "\xd8\xb9\xd8\xb4\xd8\xb1\xd9\x88\xd9\x86"; /* عشرون */
    const nw_entry *e = nw_find(w, strlen(w));
    OK(e && e->kind == NW_TENS && e->value == 20);
    /* قتل is role context on both sides and never a counted noun: the
     * merge of its rows keeps all three */
    const char *k = "\xd9\x82\xd8\xaa\xd9\x84";
    e = nw_find(k, strlen(k));
    OK(e && e->before_role == RASAD_ROLE_FATALITIES && e->after_role == RASAD_ROLE_FATALITIES &&
       (e->flags & NWF_STOP));
    /* وبالعشرات -> عشرات with conjunction, preposition and article */
    const char *v = "\xd9\x88\xd8\xa8\xd8\xa7\xd9\x84\xd8\xb9\xd8\xb4\xd8\xb1\xd8\xa7\xd8\xaa";
    unsigned pfx = 0;
    size_t letters = 0;
    e = nw_lookup(v, strlen(v), nw_is_number, &pfx, &letters);
    OK(e && e->kind == NW_VAGUE && e->value == 10);
    INT_EQ(pfx, NWP_CONJ | NWP_PREP | NWP_DEF);
    INT_EQ(letters, 4);
    /* a prefix of a known word is not that word */
    OK(nw_find(w, 4) == NULL);
    OK(nw_find("", 0) == NULL);
}

typedef struct expect {
    const char *text;
    long long min, max; /* -1 = null */
    rasad_qualifier q;
} expect;

static void test_readings(void) {
    static const expect cases[] = {
        {"\xd8\xa3\xd9\x83\xd8\xab\xd8\xb1 \xd9\x85\xd9\x86 100", 101, -1, RASAD_Q_MORE_THAN}, /* أكثر من 100 */
        {"1,000,000", 1000000, 1000000, RASAD_Q_EXACT},
        {"2.5 \xd9\x85\xd9\x84\xd9\x8a\xd9\x88\xd9\x86", 2500000, 2500000, RASAD_Q_EXACT}, /* 2.5 مليون */
        {"10-15", 10, 15, RASAD_Q_BETWEEN},
        {"999999999999999999999", -2, -2, RASAD_Q_EXACT}, /* too long: nothing */
        /* 10^7 * 10^9 fails the 10^15 guard: the digits are dropped and
         * the scale word alone is read */
        {"10000000 \xd9\x85\xd9\x84\xd9\x8a\xd8\xa7\xd8\xb1", 1000000000, 1000000000, RASAD_Q_EXACT},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const expect *c = &cases[i];
        rasad_doc *doc = NULL;
        if (rasad_doc_new(c->text, strlen(c->text), NULL, &doc) != RASAD_OK) {
            OK(0, "doc_new failed on case %zu", i);
            continue;
        }
        const rasad_quantity *qs;
        size_t n;
        OK(rasad_doc_quantities(doc, &qs, &n) == RASAD_OK);
        if (c->min == -2) {
            INT_EQ(n, 0);
        } else if (n != 1) {
            OK(0, "case %zu: %zu quantities", i, n);
        } else {
            INT_EQ(qs[0].has_min ? qs[0].min : -1, c->min);
            INT_EQ(qs[0].has_max ? qs[0].max : -1, c->max);
            INT_EQ(qs[0].qualifier, c->q);
        }
        /* cached: the second call gives the same array */
        const rasad_quantity *again;
        size_t n2;
        OK(rasad_doc_quantities(doc, &again, &n2) == RASAD_OK && again == qs && n2 == n);
        rasad_doc_free(doc);
    }
    const rasad_quantity *qs;
    size_t n;
    OK(rasad_doc_quantities(NULL, &qs, &n) == RASAD_EINVAL);
}

/* Words the scanner reacts to, plus filler, digits and punctuation. */
static const char *const vocab[] = {
    "\xd8\xa3\xd9\x83\xd8\xab\xd8\xb1", "\xd9\x85\xd9\x86", "\xd9\x85\xd8\xa7\xd8\xa6\xd8\xa9",
    "\xd8\xb9\xd9\x86\xd8\xb5\xd8\xb1", "\xd9\x85\xd8\xa7", "\xd9\x84\xd8\xa7", "\xd9\x8a\xd9\x82\xd9\x84",
    "\xd8\xb9\xd9\x86", "\xd8\xa2\xd9\x84\xd8\xa7\xd9\x81", "\xd8\xa7\xd9\x84\xd8\xa2\xd9\x84\xd8\xa7\xd9\x81",
    "\xd8\xb9\xd8\xb4\xd8\xb1\xd8\xa7\xd8\xaa", "\xd8\xa8\xd9\x8a\xd9\x86", "\xd9\x88",
    "\xd8\xa3\xd9\x84\xd9\x81", "\xd9\x86\xd8\xad\xd9\x88", "\xd8\xa8\xd8\xb6\xd8\xb9\xd8\xa9",
    "\xd8\xb9\xd8\xaf\xd8\xa9", "\xd8\xae\xd9\x85\xd8\xb3\xd8\xa9", "\xd9\x88\xd8\xb9\xd8\xb4\xd8\xb1\xd9\x88\xd9\x86",
    "\xd8\xa3\xd8\xad\xd8\xaf", "\xd8\xb9\xd8\xb4\xd8\xb1", "\xd8\xa7\xd8\xab\xd9\x86\xd8\xa7",
    "\xd9\x85\xd9\x84\xd9\x8a\xd9\x88\xd9\x86", "\xd9\x85\xd9\x84\xd8\xa7\xd9\x8a\xd9\x8a\xd9\x86",
    "\xd8\xa5\xd9\x84\xd9\x89", "\xd8\xa3\xd9\x88", "\xd9\x82\xd8\xaa\xd9\x84\xd9\x89",
    "\xd9\x85\xd9\x82\xd8\xaa\xd9\x84", "\xd8\xb9\xd9\x84\xd9\x89", "\xd8\xa7\xd9\x84\xd8\xa3\xd9\x82\xd9\x84",
    "\xd8\xb9\xd8\xa7\xd9\x85", "\xd9\x85\xd8\xa7\xd8\xb1\xd8\xb3", "\xd8\xa7\xd9\x84\xd9\x85\xd8\xa6\xd8\xa7\xd8\xaa",
    "\xd9\x81\xd9\x8a", "\xd8\xa7\xd9\x84\xd9\x85\xd8\xa7\xd8\xa6\xd8\xa9", "\xd8\xab\xd9\x84\xd8\xa7\xd8\xab",
    "\xd8\xa7\xd9\x84\xd9\x80", "\xd8\xb1\xd9\x82\xd9\x85", "\xd9\x87\xd9\x80",
    "\xd9\x8e", /* FATHA alone */
    "\xd9\x80", /* TATWEEL alone */
    "10", "2015", "1,000", "1.5", "\xd9\xa1\xd9\xa0", "0555123456", "99999999999999999", "-", "%", ".", "\xd8\x8c",
    ":", "/", "+", "\n\n", "https://x.org/1", "F16", "\xef\xbb\x97", "\xd9\xaa",
};

static void test_random_sequences(void) {
    size_t nv = sizeof vocab / sizeof vocab[0];
    char text[4096];
    size_t found = 0;
    for (int round = 0; round < 3000; round++) {
        size_t len = 0;
        size_t words = 1 + rnd() % 24;
        for (size_t w = 0; w < words; w++) {
            const char *v = vocab[rnd() % nv];
            size_t n = strlen(v);
            if (len + n + 1 >= sizeof text)
                break;
            memcpy(text + len, v, n);
            len += n;
            if (rnd() % 5) /* sometimes glue the next word on */
                text[len++] = ' ';
        }
        found += check_text(text, len, true);
    }
    OK(found > 1000, "only %zu quantities in random text", found);
}

static void test_random_bytes(void) {
    unsigned char text[512];
    for (int round = 0; round < 2000; round++) {
        size_t len = rnd() % sizeof text;
        for (size_t k = 0; k < len; k++) {
            uint32_t r = rnd();
            /* bias toward Arabic lead and continuation bytes and digits */
            text[k] = (unsigned char)(r % 4 == 0 ? 0xD8 + (r >> 8) % 2 : r % 4 == 1 ? 0x80 + (r >> 8) % 64
                                      : r % 4 == 2 ? '0' + (r >> 8) % 10 : r >> 8);
        }
        check_text((const char *)text, len, false);
    }
}

/* Gold quantities (min, max) of one article, gathered from every object
 * with "qualifier" and "min" under its events and claims. */
typedef struct gold_q {
    long long min, max; /* -1 = null */
} gold_q;

static void gather(json_t *v, gold_q *out, size_t *n, size_t cap) {
    if (json_is_object(v)) {
        json_t *q = json_object_get(v, "qualifier"), *mn = json_object_get(v, "min");
        if (q && mn && *n < cap) {
            json_t *mx = json_object_get(v, "max");
            out[*n].min = json_is_integer(mn) ? (long long)json_integer_value(mn) : -1;
            out[*n].max = json_is_integer(mx) ? (long long)json_integer_value(mx) : -1;
            (*n)++;
        }
        const char *k;
        json_t *c;
        json_object_foreach(v, k, c) {
            if (strcmp(k, "text") != 0)
                gather(c, out, n, cap);
        }
    } else if (json_is_array(v)) {
        size_t i;
        json_t *c;
        json_array_foreach(v, i, c) gather(c, out, n, cap);
    }
}

/* Regression guard on the hand-annotated articles of ../shared: the share
 * of gold quantities whose (min, max) the scanner finds in the same
 * article. Counts written as a noun alone (a dual "شهيدين", a singular
 * "مقتل شخص") are not number expressions and are most of the misses.
 * Skipped (with a note) when ../shared is absent. */
static void test_gold_recall(void) {
    const char *shared = getenv("RASAD_SHARED");
    char path[4096];
    snprintf(path, sizeof path, "%s/gold/dev.jsonl", shared ? shared : "../shared");
    FILE *f = fopen(path, "r");
    if (!f) {
        printf("note: %s absent, gold recall not checked\n", path);
        return;
    }
    size_t total = 0, found = 0;
    char *line = NULL;
    size_t cap = 0;
    ssize_t got;
    while ((got = getline(&line, &cap, f)) > 0) {
        json_t *a = json_loads(line, 0, NULL);
        if (!a)
            continue;
        const char *text = json_string_value(json_object_get(a, "text"));
        gold_q gold[256];
        size_t ng = 0;
        gather(json_object_get(a, "events"), gold, &ng, 256);
        gather(json_object_get(a, "claims"), gold, &ng, 256);
        rasad_doc *doc = NULL;
        if (text && rasad_doc_new(text, strlen(text), NULL, &doc) == RASAD_OK) {
            const rasad_quantity *qs;
            size_t n = 0;
            if (rasad_doc_quantities(doc, &qs, &n) != RASAD_OK)
                n = 0;
            for (size_t g = 0; g < ng; g++) {
                total++;
                for (size_t k = 0; k < n; k++) {
                    long long mn = qs[k].has_min ? qs[k].min : -1, mx = qs[k].has_max ? qs[k].max : -1;
                    if (mn == gold[g].min && mx == gold[g].max) {
                        found++;
                        break;
                    }
                }
            }
            rasad_doc_free(doc);
        }
        json_decref(a);
    }
    free(line);
    fclose(f);
    printf("gold quantities found: %zu of %zu\n", found, total);
    OK(total == 0 || found * 100 >= total * 85, "gold recall %zu/%zu below 85%%", found, total);
}

TEST_MAIN(test_names, test_word_table, test_readings, test_random_sequences, test_random_bytes,
          test_gold_recall)
