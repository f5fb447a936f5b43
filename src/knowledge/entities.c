/* SPDX-License-Identifier: MIT
 *
 * entities.c - knowledge and resolution stages for one doc (entities.h):
 * matcher over the tokens, then a decision per match, then geocoding.
 *
 * Places are resolved in two passes. The first counts the countries the
 * article names (a place whose candidates all lie in one country, a
 * country itself, an actor with a country), the second chooses each
 * place's candidate with that count, the cue word before it (مدينة،
 * محافظة، ريف، سجن ...), direction words around it (شمال شرق X، ريف X
 * الشرقي) and the places resolved so far. A direction or ريف makes the
 * place a region: geo_region finds a curated region row or raises the
 * precision, and the entity's span takes the modifier words in.
 *
 * Common words that are also names of places (كان "was" / Cannes, إطار
 * "frame" / Atar, الجديدة "the new" / El Jadida) are held back by corpus
 * evidence: data/placewords.tsv (tools/gen_placewords.py) lists the
 * gazetteer's one-word names that SaudiNewsNet almost never writes after a
 * place cue. Such a word is a place only with a cue or direction word at
 * it (مدينة الباب، شمال الباب), or when the article already names the
 * country of one of its candidates (الباب in a Syria article), or, when
 * the corpus puts it after في/إلى now and then, when it names a country, a
 * capital or a city of a million. The most frequent words never seen after في/إلى (كان، فإن،
 * الجديد) need the cue. With a pronoun on it (أمنها) it is never a name.
 * "ال" + a place noun
 * (المدينة "the city", المعسكر) refers back and is never a name alone; a
 * word inside a date expression (آب "August", ليل الجمعة) is the date's;
 * a listed word reached only by stripping a proclitic the segmenter did
 * not see (باراك -> ب + أراك) is not one.
 *
 * Precision in running text: a name met only by dropping the text's "ال"
 * (المشهد -> مشهد) needs a cue; no place name carries a pronoun (عربتهم);
 * the country context lets a mostly-common word through only in place
 * position (in_place_position: سيطرت على الطبقة, not الطبقة الوسطى);
 * an "ال" word after a frequent one makes it the noun; a word before an
 * unlisted place is the head of a construct (بورصة أثينا); a mention kept
 * with a cue vouches for later bare ones. Figures in bench/notes/matcher.md.
 */
#include "knowledge/entities.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "knowledge/gazetteer.h"
#include "knowledge/geocode.h"
#include "knowledge/lexicon.h"
#include "knowledge/matcher.h"
#include "text/normalize.h"
#include "util/bytes.h"
#include "util/embed.h"
#include "util/utf8.h"

EMBED_DECLARE(placewords);

/* Matching forms of small words read around a place. */
#define W_MIN "\xd9\x85\xd9\x86" /* من "from" (ARABIC LETTER MEEM, NOON) */
#define W_IN "\xd9\x81\xd9\x8a"  /* في "in" */

typedef struct ent_cache {
    rasad_entity *items;
    ent_name_span *names; /* parallel to items: the name as matched */
    size_t n;
} ent_cache;

/* One raw match before resolution. */
typedef struct raw_match {
    match m;
} raw_match;

typedef struct scan_ctx {
    rasad_doc *doc;
    raw_match *items;
    size_t n, cap;
    bool failed;
} scan_ctx;

static const char *const KIND_NAMES[] = {"place", "actor", "source", "role", "trigger"};

/* ---- data/placewords.tsv: one-word names that are mostly other words ---- */

/* A word of placewords.tsv needs context (see the file comment). */
#define PW_WEAK_MIN 20    /* W/T in thousandths: below it the word is hardly ever "in X" ... */
#define PW_STRICT_T 1000  /* ... and this frequent, it is a function word: a cue is needed */
#define PW_NAME_WEAK 150  /* W/T from which the word is read as a name wherever it stands */

/* What a place match still needs (per match, pass 1 -> pass 2). */
enum {
    GUARD_NONE = 0,       /* an ordinary name */
    GUARD_CUE,            /* a cue or direction word at it */
    GUARD_CUE_OR_COUNTRY, /* that, or its country named in the article */
    GUARD_CUE_OR_NAMED,   /* that, or it names a country, a capital, a big city */
    GUARD_DROP            /* not a place here */
};
#define GUARD_KIND 0x0F
/* Or'ed into a guard: the country context counts only in place position. */
#define GUARD_AT_PLACE 0x10
/* Or'ed into a guard: a noun or adjective with "ال" follows (الطبقة
 * الوسطى، الأشهر الأخيرة، القمر الصناعي): only a cue makes it a place. */
#define GUARD_NOUN_NEXT 0x20
/* Set in pass 2 on a place kept with a cue or direction word at it: a
 * later bare mention of the same name may lean on it. */
#define GUARD_CUED 0x40
/* T from which a listed word followed by an "ال" word is read as the
 * common noun (rarer words are mostly the names: الفوعة الموالية) */
#define PW_NOUN_NEXT_T 200

typedef struct placeword {
    const char *form; /* into the embedded text, not NUL-terminated */
    uint32_t len;
    uint32_t total;   /* T: occurrences in the corpus */
    uint16_t weak;    /* W/T in thousandths */
} placeword;

static placeword *pw_items;
static size_t pw_count;
static pthread_once_t pw_once = PTHREAD_ONCE_INIT;

static int pw_cmp(const void *a, const void *b) {
    const placeword *x = a, *y = b;
    return bytes_cmp(x->form, x->len, y->form, y->len);
}

/* Parses "form TAB T TAB S TAB W TAB share" lines; '#' lines and
 * malformed ones are skipped. Leaves an empty table when out of memory. */
static void pw_init(void) {
    const char *s = EMBED_DATA(placewords);
    size_t len = EMBED_LEN(placewords), lines = 0;
    for (size_t i = 0; i < len; i++)
        lines += s[i] == '\n';
    pw_items = calloc(lines + 1, sizeof *pw_items);
    if (!pw_items)
        return;
    size_t i = 0;
    while (i < len) {
        size_t e = i;
        while (e < len && s[e] != '\n')
            e++;
        if (e > i && s[i] != '#') {
            size_t f = i;
            while (f < e && s[f] != '\t')
                f++;
            /* the last field is the share */
            size_t t = e;
            while (t > f && s[t - 1] != '\t')
                t--;
            unsigned v = 0;
            uint32_t total = 0;
            bool ok = f > i && t > f && t < e;
            for (size_t k = t; k < e && ok; k++) {
                ok = s[k] >= '0' && s[k] <= '9' && v <= 1000;
                v = v * 10 + (unsigned)(s[k] - '0');
            }
            /* T, the second field */
            for (size_t k = f + 1; k < e && s[k] != '\t' && ok; k++) {
                ok = s[k] >= '0' && s[k] <= '9' && total < UINT32_MAX / 10 - 10;
                total = total * 10 + (uint32_t)(s[k] - '0');
            }
            if (ok && f - i <= UINT32_MAX && pw_count <= lines)
                pw_items[pw_count++] = (placeword){s + i, (uint32_t)(f - i), total, (uint16_t)(v > 1000 ? 1000 : v)};
        }
        i = e + 1;
    }
    qsort(pw_items, pw_count, sizeof *pw_items, pw_cmp);
}

/* The entry of a listed word, or NULL. */
static const placeword *placeword_find(const char *norm, size_t len) {
    pthread_once(&pw_once, pw_init);
    size_t lo = 0, hi = pw_count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = bytes_cmp(norm, len, pw_items[mid].form, pw_items[mid].len);
        if (c == 0)
            return &pw_items[mid];
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return NULL;
}

/* "ال" + a place noun (المدينه، المحافظه، المعسكر): a reference back to a
 * place named before, not a name. */
static bool is_al_cue_noun(const char *norm, size_t len) {
    return len > 4 && (unsigned char)norm[0] == 0xD8 && (unsigned char)norm[1] == 0xA7 &&
           (unsigned char)norm[2] == 0xD9 && (unsigned char)norm[3] == 0x84 &&
           geo_cue_of(norm + 4, len - 4) != GEO_CUE_NONE;
}

static bool starts_with_digit(const rasad_doc *doc, size_t i) {
    return i < doc->ntokens && doc->tokens[i].norm_len && doc->tokens[i].norm[0] >= '0' &&
           doc->tokens[i].norm[0] <= '9';
}

/* Does token i lie inside a date expression of the doc? The date stage
 * runs whole articles and costs more than all of this stage, so it is
 * asked only when it has run already (extraction asks it anyway) or when
 * a number stands next to the word (20 آب); *n == SIZE_MAX before. */
static bool in_date(rasad_doc *doc, const rasad_date **d, size_t *n, size_t i) {
    if (*n == SIZE_MAX && !doc->dates_done && !starts_with_digit(doc, i + 1) && !(i && starts_with_digit(doc, i - 1)))
        return false;
    const rasad_token *t = &doc->tokens[i];
    if (*n == SIZE_MAX && rasad_doc_dates(doc, d, n) != RASAD_OK) {
        *d = NULL;
        *n = 0;
    }
    /* dates come in text order and never overlap (dates.c), so only the
     * last one starting at or before the token can hold it */
    size_t lo = 0, hi = *n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if ((*d)[mid].start <= t->start)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo > 0 && t->end <= (*d)[lo - 1].end;
}

/* Is one of the ids a capital (GeoNames PPLC) or a city of a million or
 * more, a name news write bare (بروكسل، أنقرة)? */
#define PROMINENT_POPULATION 1000000u
static bool has_prominent(const gaz *g, const uint32_t *ids, size_t n) {
    for (size_t i = 0; i < n; i++) {
        const gaz_place *p = gaz_place_get(g, ids[i]);
        if (p && ((p->feature && strcmp(p->feature, "PPLC") == 0) || p->population >= PROMINENT_POPULATION))
            return true;
    }
    return false;
}

/* Does the article (ctx) already name the country of one of the ids? */
static bool context_has_country(const gaz *g, const uint32_t *ids, size_t n, const geo_context *ctx) {
    for (size_t i = 0; i < n; i++) {
        const gaz_place *p = gaz_place_get(g, ids[i]);
        if (!p || !p->country[0])
            continue;
        for (size_t c = 0; c < ctx->n_countries; c++)
            if (ctx->countries[c].count && strcmp(ctx->countries[c].cc, p->country) == 0)
                return true;
    }
    return false;
}

RASAD_API const char *rasad_entity_kind_name(rasad_entity_kind k) {
    return (unsigned)k < sizeof KIND_NAMES / sizeof KIND_NAMES[0] ? KIND_NAMES[k] : "";
}

static bool on_match(const match *mt, void *vctx) {
    scan_ctx *c = vctx;
    if (!arena_grow(&c->doc->arena, (void **)&c->items, &c->cap, c->n, sizeof *c->items, 32)) {
        c->failed = true;
        return false;
    }
    c->items[c->n++].m = *mt;
    return true;
}

/* Byte offset in the original text where the first skip bytes of token
 * t's norm end, taking in the marks (diacritics) that follow them. */
static uint32_t orig_after_norm_bytes(const rasad_doc *doc, const rasad_token *t, size_t skip) {
    const uint8_t *s = (const uint8_t *)doc->text + t->start;
    size_t len = t->end - t->start, i = 0, nb = 0;
    char tmp[NORM_MAX_OUT];
    while (i < len && nb < skip) {
        int32_t cp;
        size_t k = utf8_decode(s + i, len - i, &cp);
        nb += norm_codepoint(cp, tmp);
        i += k;
    }
    while (i < len) {
        int32_t cp;
        size_t k = utf8_decode(s + i, len - i, &cp);
        if (norm_codepoint(cp, tmp) != 0)
            break;
        i += k;
    }
    return t->start + (uint32_t)i;
}

/* The word forms of token i worth testing as a cue or direction: the
 * whole norm, the stem, and the norm with one conjunction and one
 * preposition stripped (بمدينة، وشمال). Returns how many (<= 4). */
static size_t word_forms(const rasad_doc *doc, size_t i, const char *f[4], size_t fl[4]) {
    const rasad_token *t = &doc->tokens[i];
    size_t n = 0;
    f[n] = t->norm, fl[n++] = t->norm_len;
    if (doc->segments && t->stem_seg < doc->nsegments) {
        const rasad_segment *st = doc_tok_stem(doc, i);
        if (st->norm && st->norm_len && st->norm_len != t->norm_len)
            f[n] = st->norm, fl[n++] = st->norm_len;
    }
    const unsigned char *s = (const unsigned char *)t->norm;
    size_t len = t->norm_len, off = 0;
    /* و U+0648 / ف U+0641 */
    if (len >= 6 && s[0] == 0xD9 && (s[1] == 0x88 || s[1] == 0x81)) {
        off = 2;
        f[n] = t->norm + off, fl[n++] = len - off;
    }
    /* ب U+0628 / ل U+0644 / ك U+0643 */
    if (len - off >= 6 && ((s[off] == 0xD8 && s[off + 1] == 0xA8) ||
                           (s[off] == 0xD9 && (s[off + 1] == 0x84 || s[off + 1] == 0x83))))
        f[n] = t->norm + off + 2, fl[n++] = len - off - 2;
    return n;
}

static geo_cue cue_of_token(const rasad_doc *doc, size_t i) {
    const char *f[4];
    size_t fl[4];
    size_t n = word_forms(doc, i, f, fl);
    for (size_t k = 0; k < n; k++) {
        geo_cue c = geo_cue_of(f[k], fl[k]);
        if (c != GEO_CUE_NONE)
            return c;
    }
    return GEO_CUE_NONE;
}

static unsigned dir_of_token(const rasad_doc *doc, size_t i) {
    const char *f[4];
    size_t fl[4];
    size_t n = word_forms(doc, i, f, fl);
    for (size_t k = 0; k < n; k++) {
        unsigned d = geo_direction_of(f[k], fl[k]);
        if (d)
            return d;
    }
    return 0;
}

/* Chooses the lexicon entry of a run of forms: actor, then source, then
 * role, then trigger. Returns the entry index or MATCH_NONE. */
static uint32_t pick_entry(const lex_lexicon *lex, match_payload p) {
    static const uint8_t order[] = {LEX_ACTOR, LEX_SOURCE, LEX_ROLE, LEX_TRIGGER};
    for (size_t o = 0; o < sizeof order; o++)
        for (uint32_t k = 0; k < p.lex_count; k++) {
            uint32_t e = MATCH_NONE;
            lex_form_at(lex, p.lex_first + k, NULL, NULL, &e);
            const lex_entry *le = lex_entry_get(lex, e);
            if (le && le->cls == order[o])
                return e;
        }
    return MATCH_NONE;
}

/* Triggers are MISC; people named by what they are (civilians,
 * protesters, rioters: مدنيون، متظاهرون) are NORP; other actors ORG. */
static const char *entity_type_of_entry(const lex_entry *le) {
    if (le->cls == LEX_TRIGGER)
        return "MISC";
    if (le->kind == LEX_AK_CIVILIANS || le->kind == LEX_AK_PROTESTERS || le->kind == LEX_AK_RIOTERS)
        return "NORP";
    return "ORG";
}

static rasad_entity_kind kind_of_entry(const lex_entry *le) {
    switch (le->cls) {
    case LEX_SOURCE:
        return RASAD_ENT_SOURCE;
    case LEX_ROLE:
        return RASAD_ENT_ROLE;
    case LEX_TRIGGER:
        return RASAD_ENT_TRIGGER;
    default:
        return RASAD_ENT_ACTOR;
    }
}

/* Is any place of gazetteer name index `name` a country? */
static bool names_a_country(const gaz *g, uint32_t name) {
    const uint32_t *ids = NULL;
    size_t n = gaz_name_ids(g, name, &ids);
    for (size_t i = 0; i < n; i++) {
        const gaz_place *p = gaz_place_get(g, ids[i]);
        if (p && p->kind == GAZ_K_COUNTRY)
            return true;
    }
    return false;
}

/* Is gazetteer name `name` shaped as the nisba of another place ("ال" +
 * X + "ي" with X, or "الX", a place: البغدادي of بغداد, الحلبي of حلب)?
 * Such a town's name is a person's surname as often (أبو بكر البغدادي),
 * so being the object of an act ("اعتقال البغدادي", "موكب البغدادي")
 * does not make it the town. */
static bool nisba_shaped(const gaz *g, uint32_t name) {
    const char *nm = NULL;
    size_t nl = 0;
    gaz_name_at(g, name, &nm, &nl);
    /* ALEF LAM ... YEH: U+0627 U+0644 ... U+064A */
    if (!nm || nl < 8 || memcmp(nm, "\xD8\xA7\xD9\x84", 4) != 0 || memcmp(nm + nl - 2, "\xD9\x8A", 2) != 0 ||
        memchr(nm, ' ', nl))
        return false;
    const uint32_t *ids = NULL;
    return gaz_lookup(g, nm + 4, nl - 6, &ids) > 0;
}

/* Prepositions after which a name is a place (في أنقرة، إلى دمشق). */
static const char *const LOCATIVE[] = {"في", "وفي", "الي", "والي", "من", "ومن", "داخل", "قرب", "نحو",
                                       "عبر", "حتي", "بين", "مدينه", "العاصمه", "بمدينه", "عاصمتها", NULL};

/* Does token i stand where a place stands: after a locative preposition
 * or a cue or direction word, or with ب on it (بأنقرة)? lo is the first
 * token that may be looked at before it. */
static bool after_locative(const rasad_doc *doc, size_t i, size_t lo) {
    const rasad_token *t = &doc->tokens[i];
    if (doc->segments && t->seg_count > 1 && t->seg_first < doc->nsegments &&
        doc->segments[t->seg_first].role == RASAD_SEG_PROCLITIC && doc->segments[t->seg_first].norm &&
        strcmp(doc->segments[t->seg_first].norm, "\xd8\xa8") == 0) /* ب ARABIC LETTER BEH */
        return true;
    if (i <= lo)
        return false;
    for (const char *const *w = LOCATIVE; *w; w++)
        if (doc_tok_is(doc, i - 1, *w))
            return true;
    return cue_of_token(doc, i - 1) != GEO_CUE_NONE || dir_of_token(doc, i - 1) != 0;
}

/* A feminine one-word name after a plural noun or a feminine adjective
 * is an adjective: مقاتلات تركية، مصادر أمنية تركية (Turkish), not
 * Turkey. The caller checks that the word before is not a place. */
static bool is_adjective_position(const rasad_doc *doc, size_t i) {
    const rasad_token *t = &doc->tokens[i];
    const unsigned char *s = (const unsigned char *)t->norm;
    size_t n = t->norm_len;
    /* ...يه: YEH U+064A, HEH U+0647 (ة folded) */
    if (i == 0 || n < 6 || !(s[n - 4] == 0xD9 && s[n - 3] == 0x8A && s[n - 2] == 0xD9 && s[n - 1] == 0x87))
        return false;
    const rasad_token *pv = &doc->tokens[i - 1];
    if (pv->sentence != t->sentence || pv->kind != RASAD_TOK_WORD || pv->norm_len < 4 || after_locative(doc, i, 0))
        return false;
    const unsigned char *q = (const unsigned char *)pv->norm;
    size_t m = pv->norm_len;
    /* no ال on the noun (ALEF U+0627, LAM U+0644) */
    if (q[0] == 0xD8 && q[1] == 0xA7 && q[2] == 0xD9 && q[3] == 0x84)
        return false;
    bool fem = m >= 4 && q[m - 4] == 0xD9 && q[m - 3] == 0x8A && q[m - 2] == 0xD9 && q[m - 1] == 0x87; /* ...يه */
    bool pl = m >= 4 && q[m - 4] == 0xD8 && q[m - 3] == 0xA7 && q[m - 2] == 0xD8 && q[m - 1] == 0xAA; /* ...ات */
    /* any feminine noun but a place word, before an indefinite word
     * ("فرقة سورية مقاتلة": a Syrian unit; "قرية عطشانية" names the
     * village; "زيارة السعودية" is a visit to Saudi Arabia) */
    bool teh = q[m - 2] == 0xD9 && q[m - 1] == 0x87 && cue_of_token(doc, i - 1) == GEO_CUE_NONE && /* ...ه (ة) */
               t->seg_count == 1 && !(s[0] == 0xD8 && s[1] == 0xA7 && s[2] == 0xD9 && s[3] == 0x84) &&
               !(s[0] == 0xD9 && s[1] == 0x84); /* an indefinite adjective: no ال, no لـ */
    return fem || pl || teh;
}

/* Does the token begin with ال (ALEF U+0627, LAM U+0644)? */
static bool starts_with_al(const rasad_token *t) {
    const unsigned char *s = (const unsigned char *)t->norm;
    return t->norm_len > 4 && s[0] == 0xD8 && s[1] == 0xA7 && s[2] == 0xD9 && s[3] == 0x84;
}

/* Is the one word matched an ambiguous actor form read as a common noun
 * because a definite relative adjective follows it: القاعدة الجوية (the
 * air base), not al-Qaeda? */
/* Does a proclitic of the token carry the article (ال، بال، وال، لل)? */
static bool has_article(const rasad_doc *doc, size_t tok) {
    const rasad_token *t = &doc->tokens[tok];
    for (size_t k = 0; k < t->seg_count; k++) {
        const rasad_segment *sg = &doc->segments[t->seg_first + k];
        if (sg->role == RASAD_SEG_PROCLITIC && (strstr(sg->norm, "\xD8\xA7\xD9\x84") || strcmp(sg->norm, "\xD9\x84\xD9\x84") == 0))
            return true;
    }
    return false;
}

/* "سيطرت القوات على قاعدة العند ... وأكدت أن القاعدة باتت": the definite
 * القاعدة a few sentences after a base was named (قاعدة X, indefinite;
 * not قاعدة شعبية، قاعدة بيانات) is that base, unless the article names
 * the group (تنظيم القاعدة) anywhere. */
#define QAIDA "\xD9\x82\xD8\xA7\xD8\xB9\xD8\xAF\xD9\x87"        /* قاعده */
#define TANZIM "\xD8\xAA\xD9\x86\xD8\xB8\xD9\x8A\xD9\x85"      /* تنظيم */
#define BASE_REACH 3 /* sentences back from القاعدة to the base named */
static const char *const NOT_BASES[] = {
    "\xD8\xB4\xD8\xB9\xD8\xA8\xD9\x8A\xD9\x87",             /* شعبيه */
    "\xD8\xA8\xD9\x8A\xD8\xA7\xD9\x86\xD8\xA7\xD8\xAA",   /* بيانات */
    "\xD8\xB9\xD8\xA7\xD9\x85\xD9\x87",                       /* عامه */
    "\xD8\xA7\xD8\xB3\xD8\xA7\xD8\xB3\xD9\x8A\xD9\x87",   /* اساسيه */
    "\xD8\xB9\xD8\xB1\xD9\x8A\xD8\xB6\xD9\x87",             /* عريضه */
};
static bool base_told_before(const rasad_doc *doc, size_t tok) {
    if (strcmp(doc_tok_stem(doc, tok)->norm, QAIDA) != 0 || !has_article(doc, tok))
        return false;
    uint32_t s = doc->tokens[tok].sentence;
    bool base = false;
    for (size_t k = 0; k < doc->ntokens; k++) {
        if (strcmp(doc_tok_stem(doc, k)->norm, QAIDA) != 0)
            continue;
        if (k > 0 && strcmp(doc_tok_stem(doc, k - 1)->norm, TANZIM) == 0)
            return false;
        if (k >= tok || has_article(doc, k) || doc->tokens[k].sentence + BASE_REACH < s || k + 1 >= doc->ntokens)
            continue;
        bool common = false;
        for (size_t w = 0; w < sizeof NOT_BASES / sizeof *NOT_BASES; w++)
            common |= strcmp(doc_tok_stem(doc, k + 1)->norm, NOT_BASES[w]) == 0;
        base |= !common;
    }
    return base;
}

/* "اقتحام القاعدة", "داخل القاعدة", "مشارف القاعدة": a place one storms,
 * besieges, enters or reaches is a base, not the group (the word before
 * القاعدة, without ال; "معسكرات القاعدة" stays the group's camps) */
static const char *const AROUND_A_BASE[] = {
    "اقتحام", "اقتحم", "اقتحمت", "اقتحموا", "محاصره", "تحاصر", "حاصرت", "حاصروا", "داخل", "محيط", "مشارف",
    "باتجاه", "صوب", "استعاده", "سقوط", "تمشط", "مدرج", "اسوار", "بوابه", "مداخل",
};
static bool base_by_the_word_before(const rasad_doc *doc, size_t tok) {
    if (tok == 0 || strcmp(doc_tok_stem(doc, tok)->norm, QAIDA) != 0 || !has_article(doc, tok) ||
        has_article(doc, tok - 1) || doc->tokens[tok - 1].sentence != doc->tokens[tok].sentence)
        return false;
    const char *before = doc_tok_stem(doc, tok - 1)->norm;
    for (size_t w = 0; w < sizeof AROUND_A_BASE / sizeof *AROUND_A_BASE; w++)
        if (strcmp(before, AROUND_A_BASE[w]) == 0)
            return true;
    return false;
}

static bool is_common_reading(const rasad_doc *doc, const lex_entry *le, const match *x) {
    if (!(le->flags & LEXF_AMBIGUOUS) || x->tok_first != x->tok_last)
        return false;
    if (base_told_before(doc, x->tok_first) || base_by_the_word_before(doc, x->tok_first))
        return true;
    if (x->tok_last + 1 >= doc->ntokens)
        return false;
    const rasad_token *nx = &doc->tokens[x->tok_last + 1];
    if (nx->sentence != doc->tokens[x->tok_last].sentence || nx->kind != RASAD_TOK_WORD)
        return false;
    const unsigned char *s = (const unsigned char *)nx->norm;
    size_t n = nx->norm_len;
    /* ال ... ي / ال ... يه (YEH U+064A, HEH U+0647) */
    if (!(n > 8 && starts_with_al(nx)))
        return false;
    bool yeh = s[n - 2] == 0xD9 && s[n - 1] == 0x8A;
    bool yeh_heh = s[n - 4] == 0xD9 && s[n - 3] == 0x8A && s[n - 2] == 0xD9 && s[n - 1] == 0x87;
    return yeh || yeh_heh;
}

/* "الموقع العسكري", "مصدر عسكري", "الضغط العسكري": the army's word right
 * after a word that agrees with it in the article is its adjective
 * ("military"), no actor; after an act word ("قتل عسكري") it is a
 * soldier. prev is the match before x, if any. */
static bool is_military_adjective(const rasad_doc *doc, const lex_entry *le, const match *x,
                                  const rasad_entity *prev) {
    if (le->cls != LEX_ROLE || !le->id || strcmp(le->id, "ROLE_ARMY") != 0 || x->tok_first != x->tok_last ||
        x->tok_first == 0)
        return false;
    const char *stem = doc_tok_stem(doc, x->tok_first)->norm;
    if (strcmp(stem, "عسكري") != 0)
        return false;
    size_t p = x->tok_first - 1;
    const rasad_token *pt = &doc->tokens[p];
    if (pt->kind != RASAD_TOK_WORD || pt->sentence != doc->tokens[x->tok_first].sentence)
        return false;
    if (prev && prev->tok_last == p && prev->kind == RASAD_ENT_TRIGGER)
        return false;
    return has_article(doc, p) == has_article(doc, x->tok_first);
}

/* Does the token begin with و (WAW U+0648)? */
static bool starts_with_waw(const rasad_token *t) {
    return t->norm_len > 2 && (unsigned char)t->norm[0] == 0xD9 && (unsigned char)t->norm[1] == 0x88;
}

/* "فجر" alone is dawn as often as "he blew up": "فجر اليوم", "صلاة
 * الفجر", "قوات فجر ليبيا" (Libya Dawn). The verb has its doer right after
 * it ("وفجر مسلحون خط أنابيب للغاز", "فجّر مجهولون عدة سيارات", "فجر تنظيم
 * داعش منزلا"; ايضا between at most): an actor or role match there.
 * Anything else is no trigger, so a dawn never stands in a sentence as
 * an act word. after[0..nafter) are the matches after x, in order. */
#define DAWN_LEMMA "فجر"
static bool is_dawn(const rasad_doc *doc, const lex_lexicon *lex, const matcher *m, const lex_entry *le,
                    const match *x, const raw_match *after, size_t nafter) {
    if (le->cls != LEX_TRIGGER || !le->id || strcmp(le->id, DAWN_LEMMA) != 0 || x->tok_first != x->tok_last ||
        !doc->segments)
        return false;
    size_t tok = x->tok_first;
    const rasad_token *t = &doc->tokens[tok];
    const rasad_segment *st = doc_tok_stem(doc, tok);
    if (!st->norm || strcmp(st->norm, DAWN_LEMMA) != 0)
        return false; /* فجرت، فجروا ...: the verb */
    /* الفجر، بالفجر، للفجر: the noun (the word is فجر, وفجر or ففجر as a verb) */
    size_t before = t->norm_len - st->norm_len;
    if (before != 0 && !(before == 2 && (starts_with_waw(t) || memcmp(t->norm, "\xD9\x81", 2) == 0))) /* ف FEH */
        return true;
    size_t i = tok + 1;
    if (i < doc->ntokens && strcmp(doc->tokens[i].norm, "ايضا") == 0)
        i++;
    for (size_t k = 0; k < nafter; k++) {
        const match *y = &after[k].m;
        if (y->tok_first > i)
            break;
        if (y->tok_first != i)
            continue;
        uint32_t e = pick_entry(lex, matcher_payload(m, y->node));
        const lex_entry *ye = e != MATCH_NONE ? lex_entry_get(lex, e) : NULL;
        if (ye && (ye->cls == LEX_ACTOR || ye->cls == LEX_ROLE))
            return false;
    }
    return true;
}

/* Is the segmenter's first proclitic of token i the letters p? */
static bool first_proclitic_is(const rasad_doc *doc, size_t i, const char *p) {
    const rasad_token *t = &doc->tokens[i];
    return doc->segments && t->seg_count > 1 && t->seg_first < doc->nsegments &&
           doc->segments[t->seg_first].role == RASAD_SEG_PROCLITIC && doc->segments[t->seg_first].norm &&
           strcmp(doc->segments[t->seg_first].norm, p) == 0;
}

/* Does the segmenter give token i the preposition ب (ARABIC LETTER BEH)? */
static bool has_beh(const rasad_doc *doc, size_t i) { return first_proclitic_is(doc, i, "\xd8\xa8"); }

/* Does the match end in more than its name: a pronoun on the last word
 * (عربتهم is not Arbat, جدتها "her grandmother" not Jeddah)? The last
 * token must spell the name's last word to its end; a stem or an undone
 * enclitic that met the pattern leaves bytes over. A place name never
 * carries a pronoun. */
static bool carries_enclitic(const rasad_doc *doc, const match *x, const char *nm, size_t nl) {
    if (x->last_stem)
        return true;
    size_t w = nl;
    while (w > 0 && nm[w - 1] != ' ')
        w--;
    size_t last_len = nl - w; /* bytes of the name's last word */
    const rasad_token *t = &doc->tokens[x->tok_last];
    size_t before = x->tok_first == x->tok_last ? x->skip : 0;
    return before <= t->norm_len && last_len < t->norm_len - before;
}

/* "ال" + a common noun that is also a Syrian or Iraqi place name and that
 * data/placewords.tsv misses because the corpus does put it after a strong
 * cue now and then (قمة الجبل، شبه الجزيرة، منطقة المضيق), or listed
 * there but also a country's name (القمر, the moon, for جزر القمر): the
 * hill, the mountain, the island, the chest, the strait, the (female)
 * ambassador, the guilty one, the moon. A place only with a cue, or in
 * place position in an article naming its country. */
static const char *const COMMON_AL_NAMES[] = {
    "\xd8\xa7\xd9\x84\xd8\xaa\xd9\x84",                                 /* التل */
    "\xd8\xa7\xd9\x84\xd8\xac\xd8\xa8\xd9\x84",                         /* الجبل */
    "\xd8\xa7\xd9\x84\xd8\xac\xd8\xb2\xd9\x8a\xd8\xb1\xd9\x87",         /* الجزيره */
    "\xd8\xa7\xd9\x84\xd8\xb5\xd8\xaf\xd8\xb1",                         /* الصدر */
    "\xd8\xa7\xd9\x84\xd9\x85\xd8\xb6\xd9\x8a\xd9\x82",                 /* المضيق */
    "\xd8\xa7\xd9\x84\xd8\xb3\xd9\x81\xd9\x8a\xd8\xb1\xd9\x87",         /* السفيره */
    "\xd8\xa7\xd9\x84\xd9\x85\xd8\xb0\xd9\x86\xd8\xa8",                 /* المذنب */
    "\xd8\xa7\xd9\x84\xd9\x82\xd9\x85\xd8\xb1",                         /* القمر */
    NULL};

static bool is_common_al_name(const char *nm, size_t nl) {
    for (const char *const *w = COMMON_AL_NAMES; *w; w++)
        if (strlen(*w) == nl && memcmp(*w, nm, nl) == 0)
            return true;
    return false;
}

/* Words after which a held-back name stands where a place stands, besides
 * the locative prepositions and the cues: a quarter or a group of places
 * (حي الراشدين، بلدتي الفوعة وكفريا، قرى ...), the fighting for it
 * (معركة الطبقة، جبهة التل), its people, its siege or capture, a visit
 * to it or an entry into it (زرت الطبقة، اقتحمت التل). Compared with و or
 * ب taken off (بحي، وقرى). */
static const char *const PLACE_HEADS[] = {"حي", "احياء", "بلدتي", "بلدات", "قريتي", "قري", "مدينتي", "مدن",
                                          "معركه", "معارك", "جبهه", "جبهات", "اهالي", "سكان", "حصار", "تحرير",
                                          "مداخل", "ابناء", "زار", "زارت", "زرت", "يزور", "دخل", "دخلت", "غادر",
                                          "غادرت", "اقتحم", "اقتحمت", NULL};
/* Verbs and nouns of control or attack before "على" (سيطرت على الطبقة). */
static const char *const CONTROL_WORDS[] = {"سيطر", "سيطرت", "السيطره", "يسيطر", "تسيطر", "استولت", "استولي",
                                            "الاستيلاء", "هجوم", "هجوما", "الهجوم", NULL};

static bool token_form_in(const rasad_doc *doc, size_t i, const char *const *list) {
    const char *f[4];
    size_t fl[4];
    size_t n = word_forms(doc, i, f, fl);
    for (size_t k = 0; k < n; k++)
        for (const char *const *w = list; *w; w++)
            if (strlen(*w) == fl[k] && memcmp(*w, f[k], fl[k]) == 0)
                return true;
    return false;
}

/* "على الحدود الشمالية لليمن"، "الحدود الشمالية بين البلدين": a border
 * named with whose it is or between whom is a border, not the Saudi
 * region of that name; "الضفة الغربية للبوسفور" is a bank of that
 * strait, not the West Bank (which the Jordan's west bank still is:
 * "الضفة الغربية لنهر الأردن"). */
static const char *const BORDER_OWNERS[] = {"بين", "مع", NULL};
static const char *const BORDER_SIDES[] = {"الشماليه", "الجنوبيه", "الشرقيه", "الغربيه", NULL};
static const char *const RIVER[] = {"نهر", "النهر", NULL};
static const char *const JORDAN[] = {"الاردن", NULL};
static bool of_someone(const rasad_doc *doc, size_t k) {
    return first_proclitic_is(doc, k, "\xd9\x84") /* ل */ || first_proclitic_is(doc, k, "\xd9\x84\xd9\x84"); /* لل */
}
static bool border_of_someone(const rasad_doc *doc, const match *x) {
    size_t k = x->tok_last + 1;
    if (x->tok_last != x->tok_first + 1 || k >= doc->ntokens || !token_form_in(doc, x->tok_last, BORDER_SIDES))
        return false;
    if (doc_tok_is(doc, x->tok_first, "\xd8\xa7\xd9\x84\xd8\xad\xd8\xaf\xd9\x88\xd8\xaf")) /* الحدود */
        return token_form_in(doc, k, BORDER_OWNERS) || of_someone(doc, k);
    if (!doc_tok_is(doc, x->tok_first, "\xd8\xa7\xd9\x84\xd8\xb6\xd9\x81\xd9\x87") /* الضفه */ ||
        !of_someone(doc, k))
        return false;
    size_t owner = token_form_in(doc, k, RIVER) && k + 1 < doc->ntokens ? k + 1 : k;
    return !token_form_in(doc, owner, JORDAN);
}

/* A name in quotation marks right after لـ or a newspaper's noun
 * ("لـ«الرياض»", "صحيفة «المدينة»") names an outlet. */
static const char *const OUTLET_BEFORE[] = {"ل", "صحيفه", "لصحيفه", "بصحيفه", "جريده", "لجريده", "بجريده", NULL};
static bool quoted_outlet(const rasad_doc *doc, const match *x) {
    size_t a = x->tok_first, b = x->tok_last;
    return a >= 2 && b + 1 < doc->ntokens && doc->tokens[a - 1].kind == RASAD_TOK_QUOTE &&
           doc->tokens[b + 1].kind == RASAD_TOK_QUOTE && token_form_in(doc, a - 2, OUTLET_BEFORE);
}

/* How many tokens a name joined by و may stand after the place it is
 * listed with (الحولة وأم شرشوح والهلالية). */
#define LIST_GAP 3

/* How far back an event trigger makes a name its target, over its actor
 * (قصفت الطائرات السورية الباب، سيطرت قوات سوريا الديمقراطية على الطبقة). */
#define TRIGGER_GAP 6

/* Does the name at token i (entity k, ending at token last) stand in
 * place position: after a locative word (after_locative), after a head
 * word of PLACE_HEADS, after "على" behind a word of control or attack,
 * joined by و to a place entity listed just before it (الدمام والخبر),
 * shortly after an event trigger of its sentence, or followed by في and
 * a place (الباب في ريف حلب)? items[0..n) are the entities, guard[]
 * their guards (a dropped one is no place), name its gazetteer name
 * (a nisba-shaped one is no trigger's target: nisba_shaped). */
static bool in_place_position(const gaz *g, const rasad_doc *doc, size_t i, size_t last, size_t lo,
                              const rasad_entity *items, const uint8_t *guard, size_t k, size_t n, uint32_t name) {
    const rasad_token *t = &doc->tokens[i];
    /* X في ريف حلب; not قمة التل في سوريا: a country is too wide to say
     * that X is a place inside it (items after k still hold their
     * gazetteer name index, pass 2 has not reached them) */
    if (k + 1 < n && items[k + 1].kind == RASAD_ENT_PLACE && items[k + 1].tok_first == last + 2 &&
        doc_tok_is(doc, last + 1, "في") && doc->tokens[last + 1].sentence == t->sentence &&
        items[k + 1].place_index != MATCH_NONE && !names_a_country(g, items[k + 1].place_index))
        return true;
    bool nisba = nisba_shaped(g, name);
    for (size_t q = k; !nisba && q-- > 0;) {
        if (items[q].tok_last >= i || i - items[q].tok_last > TRIGGER_GAP ||
            doc->tokens[items[q].tok_last].sentence != t->sentence)
            break;
        if (items[q].kind == RASAD_ENT_TRIGGER)
            return true;
    }
    /* و + the name, shortly after a place: a list of places */
    bool waw = starts_with_waw(t);
    for (size_t q = k; waw && q-- > 0;) {
        if (items[q].kind != RASAD_ENT_PLACE || guard[q] == GUARD_DROP)
            continue;
        if (items[q].tok_last < i && i - items[q].tok_last <= LIST_GAP &&
            doc->tokens[items[q].tok_last].sentence == t->sentence)
            return true;
        break;
    }
    if (after_locative(doc, i, lo))
        return true;
    /* the head words may be entities themselves (سكان، الهجوم): lo is no
     * bound here, the sentence is */
    if (i == 0 || doc->tokens[i - 1].sentence != t->sentence)
        return false;
    if (token_form_in(doc, i - 1, PLACE_HEADS))
        return true;
    return i >= 2 && doc->tokens[i - 2].sentence == t->sentence && doc_tok_is(doc, i - 1, "علي") &&
           token_form_in(doc, i - 2, CONTROL_WORDS);
}

/* Is token i followed, in its sentence, by a word with "ال" that is no
 * direction word and no relative pronoun (حلب التي is still Aleppo)? */
static const char *const RELATIVES[] = {"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي",
                                        "اللاتي", NULL};
static bool al_word_follows(const rasad_doc *doc, size_t i) {
    if (i + 1 >= doc->ntokens)
        return false;
    const rasad_token *nx = &doc->tokens[i + 1];
    if (nx->sentence != doc->tokens[i].sentence || nx->kind != RASAD_TOK_WORD || nx->norm_len <= 6 ||
        !starts_with_al(nx))
        return false;
    for (const char *const *w = RELATIVES; *w; w++)
        if (doc_tok_is(doc, i + 1, *w))
            return false;
    return dir_of_token(doc, i + 1) == 0;
}

/* Does the original text of token i carry a fathatan (ً), the ending of
 * adverbs (دوماً، أيضاً) that normalization removes? */
#define ARABIC_FATHATAN_UTF8 "\xD9\x8B" /* U+064B ARABIC FATHATAN */
static bool has_tanween_fath(const rasad_doc *doc, size_t i) {
    const rasad_token *t = &doc->tokens[i];
    const char *s = doc->text + t->start;
    size_t len = t->end - t->start;
    for (size_t k = 0; k + 1 < len; k++)
        if (s[k] == ARABIC_FATHATAN_UTF8[0] && s[k + 1] == ARABIC_FATHATAN_UTF8[1])
            return true;
    return false;
}

/* Words written with a ب of their own that the matcher may strip to
 * reach a name: بصدد "about to" (not ب + صدد, Sadad), باراك (Barack,
 * not ب + أراك, Arak), باكرا "early" (not ب + أكرا, Accra). */
static const char *const BEH_WORDS[] = {"بصدد", "باراك", "باكرا", NULL};

/* Has the article already taken the same gazetteer name for a place with
 * a cue at it (مدينة الطبقة ... الطبقة)? Pass 2 keeps place_index of
 * items[0..k) resolved; names are compared by their pointer into the
 * gazetteer. The names of items[0..k) are added to a set of pointers as k
 * grows, so a long article costs one probe a name, not a scan of every
 * place before it. */
typedef struct cued_set {
    const char **slot; /* open addressing, NULL = empty; in the doc's arena */
    size_t mask;
    size_t added;      /* items[0..added) are in the set */
} cued_set;

static bool cued_probe(cued_set *cs, const char *norm, bool add) {
    size_t h = (size_t)(((uintptr_t)norm >> 3) * 0x9E3779B97F4A7C15ull) & cs->mask;
    while (cs->slot[h] && cs->slot[h] != norm)
        h = (h + 1) & cs->mask;
    if (cs->slot[h])
        return true;
    if (add)
        cs->slot[h] = norm;
    return false;
}

/* An empty set with room for the names of n items, in the doc's arena. */
static bool cued_set_init(rasad_doc *doc, cued_set *cs, size_t n) {
    size_t cap = 16;
    while (cap < 2 * n)
        cap *= 2;
    cs->slot = arena_alloc_array(&doc->arena, cap, sizeof *cs->slot);
    if (!cs->slot)
        return false;
    memset(cs->slot, 0, cap * sizeof *cs->slot);
    cs->mask = cap - 1;
    cs->added = 0;
    return true;
}

static bool resolved_before(cued_set *cs, const rasad_entity *items, const uint8_t *guard, size_t k,
                            const char *norm) {
    for (; cs->added < k; cs->added++) {
        const rasad_entity *q = &items[cs->added];
        if (q->kind == RASAD_ENT_PLACE && (guard[cs->added] & GUARD_CUED) && q->place_index != MATCH_NONE &&
            q->norm)
            cued_probe(cs, q->norm, true);
    }
    return norm && cued_probe(cs, norm, false);
}

/* The matcher's view of the tokens, needed only during the scan: from the
 * doc's allocator, not its arena, so that it is given back at once (32
 * bytes a token, a tenth of a long article's memory). The caller frees it
 * with doc->mem->free. */
static matcher_token *matcher_tokens(rasad_doc *doc) {
    matcher_token *mt = doc->mem->calloc(doc->ntokens ? doc->ntokens : 1, sizeof *mt);
    if (!mt)
        return NULL;
    for (size_t i = 0; i < doc->ntokens; i++) {
        const rasad_token *t = &doc->tokens[i];
        mt[i] = (matcher_token){t->norm, t->norm_len, NULL, 0, 0};
        if (!doc->segments || t->stem_seg >= doc->nsegments || t->seg_count < 2)
            continue;
        const rasad_segment *st = doc_tok_stem(doc, i);
        /* the stem's place in the token's norm: the norms of the segments
         * before it, when the segments spell the norm */
        size_t off = 0;
        for (uint32_t s = t->seg_first; s < t->stem_seg && s < doc->nsegments; s++)
            off += doc->segments[s].norm_len;
        if (st->norm && off + st->norm_len <= t->norm_len &&
            memcmp(t->norm + off, st->norm, st->norm_len) == 0) {
            mt[i].stem = st->norm;
            mt[i].stem_len = st->norm_len;
            mt[i].stem_off = (uint32_t)off;
        }
    }
    return mt;
}

/* The guard of a one-word place name x (place name p.place, lexicon
 * entry le or NULL) that is mostly another word (file comment):
 * GUARD_DROP when it is not the place here, GUARD_NONE when it surely
 * is, else what must support it in pass 2. items[0..n) are the entities
 * kept so far. */
/* A place name that, with the word after it, is an idiom: "مسقط رأس
 * الرئيس" is the president's birthplace, not Muscat; "المغرب العربي"
 * and "بلاد المغرب الإسلامي" are the Maghreb, not Morocco. */
static const char *const IDIOMS[][2] = {{"مسقط", "راس"}, {"المغرب", "عربي"}, {"المغرب", "اسلامي"}};

static bool idiom_at(const rasad_doc *doc, const char *nm, size_t nl, size_t next) {
    if (next >= doc->ntokens)
        return false;
    for (size_t k = 0; k < sizeof IDIOMS / sizeof IDIOMS[0]; k++)
        if (strlen(IDIOMS[k][0]) == nl && memcmp(IDIOMS[k][0], nm, nl) == 0 &&
            strcmp(doc_tok_stem(doc, next)->norm, IDIOMS[k][1]) == 0) /* رأسه too */
            return true;
    return false;
}

/* Names whose written hamza tells them from the common words they fold
 * into: إب (Ibb) is neither أب (father) nor آب (August). The text's own
 * spelling of the name's first letter (with diacritics after it or as a
 * presentation form, as any text may write it) vouches for the place;
 * without the hamza the word needs a cue (مدينة اب). */
static const char *const HAMZA_BELOW_NAMES[] = {"\xd8\xa7\xd8\xa8", NULL}; /* اب، written إب */

/* 1 when nm is such a name written with its hamza at token tok, -1 when
 * written without it, 0 when nm is no such name. */
static int hamza_name(const rasad_doc *doc, const char *nm, size_t nl, size_t tok) {
    for (const char *const *w = HAMZA_BELOW_NAMES; *w; w++) {
        if (strlen(*w) != nl || memcmp(*w, nm, nl) != 0)
            continue;
        const rasad_segment *st = doc_tok_stem(doc, tok);
        int32_t cp = 0;
        if (st->end > st->start)
            utf8_decode((const uint8_t *)doc->text + st->start, st->end - st->start, &cp);
        /* ARABIC LETTER ALEF WITH HAMZA BELOW, and its isolated and final forms */
        return cp == 0x0625 || cp == 0xFE87 || cp == 0xFE88 ? 1 : -1;
    }
    return 0;
}

/* Is the name shaped like the accusative of an active participle
 * (مُفعِلاً written without its tanween: مدينا "condemning", like مؤكدا،
 * مشيرا): م, three or four letters, then ا? With a definite noun after it
 * ("مدينا الهجمات") it is the participle and its object, not a town. */
#define MEEM_UTF8 "\xD9\x85"
#define ALEF_UTF8 "\xD8\xA7"
static bool participle_shaped(const char *nm, size_t nl) {
    /* every letter of the matching form is two bytes: 5 or 6 letters */
    return (nl == 10 || nl == 12) && memcmp(nm, MEEM_UTF8, 2) == 0 && memcmp(nm + nl - 2, ALEF_UTF8, 2) == 0;
}

static uint8_t one_word_guard(rasad_doc *doc, const gaz *g, const match *x, match_payload p, const lex_entry *le,
                              const rasad_entity *items, size_t n, const rasad_date **dates, size_t *ndates) {
    uint8_t gd = GUARD_NONE;
    const char *nm = NULL;
    size_t nl = 0;
    gaz_name_at(g, p.place, &nm, &nl);
    const placeword *pw = nm ? placeword_find(nm, nl) : NULL;
    const rasad_token *tk = &doc->tokens[x->tok_first];
    bool after_place = n > 0 && items[n - 1].kind == RASAD_ENT_PLACE && items[n - 1].tok_last + 1 == x->tok_first;
    bool adj = !after_place && is_adjective_position(doc, x->tok_first);
    int hamza = nm ? hamza_name(doc, nm, nl, x->tok_first) : 0;
    if (hamza)
        return hamza > 0 ? GUARD_NONE : GUARD_CUE;
    if (nm && (is_al_cue_noun(nm, nl) || idiom_at(doc, nm, nl, x->tok_last + 1)))
        gd = GUARD_DROP;
    else if (adj)
        gd = GUARD_DROP;
    else if (!le && in_date(doc, dates, ndates, x->tok_first))
        gd = GUARD_DROP; /* آب (August), ليل الجمعة: the date stage's words */
    else if (pw && (x->key == MATCH_KEY_STRIPPED || x->key == MATCH_KEY_NO_AL) && tk->seg_count < 2)
        /* the segmenter reads the token as one word: باراك is
         * Barack, not ب + أراك */
        gd = GUARD_DROP;
    else if (x->key == MATCH_KEY_STRIPPED && token_form_in(doc, x->tok_first, BEH_WORDS))
        gd = GUARD_DROP;
    else if (has_tanween_fath(doc, x->tok_first))
        gd = GUARD_DROP; /* دوماً "always", not Douma: news writes no tanween on a place name */
    else if (!pw && nm && participle_shaped(nm, nl) && al_word_follows(doc, x->tok_last) &&
             !names_a_country(g, p.place))
        gd = GUARD_CUE;
    else if (x->key == MATCH_KEY_NO_AL)
        /* the text has "ال", no form of the name has: Arabic
         * writes a name with it only when the name carries it,
         * so this is the common word (في هذا الصدد، المشهد،
         * البورصة) unless a cue says place (مدينة المشهد) */
        gd = GUARD_CUE;
    else if (nm && is_common_al_name(nm, nl))
        gd = GUARD_CUE_OR_COUNTRY | GUARD_AT_PLACE;
    else if (pw && pw->weak < PW_WEAK_MIN && pw->total >= PW_STRICT_T)
        gd = GUARD_CUE; /* كان، فإن، الجديد */
    else if (pw)
        gd = (uint8_t)((pw->weak >= PW_WEAK_MIN ? GUARD_CUE_OR_NAMED : GUARD_CUE_OR_COUNTRY) |
                       (pw->weak < PW_NAME_WEAK ? GUARD_AT_PLACE : 0));
    /* a country's name takes no adjective in the way a common
     * noun does (وصلت إلى مالي الجمعة) */
    if ((gd & GUARD_AT_PLACE) && (!pw || pw->total >= PW_NOUN_NEXT_T) && al_word_follows(doc, x->tok_last) &&
        !names_a_country(g, p.place))
        gd |= GUARD_NOUN_NEXT;
    /* a word the actor lexicon also knows (أنقرة for the Turkish
     * government) is a name, not a common word */
    if (le && !adj)
        gd = GUARD_NONE;
    return gd;
}

/* The byte span of match x: from the stem or past the stripped letters
 * of its first token to the end of its last (or of that token's stem). */
static void set_span(rasad_entity *en, rasad_doc *doc, const match *x) {
    const rasad_token *t0 = &doc->tokens[x->tok_first], *t1 = &doc->tokens[x->tok_last];
    if (x->key == MATCH_KEY_STEM && t0->stem_seg < doc->nsegments)
        en->start = doc_tok_stem(doc, x->tok_first)->start;
    else
        en->start = x->skip ? orig_after_norm_bytes(doc, t0, x->skip) : t0->start;
    en->end = (x->last_stem && t1->stem_seg < doc->nsegments) ? doc_tok_stem(doc, x->tok_last)->end : t1->end;
    if (en->end < en->start)
        en->end = en->start;
}

/* A place found by its gazetteer name: the name index waits in
 * place_index for pass 2. A name all of whose places are in one country
 * counts for that country, unless the word is held back (gd). */
static void set_place_name(rasad_entity *en, const gaz *g, uint32_t name, uint8_t gd, geo_context *ctx) {
    const char *nm = NULL;
    size_t nl = 0;
    gaz_name_at(g, name, &nm, &nl);
    en->norm = nm;
    en->kind = RASAD_ENT_PLACE;
    en->type = "LOC";
    en->place_index = name;
    const uint32_t *ids = NULL;
    size_t nids = gaz_name_ids(g, name, &ids);
    const gaz_place *first = nids ? gaz_place_get(g, ids[0]) : NULL;
    bool one_country = first != NULL;
    for (size_t j = 1; j < nids && one_country; j++) {
        const gaz_place *q = gaz_place_get(g, ids[j]);
        one_country = q && strcmp(q->country, first->country) == 0;
    }
    /* a held-back word is no evidence of its country yet */
    if (one_country && first->country[0] && gd == GUARD_NONE)
        geo_context_add_country(ctx, first->country);
}

/* A lexicon name: its entry's kind and type, and a trigger's event
 * codes. */
static void set_lex_kind(rasad_entity *en, const lex_lexicon *lex, match_payload p, const lex_entry *le) {
    const char *nm = NULL;
    lex_form_at(lex, p.lex_first, &nm, NULL, NULL);
    en->norm = nm;
    en->kind = (uint8_t)kind_of_entry(le);
    en->type = entity_type_of_entry(le);
    if (le->cls == LEX_TRIGGER) {
        en->event_kind = lex_event_kind_name(le->kind);
        en->acled_type = le->acled_type;
        en->acled_sub_type = le->acled_sub_type;
        en->cameo = le->cameo;
    }
}

/* Pass 2's state: the entities of pass 1 with their guards, the
 * article's geographic context and the places resolved so far. */
typedef struct place_pass {
    rasad_doc *doc;
    const gaz *g;
    rasad_entity *items; /* n entities; a place holds its name index */
    uint8_t *guard;      /* GUARD_* of each */
    size_t n;
    cued_set *cued;      /* the cued place names resolved so far */
    geo_context *ctx;
    uint32_t *nearby;    /* nnear place ids, in the order resolved */
    size_t nnear;
} place_pass;

/* Resolves place k of pass 1: its direction words and cue, whether a
 * held-back word has support (else its guard becomes GUARD_DROP), the
 * gazetteer place in the article's context (a region for ريف, شمال ...),
 * and the entity's fields. */
/* "منطقة الرباط" in an article about Yemen: an area, a village or a town
 * named like a city of a country the article has not named, while it
 * names another one over and over, is a local place the gazetteer does
 * not know, not that city (the name stays a place, unresolved) */
static bool local_name_abroad(const gaz *g, uint32_t id, geo_cue cue, const geo_context *ctx) {
    if (cue != GEO_CUE_DISTRICT && cue != GEO_CUE_VILLAGE && cue != GEO_CUE_TOWN)
        return false;
    const gaz_place *p = gaz_place_get(g, id);
    if (!p || (p->kind != GAZ_K_CITY && p->kind != GAZ_K_TOWN))
        return false;
    bool focus = false;
    for (size_t i = 0; i < ctx->n_countries && i < GEO_MAX_COUNTRIES; i++) {
        if (ctx->countries[i].count > 0 && !strncmp(ctx->countries[i].cc, p->country, 2))
            return false;
        focus |= ctx->countries[i].count >= 2;
    }
    return focus;
}

/* Words that make a town the seat of the place named after them. */
static const char *const SEAT_WORDS[] = {"عاصمه", "عاصمتي", "مركز", NULL};

/* "بلدة دوما في الضفة الغربية"، "قرية X بمحافظة Y"، "زنجبار، عاصمة
 * محافظة أبين": the country of the place named right after (past في, on
 * ب or after a word of its seat, and a cue word), when all of that
 * name's places lie in one country, or NULL. */
static const char *container_country(const place_pass *pp, size_t k) {
    const rasad_doc *doc = pp->doc;
    const rasad_entity *en = &pp->items[k];
    if (k + 1 >= pp->n || pp->items[k + 1].kind != RASAD_ENT_PLACE || pp->items[k + 1].place_index == MATCH_NONE)
        return NULL;
    size_t next = pp->items[k + 1].tok_first, i = en->tok_last + 1;
    bool in = false;
    if (i < next && doc_tok_is(doc, i, W_IN)) {
        in = true;
        i++;
    } else {
        size_t j = i;
        if (j < next && doc->tokens[j].kind == RASAD_TOK_PUNCT && doc->tokens[j].norm[0] == ',')
            j++;
        if (j < next && token_form_in(doc, j, SEAT_WORDS)) {
            in = true;
            i = j + 1;
        }
    }
    in = in || (i < doc->ntokens && has_beh(doc, i));
    if (i < next && cue_of_token(doc, i) != GEO_CUE_NONE)
        i++;
    if (!in || i != next)
        return NULL;
    const uint32_t *ids = NULL;
    size_t nids = gaz_name_ids(pp->g, pp->items[k + 1].place_index, &ids);
    const char *cc = NULL;
    for (size_t j = 0; j < nids; j++) {
        const gaz_place *p = gaz_place_get(pp->g, ids[j]);
        if (!p || !p->country[0] || (cc && strcmp(cc, p->country) != 0))
            return NULL;
        cc = p->country;
    }
    return cc;
}

static void resolve_place(place_pass *pp, size_t k) {
    rasad_doc *doc = pp->doc;
    const gaz *g = pp->g;
    rasad_entity *items = pp->items;
    uint8_t *guard = pp->guard;
    size_t n = pp->n;
    rasad_entity *en = &items[k];
    uint32_t name = en->place_index;
    en->place_index = MATCH_NONE;
    const uint32_t *ids = NULL;
    size_t nids = gaz_name_ids(g, name, &ids);
    if (!nids)
        return;
    /* direction words before (شمال شرق X) and after (X الشرقي) */
    unsigned dir = 0;
    size_t b = en->tok_first;
    uint32_t lo = k ? items[k - 1].tok_last + 1 : 0; /* never reach into the previous entity */
    for (int d = 0; d < 2 && b > lo; d++) {
        unsigned v = dir_of_token(doc, b - 1);
        if (!v)
            break;
        dir |= v;
        b--;
    }
    size_t a = en->tok_last;
    uint32_t hi = k + 1 < n ? items[k + 1].tok_first : (uint32_t)doc->ntokens;
    /* after the name only the adjective (ريف حلب الشرقي): "عدن بجنوب
     * اليمن", "حلب شمالي سوريا", "سروج جنوبي شرق تركيا" open the place
     * the name lies in */
    for (int d = 0; d < 2 && a + 1 < hi && starts_with_al(&doc->tokens[a + 1]); d++) {
        unsigned v = dir_of_token(doc, a + 1);
        if (!v)
            break;
        dir |= v;
        a++;
    }
    geo_cue cue = GEO_CUE_NONE;
    size_t cue_tok = SIZE_MAX;
    if (b > lo) {
        size_t c = b - 1;
        cue = cue_of_token(doc, c);
        /* بالقرب من X: the cue sits before من */
        if (cue == GEO_CUE_NONE && c > lo && doc_tok_is(doc, c, W_MIN)) {
            cue = cue_of_token(doc, c - 1);
            if (cue == GEO_CUE_NONE)
                c = SIZE_MAX;
            else
                c = c - 1;
        }
        if (cue != GEO_CUE_NONE)
            cue_tok = c;
    }
    /* a capital or country the actor lexicon reads as its government
     * (أنقرة) is only a place after في، مدينة، إلى ... */
    if (en->id && (cue != GEO_CUE_NONE || dir != 0 || after_locative(doc, b, lo))) {
        en->id = NULL;
        en->lex_index = MATCH_NONE;
    }
    /* الوسطى after the word is "middle" (الطبقة الوسطى, the middle
     * class), no sign of a place */
    bool cued = cue != GEO_CUE_NONE || b < en->tok_first || (dir & ~GEO_DIR_CENTRAL) != 0;
    /* "محيط القصر الرئاسي", "الموقع المحيط بالقصر الرئاسي": a word that
     * is mostly a common noun, with a definite adjective after it, is
     * the noun; "near" says nothing about a name (a kind, مدينة/بلدة X,
     * still does) */
    if (cued && guard[k] != GUARD_NONE && cue == GEO_CUE_NEAR && b == en->tok_first &&
        al_word_follows(doc, en->tok_last) && !names_a_country(g, name))
        cued = false;
    if (guard[k] != GUARD_NONE) {
        unsigned gk = guard[k] & GUARD_KIND;
        /* the country named elsewhere in the article, or the name
         * being a country's or a big city's, lets a word that is
         * mostly a common one through only where a place would stand:
         * سيطرت على الطبقة, not الطبقة السياسية in a Syria article; a
         * country's or a capital's name needs no such place; a word the corpus often puts after في/إلى (أثينا،
         * غزة) is a name wherever it stands */
        bool at_place = !(guard[k] & GUARD_AT_PLACE) || in_place_position(g, doc, b, en->tok_last, lo, items, guard, k, n, name);
        bool ok = cued;
        /* a listed word right before an unlisted place, not joined
         * to it by و or ب, is the head of a construct (بورصة أثينا
         * "the Athens exchange", سيول جدة "the Jeddah floods", not
         * طوكيو باليابان); a country's name is none (العراق وسوريا) */
        bool head = k + 1 < n && items[k + 1].kind == RASAD_ENT_PLACE && guard[k + 1] == GUARD_NONE &&
                    items[k + 1].tok_first == en->tok_last + 1 && !starts_with_waw(&doc->tokens[en->tok_last + 1]) &&
                    !has_beh(doc, en->tok_last + 1) && !names_a_country(g, name);
        if (!ok && !head && !(guard[k] & GUARD_NOUN_NEXT)) {
            /* a function word (كان) stays one after مدينة كان */
            ok = gk != GUARD_CUE && resolved_before(pp->cued, items, guard, k, en->norm);
            if (!ok && at_place && (gk == GUARD_CUE_OR_COUNTRY || gk == GUARD_CUE_OR_NAMED))
                ok = context_has_country(g, ids, nids, pp->ctx);
            if (!ok && gk == GUARD_CUE_OR_NAMED)
                ok = names_a_country(g, name) || has_prominent(g, ids, nids);
        }
        if (!ok) {
            guard[k] = GUARD_DROP;
            return;
        }
    }
    if (cued)
        guard[k] |= GUARD_CUED;
    pp->ctx->cue = (uint8_t)cue;
    pp->ctx->direction = dir;
    pp->ctx->container = container_country(pp, k);
    /* "nearby" is the places resolved last, not every place of the
     * article: the scores then cost the same for each name of a 50 MB
     * file as of a short article, where nothing changes */
    size_t from = pp->nnear > GEO_NEARBY_WINDOW ? pp->nnear - GEO_NEARBY_WINDOW : 0;
    pp->ctx->nearby = pp->nearby + from;
    pp->ctx->n_nearby = pp->nnear - from;
    geo_choice ch = geo_choose(g, ids, nids, pp->ctx);
    if (ch.id == GAZ_NONE || local_name_abroad(g, ch.id, cue, pp->ctx))
        return;
    const gaz_place *base = gaz_place_get(g, ch.id);
    bool small = base && (base->kind == GAZ_K_CITY || base->kind == GAZ_K_TOWN ||
                          base->kind == GAZ_K_VILLAGE || base->kind == GAZ_K_SITE);
    /* "وسط كابول" is still Kabul; a compass point or ريف is a region */
    bool region = cue == GEO_CUE_NEAR || (dir & ~GEO_DIR_CENTRAL) || (dir && !small);
    if (region) {
        geo_choice r = geo_region(g, ch.id, cue, dir);
        if (r.id != GAZ_NONE) {
            r.alternatives = ch.alternatives;
            ch = r;
        }
        /* the span takes in the modifiers that made the region, from
         * the direction word's stem ("وجنوب الجزائر" starts at جنوب) */
        if (b < en->tok_first)
            en->start = doc->segments && doc->tokens[b].stem_seg < doc->nsegments ? doc_tok_stem(doc, b)->start
                                                                                   : doc->tokens[b].start;
        if (cue == GEO_CUE_NEAR && cue_tok != SIZE_MAX && cue_tok < en->tok_first) {
            en->start = doc->tokens[cue_tok].start;
            b = cue_tok;
        }
        if (a > en->tok_last)
            en->end = doc->tokens[a].end;
        en->tok_first = (uint32_t)(b < en->tok_first ? b : en->tok_first);
        en->tok_last = (uint32_t)a;
    }
    const gaz_place *pl = gaz_place_get(g, ch.id);
    if (!pl)
        return;
    ent_set_place(en, pl);
    en->precision = ch.precision ? ch.precision : pl->precision;
    en->alternatives = ch.alternatives;
    if (pl->kind == GAZ_K_SITE)
        en->type = "FAC";
    pp->nearby[pp->nnear++] = ch.id;
    if (pl->country[0])
        geo_context_add_country(pp->ctx, pl->country);
}

void ent_set_place(rasad_entity *e, const gaz_place *pl) {
    e->place_index = pl->id;
    e->geonameid = pl->geonameid;
    e->lat = pl->lat;
    e->lon = pl->lon;
    e->country = pl->country;
    e->admin1 = pl->admin1;
    e->feature = pl->feature;
    e->name = pl->name_en;
}

static rasad_status compute(rasad_doc *doc, ent_cache *cache) {
    const matcher *m = matcher_default();
    const gaz *g = gaz_default();
    const lex_lexicon *lex = lex_default();
    if (!m)
        return RASAD_ENOMEM;
    if (doc->ntokens == 0)
        return RASAD_OK;
    matcher_token *mt = matcher_tokens(doc);
    if (!mt)
        return RASAD_ENOMEM;
    scan_ctx sc = {doc, NULL, 0, 0, false};
    matcher_scan(m, mt, doc->ntokens, on_match, &sc);
    doc->mem->free(mt);
    if (sc.failed)
        return RASAD_ENOMEM;
    if (sc.n == 0)
        return RASAD_OK;

    rasad_entity *items = arena_alloc_array(&doc->arena, sc.n, sizeof *items);
    uint32_t *nearby = arena_alloc_array(&doc->arena, sc.n, sizeof *nearby);
    uint8_t *guard = arena_alloc_array(&doc->arena, sc.n, sizeof *guard);
    ent_name_span *names = arena_alloc_array(&doc->arena, sc.n, sizeof *names);
    cued_set cued_names;
    if (!items || !nearby || !guard || !names || !cued_set_init(doc, &cued_names, sc.n))
        return RASAD_ENOMEM;

    /* pass 1: decide what each match is; count countries */
    const rasad_date *dates = NULL;
    size_t ndates = SIZE_MAX; /* not asked yet */
    geo_context ctx;
    geo_context_init(&ctx);
    size_t n = 0;
    for (size_t k = 0; k < sc.n; k++) {
        match xm = sc.items[k].m;
        const match *x = &xm;
        match_payload p = matcher_payload(m, x->node);
        uint32_t e = (lex && p.lex_count) ? pick_entry(lex, p) : MATCH_NONE;
        const lex_entry *le = e != MATCH_NONE ? lex_entry_get(lex, e) : NULL;
        bool is_place = g && p.place != MATCH_NONE;
        /* "في بغداد اليوم" is in Baghdad today, not the outlet بغداد
         * اليوم: a name that begins with a place, in place position, is
         * the place */
        if (!is_place && le && g && x->tok_last > x->tok_first && (le->cls == LEX_SOURCE || le->cls == LEX_ACTOR) &&
            after_locative(doc, x->tok_first, 0)) {
            const rasad_token *t0 = &doc->tokens[x->tok_first];
            size_t nm = t0->norm_len > x->skip ? gaz_name_find(g, t0->norm + x->skip, t0->norm_len - x->skip)
                                                : SIZE_MAX;
            if (nm != SIZE_MAX) {
                xm.tok_last = xm.tok_first;
                xm.last_stem = 0;
                p.place = (uint32_t)nm; /* the format counts names in 32 bits */
                p.lex_count = 0;
                e = MATCH_NONE;
                le = NULL;
                is_place = true;
            }
        }
        if (is_place && le && (le->cls == LEX_ROLE || le->cls == LEX_TRIGGER))
            is_place = false;
        /* "وقالت مصادر طبية لـ«الرياض» إن": the paper, not the city
         * (a source the lexicon knows stays that source) */
        if (is_place && quoted_outlet(doc, x)) {
            if (!le || le->cls != LEX_SOURCE)
                continue;
            is_place = false;
        }
        /* "ال" + a country's name is its adjective, not the country:
         * السوريه (Syrian) must not reach سوريه (Syria) */
        if (is_place && x->key == MATCH_KEY_NO_AL && names_a_country(g, p.place))
            is_place = false;
        if (is_place) {
            const char *nm = NULL;
            size_t nl = 0;
            gaz_name_at(g, p.place, &nm, &nl);
            if (nm && carries_enclitic(doc, x, nm, nl))
                is_place = false;
        }
        if (is_place && border_of_someone(doc, x))
            continue;
        /* a one-word name that is mostly another word (file comment) */
        uint8_t gd = GUARD_NONE;
        if (is_place && x->tok_first == x->tok_last) {
            gd = one_word_guard(doc, g, x, p, le, items, n, &dates, &ndates);
            if (gd == GUARD_DROP)
                continue;
        }
        if (!is_place && le && (is_common_reading(doc, le, x) || is_military_adjective(doc, le, x, n ? &items[n - 1] : NULL)))
            continue;
        if (!is_place && le && is_dawn(doc, lex, m, le, x, sc.items + k + 1, sc.n - k - 1))
            continue;
        if (!is_place && !le)
            continue;
        guard[n] = gd;
        rasad_entity *en = &items[n++];
        memset(en, 0, sizeof *en);
        en->tok_first = x->tok_first;
        en->tok_last = x->tok_last;
        set_span(en, doc, x);
        names[n - 1] = (ent_name_span){en->start, en->end, en->tok_first, en->tok_last};
        en->place_index = MATCH_NONE;
        en->lex_index = e;
        en->geonameid = 0;
        en->country = "";
        en->admin1 = "";
        en->feature = "";
        if (le) {
            en->id = le->cls == LEX_ROLE ? NULL : le->id;
            en->name = le->name_en;
            if (le->country && *le->country && le->cls == LEX_ACTOR)
                geo_context_add_country(&ctx, le->country);
        }
        if (is_place)
            set_place_name(en, g, p.place, gd, &ctx);
        else
            set_lex_kind(en, lex, p, le);
        if (!en->norm)
            en->norm = "";
    }

    /* pass 2: resolve the places */
    place_pass pp = {doc, g, items, guard, n, &cued_names, &ctx, nearby, 0};
    for (size_t k = 0; k < n; k++)
        if (items[k].kind == RASAD_ENT_PLACE)
            resolve_place(&pp, k);
    /* drop the held-back words that found no support */
    size_t kept = 0;
    for (size_t k = 0; k < n; k++)
        if (guard[k] != GUARD_DROP) {
            names[kept] = names[k];
            items[kept++] = items[k];
        }
    cache->items = items;
    cache->names = names;
    cache->n = kept;
    return RASAD_OK;
}

rasad_status ent_doc_entities(rasad_doc *doc, const rasad_entity **out, size_t *count) {
    if (!doc || !out || !count)
        return RASAD_EINVAL;
    *out = NULL;
    *count = 0;
    ent_cache *cache = doc->stage_data[DOC_STAGE_LEXICON];
    if (!cache) {
        cache = arena_alloc(&doc->arena, sizeof *cache);
        if (!cache)
            return RASAD_ENOMEM;
        cache->items = NULL;
        cache->names = NULL;
        cache->n = 0;
        rasad_status st = compute(doc, cache);
        if (st != RASAD_OK)
            return st;
        doc->stage_data[DOC_STAGE_LEXICON] = cache;
    }
    *out = cache->items;
    *count = cache->n;
    return RASAD_OK;
}

const ent_name_span *ent_doc_names(rasad_doc *doc) {
    const rasad_entity *items;
    size_t n;
    if (ent_doc_entities(doc, &items, &n) != RASAD_OK || n == 0)
        return NULL;
    const ent_cache *cache = doc->stage_data[DOC_STAGE_LEXICON];
    return cache->names;
}

RASAD_API rasad_status rasad_doc_entities(rasad_doc *doc, const rasad_entity **out, size_t *count) {
    return ent_doc_entities(doc, out, count);
}
