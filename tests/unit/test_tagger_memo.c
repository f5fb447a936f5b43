/* SPDX-License-Identifier: MIT
 *
 * test_tagger_memo.c - the NER tagger's fast path (issue 4, issue 5's
 * speed): the split of tg_features() into single-word keys at an offset,
 * sentence-edge keys and context keys gives exactly tg_features()'s keys,
 * word by word, on real news sentences and on edge cases (one and two
 * words, sentence edges, quotes, gazetteer phrases, head nouns, long and
 * odd tokens). A feature template added to tg_features() and not to the
 * split fails here. Then the memo (tagger/memo.h): scores through it,
 * cold, warm, and with a table small enough to evict, equal the full
 * path's scores integer for integer.
 */
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "rasad.h"
#include "tagger/conll.h"
#include "tagger/features.h"
#include "tagger/memo.h"
#include "tagger/model.h"
#include "tagger/tagger.h"
#include "tagger/tagwork.h"

/* Sentences, words separated by single spaces. Most come from the gold
 * dev articles (news text, as the tagger sees it); the rest are edge
 * cases. */
static const char *const SENTENCES[] = {
    "أثار الهجوم الأخير لتنظيم “ داعش ” الإرهابي على سجن الصناعة في مدينة الحسكة شمال شرق "
    "سوريا مخاوفَ من استعادة التنظيم قدراته .",
    "فهل يستطيع “ داعش ” استعادة قوته ، أو العودةِ إلى سابق عهده ؟",
    "من دون أن يتسنى التّحقّق من صحّة الرقم بحسب المرصد السوري .",
    "إثر طرده من آخر معاقله في الباغوز السورية في مارس/آذار 2019 على يد قوات سوريا "
    "الديمقراطية .",
    "قال الرئيس الأمريكي جورج بوش في البيت الأبيض إن الولايات المتحدة لن تتراجع .",
    "وأعلنت وزارة الخارجية الأمريكية أن وزير الخارجية كولن باول سيزور بغداد والقاهرة .",
    "ذكرت صحيفة « معاريف » الإسرائيلية أن حركة المقاومة الإسلامية حماس رفضت العرض .",
    "عرض برنامج \" الناس وأنا \" على قناة الجزيرة ، وفاز المنتخب بكأس العالم للشباب .",
    "وقالت الأمم المتحدة ومنظمة الصحة العالمية إن 13 شخصا قتلوا و 27 أصيبوا في ' هجوم ' .",
    "UN Security Council met in New York on 12/03/2020 , said AFP .",
    "بغداد",
    "بغداد .",
    "« »",
    "« كلمة",
    "\" \" \"",
    "ال و ب لل فال 5 ٪ % - -- ... …",
    "واستراتيجياتهمالاقتصاديةوالاجتماعيةوالسياسيةوالعسكريةالجديدة والمملكة العربية السعودية",
};

/* The sentence's words, split at spaces, as the tagger sees them. */
static size_t words_of(const char *s, tg_wordbuf *wb, conll_tok *toks, size_t max) {
    size_t n = 0;
    for (const char *p = s; *p && n < max;) {
        const char *e = strchr(p, ' ');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        toks[n++] = (conll_tok){p, (uint32_t)len, 0, false, 0};
        p += len;
        while (*p == ' ')
            p++;
    }
    INT_EQ(tg_words_from_raw(wb, toks, n), RASAD_OK);
    return n;
}

static int cmp_u64(const void *a, const void *b) {
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* Word i's keys from the split, into out (room for 6 x TG_MAX_FEATS). */
static size_t split_keys(const tg_res *res, const tg_word *w, const tg_tokinfo *ti, size_t n,
                         size_t i, uint64_t *out) {
    size_t k = tg_features_ctx(res, w, ti, n, i, out);
    for (int o = -2; o <= 2; o++) {
        if ((o < 0 && i < (size_t)-o) || (o > 0 && i + (size_t)o >= n))
            k += tg_features_edge(o, out + k);
        else
            k += tg_features_word(res, &w[(size_t)((ptrdiff_t)i + o)],
                                  &ti[(size_t)((ptrdiff_t)i + o)], o, out + k);
    }
    return k;
}

/* Every word of every sentence: the split's keys equal tg_features()'s. */
static size_t ngaz, nquote, nhead, nclu;

static void check_split(const tg_res *res, const char *what) {
    tg_wordbuf wb = {0};
    conll_tok toks[128];
    tg_tokinfo ti[128];
    uint64_t full[TG_MAX_FEATS], part[6 * TG_MAX_FEATS];
    size_t words = 0, bad = 0;
    for (size_t s = 0; s < sizeof SENTENCES / sizeof SENTENCES[0]; s++) {
        size_t n = words_of(SENTENCES[s], &wb, toks, 128);
        tg_prepare(res, wb.words, n, ti);
        for (size_t i = 0; i < n; i++) {
            ngaz += ti[i].gaz != 0;
            nquote += ti[i].qpos != 0;
            nhead += ti[i].head != 0;
            nclu += ti[i].has_cluster;
            size_t nf = tg_features(res, wb.words, ti, n, i, full, NULL);
            size_t np = split_keys(res, wb.words, ti, n, i, part);
            qsort(full, nf, sizeof full[0], cmp_u64);
            qsort(part, np, sizeof part[0], cmp_u64);
            words++;
            if (nf != np || memcmp(full, part, nf * sizeof full[0]) != 0) {
                bad++;
                fprintf(stderr, "%s: sentence %zu word %zu: %zu keys, split gives %zu\n", what,
                        s, i, nf, np);
            }
        }
    }
    OK(words > 150, "%zu words", words);
    INT_EQ(bad, 0);
    tg_wordbuf_free(&wb);
}

static void test_split_builtin(void) {
    const tagger_model *m = tagger_model_default();
    OK(m != NULL, "no built-in model");
    if (!m)
        return;
    tg_res res = {&m->lex, &m->clusters, m->cluster_bits};
    ngaz = nquote = nhead = nclu = 0;
    check_split(&res, "built-in model");
    /* the sentences reach the context facts */
    OK(ngaz >= 5 && nquote >= 5 && nhead >= 5 && nclu >= 50, "gaz %zu quote %zu head %zu clu %zu",
       ngaz, nquote, nhead, nclu);
}

/* Without a gazetteer and with another cluster width. */
static void test_split_bare(void) {
    const tagger_model *m = tagger_model_default();
    if (!m)
        return;
    tg_table none = {0, NULL, NULL};
    tg_res a = {&none, &m->clusters, 16};
    check_split(&a, "16-bit clusters, no gazetteer");
    tg_res b = {&none, &none, 32};
    check_split(&b, "no tables");
}

/* Scores of every sentence, and of all of them as one long sentence,
 * with memo (NULL = the full path) into emit; returns the words. */
static size_t score_all(const tagger_model *m, tg_memo *memo, int64_t *emit, tg_tokinfo *tis,
                        size_t cap) {
    tg_wordbuf wb = {0};
    tg_work w = {0};
    conll_tok toks[512];
    char all[8192] = "";
    size_t used = 0, nsent = sizeof SENTENCES / sizeof SENTENCES[0];
    for (size_t s = 0; s <= nsent; s++) {
        const char *text = SENTENCES[s < nsent ? s : 0];
        if (s == nsent) {
            for (size_t k = 0; k < nsent; k++) {
                if (k)
                    strcat(all, " ");
                strcat(all, SENTENCES[k]);
            }
            text = all;
        }
        size_t n = words_of(text, &wb, toks, 512);
        uint8_t labels[512];
        w.memo = memo;
        INT_EQ(tg_tag_words(m, wb.words, n, &w, labels), RASAD_OK);
        OK(used + n <= cap);
        if (used + n > cap)
            break;
        memcpy(emit + used * TG_NLABELS, w.emit, n * TG_NLABELS * sizeof *emit);
        memcpy(tis + used, w.ti, n * sizeof *tis);
        used += n;
    }
    tg_work_free(&w);
    tg_wordbuf_free(&wb);
    return used;
}

/* The word facts of two paths are equal, field by field. */
static size_t ti_diffs(const tg_tokinfo *a, const tg_tokinfo *b, size_t n) {
    size_t bad = 0;
    for (size_t i = 0; i < n; i++)
        bad += a[i].h_norm != b[i].h_norm || a[i].h_stem != b[i].h_stem ||
               a[i].h_light != b[i].h_light || a[i].light_off != b[i].light_off ||
               a[i].light_len != b[i].light_len || a[i].cluster != b[i].cluster ||
               a[i].has_cluster != b[i].has_cluster || a[i].shape != b[i].shape ||
               a[i].lenb != b[i].lenb || a[i].gaz != b[i].gaz || a[i].trig != b[i].trig ||
               a[i].qpos != b[i].qpos || a[i].qtrig != b[i].qtrig ||
               a[i].h_qhead != b[i].h_qhead || a[i].head != b[i].head ||
               a[i].h_head != b[i].h_head ||
               /* both paths clear each word's facts first, so a field
                * added to tg_tokinfo and not remembered by the memo
                * (memo.c: facts_to, facts_from) shows here */
               memcmp(&a[i], &b[i], sizeof a[i]) != 0;
    return bad;
}

static void test_memo_scores(void) {
    const tagger_model *m = tagger_model_default();
    if (!m)
        return;
    enum { CAP = 1024 };
    static int64_t full[CAP * TG_NLABELS], got[CAP * TG_NLABELS];
    static tg_tokinfo tfull[CAP], tgot[CAP];
    size_t n = score_all(m, NULL, full, tfull, CAP);
    OK(n > 300, "%zu words", n);
    /* the built-in model's per-thread memo, cold then warm */
    tg_memo *tm = tg_memo_thread(m);
    OK(tm != NULL);
    for (int round = 0; round < 2 && tm; round++) {
        INT_EQ(score_all(m, tm, got, tgot, CAP), n);
        OK(memcmp(full, got, n * TG_NLABELS * sizeof *full) == 0, "thread memo, round %d", round);
        INT_EQ(ti_diffs(tfull, tgot, n), 0);
    }
    OK(tm && tm->hits > 0 && tm->misses > 0);
    /* a memo of 256 entries: collisions, evictions, words kept */
    tg_memo *small = tg_memo_new(8);
    OK(small != NULL);
    for (int round = 0; round < 3 && small; round++) {
        INT_EQ(score_all(m, small, got, tgot, CAP), n);
        OK(memcmp(full, got, n * TG_NLABELS * sizeof *full) == 0, "small memo, round %d", round);
        INT_EQ(ti_diffs(tfull, tgot, n), 0);
    }
    OK(small && small->hits > 0 && small->bypass > 0);
    tg_memo_free(small);
    /* a loaded copy of the model: a memo bound to one model rebinds */
    OK(tg_memo_thread(NULL) == NULL);
    tg_memo *other = tg_memo_new(10);
    INT_EQ(score_all(m, other, got, tgot, CAP), n);
    uint8_t *bytes = aligned_alloc(64, (m->size + 63) / 64 * 64);
    tagger_model cm;
    OK(bytes != NULL);
    if (bytes) {
        memcpy(bytes, m->data, m->size);
        INT_EQ(tg_model_open(bytes, m->size, &cm, NULL, 0), RASAD_OK);
        OK(tg_memo_thread(&cm) == NULL, "a model other than the built-in has no thread memo");
        INT_EQ(score_all(&cm, other, got, tgot, CAP), n);
        OK(memcmp(full, got, n * TG_NLABELS * sizeof *full) == 0, "rebound memo");
        OK(other && other->model == &cm);
    }
    free(bytes);
    tg_memo_free(other);
}

/* Random sentences: words of random bytes (invalid UTF-8, NULs, quote
 * marks, long runs) mixed with news words, many repeated, scored with
 * and without a small memo; scores and facts must agree. */
static void test_memo_random(void) {
    const tagger_model *m = tagger_model_default();
    if (!m)
        return;
    static const char *const POOL[] = {"في", "الرئيس", "«", "»", "\"", "'", "وزارة", "الخارجية",
                                       "بغداد", "قال", "الولايات", "المتحدة", ".", "،", "2019",
                                       "داعش", "حركة", "كأس", "العالم", "_"};
    uint64_t rng = 0x5eed;
    tg_wordbuf wb = {0};
    tg_work plain = {0}, fast = {0};
    tg_memo *memo = tg_memo_new(8);
    OK(memo != NULL);
    static char bytes[64 * 1024];
    conll_tok toks[300];
    size_t bad = 0, words = 0;
    for (int round = 0; round < 300 && memo; round++) {
        rng = rng * 6364136223846793005ull + 1442695040888963407ull;
        size_t n = 1 + (size_t)(rng >> 33) % 60, used = 0;
        if (round % 50 == 0)
            n = 250; /* a long sentence */
        for (size_t i = 0; i < n; i++) {
            rng = rng * 6364136223846793005ull + 1442695040888963407ull;
            unsigned kind = (unsigned)(rng >> 60);
            const char *wd;
            size_t len;
            char tmp[80];
            if (kind < 10) {
                wd = POOL[(rng >> 40) % (sizeof POOL / sizeof POOL[0])];
                len = strlen(wd);
            } else {
                len = 1 + (size_t)(rng >> 20) % (kind == 15 ? 79 : 12);
                for (size_t b = 0; b < len; b++) {
                    rng = rng * 6364136223846793005ull + 1442695040888963407ull;
                    uint8_t c = (uint8_t)(rng >> 56);
                    /* Arabic letters' lead bytes often, any byte sometimes */
                    tmp[b] = (char)(b % 2 == 0 && c < 200 ? 0xD8 + (c & 1) : 0x80 + (c & 0x3f));
                    if (c > 250)
                        tmp[b] = (char)c;
                }
                wd = tmp;
            }
            memcpy(bytes + used, wd, len);
            toks[i] = (conll_tok){bytes + used, (uint32_t)len, 0, false, 0};
            used += len;
        }
        INT_EQ(tg_words_from_raw(&wb, toks, n), RASAD_OK);
        uint8_t l1[300], l2[300];
        fast.memo = memo;
        INT_EQ(tg_tag_words(m, wb.words, n, &plain, l1), RASAD_OK);
        INT_EQ(tg_tag_words(m, wb.words, n, &fast, l2), RASAD_OK);
        words += n;
        if (memcmp(plain.emit, fast.emit, n * TG_NLABELS * sizeof *plain.emit) != 0 ||
            memcmp(l1, l2, n) != 0 || ti_diffs(plain.ti, fast.ti, n) != 0)
            bad++;
    }
    INT_EQ(bad, 0);
    OK(memo && memo->hits > 1000 && memo->misses > 100 && memo->bypass > 100, "%zu words", words);
    tg_memo_free(memo);
    tg_work_free(&plain);
    tg_work_free(&fast);
    tg_wordbuf_free(&wb);
}

TEST_MAIN(test_split_builtin, test_split_bare, test_memo_scores, test_memo_random)
