/* SPDX-License-Identifier: MIT
 *
 * features.c - feature extraction for the NER tagger (issue 4); see
 * features.h. Every feature is a 64-bit key: a template number mixed with
 * the hashes of the strings it looks at, so no feature string is ever
 * built. The templates follow the classical Arabic NER feature sets
 * (Benajiba & Rosso 2008; Abdul-Hamid & Darwish 2010): the word and its
 * +-2 window, stems, affixes, shape, gazetteer membership, trigger words
 * and word clusters.
 */
#include "tagger/features.h"

#include <pthread.h>
#include <stdbool.h>
#include <string.h>

/* Letters the light stemmer looks at, as UTF-8 of the normalized form. */
#define AR_WAW "\xD9\x88"  /* ARABIC LETTER WAW U+0648 */
#define AR_ALEF "\xD8\xA7" /* ARABIC LETTER ALEF U+0627 */
#define AR_LAM "\xD9\x84"  /* ARABIC LETTER LAM U+0644 */
#define AR_BEH "\xD8\xA8"  /* ARABIC LETTER BEH U+0628 */
#define AR_KAF "\xD9\x83"  /* ARABIC LETTER KAF U+0643 */
#define AR_FEH "\xD9\x81"  /* ARABIC LETTER FEH U+0641 */

enum {
    TG_SHAPE_ARABIC = 0, /* letters only, not Latin */
    TG_SHAPE_DIGITS,     /* digits only */
    TG_SHAPE_HASDIGIT,   /* letters and digits */
    TG_SHAPE_LATIN,      /* ASCII letters */
    TG_SHAPE_PUNCT,      /* ASCII punctuation only */
    TG_SHAPE_OTHER
};

/* Feature templates: the number goes into the key, so keep them stable
 * (changing one means retraining the model). */
enum {
    F_BIAS = 1,
    F_W0, F_WM1, F_WP1, F_WM2, F_WP2,
    F_STEM0, F_LIGHT0, F_LIGHTM1, F_LIGHTP1,
    F_BI_M1, F_BI_P1,
    F_PRE1, F_PRE2, F_PRE3, F_SUF1, F_SUF2, F_SUF3,
    F_SHAPE0, F_SHAPE_CTX, F_LEN0,
    F_GAZ0, F_GAZM1, F_GAZP1,
    F_TRIGM1, F_TRIGM2, F_TRIGP1, F_TRIG0,
    F_CLU0, F_CLUM1, F_CLUP1,
    F_FIRST, F_GAZ_W0, F_TRIGM1_W0, F_CLU_SLICE, F_CLU_W, F_NGRAM3, F_PRE4,
    F_LIGHTM2, F_LIGHTP2, F_LBI_M1, F_LBI_P1, F_STEMM1, F_STEMP1, F_SUF4, F_PROCL0,
    F_CLUM2, F_CLUP2, F_LTRI, F_SKIP, F_QPOS, F_QHEAD, F_QTRIG,
    F_HEAD, F_HEAD_H, F_HEAD_CLU, F_FREQ0,
    /* edge (label-pair) keys: their own table, see tg_edge_features() */
    E_CLU0 = 0x100, E_CLU_PAIR, E_GAZ0, E_TRIGM1, E_PROCL0, E_LIGHT0, E_TRIG0
};

uint64_t tg_hash_bytes(const char *s, size_t len) {
    uint64_t h = 14695981039346656037ull;
    for (size_t i = 0; i < len; i++)
        h = (h ^ (uint8_t)s[i]) * 1099511628211ull;
    return h;
}

uint64_t tg_mix(uint64_t h, uint64_t v) {
    uint64_t z = h * 0x9E3779B97F4A7C15ull + v;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

static size_t count_chars(const char *s, size_t len) {
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        n += ((uint8_t)s[i] & 0xC0) != 0x80;
    return n;
}

static int starts(const char *s, size_t len, const char *p) {
    size_t n = strlen(p);
    return len >= n && memcmp(s, p, n) == 0;
}

size_t tg_light_stem(const char *norm, size_t len, size_t *off) {
    size_t o = 0;
    /* a WAW conjunction: only when at least 3 letters stay */
    if (starts(norm, len, AR_WAW) && count_chars(norm + 2, len - 2) >= 3)
        o = 2;
    static const char *const ARTICLES[] = {AR_BEH AR_ALEF AR_LAM, AR_KAF AR_ALEF AR_LAM,
                                           AR_FEH AR_ALEF AR_LAM, AR_ALEF AR_LAM,
                                           AR_LAM AR_LAM};
    for (size_t k = 0; k < sizeof ARTICLES / sizeof ARTICLES[0]; k++) {
        size_t n = strlen(ARTICLES[k]);
        if (starts(norm + o, len - o, ARTICLES[k]) && count_chars(norm + o + n, len - o - n) >= 2) {
            o += n;
            break;
        }
    }
    *off = o;
    return len - o;
}

uint64_t tg_phrase_key(const uint64_t *h, size_t n) {
    uint64_t k = 0x5a17e11e5ull;
    for (size_t i = 0; i < n; i++)
        k = tg_mix(k, h[i]);
    return k;
}

uint64_t tg_cluster_key(const char *norm, size_t len) { return tg_mix(0xc1u, tg_hash_bytes(norm, len)); }

/* The frequency buckets share the class table under their own tag. */
#define FREQ_TAG 0xe1u
uint64_t tg_freq_key(const char *norm, size_t len) { return tg_mix(FREQ_TAG, tg_hash_bytes(norm, len)); }

/* ---- trigger words ------------------------------------------------------
 * Context words that announce an entity of a type, in light-stem form (no
 * article, no WAW): titles before names, place nouns before places,
 * organization nouns before organizations. */
enum { TRIG_NONE = 0, TRIG_PER, TRIG_SAY, TRIG_LOC, TRIG_ORG, TRIG_MISC, TRIG_PREP, TRIG_NAT };

typedef struct trig_word {
    const char *w;
    uint8_t cls;
} trig_word;

static const trig_word TRIGGERS[] = {
    {"رئيس", TRIG_PER}, {"وزير", TRIG_PER}, {"باحث", TRIG_PER}, {"شيخ", TRIG_PER},
    {"سيد", TRIG_PER}, {"سيده", TRIG_PER}, {"دكتور", TRIG_PER}, {"امير", TRIG_PER},
    {"ملك", TRIG_PER}, {"نائب", TRIG_PER}, {"متحدث", TRIG_PER}, {"جنرال", TRIG_PER},
    {"عقيد", TRIG_PER}, {"لواء", TRIG_PER}, {"زعيم", TRIG_PER}, {"قائد", TRIG_PER},
    {"مستشار", TRIG_PER}, {"سفير", TRIG_PER}, {"شاعر", TRIG_PER}, {"كاتب", TRIG_PER},
    {"فنان", TRIG_PER}, {"فنانه", TRIG_PER}, {"مخرج", TRIG_PER}, {"مدرب", TRIG_PER},
    {"لاعب", TRIG_PER}, {"نجم", TRIG_PER}, {"بن", TRIG_PER}, {"ابن", TRIG_PER},
    {"ابو", TRIG_PER}, {"مدير", TRIG_PER}, {"امين", TRIG_PER}, {"مبعوث", TRIG_PER},
    {"مراسل", TRIG_PER}, {"رئيسه", TRIG_PER}, {"وزيره", TRIG_PER}, {"د.", TRIG_PER},
    {"قال", TRIG_SAY}, {"قالت", TRIG_SAY}, {"اعلن", TRIG_SAY}, {"صرح", TRIG_SAY},
    {"اكد", TRIG_SAY}, {"اضاف", TRIG_SAY}, {"اوضح", TRIG_SAY}, {"اشار", TRIG_SAY},
    {"مدينه", TRIG_LOC}, {"محافظه", TRIG_LOC}, {"بلده", TRIG_LOC}, {"قريه", TRIG_LOC},
    {"منطقه", TRIG_LOC}, {"عاصمه", TRIG_LOC}, {"ولايه", TRIG_LOC}, {"دوله", TRIG_LOC},
    {"جمهوريه", TRIG_LOC}, {"مملكه", TRIG_LOC}, {"جنوب", TRIG_LOC}, {"شمال", TRIG_LOC},
    {"شرق", TRIG_LOC}, {"غرب", TRIG_LOC}, {"حي", TRIG_LOC}, {"مخيم", TRIG_LOC},
    {"اقليم", TRIG_LOC}, {"جزيره", TRIG_LOC}, {"نهر", TRIG_LOC}, {"بحر", TRIG_LOC},
    {"وسط", TRIG_LOC}, {"ضواحي", TRIG_LOC}, {"مطار", TRIG_LOC}, {"ميناء", TRIG_LOC},
    {"وكاله", TRIG_ORG}, {"حركه", TRIG_ORG}, {"تنظيم", TRIG_ORG}, {"حزب", TRIG_ORG},
    {"جماعه", TRIG_ORG}, {"منظمه", TRIG_ORG}, {"شركه", TRIG_ORG}, {"جامعه", TRIG_ORG},
    {"مجلس", TRIG_ORG}, {"وزاره", TRIG_ORG}, {"جبهه", TRIG_ORG}, {"اتحاد", TRIG_ORG},
    {"لجنه", TRIG_ORG}, {"صحيفه", TRIG_ORG}, {"قناه", TRIG_ORG}, {"بنك", TRIG_ORG},
    {"مؤسسه", TRIG_ORG}, {"نادي", TRIG_ORG}, {"فريق", TRIG_ORG}, {"هيئه", TRIG_ORG},
    {"منتخب", TRIG_ORG}, {"مركز", TRIG_ORG}, {"مصرف", TRIG_ORG}, {"محكمه", TRIG_ORG},
    {"جمعيه", TRIG_ORG}, {"اذاعه", TRIG_ORG}, {"رابطه", TRIG_ORG}, {"مجموعه", TRIG_ORG},
    {"مجله", TRIG_ORG}, {"معهد", TRIG_ORG}, {"برلمان", TRIG_ORG},
    {"كاس", TRIG_MISC}, {"بطوله", TRIG_MISC}, {"جائزه", TRIG_MISC}, {"دوري", TRIG_MISC},
    {"مهرجان", TRIG_MISC}, {"اولمبياد", TRIG_MISC}, {"عمليه", TRIG_MISC},
    {"عيد", TRIG_MISC}, {"مونديال", TRIG_MISC}, {"مؤتمر", TRIG_MISC}, {"معرض", TRIG_MISC},
    {"في", TRIG_PREP}, {"الي", TRIG_PREP}, {"من", TRIG_PREP}, {"علي", TRIG_PREP},
    {"عن", TRIG_PREP}, {"مع", TRIG_PREP}, {"بين", TRIG_PREP},
};
#define NTRIGGERS (sizeof TRIGGERS / sizeof TRIGGERS[0])
#define TRIG_SLOTS 512u

static uint64_t trig_keys[TRIG_SLOTS];
static uint8_t trig_cls[TRIG_SLOTS];
static pthread_once_t trig_once = PTHREAD_ONCE_INIT;

static void trig_build(void) {
    for (size_t k = 0; k < NTRIGGERS; k++) {
        uint64_t h = tg_hash_bytes(TRIGGERS[k].w, strlen(TRIGGERS[k].w));
        for (uint32_t i = (uint32_t)h & (TRIG_SLOTS - 1);; i = (i + 1) & (TRIG_SLOTS - 1))
            if (trig_keys[i] == 0 || trig_keys[i] == h) {
                trig_keys[i] = h;
                trig_cls[i] = TRIGGERS[k].cls;
                break;
            }
    }
}

static uint8_t trig_class(uint64_t h) {
    for (uint32_t i = (uint32_t)h & (TRIG_SLOTS - 1);; i = (i + 1) & (TRIG_SLOTS - 1)) {
        if (trig_keys[i] == h)
            return trig_cls[i];
        if (trig_keys[i] == 0)
            return TRIG_NONE;
    }
}

static uint8_t word_shape(const char *s, size_t len) {
    int digit = 0, latin = 0, punct = 0, other = 0;
    for (size_t i = 0; i < len; i++) {
        uint8_t c = (uint8_t)s[i];
        if (c >= '0' && c <= '9')
            digit = 1;
        else if (c >= 'a' && c <= 'z')
            latin = 1;
        else if (c < 0x80)
            punct = 1;
        else
            other = 1;
    }
    if (digit && !latin && !other && !punct)
        return TG_SHAPE_DIGITS;
    if (digit)
        return TG_SHAPE_HASDIGIT;
    if (latin && !other)
        return TG_SHAPE_LATIN;
    if (punct && !other && !latin)
        return TG_SHAPE_PUNCT;
    if (other && !latin && !punct)
        return TG_SHAPE_ARABIC;
    return TG_SHAPE_OTHER;
}

static uint8_t len_bucket(size_t chars) {
    return chars <= 2 ? (uint8_t)chars : chars <= 4 ? 3 : chars <= 6 ? 4 : chars <= 9 ? 5 : 6;
}

/* Quotation marks, as the normalized form keeps them. */
#define Q_LEFT_GUILLEMET "\xC2\xAB"  /* LEFT-POINTING DOUBLE ANGLE QUOTATION MARK U+00AB */
#define Q_RIGHT_GUILLEMET "\xC2\xBB" /* RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK U+00BB */
#define Q_LEFT_DOUBLE "\xE2\x80\x9C" /* LEFT DOUBLE QUOTATION MARK U+201C */
#define Q_RIGHT_DOUBLE "\xE2\x80\x9D" /* RIGHT DOUBLE QUOTATION MARK U+201D */

/* Longest quote the features look inside (words): titles of programmes,
 * films and papers are short; a long one is reported speech. */
#define Q_MAXLEN 8

static int is_word(const tg_word *w, const char *s) {
    size_t n = strlen(s);
    return w->norm_len == n && memcmp(w->norm, s, n) == 0;
}

/* The closing mark that pairs with an opening one at w, or NULL. */
static const char *quote_close(const tg_word *w) {
    if (is_word(w, Q_LEFT_GUILLEMET))
        return Q_RIGHT_GUILLEMET;
    if (is_word(w, Q_LEFT_DOUBLE))
        return Q_RIGHT_DOUBLE;
    if (is_word(w, "\""))
        return "\"";
    if (is_word(w, "'"))
        return "'";
    return NULL;
}

/* Marks the words of short quotes: names of programmes, papers, films
 * and products stand in quotes («الناس وأنا», "معاريف"), and the word
 * before the quote (برنامج، صحيفة، فيلم) says which kind. */
static void mark_quotes(const tg_word *w, size_t n, tg_tokinfo *ti) {
    for (size_t i = 0; i < n; i++) {
        const char *close = quote_close(&w[i]);
        if (!close)
            continue;
        size_t j = i + 1;
        while (j < n && j <= i + Q_MAXLEN + 1 && !is_word(&w[j], close))
            j++;
        if (j >= n || j > i + Q_MAXLEN + 1 || j == i + 1)
            continue;
        for (size_t k = i + 1; k < j; k++) {
            ti[k].qpos = j == i + 2 ? 4 : k == i + 1 ? 1 : k + 1 == j ? 3 : 2;
            ti[k].h_qhead = i ? ti[i - 1].h_light : 0xb05u;
            ti[k].qtrig = i ? ti[i - 1].trig : 0;
        }
        i = j; /* the closing mark does not open another quote */
    }
}

/* How far a head noun's phrase reaches (words after the head). */
#define HEAD_SPAN 4

/* Organization and event names open with a head noun and run on for a
 * few words (وزارة الخارجية الأمريكية، حركة المقاومة الإسلامية، كأس
 * العالم للشباب): the words after the head carry its class, their
 * distance from it and which head it was, so the words inside the name
 * see what opened it, not only the word right after the head. A
 * punctuation mark ends the phrase. */
static void mark_heads(tg_tokinfo *ti, size_t n) {
    size_t last = 0;
    int open = 0;
    for (size_t i = 0; i < n; i++) {
        if (ti[i].shape == TG_SHAPE_PUNCT) {
            open = 0;
            continue;
        }
        if (ti[i].trig == TRIG_ORG || ti[i].trig == TRIG_MISC) {
            last = i;
            open = 1;
        }
        if (open && i - last <= HEAD_SPAN) {
            ti[i].head = (uint8_t)((ti[last].trig == TRIG_ORG ? 1u : 2u) << 3 | (i - last));
            ti[i].h_head = ti[last].h_light;
        } else {
            open = 0;
        }
    }
}

/* A word's own facts except its class: hashes, light stem, shape,
 * length bucket, trigger class. */
static void word_facts(const tg_word *w, tg_tokinfo *t) {
    t->h_norm = tg_hash_bytes(w->norm, w->norm_len);
    t->h_stem = tg_hash_bytes(w->stem, w->stem_len);
    size_t off, ll = tg_light_stem(w->norm, w->norm_len, &off);
    t->light_off = (uint32_t)off;
    t->light_len = (uint32_t)ll;
    t->h_light = tg_hash_bytes(w->norm + off, ll);
    t->shape = word_shape(w->norm, w->norm_len);
    t->lenb = len_bucket(count_chars(w->norm, w->norm_len));
    t->trig = trig_class(t->h_light);
    if (t->trig == TRIG_NONE)
        t->trig = trig_class(t->h_norm);
}

/* A word's class under tag (cluster, frequency bucket), from its light
 * stem's hash; true when found. */
static bool class_of(const tg_res *res, const tg_word *w, const tg_tokinfo *t, uint64_t tag,
                     uint32_t *v) {
    if (!res->clusters)
        return false;
    if (tg_table_get(res->clusters, tg_mix(tag, t->h_light), v))
        return true;
    if (w->stem_len < w->norm_len) {
        /* a proclitic the light stemmer leaves (ل، ب، ك before a
         * name): the clitic stem's light stem may have a class */
        size_t off2, ll2 = tg_light_stem(w->stem, w->stem_len, &off2);
        return tg_table_get(res->clusters, tg_mix(tag, tg_hash_bytes(w->stem + off2, ll2)), v);
    }
    return false;
}

static void word_class(const tg_res *res, const tg_word *w, tg_tokinfo *t) {
    uint32_t v;
    if (class_of(res, w, t, 0xc1u, &v)) {
        t->cluster = v;
        t->has_cluster = 1;
    }
    if (class_of(res, w, t, FREQ_TAG, &v))
        t->freqb = (uint8_t)(v < 255 ? v : 255);
}

void tg_prepare_facts(const tg_word *w, tg_tokinfo *t) {
    pthread_once(&trig_once, trig_build);
    memset(t, 0, sizeof *t);
    word_facts(w, t);
}

void tg_prepare_class(const tg_res *res, const tg_word *w, tg_tokinfo *t) {
    word_class(res, w, t);
}

void tg_prepare_prefetch(const tg_res *res, const tg_tokinfo *t) {
    if (res->clusters && res->clusters->cap) {
        uint32_t slot = (uint32_t)tg_mix(0xc1u, t->h_light) & (res->clusters->cap - 1);
        __builtin_prefetch(&res->clusters->keys[slot]);
        __builtin_prefetch(&res->clusters->vals[slot]);
        slot = (uint32_t)tg_mix(FREQ_TAG, t->h_light) & (res->clusters->cap - 1);
        __builtin_prefetch(&res->clusters->keys[slot]);
        __builtin_prefetch(&res->clusters->vals[slot]);
    }
    if (res->lex && res->lex->cap) {
        uint32_t slot = (uint32_t)tg_phrase_key(&t->h_light, 1) & (res->lex->cap - 1);
        __builtin_prefetch(&res->lex->keys[slot]);
        __builtin_prefetch(&res->lex->vals[slot]);
    }
}

uint8_t tg_gaz1(const tg_res *res, uint64_t h_light) {
    uint32_t v;
    if (!res->lex || res->lex->cap == 0 || !tg_table_get(res->lex, tg_phrase_key(&h_light, 1), &v))
        return TG_GAZ1_KNOWN;
    return v < 64 ? (uint8_t)(TG_GAZ1_KNOWN | TG_GAZ1_FOUND | v) : 0;
}

/* The gazetteer's value of the phrase hs[0..len), or false; a one-word
 * phrase's answer may be known already (gaz1, see tg_gaz1). */
static bool lex_get(const tg_res *res, const uint64_t *hs, size_t len, uint8_t gaz1,
                    uint32_t *v) {
    if (len == 1 && gaz1) {
        *v = gaz1 & 63u;
        return (gaz1 & TG_GAZ1_FOUND) != 0;
    }
    return tg_table_get(res->lex, tg_phrase_key(hs, len), v);
}

void tg_prepare(const tg_res *res, const tg_word *w, size_t n, tg_tokinfo *ti) {
    pthread_once(&trig_once, trig_build);
    for (size_t i = 0; i < n; i++) {
        tg_tokinfo *t = &ti[i];
        memset(t, 0, sizeof *t);
        word_facts(&w[i], t);
        /* the class table is a megabyte: ask for every word's slot
         * before the lookups below, so the misses overlap */
        if (res->clusters && res->clusters->cap) {
            /* tg_cluster_key of the light stem, from its hash */
            uint32_t slot = (uint32_t)tg_mix(0xc1u, t->h_light) & (res->clusters->cap - 1);
            __builtin_prefetch(&res->clusters->keys[slot]);
            __builtin_prefetch(&res->clusters->vals[slot]);
        }
    }
    for (size_t i = 0; i < n; i++)
        word_class(res, &w[i], &ti[i]);
    tg_prepare_ctx(res, w, n, ti, NULL);
}

void tg_prepare_ctx(const tg_res *res, const tg_word *w, size_t n, tg_tokinfo *ti,
                    const uint8_t *gaz1) {
    mark_quotes(w, n, ti);
    mark_heads(ti, n);
    /* gazetteer: longest phrase from each start, left to right */
    if (!res->lex || res->lex->cap == 0)
        return;
    uint64_t hs[TG_GAZ_MAXLEN];
    for (size_t i = 0; i < n;) {
        size_t best = 0;
        uint32_t best_types = 0;
        for (size_t j = 0; j < TG_GAZ_MAXLEN && i + j < n; j++) {
            hs[j] = ti[i + j].h_light;
            uint32_t v;
            if (!lex_get(res, hs, j + 1, gaz1 && j == 0 ? gaz1[i] : 0, &v))
                break;
            if (v & (TG_LEX_PER | TG_LEX_LOC | TG_LEX_ORG | TG_LEX_ACT)) {
                best = j + 1;
                best_types = v & (TG_LEX_PER | TG_LEX_LOC | TG_LEX_ORG | TG_LEX_ACT);
            }
            if (!(v & TG_LEX_PREFIX))
                break;
        }
        if (best == 0) {
            i++;
            continue;
        }
        uint32_t act = (best_types & TG_LEX_ACT) != 0;
        ti[i].gaz |= (uint8_t)((best_types & 7u) | act << 6);
        for (size_t k = 1; k < best; k++)
            ti[i + k].gaz |= (uint8_t)((best_types & 7u) << 3 | act << 7);
        i += best;
    }
}

/* Hash of the first (from_end = 0) or last k characters of s. */
static uint64_t affix(const char *s, size_t len, size_t k, int from_end, int *ok) {
    size_t chars = 0, i;
    if (!from_end) {
        for (i = 0; i < len; i++)
            if (((uint8_t)s[i] & 0xC0) != 0x80 && chars++ == k)
                break;
        *ok = chars > k;
        return tg_hash_bytes(s, i);
    }
    for (i = len; i > 0; i--)
        if (((uint8_t)s[i - 1] & 0xC0) != 0x80 && ++chars == k)
            break;
    *ok = chars == k && i > 0;
    return tg_hash_bytes(s + (i ? i - 1 : 0), len - (i ? i - 1 : 0));
}

#define ADD(tpl, v) (out[nf++] = tg_mix((uint64_t)(tpl), (v)))

/* Prefixes and suffixes of the word, letter trigrams of its light stem. */
static size_t add_spelling(const tg_word *w, const tg_tokinfo *t, uint64_t *out, size_t nf) {
    const char *light = w->norm + t->light_off;
    for (size_t k = 1; k <= 3; k++) {
        int ok;
        uint64_t h = affix(light, t->light_len, k, 0, &ok);
        if (ok)
            ADD(F_PRE1 + (int)k - 1, h);
        h = affix(w->norm, w->norm_len, k, 1, &ok);
        if (ok)
            ADD(F_SUF1 + (int)k - 1, h);
    }
    /* letter trigrams inside the light stem: transliterated foreign
     * names (رامسفيلد، روبيتشود) share letter patterns the lexicon never
     * saw; capped so a long token cannot overflow the key array */
    size_t pos[40], np = 0;
    for (size_t b = 0; b < t->light_len && np < 40; b++)
        if (((uint8_t)light[b] & 0xC0) != 0x80)
            pos[np++] = b;
    for (size_t k = 0; k + 3 < np && k < 8; k++)
        ADD(F_NGRAM3, tg_hash_bytes(light + pos[k], pos[k + 3] - pos[k]));
    if (np >= 4)
        ADD(F_PRE4, tg_hash_bytes(light, pos[4 < np ? 4 : np - 1]));
    return nf;
}

/* What the clitic splitter took off the front (و، ب، ل، ال ...), when
 * the stem lies inside the word's form. */
static size_t add_proclitic(const tg_word *w, uint64_t *out, size_t nf) {
    uintptr_t sp = (uintptr_t)w->stem, np = (uintptr_t)w->norm;
    if (sp >= np && sp - np <= w->norm_len)
        ADD(F_PROCL0, tg_hash_bytes(w->norm, (size_t)(sp - np)));
    return nf;
}

/* ---- the keys, in three parts --------------------------------------------
 *
 * Most keys read one word only, at a fixed place relative to word i: its
 * own forms, or a neighbour's at -2..+2. For those the summed weights of
 * a word type at an offset are a constant of the model, which the
 * tagger remembers per word type (tagger/memo.h). So the templates are
 * defined once, in parts: word_rest() gives a word's keys at an offset
 * (edge() the sentence sentinels when the offset falls outside), and
 * ctx_rest() the keys that read two or more words or a context fact
 * (gaz, qpos, head). word_ident() and ctx_ident() are the keys that name
 * the word itself (its form, stem and light stem; the form bigrams with
 * its neighbours): word dropout in training hides exactly these, so they
 * are kept apart by kind, not by their place in the array.
 * tg_features() (training, and tagging without the memo) and the memo's
 * tg_features_word/edge/ctx() are both assembled from these parts. */

#define BOS_H 0xb05u /* sentence edges hash as fixed sentinels */
#define EOS_H 0xe05u

static size_t word_ident(const tg_tokinfo *t, uint64_t *out, size_t nf) {
    ADD(F_W0, t->h_norm);
    ADD(F_STEM0, t->h_stem);
    ADD(F_LIGHT0, t->h_light);
    return nf;
}

static size_t ctx_ident(const tg_tokinfo *ti, size_t n, size_t i, uint64_t *out, size_t nf) {
    uint64_t wm1 = i >= 1 ? ti[i - 1].h_norm : BOS_H, wp1 = i + 1 < n ? ti[i + 1].h_norm : EOS_H;
    ADD(F_BI_M1, tg_mix(wm1, ti[i].h_norm));
    ADD(F_BI_P1, tg_mix(ti[i].h_norm, wp1));
    return nf;
}

/* Keys of word w (facts t) seen from off words away (off 0: the word
 * itself, without its identity keys). Cluster value (clusters.c): coarse
 * class in bits 31-26, fine class in bits 25-16, two more clusterings in
 * bits 15-8 and 7-0. */
static size_t word_rest(const tg_res *res, const tg_word *w, const tg_tokinfo *t, int off,
                        uint64_t *out, size_t nf) {
    int clu32 = res->cluster_bits == 32;
    switch (off) {
    case 0:
        ADD(F_BIAS, 0);
        nf = add_spelling(w, t, out, nf);
        ADD(F_SHAPE0, t->shape);
        ADD(F_LEN0, t->lenb);
        if (t->trig)
            ADD(F_TRIG0, t->trig);
        if (clu32 && t->has_cluster) {
            ADD(F_CLU0, t->cluster >> 26);
            ADD(F_CLU0, 0x100 | (t->cluster >> 16 & 0x3ffu));
            ADD(F_CLU_SLICE, t->cluster >> 8 & 0xffu);
            ADD(F_CLU_SLICE, 0x100 | (t->cluster & 0xffu));
        } else if (clu32) {
            ADD(F_CLU0, 0xffffu); /* too rare to have a class */
        }
        {
            int ok;
            uint64_t h = affix(w->norm, w->norm_len, 4, 1, &ok);
            if (ok)
                ADD(F_SUF4, h);
        }
        nf = add_proclitic(w, out, nf);
        /* how common the word is in unlabeled news: names never seen
         * in train are mostly rare words there */
        if (t->freqb)
            ADD(F_FREQ0, t->freqb);
        break;
    case -1:
        ADD(F_WM1, t->h_norm);
        ADD(F_LIGHTM1, t->h_light);
        if (t->trig)
            ADD(F_TRIGM1, t->trig);
        if (clu32 && t->has_cluster) {
            ADD(F_CLUM1, t->cluster >> 16 & 0x3ffu);
            ADD(F_CLUM1, 0x1000 | t->cluster >> 26);
        }
        ADD(F_STEMM1, t->h_stem);
        break;
    case 1:
        ADD(F_WP1, t->h_norm);
        ADD(F_LIGHTP1, t->h_light);
        if (t->trig)
            ADD(F_TRIGP1, t->trig);
        if (clu32 && t->has_cluster) {
            ADD(F_CLUP1, t->cluster >> 16 & 0x3ffu);
            ADD(F_CLUP1, 0x1000 | t->cluster >> 26);
        }
        ADD(F_STEMP1, t->h_stem);
        break;
    case -2:
        ADD(F_WM2, t->h_norm);
        if (t->trig)
            ADD(F_TRIGM2, t->trig);
        ADD(F_LIGHTM2, t->h_light);
        if (t->has_cluster)
            ADD(F_CLUM2, t->cluster >> 26);
        break;
    case 2:
        ADD(F_WP2, t->h_norm);
        ADD(F_LIGHTP2, t->h_light);
        if (t->has_cluster)
            ADD(F_CLUP2, t->cluster >> 26);
        break;
    default:
        break;
    }
    return nf;
}

/* The sentinel keys of a neighbour position outside the sentence. */
static size_t edge(int off, uint64_t *out, size_t nf) {
    switch (off) {
    case -1:
        ADD(F_WM1, BOS_H);
        ADD(F_LIGHTM1, BOS_H);
        ADD(F_STEMM1, BOS_H);
        break;
    case -2:
        ADD(F_WM2, BOS_H);
        ADD(F_LIGHTM2, BOS_H);
        break;
    case 1:
        ADD(F_WP1, EOS_H);
        ADD(F_LIGHTP1, EOS_H);
        ADD(F_STEMP1, EOS_H);
        break;
    case 2:
        ADD(F_WP2, EOS_H);
        ADD(F_LIGHTP2, EOS_H);
        break;
    default:
        break;
    }
    return nf;
}

/* Keys of word i that read more than one word, or a context fact. */
static size_t ctx_rest(const tg_res *res, const tg_tokinfo *ti, size_t n, size_t i, uint64_t *out,
                       size_t nf) {
    const tg_tokinfo *t = &ti[i];
    uint64_t lm1 = i >= 1 ? ti[i - 1].h_light : BOS_H, lp1 = i + 1 < n ? ti[i + 1].h_light : EOS_H;
    ADD(F_SHAPE_CTX, (uint64_t)(i >= 1 ? ti[i - 1].shape + 1 : 0) * 16 + t->shape * 256 +
                         (i + 1 < n ? ti[i + 1].shape + 1 : 0));
    if (t->gaz) {
        ADD(F_GAZ0, t->gaz);
        ADD(F_GAZ_W0, tg_mix(t->gaz, t->h_light));
    }
    if (i >= 1 && ti[i - 1].gaz)
        ADD(F_GAZM1, ti[i - 1].gaz);
    if (i + 1 < n && ti[i + 1].gaz)
        ADD(F_GAZP1, ti[i + 1].gaz);
    if (i >= 1 && ti[i - 1].trig)
        ADD(F_TRIGM1_W0, tg_mix(ti[i - 1].trig, t->shape));
    if (res->cluster_bits == 32 && t->has_cluster)
        ADD(F_CLU_W, tg_mix(t->cluster >> 16 & 0x3ffu, lm1));
    if (i == 0)
        ADD(F_FIRST, 0);
    if (t->head) {
        ADD(F_HEAD, t->head);
        ADD(F_HEAD_H, tg_mix(t->head, t->h_head));
        ADD(F_HEAD_CLU, (uint64_t)t->head << 8 | (t->has_cluster ? t->cluster >> 26 : 0xffu));
    }
    ADD(F_LBI_M1, tg_mix(lm1, t->h_light));
    ADD(F_LBI_P1, tg_mix(t->h_light, lp1));
    ADD(F_LTRI, tg_mix(tg_mix(lm1, t->h_light), lp1));
    ADD(F_SKIP, tg_mix(lm1, lp1));
    if (t->qpos) {
        ADD(F_QPOS, t->qpos);
        ADD(F_QHEAD, tg_mix(t->qpos, t->h_qhead));
        ADD(F_QTRIG, (uint64_t)t->qtrig << 4 | t->qpos);
    }
    return nf;
}

uint64_t tg_bias_key(void) { return tg_mix((uint64_t)F_BIAS, 0); }

size_t tg_features(const tg_res *res, const tg_word *w, const tg_tokinfo *ti, size_t n, size_t i,
                   uint64_t out[TG_MAX_FEATS], size_t *nident) {
    size_t nf = word_ident(&ti[i], out, 0);
    nf = ctx_ident(ti, n, i, out, nf);
    if (nident)
        *nident = nf;
    nf = word_rest(res, &w[i], &ti[i], 0, out, nf);
    static const int OFFS[4] = {-2, -1, 1, 2};
    for (size_t k = 0; k < 4; k++) {
        int o = OFFS[k];
        if (o < 0 ? i >= (size_t)-o : i + (size_t)o < n)
            nf = word_rest(res, &w[(ptrdiff_t)i + o], &ti[(ptrdiff_t)i + o], o, out, nf);
        else
            nf = edge(o, out, nf);
    }
    return ctx_rest(res, ti, n, i, out, nf);
}

size_t tg_features_word(const tg_res *res, const tg_word *w, const tg_tokinfo *t, int off,
                        uint64_t out[TG_MAX_FEATS]) {
    size_t nf = off == 0 ? word_ident(t, out, 0) : 0;
    return word_rest(res, w, t, off, out, nf);
}

size_t tg_features_edge(int off, uint64_t out[TG_MAX_FEATS]) { return edge(off, out, 0); }

size_t tg_features_ctx(const tg_res *res, const tg_word *w, const tg_tokinfo *ti, size_t n,
                       size_t i, uint64_t out[TG_MAX_FEATS]) {
    (void)w;
    size_t nf = ctx_ident(ti, n, i, out, 0);
    return ctx_rest(res, ti, n, i, out, nf);
}

/* ---- edge keys ------------------------------------------------------------
 *
 * Observations of the label pair (y_{i-1}, y_i): each key's weight row
 * holds a score for every pair (model.h, edge table), added to the
 * transition table at position i. Few keys a word (TG_MAX_EDGE), since
 * each costs a row of (TG_NLABELS + 1) x TG_NLABELS scores. A name of
 * several words (محمد بن راشد آل مكتوم) is a run of I- labels; whether
 * word i continues the previous word's name is a property of the pair of
 * words more than of either word, which the constant transitions cannot
 * see. */

#define E_BOS 0xfeu /* class/trigger sentinel before the sentence */

/* The 64-level class of a word, 0xff when it has none. */
static uint64_t class64(const tg_res *res, const tg_tokinfo *t) {
    return res->cluster_bits == 32 && t->has_cluster ? t->cluster >> 26 : 0xffu;
}

/* 1: the word starts with the conjunction و, 2: with the article ال
 * (after an optional و); read on the matching form. */
static uint64_t procl_flags(const tg_word *w) {
    static const char WAW[] = "\xD9\x88";         /* ARABIC LETTER WAW U+0648 */
    static const char ALEF_LAM[] = "\xD8\xA7" AR_LAM; /* ALEF U+0627, LAM U+0644 */
    const char *s = w->norm;
    size_t len = w->norm_len;
    uint64_t f = 0;
    if (len > 2 + 2 && memcmp(s, WAW, 2) == 0) {
        f |= 1;
        s += 2;
        len -= 2;
    }
    if (len > 4 + 2 && memcmp(s, ALEF_LAM, 4) == 0)
        f |= 2;
    return f;
}

size_t tg_edge_features(const tg_res *res, const tg_word *w, const tg_tokinfo *ti, size_t n,
                        size_t i, unsigned set, uint64_t out[TG_MAX_EDGE]) {
    (void)n;
    size_t nf = 0;
    const tg_tokinfo *t = &ti[i];
    uint64_t c0 = class64(res, t), cm1 = i ? class64(res, &ti[i - 1]) : E_BOS;
    if (set & TG_EDGE_CLU)
        ADD(E_CLU0, c0);
    if (set & TG_EDGE_CLU_PAIR)
        ADD(E_CLU_PAIR, cm1 << 8 | c0);
    if (set & TG_EDGE_GAZ)
        ADD(E_GAZ0, t->gaz);
    if (set & TG_EDGE_TRIGM1)
        ADD(E_TRIGM1, i ? ti[i - 1].trig : E_BOS);
    if (set & TG_EDGE_PROCL)
        ADD(E_PROCL0, procl_flags(&w[i]));
    if ((set & TG_EDGE_LIGHT) && t->freqb >= TG_EDGE_LIGHT_FREQ)
        ADD(E_LIGHT0, t->h_light);
    if (set & TG_EDGE_TRIG0)
        ADD(E_TRIG0, t->trig);
    return nf;
}
