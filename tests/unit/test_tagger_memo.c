/* SPDX-License-Identifier: MIT
 *
 * test_tagger_memo.c - the NER tagger's fast path (issue 4, issue 5's
 * speed): the split of tg_features() into single-word keys at an offset,
 * sentence-edge keys and context keys gives exactly tg_features()'s keys,
 * word by word, on real news sentences and on edge cases (one and two
 * words, sentence edges, quotes, gazetteer phrases, head nouns, long and
 * odd tokens). A feature template added to tg_features() and not to the
 * split fails here.
 */
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "rasad.h"
#include "tagger/conll.h"
#include "tagger/features.h"
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
            size_t nf = tg_features(res, wb.words, ti, n, i, full);
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

TEST_MAIN(test_split_builtin, test_split_bare)
