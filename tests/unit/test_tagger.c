/* SPDX-License-Identifier: MIT
 *
 * test_tagger.c - the NER tagger (issue 4): training is deterministic,
 * entity-level scores match a hand count, corrupted and truncated model
 * files are refused with the right error, the CoNLL reader's edge cases,
 * and doc-level tagging with the built-in model.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "rasad.h"
#include "tagger/conll.h"
#include "tagger/model.h"
#include "tagger/stack.h"
#include "tagger/tagger.h"
#include "tagger/tagwork.h"

/* A tiny training corpus: names after titles, places after في. */
static const char TINY[] =
    "قال\tO\nالرئيس\tO\nجورج\tB-PER\nبوش\tI-PER\nفي\tO\nبغداد\tB-LOC\n.\tO\n\n"
    "وصل\tO\nالوزير\tO\nعمرو\tB-PER\nموسى\tI-PER\nالى\tO\nدمشق\tB-LOC\n.\tO\n\n"
    "اعلنت\tO\nحركة\tO\nحماس\tB-ORG\nفي\tO\nغزة\tB-LOC\n.\tO\n\n"
    "فاز\tO\nفريق\tO\nالاهلي\tB-ORG\nبكأس\tB-MISC\nافريقيا\tI-MISC\n.\tO\n\n";

/* stack "0" trains the first pass alone: the second pass learns from
 * jackknifed first-pass labels, which four sentences cannot give it, so
 * only the first pass is expected to fit the tiny corpus. */
static void *train_tiny(size_t *len, const char *seed, const char *stack) {
    const char *names[] = {"epochs", "seed", "stack"};
    const char *values[] = {"5", seed, stack};
    void *model = NULL;
    rasad_error err;
    rasad_status st = rasad_ner_train(TINY, strlen(TINY), NULL, 0, names, values, 3, NULL, NULL,
                                      &model, len, &err);
    INT_EQ(st, RASAD_OK);
    return model;
}

static void test_deterministic(void) {
    size_t a_len = 0, b_len = 0;
    void *a = train_tiny(&a_len, "7", "0"), *b = train_tiny(&b_len, "7", "0");
    OK(a && b);
    INT_EQ(a_len, b_len);
    OK(a && b && a_len == b_len && memcmp(a, b, a_len) == 0, "two runs with one seed differ");
    /* with the second pass too */
    size_t c_len = 0, d_len = 0;
    void *c = train_tiny(&c_len, "7", "1"), *d = train_tiny(&d_len, "7", "1");
    OK(c && d && c_len == d_len && c_len > a_len && memcmp(c, d, c_len) == 0,
       "two runs with one seed and the second pass differ");
    rasad_free(c);
    rasad_free(d);
    /* the model tags its own training sentence right */
    rasad_model *m = NULL;
    INT_EQ(rasad_model_load_mem(a, a_len, &m, NULL), RASAD_OK);
    rasad_ner_scores s;
    INT_EQ(rasad_ner_eval_conll(m, TINY, strlen(TINY), &s, NULL), RASAD_OK);
    INT_EQ(s.tokens, 26);
    INT_EQ(s.sentences, 4);
    OK(s.tp[RASAD_ENT__COUNT] >= 8, "tp %zu", s.tp[RASAD_ENT__COUNT]);
    rasad_model_free(m);
    rasad_free(a);
    rasad_free(b);
}

/* The training margin (cost-augmented updates) keeps training
 * deterministic and still fits the tiny corpus. */
static void test_margin(void) {
    const char *names[] = {"epochs", "seed", "stack", "margin", "stack-margin"};
    const char *values[] = {"8", "3", "0", "4", "2000"};
    void *a = NULL, *b = NULL;
    size_t a_len = 0, b_len = 0;
    INT_EQ(rasad_ner_train(TINY, strlen(TINY), NULL, 0, names, values, 5, NULL, NULL, &a, &a_len, NULL),
           RASAD_OK);
    INT_EQ(rasad_ner_train(TINY, strlen(TINY), NULL, 0, names, values, 5, NULL, NULL, &b, &b_len, NULL),
           RASAD_OK);
    OK(a && b && a_len == b_len && memcmp(a, b, a_len) == 0, "two runs with a margin differ");
    rasad_model *m = NULL;
    INT_EQ(rasad_model_load_mem(a, a_len, &m, NULL), RASAD_OK);
    rasad_ner_scores s;
    INT_EQ(rasad_ner_eval_conll(m, TINY, strlen(TINY), &s, NULL), RASAD_OK);
    OK(s.tp[RASAD_ENT__COUNT] >= 8, "tp %zu", s.tp[RASAD_ENT__COUNT]);
    rasad_model_free(m);
    rasad_free(a);
    rasad_free(b);
    /* a margin changes what is learned */
    const char *n2[] = {"epochs", "seed", "stack"};
    const char *v2[] = {"8", "3", "0"};
    void *c = NULL;
    size_t c_len = 0;
    INT_EQ(rasad_ner_train(TINY, strlen(TINY), NULL, 0, n2, v2, 3, NULL, NULL, &c, &c_len, NULL),
           RASAD_OK);
    OK(c && (c_len != a_len || memcmp(a, c, c_len) != 0), "the margin had no effect");
    rasad_free(c);
}

static void test_params(void) {
    size_t n = 0;
    const rasad_ner_param *p = rasad_ner_train_params(&n);
    OK(n >= 5);
    for (size_t i = 0; i < n; i++)
        OK(p[i].name && p[i].type && p[i].def && p[i].help && p[i].help[0]);
    const char *names[] = {"no-such-param"};
    const char *values[] = {"1"};
    void *model = NULL;
    size_t len;
    INT_EQ(rasad_ner_train(TINY, strlen(TINY), NULL, 0, names, values, 1, NULL, NULL, &model, &len,
                           NULL),
           RASAD_EINVAL);
    const char *n2[] = {"epochs"};
    const char *v2[] = {"many"};
    INT_EQ(rasad_ner_train(TINY, strlen(TINY), NULL, 0, n2, v2, 1, NULL, NULL, &model, &len, NULL),
           RASAD_EINVAL);
}

/* Hand count. Gold entities: PER(A B) LOC(D) ORG(E F) MISC(H) LOC(X) = 5.
 * Predicted: PER(A B) right; ORG(D) wrong type; ORG(E) wrong boundary;
 * MISC(H) right; I-LOC(X) after O starts an entity (conlleval) and is
 * right = 5 predicted, 3 correct: P = R = F1 = 60. Per type: PER 1/1/0,
 * LOC tp 1 fn 1, ORG tp 0 fp 2 fn 1, MISC tp 1. */
static void test_eval_hand(void) {
    const char *gold = "A B-PER\nB I-PER\nC O\nD B-LOC\n\nE B-ORG\nF I-ORG\nG O\nH B-MISC\n\nX B-LOC\n";
    const char *pred = "A\tB-PER\nB\tI-PER\nC\tO\nD\tB-ORG\n\nE\tB-ORG\nF\tO\nG\tO\nH\tB-MISC\n\nX\tI-LOC\n";
    rasad_ner_scores s;
    rasad_error err;
    INT_EQ(rasad_ner_score_conll(gold, strlen(gold), pred, strlen(pred), &s, &err), RASAD_OK);
    INT_EQ(s.tp[RASAD_ENT__COUNT], 3);
    INT_EQ(s.fp[RASAD_ENT__COUNT], 2);
    INT_EQ(s.fn[RASAD_ENT__COUNT], 2);
    INT_EQ(s.tp[RASAD_ENT_PER], 1);
    INT_EQ(s.tp[RASAD_ENT_LOC], 1);
    INT_EQ(s.fn[RASAD_ENT_LOC], 1);
    INT_EQ(s.fp[RASAD_ENT_ORG], 2);
    INT_EQ(s.fn[RASAD_ENT_ORG], 1);
    INT_EQ(s.tp[RASAD_ENT_MISC], 1);
    INT_EQ(s.tokens, 9);
    INT_EQ(s.token_correct, 6); /* D, F and X (I-LOC for B-LOC) differ */
    double p, r, f;
    rasad_ner_prf(&s, RASAD_ENT__COUNT, &p, &r, &f);
    OK(p > 59.999 && p < 60.001 && r > 59.999 && r < 60.001 && f > 59.999 && f < 60.001);
    rasad_ner_prf(&s, RASAD_ENT_ORG, &p, &r, &f);
    OK(p == 0 && r == 0 && f == 0);
    rasad_ner_prf(&s, RASAD_ENT_PER, &p, &r, &f);
    OK(f > 99.999);
    /* mismatched tokens are an error */
    INT_EQ(rasad_ner_score_conll(gold, strlen(gold), "A O\n", 4, &s, &err), RASAD_EFORMAT);
}

static void test_conll(void) {
    const char *t = "w1 x B-PERS\r\nw2\tI-PER\n \t\n\n\nw3 O\n";
    conll_doc d;
    char err[160];
    INT_EQ(conll_parse(t, strlen(t), true, &d, err, sizeof err), RASAD_OK);
    INT_EQ(d.ntoks, 3);
    INT_EQ(d.nsent, 2);
    INT_EQ(d.toks[0].label, TG_B_PER);
    INT_EQ(d.toks[1].label, TG_I_PER);
    INT_EQ(d.toks[0].word_len, 2);
    conll_free(&d);
    const char *bad = "w1 O\nw2 B-XYZ\n";
    INT_EQ(conll_parse(bad, strlen(bad), true, &d, err, sizeof err), RASAD_EFORMAT);
    OK(strstr(err, "line 2") != NULL, "%s", err);
    /* without labels a bad tag is ignored and a lone token is fine */
    INT_EQ(conll_parse(bad, strlen(bad), false, &d, err, sizeof err), RASAD_OK);
    INT_EQ(d.ntoks, 2);
    conll_free(&d);
    INT_EQ(conll_parse("", 0, true, &d, err, sizeof err), RASAD_OK);
    INT_EQ(d.nsent, 0);
    conll_free(&d);
}

static void test_refuse_corrupt(void) {
    size_t len = 0;
    uint8_t *good = train_tiny(&len, "1", "1");
    OK(good && len > TG_MODEL_HEADER);
    if (!good)
        return;
    rasad_model *m = NULL;
    rasad_error err;
    INT_EQ(rasad_model_load_mem(good, len, &m, &err), RASAD_OK);
    rasad_model_free(m);
    /* truncated anywhere */
    size_t cuts[] = {0, 1, 8, 63, 64, 100, len / 2, len - 8, len - 1};
    for (size_t i = 0; i < sizeof cuts / sizeof cuts[0]; i++) {
        m = NULL;
        rasad_status st = rasad_model_load_mem(good, cuts[i], &m, &err);
        OK(st == RASAD_EFORMAT, "cut at %zu: %d", cuts[i], st);
        OK(m == NULL);
    }
    uint8_t *bad = malloc(len);
    /* a flipped byte in the body: checksum */
    memcpy(bad, good, len);
    bad[len - 3] ^= 0x40;
    INT_EQ(rasad_model_load_mem(bad, len, &m, &err), RASAD_ECHECKSUM);
    OK(strstr(err.message, "checksum") != NULL, "%s", err.message);
    /* bad magic */
    memcpy(bad, good, len);
    bad[0] = 'X';
    INT_EQ(rasad_model_load_mem(bad, len, &m, &err), RASAD_EFORMAT);
    /* a future version */
    memcpy(bad, good, len);
    bad[8] = 99;
    INT_EQ(rasad_model_load_mem(bad, len, &m, &err), RASAD_EVERSION);
    /* a lying size field */
    memcpy(bad, good, len);
    bad[40] ^= 1;
    INT_EQ(rasad_model_load_mem(bad, len, &m, &err), RASAD_EFORMAT);
    /* an absurd table capacity */
    memcpy(bad, good, len);
    bad[27] = 0x7f;
    INT_EQ(rasad_model_load_mem(bad, len, &m, &err), RASAD_EFORMAT);
    /* every single byte of the header, flipped, is refused or harmless */
    for (size_t i = 0; i < TG_MODEL_HEADER; i++) {
        memcpy(bad, good, len);
        bad[i] ^= 0xff;
        m = NULL;
        if (rasad_model_load_mem(bad, len, &m, &err) == RASAD_OK) {
            /* only a few header bytes (scale) may still give a model */
            OK(i >= 20 && i < 24, "flipped header byte %zu accepted", i);
            rasad_model_free(m);
        }
    }
    /* files: missing, and a good one */
    INT_EQ(rasad_model_load("/nonexistent/ner.bin", &m), RASAD_EIO);
    char path[] = "/tmp/test_tagger_XXXXXX";
    int fd = mkstemp(path);
    OK(fd >= 0);
    if (fd >= 0) {
        FILE *f = fdopen(fd, "wb");
        OK(f && fwrite(good, 1, len, f) == len);
        if (f)
            fclose(f);
        INT_EQ(rasad_model_load(path, &m), RASAD_OK);
        rasad_model_free(m);
        remove(path);
    }
    rasad_model_free(NULL);
    free(bad);
    rasad_free(good);
}

static void test_builtin(void) {
    const rasad_model *m = rasad_model_default();
    OK(m != NULL, "no built-in model");
    const char *in = "قال\nالرئيس\nجورج\nبوش\nفي\nبغداد\n.\n\nوصل\n";
    char *out = NULL;
    size_t len = 0;
    INT_EQ(rasad_ner_tag_conll(NULL, in, strlen(in), &out, &len), RASAD_OK);
    OK(out && strstr(out, "جورج\tB-PER\n") && strstr(out, "بغداد\tB-LOC\n"), "%s", out ? out : "");
    OK(out && strstr(out, ".\tO\n\nوصل\t"), "blank line kept");
    rasad_free(out);
    /* doc-level entities */
    const char *text = "قال الرئيس جورج بوش في بغداد إن القوات الأمريكية باقية.";
    rasad_doc *doc = NULL;
    INT_EQ(rasad_doc_new(text, strlen(text), NULL, &doc), RASAD_OK);
    const tagger_entity *ents = NULL;
    size_t n = 0;
    INT_EQ(tagger_doc_entities(doc, &ents, &n), RASAD_OK);
    OK(n >= 1, "no entity");
    int per = 0, loc = 0;
    for (size_t i = 0; i < n; i++) {
        OK(ents[i].tok_first <= ents[i].tok_last && ents[i].tok_last < rasad_doc_token_count(doc));
        OK(ents[i].score > 0.0f && ents[i].score <= 1.0f);
        per += ents[i].type == TG_PER;
        loc += ents[i].type == TG_LOC;
    }
    OK(per == 1 && loc == 1, "per %d loc %d", per, loc);
    const tagger_entity *again = NULL;
    size_t n2 = 0;
    INT_EQ(tagger_doc_entities(doc, &again, &n2), RASAD_OK);
    OK(again == ents && n2 == n, "cached");
    rasad_doc_free(doc);
}

/* The second pass: a tiny model has one, and the window's counts are
 * the same whether it slid there or was built from scratch. */
static uint64_t lcg(uint64_t *s) {
    *s = *s * 6364136223846793005ull + 1442695040888963407ull;
    return *s >> 33;
}

static void test_stack(void) {
    size_t len = 0;
    void *good = train_tiny(&len, "3", "1");
    tagger_model tm;
    OK(good && tg_model_open(good, len, &tm, NULL, 0) == RASAD_OK);
    OK(good && tm.s2cap > 0 && tm.s2rows > 0, "no second pass in the tiny model");
    rasad_free(good);

    enum { NS = 40, MAXLEN = 12 };
    size_t sent[NS + 1];
    uint64_t hl[NS * MAXLEN];
    uint8_t z[NS * MAXLEN];
    uint64_t seed = 42;
    sent[0] = 0;
    for (size_t k = 0; k < NS; k++) {
        size_t n = (size_t)(lcg(&seed) % MAXLEN); /* empty sentences too */
        for (size_t i = sent[k]; i < sent[k] + n; i++) {
            hl[i] = 1 + lcg(&seed) % 7; /* few words, so they recur */
            uint8_t prev = i > sent[k] ? z[i - 1] : TG_O;
            uint8_t y = (uint8_t)(lcg(&seed) % TG_NLABELS);
            if (tg_label_inside(y) && (prev == TG_O || tg_label_type(prev) != tg_label_type(y)))
                y = (uint8_t)(y - 1); /* I-X only after X */
            z[i] = y;
        }
        sent[k + 1] = sent[k] + n;
    }
    tg_pass1 p = {hl, z, sent, NS};
    tg_win slide = {0}, fresh = {0};
    uint64_t k1[MAXLEN * TG_S2_MAXF], k2[MAXLEN * TG_S2_MAXF];
    uint8_t n1[MAXLEN], n2[MAXLEN];
    int same = 1, phrase_hits = 0;
    for (size_t s = 0; s < NS; s++) {
        size_t lo, hi;
        tg_win_range(s, NS, 3, &lo, &hi);
        INT_EQ(tg_win_move(&slide, &p, lo, hi), RASAD_OK);
        tg_win_free(&fresh);
        INT_EQ(tg_win_move(&fresh, &p, lo, hi), RASAD_OK);
        tg_s2_features(&slide, &p, s, k1, n1);
        tg_s2_features(&fresh, &p, s, k2, n2);
        for (size_t i = 0; i < sent[s + 1] - sent[s]; i++) {
            same &= n1[i] == n2[i] && memcmp(k1 + i * TG_S2_MAXF, k2 + i * TG_S2_MAXF,
                                             n1[i] * sizeof *k1) == 0;
            phrase_hits += n1[i] > 5; /* more than the per-word stem features */
        }
    }
    OK(same, "a slid window gives other features than a fresh one");
    OK(phrase_hits > 0, "no recurring phrase found");
    tg_win_free(&slide);
    tg_win_free(&fresh);

    /* the built-in model: a document tagged at once, and one sentence at a
     * time with the window's context around it, gets the same labels */
    const tagger_model *bm = tagger_model_default();
    OK(bm != NULL && bm->s2cap > 0, "the built-in model has no second pass");
    if (!bm)
        return;
    char text[8192] = "";
    for (int r = 0; r < 12; r++)
        strcat(text, r % 3 ? "قال\nالرئيس\nجورج\nبوش\nفي\nبغداد\n.\n\n"
                           : "اعلنت\nحركة\nحماس\nان\nبان\nكي\nمون\nوصل\n.\n\n");
    conll_doc d;
    INT_EQ(conll_parse(text, strlen(text), false, &d, NULL, 0), RASAD_OK);
    tg_wordbuf wb = {0};
    INT_EQ(tg_words_from_raw(&wb, d.toks, d.ntoks), RASAD_OK);
    uint8_t whole[256], part[256];
    int32_t mw[256], mp[256];
    OK(d.ntoks <= 256);
    tg_docwork dw = {0};
    INT_EQ(tg_tag_doc(bm, wb.words, d.sent, d.nsent, 0, d.nsent, &dw, whole, mw), RASAD_OK);
    for (size_t k = 0; k < d.nsent; k++)
        INT_EQ(tg_tag_doc(bm, wb.words, d.sent, d.nsent, k, k + 1, &dw, part, mp), RASAD_OK);
    OK(memcmp(whole, part, d.ntoks) == 0 && memcmp(mw, mp, d.ntoks * sizeof *mw) == 0,
       "sentence-at-a-time tagging differs from whole-document tagging");
    tg_docwork_free(&dw);
    tg_wordbuf_free(&wb);
    conll_free(&d);
}

TEST_MAIN(test_deterministic, test_margin, test_params, test_eval_hand, test_conll, test_refuse_corrupt, test_builtin,
          test_stack)
