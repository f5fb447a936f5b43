/* SPDX-License-Identifier: MIT
 *
 * test_clitics.c - unit tests of clitic segmentation (src/text/clitics.c):
 * chosen splits of normalized words, the structural properties (pieces
 * cover the word exactly, one stem, at most RASAD_MAX_SEGMENTS, splitting
 * the stem again keeps it whole) over every form of the built-in lexicon
 * and over random strings, and the time per word.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "text/clitics.h"
#include "text/stem_lexicon.h"
#include "util/embed.h"

EMBED_DECLARE(stems);

/* Renders the split of norm as "a+b+c" with roles p/s/e: "و/p+عراق/s". */
static const char *render(const char *norm) {
    static char buf[1024];
    clitic_piece p[RASAD_MAX_SEGMENTS];
    size_t n = clitic_split(stem_lexicon_default(), norm, strlen(norm), p);
    size_t at = 0;
    buf[0] = 0;
    for (size_t i = 0; i < n && at + 64 < sizeof buf; i++)
        at += (size_t)snprintf(buf + at, sizeof buf - at, "%s%.*s/%c", i ? "+" : "",
                               (int)(p[i].end - p[i].start), norm + p[i].start,
                               "pse"[p[i].role % 3]);
    return buf;
}

/* Checks the structural properties of one split; returns 0 when all hold. */
static int check_split(const stem_lexicon *lex, const char *w, size_t len) {
    clitic_piece p[RASAD_MAX_SEGMENTS];
    memset(p, 0xAB, sizeof p);
    size_t n = clitic_split(lex, w, len, p);
    if (n < 1 || n > RASAD_MAX_SEGMENTS)
        return 1;
    if (len == 0)
        return (n == 1 && p[0].start == 0 && p[0].end == 0 && p[0].role == RASAD_SEG_STEM) ? 0 : 8;
    size_t at = 0, stems = 0, stem = 0;
    for (size_t i = 0; i < n; i++) {
        if (p[i].start != at || p[i].end <= p[i].start)
            return 2;
        at = p[i].end;
        if (p[i].role == RASAD_SEG_STEM)
            stems++, stem = i;
        else if (p[i].role != RASAD_SEG_PROCLITIC && p[i].role != RASAD_SEG_ENCLITIC)
            return 3;
        /* proclitics come before the stem, enclitics after it */
        if (p[i].role == RASAD_SEG_PROCLITIC && stems)
            return 4;
        if (p[i].role == RASAD_SEG_ENCLITIC && !stems)
            return 5;
    }
    if (at != len || stems != 1)
        return 6;
    if (n > 1) { /* idempotence: the stem stays whole when split again */
        clitic_piece q[RASAD_MAX_SEGMENTS];
        if (clitic_split(lex, w + p[stem].start, (size_t)(p[stem].end - p[stem].start), q) != 1)
            return 7;
    }
    return 0;
}

static void test_names_stay_whole(void) {
    /* the must-not-split names of issue 2, normalized */
    static const char *names[] = {
        "ليبيا", "بغداد", "كركوك", "والي", "فلوجه", "بلده", "كابل", "وليد", "فيينا",
        "بيروت", "كندا", "لبنان", "سوريا", "سوريه", "تكريت", "بعقوبه", "سنجار", "كوباني",
        "منبج", "بيجي", "سيارات", "سته", "كتب", "بيان", "الله", "الذي", "التي", "التزام",
        "الاف", "الف", "كان", "ولي", "فيصل", "كمال",
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        char want[256];
        snprintf(want, sizeof want, "%s/s", names[i]);
        STR_EQ(render(names[i]), want);
    }
}

static void test_chosen_splits(void) {
    STR_EQ(render("الحسكه"), "ال/p+حسكه/s");
    STR_EQ(render("بالحسكه"), "ب/p+ال/p+حسكه/s");
    STR_EQ(render("للحسكه"), "لل/p+حسكه/s");
    STR_EQ(render("وبالحسكه"), "و/p+ب/p+ال/p+حسكه/s");
    STR_EQ(render("والعراق"), "و/p+ال/p+عراق/s");
    STR_EQ(render("لداعش"), "ل/p+داعش/s");
    STR_EQ(render("وقسد"), "و/p+قسد/s");
    STR_EQ(render("عناصره"), "عناصر/s+ه/e");
    STR_EQ(render("قوتهم"), "قوت/s+هم/e");
    STR_EQ(render("فيها"), "في/s+ها/e");
    STR_EQ(render("وبغداد"), "و/p+بغداد/s");
    STR_EQ(render("بالتزام"), "ب/p+التزام/s");
    STR_EQ(render("التزامه"), "التزام/s+ه/e");
    STR_EQ(render("وقال"), "و/p+قال/s");
    STR_EQ(render("سيتم"), "س/p+يتم/s");
    STR_EQ(render("والله"), "و/p+الله/s");
    STR_EQ(render("الشرطه"), "ال/p+شرطه/s");
    STR_EQ(render("عليهم"), "علي/s+هم/e");
    /* the verb فتحت "opened", not ف + تحت "under" (stems-extra.txt); with
     * و or ف before it the verb is the stem */
    STR_EQ(render("فتحت"), "فتحت/s");
    STR_EQ(render("وفتحت"), "و/p+فتحت/s");
    STR_EQ(render("ففتحت"), "ف/p+فتحت/s");
    STR_EQ(render("وتحت"), "و/p+تحت/s");
}

static void test_edges(void) {
    clitic_piece p[RASAD_MAX_SEGMENTS];
    /* no lexicon: whole */
    INT_EQ(clitic_split(NULL, "والعراق", strlen("والعراق"), p), 1);
    INT_EQ(p[0].end, strlen("والعراق"));
    /* empty, one letter, Latin, a clitic alone */
    INT_EQ(clitic_split(stem_lexicon_default(), "", 0, p), 1);
    INT_EQ(p[0].end, 0);
    INT_EQ(clitic_split(stem_lexicon_default(), "و", strlen("و"), p), 1);
    INT_EQ(clitic_split(stem_lexicon_default(), "wal", 3, p), 1);
    INT_EQ(clitic_split(stem_lexicon_default(), "وال", strlen("وال"), p), 1);
    /* a word with a broken last byte stays whole */
    INT_EQ(clitic_split(stem_lexicon_default(), "والعراق", strlen("والعراق") - 1, p), 1);
    OK(stem_lexicon_default() == stem_lexicon_default(), "loaded once");
}

/* Every form of the lexicon (about 140 000 words of Saudi news) keeps the
 * properties; also times the splitter per word. */
static void test_lexicon_forms(void) {
    const stem_lexicon *lex = stem_lexicon_default();
    OK(lex != NULL, "built-in lexicon loads");
    if (!lex)
        return;
    const char *s = EMBED_DATA(stems), *end = s + EMBED_LEN(stems);
    size_t words = 0, bad = 0, split = 0;
    for (int round = 0; round < 3; round++) {
        for (const char *p = s; p < end;) {
            const char *nl = memchr(p, '\n', (size_t)(end - p));
            const char *eol = nl ? nl : end;
            const char *tab = memchr(p, '\t', (size_t)(eol - p));
            if (*p != '#' && tab) {
                clitic_piece pc[RASAD_MAX_SEGMENTS];
                size_t n = clitic_split(lex, p, (size_t)(tab - p), pc);
                words++;
                split += (n > 1);
            }
            p = eol + 1;
        }
    }
    printf("clitic_split: %zu words, %.1f%% split\n", words, 100.0 * (double)split / (double)(words ? words : 1));
    OK(words > 50000, "lexicon has %zu forms", words);
    for (const char *p = s; p < end;) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *eol = nl ? nl : end;
        const char *tab = memchr(p, '\t', (size_t)(eol - p));
        if (*p != '#' && tab) {
            int r = check_split(lex, p, (size_t)(tab - p));
            if (r && bad++ < 10)
                fprintf(stderr, "property %d fails on %.*s\n", r, (int)(tab - p), p);
        }
        p = eol + 1;
    }
    INT_EQ(bad, 0);
}

/* The splits tools/gen_stems.py stored in the lexicon are the ones the C
 * algorithm computes (the generator mirrors it). */
static void test_stored_splits_agree(void) {
    const stem_lexicon *lex = stem_lexicon_default();
    if (!lex)
        return;
    const char *s = EMBED_DATA(stems), *end = s + EMBED_LEN(stems);
    size_t bad = 0, n = 0;
    for (const char *p = s; p < end;) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *eol = nl ? nl : end;
        const char *tab = memchr(p, '\t', (size_t)(eol - p));
        if (*p != '#' && tab) {
            clitic_piece a[RASAD_MAX_SEGMENTS], b[RASAD_MAX_SEGMENTS];
            size_t len = (size_t)(tab - p);
            size_t na = clitic_split(lex, p, len, a), nb = clitic_split_computed(lex, p, len, b);
            int same = na == nb;
            for (size_t i = 0; same && i < na; i++)
                same = a[i].start == b[i].start && a[i].end == b[i].end && a[i].role == b[i].role;
            if (!same && bad++ < 10)
                fprintf(stderr, "stored split differs from computed: %.*s\n", (int)len, p);
            n++;
        }
        p = eol + 1;
    }
    OK(n > 50000, "%zu forms", n);
    INT_EQ(bad, 0);
}

/* Random words from an alphabet heavy in clitic letters, and random bytes. */
static void test_random(void) {
    static const char *letters[] = {"و", "ف", "ب", "ك", "ل", "س", "ا", "ه", "م", "ن", "ي",
                                    "ت", "ع", "ر", "ق", "د", "ح"};
    const size_t nl = sizeof letters / sizeof letters[0];
    const stem_lexicon *lex = stem_lexicon_default();
    uint64_t x = 0x9E3779B97F4A7C15u;
    size_t bad = 0;
    char w[600];
    for (int k = 0; k < 200000; k++) {
        x ^= x << 13, x ^= x >> 7, x ^= x << 17;
        size_t len = 0, n = 1 + (size_t)(x % 12);
        if (k % 5 == 0) { /* random bytes, some long */
            n = (size_t)(x % (k % 50 == 0 ? sizeof w : 24));
            for (size_t i = 0; i < n; i++) {
                x ^= x << 13, x ^= x >> 7, x ^= x << 17;
                w[len++] = (char)(x >> 24);
            }
        } else {
            for (size_t i = 0; i < n; i++) {
                x ^= x << 13, x ^= x >> 7, x ^= x << 17;
                memcpy(w + len, letters[(x >> 20) % nl], 2);
                len += 2;
            }
        }
        int r = check_split(lex, w, len);
        if (r && bad++ < 10)
            fprintf(stderr, "property %d fails on random word of %zu bytes\n", r, len);
    }
    INT_EQ(bad, 0);
}

TEST_MAIN(test_names_stay_whole, test_chosen_splits, test_edges, test_lexicon_forms, test_stored_splits_agree,
          test_random)
