/* SPDX-License-Identifier: MIT
 *
 * test_matcher.c - the word-trie matcher (knowledge/matcher.h) on hand-made
 * patterns: whole words, clitics, "لل", "ال" on either side, enclitic
 * stems, longest-leftmost choice, payload merging, bad patterns, and the
 * built-in matcher over the real gazetteer and lexicon.
 */
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "knowledge/matcher.h"

enum { PL_HASAKA = 10, PL_IRAQ, PL_SYRIA, PL_DEIR, PL_RAQQA, PL_BAB };
enum { LX_ISIS = 100, LX_SDF, LX_SDF2, LX_COAL, LX_SOHR };

static matcher *make(void) {
    matcher *m = matcher_new();
    OK(m != NULL);
    INT_EQ(matcher_add(m, "الحسكه", strlen("الحسكه"), PL_HASAKA, MATCH_NONE), RASAD_OK);
    INT_EQ(matcher_add(m, "العراق", strlen("العراق"), PL_IRAQ, MATCH_NONE), RASAD_OK);
    INT_EQ(matcher_add(m, "سوريا", strlen("سوريا"), PL_SYRIA, MATCH_NONE), RASAD_OK);
    INT_EQ(matcher_add(m, "دير الزور", strlen("دير الزور"), PL_DEIR, MATCH_NONE), RASAD_OK);
    INT_EQ(matcher_add(m, "رقه", strlen("رقه"), PL_RAQQA, MATCH_NONE), RASAD_OK);
    INT_EQ(matcher_add(m, "الباب", strlen("الباب"), PL_BAB, MATCH_NONE), RASAD_OK);
    INT_EQ(matcher_add(m, "داعش", strlen("داعش"), MATCH_NONE, LX_ISIS), RASAD_OK);
    INT_EQ(matcher_add(m, "قسد", strlen("قسد"), MATCH_NONE, LX_SDF), RASAD_OK);
    INT_EQ(matcher_add(m, "قوات سوريا الديمقراطيه", strlen("قوات سوريا الديمقراطيه"), MATCH_NONE,
                       LX_SDF2),
           RASAD_OK);
    INT_EQ(matcher_add(m, "التحالف", strlen("التحالف"), MATCH_NONE, LX_COAL), RASAD_OK);
    INT_EQ(matcher_add(m, " المرصد  السوري لحقوق الانسان ", strlen(" المرصد  السوري لحقوق الانسان "),
                       MATCH_NONE, LX_SOHR),
           RASAD_OK);
    return m;
}

/* Splits a normalized sentence on spaces into tokens (no stems). */
static size_t tokens_of(char *s, matcher_token *out, size_t cap) {
    size_t n = 0;
    char *p = s;
    while (*p && n < cap) {
        while (*p == ' ')
            p++;
        if (!*p)
            break;
        char *b = p;
        while (*p && *p != ' ')
            p++;
        out[n++] = (matcher_token){b, (uint32_t)(p - b), NULL, 0, 0};
    }
    return n;
}

typedef struct got {
    match m[16];
    size_t n;
} got;

static bool collect(const match *mt, void *ctx) {
    got *g = ctx;
    if (g->n < 16)
        g->m[g->n++] = *mt;
    return true;
}

static got scan(const matcher *m, const char *text) {
    char buf[512];
    snprintf(buf, sizeof buf, "%s", text);
    matcher_token toks[64];
    size_t n = tokens_of(buf, toks, 64);
    got g = {.n = 0};
    INT_EQ(matcher_scan(m, toks, n, collect, &g), g.n);
    return g;
}

static uint32_t place_of(const matcher *m, const match *mt) { return matcher_payload(m, mt->node).place; }
static uint32_t lex_of(const matcher *m, const match *mt) { return matcher_payload(m, mt->node).lex_first; }

static void test_whole_and_clitics(void) {
    matcher *m = make();
    got g = scan(m, "هجوم في الحسكه امس");
    INT_EQ(g.n, 1);
    INT_EQ(g.m[0].tok_first, 2);
    INT_EQ(place_of(m, &g.m[0]), PL_HASAKA);
    INT_EQ(g.m[0].key, MATCH_KEY_WHOLE);

    g = scan(m, "بالحسكه والعراق لداعش وقسد للتحالف");
    INT_EQ(g.n, 5);
    INT_EQ(place_of(m, &g.m[0]), PL_HASAKA);
    INT_EQ(g.m[0].skip, 2);
    INT_EQ(place_of(m, &g.m[1]), PL_IRAQ);
    INT_EQ(g.m[1].skip, 2);
    INT_EQ(lex_of(m, &g.m[2]), LX_ISIS);
    INT_EQ(lex_of(m, &g.m[3]), LX_SDF);
    INT_EQ(lex_of(m, &g.m[4]), LX_COAL);
    INT_EQ(g.m[4].key, MATCH_KEY_STRIPPED);
    INT_EQ(g.m[4].skip, 4); /* the span leaves لل out: "تحالف" */

    g = scan(m, "وبالحسكه فللتحالف");
    INT_EQ(g.n, 2);
    INT_EQ(g.m[0].skip, 4);
    INT_EQ(g.m[1].skip, 6);
    matcher_free(m);
}

static void test_al_rules(void) {
    matcher *m = make();
    /* text has "ال", pattern lacks it */
    got g = scan(m, "في الرقه وبالرقه");
    INT_EQ(g.n, 2);
    INT_EQ(place_of(m, &g.m[0]), PL_RAQQA);
    INT_EQ(g.m[0].key, MATCH_KEY_NO_AL);
    INT_EQ(g.m[0].skip, 4);
    INT_EQ(g.m[1].skip, 8); /* و + ب + ال */
    /* pattern has "ال", text lacks it: no match (باب is a door) */
    g = scan(m, "باب حسكه عراق");
    INT_EQ(g.n, 0);
    g = scan(m, "مدينة الباب");
    INT_EQ(g.n, 1);
    matcher_free(m);
}

static void test_longest_and_near_misses(void) {
    matcher *m = make();
    got g = scan(m, "وقوات سوريا الديمقراطيه في سوريا");
    INT_EQ(g.n, 2);
    INT_EQ(g.m[0].tok_first, 0);
    INT_EQ(g.m[0].tok_last, 2);
    INT_EQ(lex_of(m, &g.m[0]), LX_SDF2);
    INT_EQ(place_of(m, &g.m[1]), PL_SYRIA);
    INT_EQ(g.m[1].tok_first, 4);

    /* a prefix of a multi-word pattern alone is nothing */
    g = scan(m, "قوات سوريا في دير");
    INT_EQ(g.n, 1);
    INT_EQ(place_of(m, &g.m[0]), PL_SYRIA);

    g = scan(m, "ريف دير الزور الشرقي");
    INT_EQ(g.n, 1);
    INT_EQ(g.m[0].tok_first, 1);
    INT_EQ(g.m[0].tok_last, 2);
    INT_EQ(place_of(m, &g.m[0]), PL_DEIR);

    g = scan(m, "سورياليه بغدادي الحسكهي داعشي وبقسدا");
    INT_EQ(g.n, 0);

    g = scan(m, "نقلا عن المرصد السوري لحقوق الانسان");
    INT_EQ(g.n, 1);
    INT_EQ(lex_of(m, &g.m[0]), LX_SOHR);
    INT_EQ(matcher_depth(m, g.m[0].node), 4);
    matcher_free(m);
}

static void test_stems(void) {
    matcher *m = make();
    /* a segmenter that split an enclitic off the last word */
    const char *w0 = "دير", *w1 = "الزورها";
    matcher_token toks[2] = {{w0, (uint32_t)strlen(w0), NULL, 0, 0},
                             {w1, (uint32_t)strlen(w1), w1, (uint32_t)strlen("الزور"), 0}};
    got g = {.n = 0};
    matcher_scan(m, toks, 2, collect, &g);
    INT_EQ(g.n, 1);
    INT_EQ(g.m[0].last_stem, 1);
    INT_EQ(place_of(m, &g.m[0]), PL_DEIR);
    /* proclitics: the matcher's own stripping comes before the stem */
    const char *w2 = "وداعش";
    matcher_token t2 = {w2, (uint32_t)strlen(w2), w2 + 2, (uint32_t)strlen("داعش"), 2};
    g.n = 0;
    matcher_scan(m, &t2, 1, collect, &g);
    INT_EQ(g.n, 1);
    INT_EQ(g.m[0].key, MATCH_KEY_STRIPPED);
    INT_EQ(g.m[0].skip, 2);
    /* an enclitic on a one-word match: the stem */
    const char *w3 = "داعشهم";
    matcher_token t3 = {w3, (uint32_t)strlen(w3), w3, (uint32_t)strlen("داعش"), 0};
    g.n = 0;
    matcher_scan(m, &t3, 1, collect, &g);
    INT_EQ(g.n, 1);
    INT_EQ(g.m[0].key, MATCH_KEY_STEM);
    INT_EQ(g.m[0].skip, 0);
    /* two letters left after a proclitic are not enough: باب is not ب + اب */
    INT_EQ(matcher_add(m, "اب", strlen("اب"), 77, MATCH_NONE), RASAD_OK);
    g = scan(m, "باب واب");
    INT_EQ(g.n, 0);
    matcher_free(m);
}

static void test_payload_and_errors(void) {
    matcher *m = matcher_new();
    INT_EQ(matcher_add(m, "", 0, 1, MATCH_NONE), RASAD_EINVAL);
    INT_EQ(matcher_add(m, "   ", 3, 1, MATCH_NONE), RASAD_EINVAL);
    char big[400];
    memset(big, 'a', sizeof big);
    INT_EQ(matcher_add(m, big, sizeof big, 1, MATCH_NONE), RASAD_EINVAL);
    INT_EQ(matcher_add(m, "a b c d e f g h i j k l m n o p q", 33, 1, MATCH_NONE), RASAD_EINVAL);
    INT_EQ(matcher_add(m, "x y", 3, 7, MATCH_NONE), RASAD_OK);
    INT_EQ(matcher_add(m, "x y", 3, MATCH_NONE, 4), RASAD_OK);
    INT_EQ(matcher_add(m, "x  y", 4, MATCH_NONE, 5), RASAD_OK);
    INT_EQ(matcher_pattern_count(m), 1);
    got g = scan(m, "w x y z");
    INT_EQ(g.n, 1);
    match_payload p = matcher_payload(m, g.m[0].node);
    INT_EQ(p.place, 7);
    INT_EQ(p.lex_first, 4);
    INT_EQ(p.lex_count, 2);
    INT_EQ(matcher_payload(m, 999999).place, MATCH_NONE);
    /* many patterns force both tables to grow */
    char w[32];
    int bad = 0;
    for (int i = 0; i < 20000; i++) {
        int k = snprintf(w, sizeof w, "p%d q%d", i, i % 7);
        bad += matcher_add(m, w, (size_t)k, (uint32_t)i, MATCH_NONE) != RASAD_OK;
    }
    INT_EQ(bad, 0);
    g = scan(m, "p12345 q4");
    INT_EQ(g.n, 1);
    INT_EQ(matcher_payload(m, g.m[0].node).place, 12345);
    OK(matcher_memory(m) > 0);
    matcher_free(m);
    matcher_free(NULL);
}

static void test_default(void) {
    const matcher *m = matcher_default();
    OK(m != NULL);
    printf("default matcher: %zu words, %zu nodes, %zu patterns, %zu bytes, built in %.1f ms\n",
           matcher_word_count(m), matcher_node_count(m), matcher_pattern_count(m), matcher_memory(m),
           (double)matcher_default_build_ns() / 1e6);
}

TEST_MAIN(test_whole_and_clitics, test_al_rules, test_longest_and_near_misses, test_stems,
          test_payload_and_errors, test_default)
