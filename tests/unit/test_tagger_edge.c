/* SPDX-License-Identifier: MIT
 *
 * test_tagger_edge.c - the NER tagger's edge (label-pair) features
 * (issue 4; bench/notes/ner.md, eighth round): training with them is
 * deterministic and writes a format-3 model with an edge table (and a
 * model without them stays format 2); the loader refuses truncated and
 * corrupted edge sections, a version that does not match the table, and
 * unknown key-set bits; per-position Viterbi with every position's table
 * equal to the constant one decodes like tg_viterbi; tagging with an edge
 * model gives the same labels with and without the memo, and a document
 * at once or sentence by sentence.
 */
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "rasad.h"
#include "tagger/conll.h"
#include "tagger/edge.h"
#include "tagger/features.h"
#include "tagger/memo.h"
#include "tagger/model.h"
#include "tagger/tagger.h"
#include "tagger/tagwork.h"
#include "tagger/viterbi.h"

/* A tiny training corpus: names of several words after titles. */
static const char TINY[] =
    "قال\tO\nالرئيس\tO\nجورج\tB-PER\nبوش\tI-PER\nفي\tO\nبغداد\tB-LOC\n.\tO\n\n"
    "وصل\tO\nالوزير\tO\nعمرو\tB-PER\nموسى\tI-PER\nالى\tO\nدمشق\tB-LOC\n.\tO\n\n"
    "اعلنت\tO\nحركة\tO\nحماس\tB-ORG\nفي\tO\nغزة\tB-LOC\n.\tO\n\n"
    "التقى\tO\nمحمد\tB-PER\nبن\tI-PER\nراشد\tI-PER\nآل\tI-PER\nمكتوم\tI-PER\n.\tO\n\n"
    "فاز\tO\nفريق\tO\nالاهلي\tB-ORG\nبكأس\tB-MISC\nافريقيا\tI-MISC\n.\tO\n\n"
    "قال\tO\nالبنك\tB-ORG\nالعربي\tI-ORG\nالتجاري\tI-ORG\nفي\tO\nعمان\tB-LOC\n.\tO\n\n";

static void *train(size_t *len, const char *edge, const char *stack, const char *seed) {
    const char *names[] = {"epochs", "seed", "stack", "edge", "margin", "stack-folds"};
    const char *values[] = {"6", seed, stack, edge, "3", "3"};
    void *model = NULL;
    rasad_error err;
    rasad_status st = rasad_ner_train(TINY, strlen(TINY), NULL, 0, names, values, 6, NULL, NULL,
                                      &model, len, &err);
    INT_EQ(st, RASAD_OK);
    return model;
}

static uint32_t rd32(const uint8_t *p) {
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static void wr32(uint8_t *p, uint32_t v) {
    for (int i = 0; i < 4; i++)
        p[i] = (uint8_t)(v >> (8 * i));
}

/* Rewrites the checksum after a deliberate edit, so the loader's other
 * checks are the ones tested. */
static void reseal(uint8_t *d, size_t len) {
    wr32(d + 48, tg_checksum(d + TG_CHECKSUM_FROM, len - TG_CHECKSUM_FROM));
}

static void test_train_deterministic(void) {
    size_t a_len = 0, b_len = 0, p_len = 0;
    uint8_t *a = train(&a_len, "127", "1", "5"), *b = train(&b_len, "127", "1", "5");
    uint8_t *plain = train(&p_len, "0", "1", "5");
    OK(a && b && plain);
    if (!a || !b || !plain)
        return;
    OK(a_len == b_len && memcmp(a, b, a_len) == 0, "two runs with edge features differ");
    INT_EQ(rd32(a + 8), TG_MODEL_VERSION);
    INT_EQ(rd32(plain + 8), TG_MODEL_VERSION_NOEDGE);
    tagger_model m;
    INT_EQ(tg_model_open(a, a_len, &m, NULL, 0), RASAD_OK);
    OK(m.ecap > 0 && m.erows > 0 && m.eset == 127, "ecap %u erows %u eset %u", m.ecap, m.erows,
       m.eset);
    INT_EQ(tg_model_open(plain, p_len, &m, NULL, 0), RASAD_OK);
    OK(m.ecap == 0 && m.erows == 0 && m.eset == 0);
    /* the first pass fits its own training data with edge features */
    size_t f_len = 0;
    void *f = train(&f_len, "31", "0", "2");
    rasad_model *rm = NULL;
    INT_EQ(rasad_model_load_mem(f, f_len, &rm, NULL), RASAD_OK);
    rasad_ner_scores s;
    INT_EQ(rasad_ner_eval_conll(rm, TINY, strlen(TINY), &s, NULL), RASAD_OK);
    INT_EQ(s.sentences, 6);
    OK(s.tp[RASAD_ENT__COUNT] >= 10, "tp %zu of 11", s.tp[RASAD_ENT__COUNT]);
    rasad_model_free(rm);
    rasad_free(f);
    /* unknown edge bits are refused */
    const char *names[] = {"edge"};
    const char *values[] = {"128"};
    void *x = NULL;
    size_t xl;
    INT_EQ(rasad_ner_train(TINY, strlen(TINY), NULL, 0, names, values, 1, NULL, NULL, &x, &xl, NULL),
           RASAD_EINVAL);
    rasad_free(a);
    rasad_free(b);
    rasad_free(plain);
}

static void test_refuse_corrupt(void) {
    size_t len = 0;
    uint8_t *good = train(&len, "31", "1", "1");
    OK(good && len > TG_MODEL_HEADER);
    if (!good)
        return;
    tagger_model m;
    INT_EQ(tg_model_open(good, len, &m, NULL, 0), RASAD_OK);
    uint32_t ecap = m.ecap;
    size_t eslots = (size_t)((const uint8_t *)m.eslots - good);
    /* truncated, also inside the edge sections (they come last) */
    size_t cuts[] = {len - 1, len - 8, len - 180, eslots + 8, eslots, eslots - 8, len / 2};
    uint8_t *bad = malloc(len);
    OK(bad != NULL);
    if (!bad)
        return;
    for (size_t i = 0; i < sizeof cuts / sizeof cuts[0]; i++) {
        memcpy(bad, good, cuts[i]);
        OK(tg_model_open(bad, cuts[i], &m, NULL, 0) == RASAD_EFORMAT, "cut at %zu", cuts[i]);
    }
    /* a flipped byte in the edge weights: checksum */
    memcpy(bad, good, len);
    bad[len - 5] ^= 0x21;
    INT_EQ(tg_model_open(bad, len, &m, NULL, 0), RASAD_ECHECKSUM);
    /* an edge slot naming a row past the table, resealed */
    memcpy(bad, good, len);
    for (uint32_t i = 0; i < ecap; i++) {
        uint8_t *slot = bad + eslots + (size_t)i * 8;
        if (rd32(slot) != 0) {
            wr32(slot + 4, 0x7fffffffu);
            break;
        }
    }
    reseal(bad, len);
    INT_EQ(tg_model_open(bad, len, &m, NULL, 0), RASAD_EFORMAT);
    /* a full edge table (no empty slot) would make lookups probe forever */
    memcpy(bad, good, len);
    for (uint32_t i = 0; i < ecap; i++)
        if (rd32(bad + eslots + (size_t)i * 8) == 0)
            wr32(bad + eslots + (size_t)i * 8, 0x5eedu);
    reseal(bad, len);
    INT_EQ(tg_model_open(bad, len, &m, NULL, 0), RASAD_EFORMAT);
    /* version 2 with an edge table, version 3 without one */
    memcpy(bad, good, len);
    wr32(bad + 8, TG_MODEL_VERSION_NOEDGE);
    reseal(bad, len);
    INT_EQ(tg_model_open(bad, len, &m, NULL, 0), RASAD_EFORMAT);
    memcpy(bad, good, len);
    wr32(bad + 76, 0);
    reseal(bad, len);
    INT_EQ(tg_model_open(bad, len, &m, NULL, 0), RASAD_EFORMAT);
    /* unknown key-set bits, a capacity that is not a power of two, more
     * rows than the file holds, a reserved byte */
    uint32_t edits[][2] = {{76, 0x80u | 31u}, {68, ecap + 1}, {68, 0}, {72, 0x10000u}, {80, 1}};
    for (size_t i = 0; i < sizeof edits / sizeof edits[0]; i++) {
        memcpy(bad, good, len);
        wr32(bad + edits[i][0], edits[i][1]);
        reseal(bad, len);
        OK(tg_model_open(bad, len, &m, NULL, 0) == RASAD_EFORMAT, "edit %zu accepted", i);
    }
    /* a future version */
    memcpy(bad, good, len);
    wr32(bad + 8, TG_MODEL_VERSION + 1);
    INT_EQ(tg_model_open(bad, len, &m, NULL, 0), RASAD_EVERSION);
    free(bad);
    rasad_free(good);
}

static uint64_t lcg(uint64_t *s) {
    *s = *s * 6364136223846793005ull + 1442695040888963407ull;
    return *s >> 33;
}

static void test_viterbi_pos(void) {
    enum { N = 17, NT = TG_NTRANS };
    int64_t emit[N * TG_NLABELS], trans[NT], tpos[N * NT];
    uint8_t back[N * TG_NLABELS], a[N], b[N];
    uint64_t seed = 9;
    for (int round = 0; round < 50; round++) {
        size_t n = 1 + lcg(&seed) % N;
        for (size_t k = 0; k < n * TG_NLABELS; k++)
            emit[k] = (int64_t)(lcg(&seed) % 2001) - 1000;
        for (size_t j = 0; j < NT; j++)
            trans[j] = (int64_t)(lcg(&seed) % 401) - 200;
        for (size_t t = 0; t < n; t++)
            memcpy(tpos + t * NT, trans, sizeof trans);
        tg_viterbi(emit, n, trans, back, a);
        tg_viterbi_pos(emit, n, tpos, back, b);
        OK(memcmp(a, b, n) == 0, "round %d", round);
        /* the constant table plus int32 per-position scores (tagging) */
        static int32_t eacc[N * NT];
        for (size_t k = 0; k < n * NT; k++) {
            eacc[k] = (int32_t)(lcg(&seed) % 101) - 50;
            tpos[k] = trans[k % NT] + eacc[k];
        }
        tg_viterbi_pos(emit, n, tpos, back, a);
        tg_viterbi_edge(emit, n, trans, eacc, back, b);
        OK(memcmp(a, b, n) == 0, "edge, round %d", round);
        /* and the decoded sequence is well formed */
        for (size_t t = 0; t < n; t++)
            OK(tg_allowed(t ? b[t - 1] : TG_NLABELS, b[t]));
        /* a huge edge score at one position forces its pair */
        size_t t = n > 1 ? 1 + lcg(&seed) % (n - 1) : 0;
        unsigned prev = t ? TG_B_ORG : TG_NLABELS, cur = t ? TG_I_ORG : TG_B_ORG;
        tpos[t * NT + prev * TG_NLABELS + cur] += 1000000;
        tg_viterbi_pos(emit, n, tpos, back, b);
        OK(b[t] == cur && (t == 0 || b[t - 1] == prev), "forced pair at %zu", t);
    }
}

/* Sentences to tag, words separated by spaces. */
static const char *const SENTENCES[] = {
    "قال الرئيس جورج بوش في بغداد .",
    "التقى محمد بن راشد آل مكتوم مع البنك العربي التجاري في عمان .",
    "واعلنت حركة حماس ان فريق الاهلي فاز بكأس افريقيا في غزة .",
    "بغداد",
    "« »",
};

static void test_tagging(void) {
    size_t len = 0;
    void *bytes = train(&len, "127", "1", "4");
    tagger_model m;
    OK(bytes && tg_model_open(bytes, len, &m, NULL, 0) == RASAD_OK && m.ecap && m.s2cap);
    if (!bytes)
        return;
    /* one word a line, a blank line after each sentence */
    char text[4096];
    size_t tl = 0;
    for (int r = 0; r < 4; r++)
        for (size_t k = 0; k < sizeof SENTENCES / sizeof SENTENCES[0]; k++) {
            for (const char *p = SENTENCES[k]; *p && tl + 3 < sizeof text; p++)
                text[tl++] = *p == ' ' ? '\n' : *p;
            text[tl++] = '\n';
            text[tl++] = '\n';
        }
    text[tl] = '\0';
    conll_doc d;
    INT_EQ(conll_parse(text, strlen(text), false, &d, NULL, 0), RASAD_OK);
    tg_wordbuf wb = {0};
    INT_EQ(tg_words_from_raw(&wb, d.toks, d.ntoks), RASAD_OK);
    OK(d.ntoks <= 512);
    /* first pass: with and without a memo */
    tg_work plain = {0}, fast = {0};
    fast.memo = tg_memo_new(8);
    OK(fast.memo != NULL);
    int same = 1;
    for (int pass = 0; pass < 2; pass++) /* cold, then warm */
        for (size_t k = 0; k < d.nsent; k++) {
            size_t a = d.sent[k], n = d.sent[k + 1] - a;
            uint8_t l1[64], l2[64];
            INT_EQ(tg_tag_words(&m, wb.words + a, n, &plain, l1), RASAD_OK);
            INT_EQ(tg_tag_words(&m, wb.words + a, n, &fast, l2), RASAD_OK);
            same &= memcmp(l1, l2, n) == 0;
        }
    OK(same, "the memo changes an edge model's labels");
    tg_memo_free(fast.memo);
    fast.memo = NULL;
    tg_work_free(&plain);
    tg_work_free(&fast);
    /* both passes: the document at once, and a sentence at a time */
    uint8_t whole[512], part[512];
    int32_t mw[512], mp[512];
    tg_docwork dw = {0};
    INT_EQ(tg_tag_doc(&m, wb.words, d.sent, d.nsent, 0, d.nsent, &dw, whole, mw), RASAD_OK);
    for (size_t k = 0; k < d.nsent; k++)
        INT_EQ(tg_tag_doc(&m, wb.words, d.sent, d.nsent, k, k + 1, &dw, part, mp), RASAD_OK);
    OK(memcmp(whole, part, d.ntoks) == 0 && memcmp(mw, mp, d.ntoks * sizeof *mw) == 0,
       "sentence-at-a-time tagging differs from whole-document tagging");
    for (size_t t = 0; t < d.ntoks; t++)
        OK(whole[t] < TG_NLABELS);
    tg_docwork_free(&dw);
    tg_wordbuf_free(&wb);
    conll_free(&d);
    rasad_free(bytes);
}

TEST_MAIN(test_train_deterministic, test_refuse_corrupt, test_viterbi_pos, test_tagging)
