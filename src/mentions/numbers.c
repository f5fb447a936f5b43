/* SPDX-License-Identifier: MIT
 *
 * numbers.c - stage 2 (mentions): quantities. Walks the tokens of each
 * sentence and reads counted quantities (SCHEMA.md Quantity) with the
 * plural conventions of gold/GUIDELINES.md:
 *
 *   digits        10  ١٠  1,000  2.5 مليون  10 آلاف  3 ملايين
 *   number words  خمسة وعشرون، أحد عشر، ثلاثمائة، ثلاثة آلاف وخمسمائة، ألفين
 *   plural counts عشرات 30-99, مئات 300-999, آلاف 3000-9999,
 *                 عشرات الآلاف 30000-99999, بضعة/بضع/عدة N 3N-9N
 *   qualifiers    أكثر من، ما لا يقل عن، على الأقل، نحو، حوالي، قرابة، زهاء،
 *                 ما يقارب، أقل من، ما لا يزيد عن
 *   ranges        بين X و Y، ما يتراوح بين، من X إلى Y، X-Y، X أو Y، 14 و18 ألف
 *
 * then the counted noun (the word right after the number, or after من in
 * "المئات من عناصره") and a role guessed from that noun and the words
 * around it. A quantity never crosses a sentence. All matching is on the
 * normalized forms through the sorted word table of number_words.c: no
 * allocation per token; one scratch array per doc in its arena.
 *
 * What is deliberately NOT a quantity (each decided here, tested in
 * tests/golden/numbers.txt):
 *  - tokens inside a date expression (rasad_doc_dates), a bare 4-digit
 *    1900..2100 number after عام/سنة/منذ or a month, or followed by the
 *    era letters م/هـ, or standing alone with no counted noun and no
 *    qualifier ("في 2015"); a day number 1..31 before a month name.
 *  - percentages ("50%"، "50 في المائة"، "50 بالمئة"): a share, not a count
 *    of people or things, and no SCHEMA.md role fits it.
 *  - a decimal with no scale word ("2.5 كيلومتر"): SCHEMA.md counts are
 *    integers; "2.5 مليون" is 2500000 and kept.
 *  - phone-like runs (7+ digits starting with 0, 10+ digits without
 *    separators, a number after '+'), numbers glued to ':' or '/' (times,
 *    dates, fractions), numbers inside URLs (they are URL tokens).
 *  - ordinals and labels: ordinal words are not in the table; a number
 *    after الـ ("الـ15"), رقم, or a noun of what is known by its number
 *    (الفرقة 30، القرار 2216; number_words.c).
 *  - احد/إحدى alone after a negation ("لم يصب أحد") or with no noun after
 *    it; واحد alone (the adjective "single"); بضعة/عدة with nothing
 *    counted after them.
 *  - a digit range X-Y with X >= Y (a score "2-1" or a code); list labels
 *    and notes ("1- ..."، "2) ..."، "(3)").
 */
#include <assert.h>
#include <pthread.h>
#include <string.h>

#include "mentions/mentions.h"
#include "mentions/number_words.h"
#include "text/normalize.h"
#include "util/utf8.h"

/* Counts above this are not counts (and keep every product in int64). */
#define NUM_MAX 1000000000000000LL /* 10^15 */

/* ---- names ----------------------------------------------------------- */

const char *rasad_qualifier_name(rasad_qualifier q) {
    static const char *const names[] = {"exact",     "about",     "at_least", "more_than",
                                        "at_most",   "less_than", "between",  "several",
                                        "tens",      "hundreds",  "thousands"};
    return (unsigned)q < sizeof names / sizeof names[0] ? names[q] : "exact";
}

const char *rasad_role_name(rasad_role r) {
    static const char *const names[] = {"other",   "fatalities", "injured", "participants",
                                        "escaped", "detained",   "displaced", "fighters",
                                        "members", "foreigners"};
    return (unsigned)r < sizeof names / sizeof names[0] ? names[r] : "other";
}

/* ---- per-doc scratch ------------------------------------------------- */

typedef struct tokinfo {
    const nw_entry *num;  /* number word (prefixes allowed), or NULL */
    const nw_entry *word; /* the word itself (whole norm or stem), or NULL */
    const nw_entry *wordx; /* the word with و/ب/ال… stripped, for context, or NULL */
    uint8_t num_pfx;      /* NWP_* stripped to find num */
    uint8_t num_pfx_letters;
    uint8_t dual_letters; /* letters of و/ب… before a dual noun */
    bool dual;            /* an indefinite dual noun (NWF_DUAL) */
    bool in_date;         /* inside a date expression */
} tokinfo;

typedef struct scan {
    rasad_doc *doc;
    tokinfo *ti;
    size_t first, lim; /* tokens of the current sentence: [first, lim) */
    rasad_quantity *out;
    size_t n, cap;
} scan;

/* One parsed number (before qualifiers and units). */
typedef struct core {
    size_t first, last; /* token range */
    int64_t lo, hi;     /* its value, or the range of a plural count */
    uint8_t q;          /* RASAD_Q_EXACT or the plural-count qualifier */
    bool digits;        /* it is a single digit token without a scale */
    int64_t scale;      /* the scale word applied last, 1 when none */
    uint64_t mant;      /* digit token: the digits without separators */
    unsigned dec;       /* digit token: how many of them are decimals */
    bool one_of;        /* احد/احدي: a definite noun may follow */
    bool needs_unit;    /* only a quantity when a counted noun follows */
    bool pending;       /* a decimal waiting for the scale of a range's end (1.5 و2 مليون) */
} core;

static const rasad_token *tok(const scan *sc, size_t i) { return &sc->doc->tokens[i]; }

static bool norm_is(const scan *sc, size_t i, const char *s) {
    return i < sc->lim && strcmp(sc->doc->tokens[i].norm, s) == 0;
}

/* True when token i is the punctuation p. */
static bool punct_is(const scan *sc, size_t i, const char *p) {
    return i < sc->lim && tok(sc, i)->kind == RASAD_TOK_PUNCT && strcmp(tok(sc, i)->norm, p) == 0;
}

static unsigned word_flags(const scan *sc, size_t i) {
    if (i >= sc->lim || i < sc->first)
        return 0;
    const tokinfo *t = &sc->ti[i];
    return (t->word ? t->word->flags : 0) | (t->wordx ? t->wordx->flags : 0);
}

/* ---- digits ---------------------------------------------------------- */

/* Reads the ASCII norm of a number token: "1,000" "1.5" "1,000.5" "1,5".
 * A '.' is a decimal point unless several '.' all split 3-digit groups
 * (1.000.000); a ',' groups thousands, unless it is the only separator
 * and 1-2 digits follow it (1,5). False for anything else (15.03.2019),
 * or more than 15 digits. */
static bool parse_digits(const char *s, uint64_t *mant, unsigned *dec, size_t *ndigits) {
    size_t len = strlen(s), ndot = 0, ncomma = 0, last_sep = 0, digits = 0;
    char last_kind = 0;
    for (size_t k = 0; k < len; k++) {
        if (s[k] == '.' || s[k] == ',') {
            if (s[k] == '.')
                ndot++;
            else
                ncomma++;
            last_sep = k;
            last_kind = s[k];
        } else if (s[k] >= '0' && s[k] <= '9') {
            digits++;
        } else {
            return false;
        }
    }
    if (digits == 0 || digits > 15)
        return false;
    char decimal = 0; /* which separator is the decimal point, if any */
    if (ndot == 1 && last_kind == '.')
        decimal = '.';
    else if (ndot == 0 && ncomma == 1 && len - last_sep - 1 < 3)
        decimal = ',';
    else if (ndot > 1 && ncomma > 0)
        return false;
    /* every grouping separator must be followed by exactly 3 digits */
    size_t run = 0;
    bool first_group = true, in_dec = false;
    uint64_t m = 0;
    unsigned d = 0;
    for (size_t k = 0; k <= len; k++) {
        char c = k < len ? s[k] : 0;
        if (c >= '0' && c <= '9') {
            m = m * 10 + (uint64_t)(c - '0');
            run++;
            if (in_dec)
                d++;
            continue;
        }
        if (!first_group && !in_dec && run != 3)
            return false;
        if (c == decimal && decimal) {
            in_dec = true;
        } else if (in_dec && c) {
            return false; /* a separator after the decimals */
        }
        first_group = false;
        run = 0;
    }
    *mant = m;
    *dec = d;
    *ndigits = digits;
    return true;
}

static bool is_scale_word(const tokinfo *t) {
    return t->num && t->num_pfx == 0 && (t->num->kind == NW_SCALE || t->num->kind == NW_SCALE_PL);
}

/* value = mant * scale / 10^dec when that is a whole number in range */
static bool scale_digits(uint64_t mant, unsigned dec, int64_t scale, int64_t *out) {
    if (scale <= 0 || mant > (uint64_t)NUM_MAX / (uint64_t)scale)
        return false;
    uint64_t v = mant * (uint64_t)scale;
    for (unsigned k = 0; k < dec; k++) {
        if (v % 10)
            return false;
        v /= 10;
    }
    if (v > (uint64_t)NUM_MAX)
        return false;
    *out = (int64_t)v;
    return true;
}

/* ---- number words ---------------------------------------------------- */

static bool is_unitish(uint8_t kind) {
    return kind == NW_UNIT || kind == NW_ONE_OF || kind == NW_TWO_TEEN;
}

/* Cardinal words from token i: units, teens (احد عشر), tens joined with و
 * (خمسة وعشرون), hundreds (ثلاثمائة، ثلاث مائة), scales (ثلاثة آلاف، مائة
 * ألف), duals (ألفين). Arabic orders a compound as hundreds, units, tens
 * (مائة وخمسة وعشرون); the checks on `cur` accept only that order, so
 * two numbers joined by و ("خمسة وستة") stay two numbers. */
static bool parse_words(const scan *sc, size_t i, core *c) {
    const tokinfo *t = &sc->ti[i];
    const nw_entry *e = t->num;
    if (!e)
        return false;
    const tokinfo *after = i + 1 < sc->lim ? &sc->ti[i + 1] : NULL;
    bool scale_next = after && after->num && !after->num_pfx && !after->in_date &&
                      (after->num->kind == NW_SCALE || after->num->kind == NW_SCALE_PL);
    /* a definite number is an ordinal or a date ("الذكرى الثلاثين"),
     * except before its scale: "الثمانين مليون نسمة", "العشرين ألف شخص" */
    if ((t->num_pfx & NWP_DEF) && !(scale_next && (e->kind == NW_UNIT || e->kind == NW_TEN || e->kind == NW_TENS)))
        return false;
    /* اثنا / اثني count only before عشر ("اثني عشر"); alone "إثني" is
     * ethnic ("انقسام إثني") */
    if (e->kind == NW_TWO_TEEN && !(after && after->num && after->num->kind == NW_TEN && !after->num_pfx))
        return false;
    int64_t total = 0, cur = 0, last_scale = 0, last_unit = 0;
    switch (e->kind) {
    case NW_UNIT:
    case NW_ONE_OF:
    case NW_TWO_TEEN:
        cur = last_unit = e->value;
        break;
    case NW_TEN:
    case NW_TENS:
    case NW_HUNDRED:
        cur = e->value;
        break;
    case NW_SCALE:
        total = last_scale = e->value;
        break;
    case NW_SCALE_DUAL:
        total = e->value;
        last_scale = e->value / 2;
        break;
    default:
        return false;
    }
    size_t j;
    for (j = i + 1; j < sc->lim; j++) {
        const tokinfo *u = &sc->ti[j];
        const nw_entry *f = u->num;
        if (!f || u->in_date || (u->num_pfx & ~(unsigned)NWP_CONJ))
            break;
        bool conj = (u->num_pfx & NWP_CONJ) != 0;
        if (!conj) {
            if (f->kind == NW_TEN && last_unit) { /* احد عشر، ثلاثة عشر */
                cur += 10;
                last_unit = 0;
                continue;
            }
            if (((f->kind == NW_HUNDRED && f->value == 100) || (f->kind == NW_VAGUE && f->value == 100)) &&
                last_unit >= 3) { /* ثلاث مائة، ثلاث مئات */
                cur += last_unit * 99;
                last_unit = 0;
                continue;
            }
            if (f->kind == NW_SCALE || f->kind == NW_SCALE_PL) {
                if (cur == 0 || (last_scale && f->value >= last_scale))
                    break;
                /* the plural scale counts 3..10 of it: ثلاثة آلاف .. عشرة آلاف,
                 * also as the last word of a compound (مائة وخمسة آلاف) */
                int64_t counted = last_unit ? last_unit : cur;
                if (f->kind == NW_SCALE_PL && (counted < 3 || counted > 10))
                    break;
                if (cur > NUM_MAX / f->value)
                    break;
                total += cur * f->value;
                cur = 0;
                last_scale = f->value;
                last_unit = 0;
                continue;
            }
            break;
        }
        /* "ألفين وثلاثة آلاف": a conjunct with its own scale as large as
         * the one before is a second number (a range's end), not 2003 */
        if (last_scale && j + 1 < sc->lim) {
            const tokinfo *nx = &sc->ti[j + 1];
            if (nx->num && nx->num_pfx == 0 && (nx->num->kind == NW_SCALE || nx->num->kind == NW_SCALE_PL) &&
                nx->num->value >= last_scale)
                break;
        }
        bool ok = false;
        if (f->kind == NW_TENS && cur % 100 >= 1 && cur % 100 <= 9)
            ok = true; /* خمسة وعشرون */
        else if ((is_unitish(f->kind) || f->kind == NW_TEN || f->kind == NW_TENS) && cur % 100 == 0 &&
                 (cur > 0 || total > 0))
            ok = true; /* مائة وخمسة، ألف وعشرون */
        else if (f->kind == NW_HUNDRED && cur == 0 && total > 0)
            ok = true; /* ثلاثة آلاف وخمسمائة */
        if (!ok)
            break;
        cur += f->value;
        last_unit = is_unitish(f->kind) ? f->value : 0;
    }
    memset(c, 0, sizeof *c);
    c->first = i;
    c->last = j - 1;
    c->lo = c->hi = total + cur;
    c->q = RASAD_Q_EXACT;
    c->scale = last_scale ? last_scale : 1;
    c->one_of = e->kind == NW_ONE_OF && c->last == i;
    /* واحد alone is mostly the adjective "one, single" after its noun
     * ("في وقت واحد"): a count only with a noun after it, like احد */
    c->needs_unit = c->one_of || (e->kind == NW_UNIT && e->value == 1 && c->last == i);
    return c->lo > 0 && c->lo <= NUM_MAX;
}

/* Plural counts: عشرات، مئات، آلاف، ملايين (with و/ب/ال), optionally of a
 * plural scale (عشرات الآلاف), and بضع/بضعة/عدة before any of them or a
 * noun. */
static bool parse_vague(const scan *sc, size_t i, core *c) {
    const tokinfo *t = &sc->ti[i];
    const nw_entry *e = t->num;
    if (!e)
        return false;
    memset(c, 0, sizeof *c);
    c->first = c->last = i;
    c->scale = 1;
    int64_t base;
    size_t j = i + 1;
    if (e->kind == NW_FEW) {
        if (t->num_pfx & NWP_DEF)
            return false;
        base = 1;
        if (j < sc->lim && sc->ti[j].num && !(sc->ti[j].num_pfx & NWP_CONJ) &&
            (sc->ti[j].num->kind == NW_VAGUE || sc->ti[j].num->kind == NW_SCALE_PL)) {
            base = sc->ti[j].num->value;
            c->last = j++;
        } else {
            c->needs_unit = true;
        }
        c->lo = 3 * base;
        c->hi = 9 * base;
        c->q = RASAD_Q_SEVERAL;
    } else if (e->kind == NW_VAGUE || e->kind == NW_SCALE_PL) {
        /* "الاف بي اي": the FBI's letters spelt out, not thousands */
        if (e->value == 1000 && norm_is(sc, j, "\xd8\xa8\xd9\x8a") /* بي */)
            return false;
        base = e->value;
        c->lo = 3 * base;
        c->hi = 10 * base - 1;
        c->q = base == 10     ? RASAD_Q_TENS
               : base == 100  ? RASAD_Q_HUNDREDS
               : base == 1000 ? RASAD_Q_THOUSANDS
                              : RASAD_Q_SEVERAL;
    } else {
        return false;
    }
    /* of a plural scale: عشرات الآلاف 30000-99999, بضعة عشرات الآلاف */
    if (j < sc->lim && sc->ti[j].num && sc->ti[j].num->kind == NW_SCALE_PL &&
        !(sc->ti[j].num_pfx & (NWP_CONJ | NWP_PREP)) && sc->ti[j].num->value > base) {
        int64_t s = sc->ti[j].num->value;
        if (c->hi + 1 > NUM_MAX / s)
            return false;
        c->lo *= s;
        c->hi = c->q == RASAD_Q_SEVERAL ? c->hi * s : (c->hi + 1) * s - 1;
        if (s == 1000 && c->q != RASAD_Q_SEVERAL)
            c->q = RASAD_Q_THOUSANDS;
        c->last = j;
    }
    return true;
}

/* A number at token i: digits (with a scale word after them), number
 * words, or a plural count. A decimal with no scale is only read when
 * allow_pending (the first number of a range), as pending. */
static bool parse_core_ex(const scan *sc, size_t i, core *c, bool allow_pending) {
    if (i >= sc->lim || sc->ti[i].in_date)
        return false;
    const rasad_token *t = tok(sc, i);
    if (t->kind == RASAD_TOK_NUMBER) {
        uint64_t mant;
        unsigned dec;
        size_t nd;
        if (!parse_digits(t->norm, &mant, &dec, &nd))
            return false;
        memset(c, 0, sizeof *c);
        c->first = c->last = i;
        c->q = RASAD_Q_EXACT;
        c->mant = mant;
        c->dec = dec;
        c->scale = 1;
        if (i + 1 < sc->lim && is_scale_word(&sc->ti[i + 1]) && !sc->ti[i + 1].in_date) {
            int64_t s = sc->ti[i + 1].num->value;
            if (!scale_digits(mant, dec, s, &c->lo))
                return false;
            c->scale = s;
            c->last = i + 1;
        } else {
            if (dec && allow_pending) {
                c->pending = true;
                c->lo = (int64_t)(mant > (uint64_t)NUM_MAX ? (uint64_t)NUM_MAX : mant);
            } else if (dec || !scale_digits(mant, 0, 1, &c->lo)) {
                return false; /* a decimal with no scale is not a count */
            }
            c->digits = true;
        }
        c->hi = c->lo;
        return true;
    }
    if (t->kind != RASAD_TOK_WORD || !sc->ti[i].num)
        return false;
    uint8_t k = sc->ti[i].num->kind;
    if (k == NW_VAGUE || k == NW_SCALE_PL || k == NW_FEW)
        return parse_vague(sc, i, c);
    return parse_words(sc, i, c);
}

static bool parse_core(const scan *sc, size_t i, core *c) { return parse_core_ex(sc, i, c, false); }

/* ---- exclusions ------------------------------------------------------ */

static bool glued(const scan *sc, size_t a, size_t b) {
    return a >= sc->first && b < sc->lim && tok(sc, a)->end == tok(sc, b)->start;
}

static bool is_year_like(const core *c) {
    return c->digits && c->lo >= 1900 && c->lo <= 2100;
}

/* A digit number that is not a count: see the list at the top. k is the
 * token after the whole number (or range); has_unit and qualified say
 * what follows and precedes it. */
static bool digits_excluded(const scan *sc, const core *c, size_t k, bool has_unit, bool qualified) {
    size_t i = c->first;
    const rasad_token *t = tok(sc, i);
    /* phones, times, dates, fractions */
    if (i > sc->first && glued(sc, i - 1, i)) {
        const char *p = tok(sc, i - 1)->norm;
        if (!strcmp(p, "+") || !strcmp(p, ":") || !strcmp(p, "/"))
            return true;
        if (tok(sc, i - 1)->kind == RASAD_TOK_WORD && !strcmp(p, "\xd8\xa7\xd9\x84")) /* الـ15 */
            return true;
    }
    if (c->last == i && i + 2 < sc->lim && glued(sc, i, i + 1) && tok(sc, i + 2)->kind == RASAD_TOK_NUMBER &&
        (punct_is(sc, i + 1, ":") || punct_is(sc, i + 1, "/")))
        return true;
    /* a distance written "250/كم" */
    if (c->last == i && i + 2 < sc->lim && glued(sc, i, i + 1) && punct_is(sc, i + 1, "/") &&
        (word_flags(sc, i + 2) & NWF_MEASURE))
        return true;
    if (i > sc->first && (word_flags(sc, i - 1) & NWF_ORD_CUE))
        return true;
    /* digit groups in a row ("966 55 123"): a phone or a code */
    if ((i > sc->first && tok(sc, i - 1)->kind == RASAD_TOK_NUMBER) ||
        (c->last == i && i + 1 < sc->lim && tok(sc, i + 1)->kind == RASAD_TOK_NUMBER))
        return true;
    size_t nd = 0;
    bool seps = false;
    for (const char *p = t->norm; *p; p++) {
        if (*p >= '0' && *p <= '9')
            nd++;
        else
            seps = true;
    }
    if (!seps && ((nd >= 7 && t->norm[0] == '0') || nd >= 10))
        return true;
    /* list labels and notes: "1- ...", "2) ...", "(3)" */
    if (c->last == i && k < sc->lim && glued(sc, i, k) &&
        (punct_is(sc, k, "-") || (tok(sc, k)->kind == RASAD_TOK_BRACKET && !strcmp(tok(sc, k)->norm, ")"))) &&
        !(k + 1 < sc->lim && tok(sc, k + 1)->kind == RASAD_TOK_NUMBER))
        return true;
    /* percentages */
    if (punct_is(sc, k, "%"))
        return true;
    if (k < sc->lim && (word_flags(sc, k) & NWF_PERCENT))
        return true; /* بالمائة */
    if (k + 1 < sc->lim && (norm_is(sc, k, "\xd9\x81\xd9\x8a") /* في */) && (word_flags(sc, k + 1) & NWF_PERCENT))
        return true;
    if (!c->digits)
        return false;
    /* a day before a month: "15 مارس", "15 من شهر مارس" is left to dates */
    if (c->lo >= 1 && c->lo <= 31 &&
        ((word_flags(sc, k) & NWF_MONTH) ||
         (norm_is(sc, k, "\xd9\x85\xd9\x86") /* من */ && (word_flags(sc, k + 1) & NWF_MONTH))))
        return true;
    /* years */
    if (!seps && nd == 4 && c->lo >= 1900 && c->lo <= 2100) {
        if (i > sc->first && (word_flags(sc, i - 1) & (NWF_YEAR_CUE | NWF_MONTH)))
            return true;
        if (i >= sc->first + 2 && (word_flags(sc, i - 2) & NWF_MONTH))
            return true; /* كانون الثاني 2019 */
        if (k < sc->lim && (word_flags(sc, k) & NWF_MONTH))
            return true;
        if (!has_unit && !qualified)
            return true;
    }
    /* era letters after a year: 2019م، 1440 هـ (م alone after a shorter
     * number may be metres) */
    if (!seps && ((nd == 4 && norm_is(sc, k, "\xd9\x85") /* م */) ||
                  (nd >= 3 && nd <= 4 && norm_is(sc, k, "\xd9\x87") /* ه */)))
        return true;
    return false;
}

/* ---- counted noun and role ------------------------------------------- */

static const nw_entry *find_noun(const char *s, size_t len) {
    const nw_entry *e = nw_find(s, len);
    if (e && e->noun_role)
        return e;
    /* an enclitic the splitter left on: عناصره، قتلاهم */
    static const char *const encl[] = {"\xd9\x87\xd9\x85", /* هم */
                                       "\xd9\x87\xd8\xa7", /* ها */
                                       "\xd9\x87"};        /* ه */
    for (size_t k = 0; k < sizeof encl / sizeof encl[0]; k++) {
        size_t n = strlen(encl[k]);
        if (len > n + 4 && memcmp(s + len - n, encl[k], n) == 0) {
            e = nw_find(s, len - n);
            if (e && e->noun_role)
                return e;
        }
    }
    return NULL;
}

/* Role of token k as a counted noun, 0 when none. */
static uint8_t noun_role(const scan *sc, size_t k) {
    const rasad_token *t = tok(sc, k);
    const nw_entry *e = find_noun(t->norm, t->norm_len);
    if (!e && t->stem_seg < sc->doc->nsegments) {
        const rasad_segment *s = doc_tok_stem(sc->doc, k);
        e = find_noun(s->norm, s->norm_len);
    }
    if (!e) {
        unsigned pfx;
        size_t letters;
        e = nw_lookup(t->norm, t->norm_len, nw_is_noun, &pfx, &letters);
    }
    return e ? e->noun_role : 0;
}

/* An imperfect verb in the plural: يستفسرون، تقاتلوا (YEH or TEH first,
 * WAW NOON or WAW ALEF last). Nouns of that shape are rare; counted nouns
 * that start with YEH (يوما) do not end so. */
static bool looks_like_verb(const char *s, size_t len) {
    if (len < 8)
        return false;
    bool pre = !memcmp(s, "\xd9\x8a", 2) || !memcmp(s, "\xd8\xaa", 2);              /* ي ت */
    bool suf = !memcmp(s + len - 4, "\xd9\x88\xd9\x86", 4) || !memcmp(s + len - 4, "\xd9\x88\xd8\xa7", 4); /* ون وا */
    return pre && suf;
}

static bool starts_with_article(const char *s) {
    return strncmp(s, "\xd8\xa7\xd9\x84", 4) == 0; /* ALEF LAM */
}

/* Can token k be the counted noun? A noun-like word: not punctuation, a
 * number, a preposition, particle or verb (NWF_STOP), nor a month. A noun
 * counted by a number is indefinite and bare, so a word carrying a
 * proclitic or the article is not one, unless allow_def (after من, or
 * after احد "one of the"). */
static bool unit_ok(const scan *sc, size_t k, bool allow_def) {
    if (k >= sc->lim || k < sc->first)
        return false;
    const rasad_token *t = tok(sc, k);
    if (t->kind != RASAD_TOK_WORD || sc->ti[k].in_date || t->norm_len < 2)
        return false;
    if (sc->ti[k].num)
        return false;
    const nw_entry *w = sc->ti[k].word;
    if (w && (w->flags & (NWF_STOP | NWF_MONTH | NWF_YEAR_CUE | NWF_PERCENT)))
        return false;
    /* "مقتل 14 وإصابة 33": a word joined by و opens the next phrase; the
     * noun the number counts never carries it (an entry known whole, as
     * the splitter may cut a word that starts with و, stays) */
    if (t->seg_count > 1 && sc->doc->segments[t->seg_first].role == RASAD_SEG_PROCLITIC &&
        strncmp(sc->doc->segments[t->seg_first].norm, "\xd9\x88", 2) == 0 && !nw_find(t->norm, t->norm_len))
        return false;
    if (w && w->noun_role)
        return true;
    if (noun_role(sc, k))
        return true;
    /* role context words that are not counted nouns are verbs and
     * masdars: "250 ألف نزحوا" */
    if (w && (w->before_role || w->after_role))
        return false;
    if (allow_def)
        return true;
    if (t->seg_count > 1 && sc->doc->segments[t->seg_first].role == RASAD_SEG_PROCLITIC)
        return false;
    if (starts_with_article(t->norm) || looks_like_verb(t->norm, t->norm_len))
        return false;
    /* a conjunction or preposition on a particle or verb the splitter left
     * whole: "5 وجرح 7" */
    unsigned pfx = 0;
    const nw_entry *x = nw_lookup(t->norm, t->norm_len, nw_any, &pfx, NULL);
    if (x && pfx && ((x->flags & NWF_STOP) || x->before_role || x->after_role))
        return false;
    return true;
}

static bool role_is_event(uint8_t r) {
    return r == RASAD_ROLE_FATALITIES || r == RASAD_ROLE_INJURED || r == RASAD_ROLE_DETAINED ||
           r == RASAD_ROLE_DISPLACED || r == RASAD_ROLE_ESCAPED || r == RASAD_ROLE_PARTICIPANTS;
}

/* Is the token a plural or dual adjective of origin (عراقيين، سوريون،
 * ليبيان: ـيين، ـيون، ـيان)? */
static bool nisba_plural(const rasad_token *t) {
    static const char *const ENDS[] = {"\xD9\x8A\xD9\x8A\xD9\x86", /* يين */
                                       "\xD9\x8A\xD9\x88\xD9\x86", /* يون */
                                       "\xD9\x8A\xD8\xA7\xD9\x86"}; /* يان */
    if (t->kind != RASAD_TOK_WORD || t->norm_len < 10)
        return false;
    for (size_t k = 0; k < sizeof ENDS / sizeof ENDS[0]; k++)
        if (memcmp(t->norm + t->norm_len - 6, ENDS[k], 6) == 0)
            return true;
    return false;
}

#define ASIDE_REACH 6 /* words of an aside between a count and its verb */
/* Does the word end in the pronoun هم (معظمهم، بينهم، غالبيتهم)? */
static bool aside_on_them(const rasad_token *t) {
    return t->kind == RASAD_TOK_WORD && t->norm_len > 4 && memcmp(t->norm + t->norm_len - 4, "\xd9\x87\xd9\x85", 4) == 0;
}

/* The role: a counted noun that names what happened (قتلى، جرحى، معتقلين)
 * decides; else the word just before the quantity (مقتل، إصابة، اعتقال) or
 * just after it (قتلوا); else a noun that names who (عناصر، مقاتلين،
 * أجانب); else other. So "مقتل 10 عناصر" is fatalities, "10 عناصر" is
 * members. */
static uint8_t guess_role(const scan *sc, size_t first, size_t last, size_t unit) {
    if (unit != SIZE_MAX && (word_flags(sc, unit) & NWF_MEASURE))
        return RASAD_ROLE_OTHER; /* "توقيف شاحنة محملة بـ65 طنا" */
    uint8_t noun = unit != SIZE_MAX ? noun_role(sc, unit) : 0;
    if (role_is_event(noun))
        return noun;
    uint8_t ctx = 0;
    /* the word before, past an opening quote or bracket: مقتل "12 من عناصر */
    size_t b = first;
    if (b > sc->first && (tok(sc, b - 1)->kind == RASAD_TOK_QUOTE || tok(sc, b - 1)->kind == RASAD_TOK_BRACKET))
        b--;
    if (b > sc->first && sc->ti[b - 1].wordx)
        ctx = sc->ti[b - 1].wordx->before_role;
    /* past a phrase of في and one word: "أصيب في الهجوم 130 آخرون" */
    if (!ctx && b >= sc->first + 3 && tok(sc, b - 1)->kind == RASAD_TOK_WORD &&
        (norm_is(sc, b - 2, "\xd9\x81\xd9\x8a") /* في */ || norm_is(sc, b - 2, "\xd8\xac\xd8\xb1\xd8\xa7\xd8\xa1") /* جراء */) &&
        sc->ti[b - 3].wordx)
        ctx = sc->ti[b - 3].wordx->before_role;
    /* the second of a pair shares the event of the first: "بمقتل 10
     * عناصر من التنظيم و18 مقاتلا" (a و token, or و on the first word) */
    if (!ctx && sc->n > 0 && role_is_event(sc->out[sc->n - 1].role)) {
        const rasad_quantity *p = &sc->out[sc->n - 1];
        size_t conj = first;
        if (first > sc->first && norm_is(sc, first - 1, "\xd9\x88")) /* و */
            conj = first - 1;
        else if (!(sc->ti[first].num && (sc->ti[first].num_pfx & NWP_CONJ)))
            conj = SIZE_MAX;
        /* up to three words between: "10 عناصر من التنظيم و18" */
        if (conj != SIZE_MAX && p->tok_last < conj && conj - p->tok_last <= 4 && p->tok_last >= sc->first)
            ctx = p->role;
    }
    if (!ctx && last + 1 < sc->lim && sc->ti[last + 1].wordx)
        ctx = sc->ti[last + 1].wordx->after_role;
    /* past a nationality after the noun: "جنديين عراقيين قتلا", "عشرة
     * جنود ليبيين قتلوا" */
    if (!ctx && last + 2 < sc->lim && nisba_plural(tok(sc, last + 1)) && sc->ti[last + 2].wordx)
        ctx = sc->ti[last + 2].wordx->after_role;
    /* past an aside on who they were, between commas: "25 شخصا، معظمهم
     * من المدنيين، قتلوا" (its first word carries هم: معظمهم، بينهم) */
    if (!ctx && last + 2 < sc->lim && punct_is(sc, last + 1, ",") && /* ، in the matching form */
        aside_on_them(tok(sc, last + 2)))
        for (size_t k = last + 3; k < sc->lim && k <= last + 2 + ASIDE_REACH; k++)
            if (punct_is(sc, k, ",")) {
                if (k + 1 < sc->lim && sc->ti[k + 1].wordx)
                    ctx = sc->ti[k + 1].wordx->after_role;
                break;
            }
    if (ctx)
        return ctx;
    return noun ? noun : RASAD_ROLE_OTHER;
}

/* ---- qualifiers ------------------------------------------------------ */

enum { QP_RANGE = 100, QP_FROM = 101 };

/* A pattern is a list of words; "a|b" gives alternatives, a leading '?'
 * makes the word optional. The first word may carry a conjunction
 * (ونحو، وأكثر). All in the normalized form. */
typedef struct qpat {
    uint8_t q;
    const char *w[4];
} qpat;

/* Keep the first words of these patterns flagged NWF_QSTART in
 * number_words.c. */
static const qpat patterns[] = {
    /* ما لا يقل عن, and written run together: ما لايقل عن، مالايقل عن */
    {RASAD_Q_AT_LEAST, {"?ما", "لا", "يقل|تقل", "عن|من|علي"}},
    {RASAD_Q_AT_LEAST, {"?ما", "لايقل|لاتقل", "عن|من|علي"}},
    {RASAD_Q_AT_LEAST, {"مالايقل|مالاتقل", "عن|من|علي"}},
    /* ما لا يزيد عن، لا يتجاوز */
    {RASAD_Q_AT_MOST, {"?ما", "لا", "يزيد|تزيد|يتجاوز|تتجاوز|يتعدي|تتعدي", "?عن|علي"}},
    /* أكثر من، أزيد من */
    {RASAD_Q_MORE_THAN, {"اكثر|ازيد", "من"}},
    /* ما يزيد عن، ما يربو على، ما يفوق */
    {RASAD_Q_MORE_THAN, {"?ما", "يزيد|تزيد|يربو|تربو|يفوق|تفوق", "?عن|علي"}},
    /* أقل من */
    {RASAD_Q_LESS_THAN, {"اقل", "من"}},
    /* نحو، حوالي، قرابة، زهاء */
    {RASAD_Q_ABOUT, {"نحو|حوالي|قرابه|زهاء"}},
    /* ما يقارب، ما يناهز، ما يقرب من */
    {RASAD_Q_ABOUT, {"?ما", "يقارب|يناهز|تقارب|تناهز|يقرب", "?من"}},
    /* ما يتراوح بين، ما بين، بين */
    {QP_RANGE, {"?ما", "يتراوح|تتراوح|تراوح|تراوحت", "بين"}},
    {QP_RANGE, {"?ما", "بين"}},
    /* من X إلى Y */
    {QP_FROM, {"من"}},
};

/* The patterns' words split once into their alternatives, with lengths:
 * match_pattern runs at every من، ما، لا ... of the corpus, and walking
 * the '|'-separated strings to find each alternative's end was most of
 * its cost. Built on first use; read-only after, shared by threads. */
#define NPAT (sizeof patterns / sizeof patterns[0])
#define MAX_ALTS 8
typedef struct alt_set {
    bool optional;              /* a leading '?' */
    uint8_t n;                  /* alternatives */
    uint8_t len[MAX_ALTS];      /* bytes of each */
    const char *word[MAX_ALTS]; /* into the pattern's string */
} alt_set;
static alt_set pattern_alts[NPAT][4];
static pthread_once_t alts_once = PTHREAD_ONCE_INIT;

static void alts_init(void) {
    for (size_t p = 0; p < NPAT; p++)
        for (size_t w = 0; w < 4 && patterns[p].w[w]; w++) {
            alt_set *a = &pattern_alts[p][w];
            const char *s = patterns[p].w[w];
            a->optional = s[0] == '?';
            if (a->optional)
                s++;
            for (;;) {
                const char *e = s;
                while (*e && *e != '|')
                    e++;
                assert(a->n < MAX_ALTS && e - s < 256);
                a->word[a->n] = s;
                a->len[a->n++] = (uint8_t)(e - s);
                if (!*e)
                    break;
                s = e + 1;
            }
        }
}

/* Is norm[0..nlen) one of the alternatives of a? */
static bool alt_match(const char *norm, size_t nlen, const alt_set *a) {
    for (size_t k = 0; k < a->n; k++)
        if (a->len[k] == nlen && memcmp(norm, a->word[k], nlen) == 0)
            return true;
    return false;
}

/* Number of tokens pattern p takes at token i (0: no match); *conj_letters
 * gets the letters of a conjunction on its first word. */
static size_t match_pattern(const scan *sc, size_t i, size_t pi, size_t *conj_letters) {
    const qpat *p = &patterns[pi];
    size_t j = i;
    *conj_letters = 0;
    pthread_once(&alts_once, alts_init);
    for (size_t w = 0; w < 4 && p->w[w]; w++) {
        const alt_set *item = &pattern_alts[pi][w];
        bool optional = item->optional;
        bool hit = false;
        if (j < sc->lim && tok(sc, j)->kind == RASAD_TOK_WORD) {
            const char *n = tok(sc, j)->norm;
            size_t nl = tok(sc, j)->norm_len;
            hit = alt_match(n, nl, item);
            if (!hit && j == i && nl > 2 && (!memcmp(n, "\xd9\x88", 2) || !memcmp(n, "\xd9\x81", 2)) &&
                alt_match(n + 2, nl - 2, item)) { /* و / ف */
                hit = true;
                *conj_letters = 1;
            }
        }
        if (hit)
            j++;
        else if (!optional)
            return 0;
    }
    return j - i;
}

/* ---- building quantities --------------------------------------------- */

/* Byte offset in the text after `letters` letters of token i, skipping
 * diacritics and tatweel the norm does not show. */
static uint32_t skip_letters(const scan *sc, size_t i, size_t letters) {
    const rasad_token *t = tok(sc, i);
    const uint8_t *s = (const uint8_t *)sc->doc->text;
    size_t pos = t->start;
    while (letters > 0 && pos < t->end) {
        int32_t cp;
        size_t n = utf8_decode(s + pos, t->end - pos, &cp);
        norm_class nc = norm_classify(cp);
        pos += n;
        if (nc != NC_MARK && nc != NC_IGNORABLE)
            letters--;
    }
    /* and any marks left on the last stripped letter */
    while (pos < t->end) {
        int32_t cp;
        size_t n = utf8_decode(s + pos, t->end - pos, &cp);
        norm_class nc = norm_classify(cp);
        if (nc != NC_MARK && nc != NC_IGNORABLE)
            break;
        pos += n;
    }
    return pos < t->end ? (uint32_t)pos : t->start;
}

static bool push(scan *sc, const rasad_quantity *q) {
    if (!arena_grow(&sc->doc->arena, (void **)&sc->out, &sc->cap, sc->n, sizeof *sc->out, 16))
        return false;
    sc->out[sc->n++] = *q;
    return true;
}

/* A range's second number: "بين 14 و18 ألف", "من 10 إلى 15". connector
 * is the token index after the first number. Accepts a separate و token
 * or a و proclitic on a number word. */
static bool parse_second(const scan *sc, size_t k, bool waw, core *b) {
    if (k >= sc->lim)
        return false;
    if (waw && norm_is(sc, k, "\xd9\x88")) /* و */
        return parse_core(sc, k + 1, b) && b->q == RASAD_Q_EXACT;
    if (waw && sc->ti[k].num && sc->ti[k].num_pfx == NWP_CONJ) {
        /* وعشرين: read the word as if the و were not there */
        if (!parse_core(sc, k, b) || b->q != RASAD_Q_EXACT)
            return false;
        return true;
    }
    if (!waw)
        return parse_core(sc, k, b) && b->q == RASAD_Q_EXACT;
    return false;
}

/* The scale of "14 و18 ألف" reaches back to 14 when that stays below 18000. */
static void share_scale(core *a, const core *b) {
    if (a->scale == 1 && b->scale > 1) {
        int64_t v;
        if (a->digits || a->dec) {
            if (scale_digits(a->mant, a->dec, b->scale, &v) && v <= b->lo) {
                a->lo = a->hi = v;
                a->pending = false;
            }
        } else if (a->lo <= NUM_MAX / b->scale && a->lo * b->scale <= b->lo) {
            a->lo = a->hi = a->lo * b->scale;
        }
    }
}

/* Is token s "of them" (منهم، منها، منهما، منهن)? */
static bool partitive_pronoun(const scan *sc, size_t s) {
    return norm_is(sc, s, "\xd9\x85\xd9\x86\xd9\x87\xd9\x85") ||          /* منهم */
           norm_is(sc, s, "\xd9\x85\xd9\x86\xd9\x87\xd8\xa7") ||          /* منها */
           norm_is(sc, s, "\xd9\x85\xd9\x86\xd9\x87\xd9\x85\xd8\xa7") || /* منهما */
           norm_is(sc, s, "\xd9\x85\xd9\x86\xd9\x87\xd9\x86");            /* منهن */
}

/* على الأقل / تقريبا right after the count's last token *end_tok, or past
 * an adjective of origin ("جنديين تركيين على الأقل") or "of them": the
 * qualifier, with *end_tok moved to its end; RASAD_Q_EXACT when none. */
static uint8_t trailing_qualifier(const scan *sc, size_t *end_tok) {
    size_t s = *end_tok + 1;
    /* ... or past the partitive "of them" ("مقتل 12 منهم على الأقل") */
    if (s + 2 < sc->lim && (nisba_plural(tok(sc, s)) || partitive_pronoun(sc, s)) &&
        norm_is(sc, s + 1, "\xd8\xb9\xd9\x84\xd9\x8a"))
        s++;
    if (norm_is(sc, s, "\xd8\xb9\xd9\x84\xd9\x8a") /* علي */ &&
        norm_is(sc, s + 1, "\xd8\xa7\xd9\x84\xd8\xa7\xd9\x82\xd9\x84") /* الاقل */) {
        *end_tok = s + 1;
        return RASAD_Q_AT_LEAST;
    }
    if (norm_is(sc, s, "\xd8\xaa\xd9\x82\xd8\xb1\xd9\x8a\xd8\xa8\xd8\xa7") /* تقريبا */) {
        *end_tok = s;
        return RASAD_Q_ABOUT;
    }
    return RASAD_Q_EXACT;
}

/* A dual noun counts two by itself: "قتل شرطيين" -> 2, unit and text the
 * noun; "شرطيين اثنين" takes the number word after it into the span. */
static bool try_dual(scan *sc, size_t i, rasad_quantity *q, size_t *resume) {
    if (sc->ti[i].in_date)
        return false;
    size_t end_tok = i;
    const tokinfo *n = i + 1 < sc->lim ? &sc->ti[i + 1] : NULL;
    if (n && n->num && n->num_pfx == 0 && n->num->kind == NW_UNIT && n->num->value == 2)
        end_tok = i + 1;
    size_t count_end = end_tok;
    uint8_t qual = trailing_qualifier(sc, &end_tok);
    memset(q, 0, sizeof *q);
    q->min = 2;
    q->max = qual == RASAD_Q_AT_LEAST ? 0 : 2;
    q->has_min = true;
    q->has_max = qual != RASAD_Q_AT_LEAST;
    q->qualifier = qual;
    q->tok_first = (uint32_t)i;
    q->tok_last = (uint32_t)end_tok;
    q->start = sc->ti[i].dual_letters ? skip_letters(sc, i, sc->ti[i].dual_letters) : tok(sc, i)->start;
    q->end = tok(sc, end_tok)->end;
    q->unit_start = q->start;
    q->unit_end = tok(sc, i)->end;
    q->role = guess_role(sc, i, count_end, i);
    *resume = end_tok + 1;
    return true;
}

/* Tries to read a quantity starting at token i. On success fills *q and
 * returns true. *resume gets the index to continue scanning from. */
static bool try_at(scan *sc, size_t i, rasad_quantity *q, size_t *resume) {
    *resume = i + 1;
    core a, b;
    uint8_t qual = RASAD_Q_EXACT;
    bool range = false, qualified = false;
    size_t start_tok = i, conj_letters = 0;

    /* 1. a qualifier or a range opener before the number */
    bool have = false;
    /* only words flagged NWF_QSTART open a pattern: skip the loop for all
     * other tokens (it runs at every token) */
    size_t npat = (word_flags(sc, i) & NWF_QSTART) ? sizeof patterns / sizeof patterns[0] : 0;
    for (size_t p = 0; p < npat && !have; p++) {
        size_t cl;
        size_t n = match_pattern(sc, i, p, &cl);
        if (!n || !parse_core_ex(sc, i + n, &a, true) || a.q != RASAD_Q_EXACT)
            continue;
        if (patterns[p].q == QP_RANGE || patterns[p].q == QP_FROM) {
            size_t k = a.last + 1;
            bool ok;
            if (patterns[p].q == QP_RANGE)
                ok = parse_second(sc, k, true, &b);
            else
                ok = (norm_is(sc, k, "\xd8\xa7\xd9\x84\xd9\x8a") /* الي */ ||
                      norm_is(sc, k, "\xd8\xad\xd8\xaa\xd9\x8a") /* حتي */) &&
                     parse_second(sc, k + 1, false, &b);
            if (!ok)
                continue;
            range = true;
        } else {
            qual = patterns[p].q;
        }
        have = qualified = true;
        conj_letters = cl;
    }
    /* 2. else the number itself */
    if (!have) {
        if (!parse_core_ex(sc, i, &a, true))
            return sc->ti[i].dual && try_dual(sc, i, q, resume);
        /* drop و/ب before the number from the span, keep the article
         * (العشرات): it is part of the expression */
        if (sc->ti[i].num) {
            conj_letters = sc->ti[i].num_pfx_letters;
            if (sc->ti[i].num_pfx & NWP_DEF)
                conj_letters -= 2;
        }
        if (a.q == RASAD_Q_EXACT) {
            size_t k = a.last + 1;
            if (a.digits && (punct_is(sc, k, "-") || punct_is(sc, k, "\xe2\x80\x93"))) { /* – EN DASH */
                if (k + 1 < sc->lim && tok(sc, k + 1)->kind == RASAD_TOK_NUMBER && parse_core(sc, k + 1, &b) &&
                    b.q == RASAD_Q_EXACT) {
                    share_scale(&a, &b);
                    if (a.lo >= b.lo) {
                        *resume = b.last + 1; /* a score or a code: neither is a count */
                        return false;
                    }
                    range = true;
                }
            } else if (norm_is(sc, k, "\xd8\xa7\xd9\x88") /* او */ && parse_second(sc, k + 1, false, &b) &&
                       b.lo > a.lo) {
                range = true;
            } else if (a.digits && norm_is(sc, k, "\xd9\x88") && k + 1 < sc->lim &&
                       tok(sc, k + 1)->kind == RASAD_TOK_NUMBER && parse_second(sc, k, true, &b) && b.scale > 1) {
                range = true; /* 14 و18 ألف */
            }
        }
    }
    if (range) {
        share_scale(&a, &b);
        qual = RASAD_Q_BETWEEN;
    }
    if (a.pending) {
        *resume = a.last + 1; /* 1.5 with no scale to share: not a count */
        return false;
    }
    size_t last = range ? b.last : a.last;

    /* 3. the counted noun: right after, or after من for plural counts and
     * for role nouns ("12 من عناصر") */
    size_t unit = SIZE_MAX, k = last + 1;
    if (unit_ok(sc, k, a.one_of))
        unit = k;
    else if (norm_is(sc, k, "\xd9\x85\xd9\x86") /* من */ &&
             ((a.q != RASAD_Q_EXACT || a.needs_unit) ? unit_ok(sc, k + 1, true)
                                                     : (unit_ok(sc, k + 1, true) && noun_role(sc, k + 1))))
        unit = k + 1;
    if (a.needs_unit && unit == SIZE_MAX)
        return false;
    if (a.one_of && i > sc->first && ((word_flags(sc, i - 1) & NWF_NEG) || (word_flags(sc, i - 2) & NWF_NEG)))
        return false; /* لم يصب أحد */
    if (a.digits) {
        bool ex = digits_excluded(sc, &a, last + 1, unit != SIZE_MAX, qualified || range);
        /* 2015-2016, بين 1909 و1914: years, unless what follows is a
         * counted noun with a role */
        if (range && is_year_like(&a) && b.digits && is_year_like(&b) &&
            (unit == SIZE_MAX || !noun_role(sc, unit)))
            ex = true;
        if (ex) {
            *resume = last + 1;
            return false;
        }
    }
    size_t end_tok = unit != SIZE_MAX ? unit : last;

    /* 4. على الأقل / تقريبا after the number or its noun */
    if (qual == RASAD_Q_EXACT && a.q == RASAD_Q_EXACT)
        qual = trailing_qualifier(sc, &end_tok);

    memset(q, 0, sizeof *q);
    int64_t lo = a.lo, hi = range ? b.hi : a.hi;
    if (lo > hi) {
        int64_t t = lo;
        lo = hi;
        hi = t;
    }
    q->qualifier = a.q != RASAD_Q_EXACT ? a.q : qual;
    switch (q->qualifier) {
    case RASAD_Q_MORE_THAN:
        q->min = lo + 1, q->has_min = true;
        break;
    case RASAD_Q_AT_LEAST:
        q->min = lo, q->has_min = true;
        break;
    case RASAD_Q_LESS_THAN:
        q->max = lo > 0 ? lo - 1 : 0, q->has_max = true;
        break;
    case RASAD_Q_AT_MOST:
        q->max = lo, q->has_max = true;
        break;
    default:
        q->min = lo, q->max = hi, q->has_min = q->has_max = true;
        break;
    }
    q->tok_first = (uint32_t)start_tok;
    q->tok_last = (uint32_t)end_tok;
    q->start = conj_letters ? skip_letters(sc, start_tok, conj_letters) : tok(sc, start_tok)->start;
    q->end = tok(sc, end_tok)->end;
    if (unit != SIZE_MAX) {
        q->unit_start = tok(sc, unit)->start;
        q->unit_end = tok(sc, unit)->end;
    } else {
        q->unit_start = q->unit_end = q->end;
    }
    q->role = guess_role(sc, start_tok, end_tok, unit);
    *resume = end_tok + 1;
    return true;
}

/* ---- the scan -------------------------------------------------------- */

static void fill_info(rasad_doc *doc, tokinfo *ti) {
    for (size_t i = 0; i < doc->ntokens; i++) {
        const rasad_token *t = &doc->tokens[i];
        if (t->kind != RASAD_TOK_WORD)
            continue;
        /* one lookup per stripped form, then pick: the number word, the
         * word itself, and the first known form for context */
        nw_hit hits[NW_STEPS];
        size_t n = nw_lookup_steps(t->norm, t->norm_len, hits);
        for (size_t k = 0; k < n; k++) {
            const nw_entry *e = hits[k].e;
            if (!e)
                continue;
            if (!ti[i].wordx)
                ti[i].wordx = e;
            if (!ti[i].dual && (e->flags & NWF_DUAL) && !(hits[k].prefixes & NWP_DEF)) {
                ti[i].dual = true;
                ti[i].dual_letters = (uint8_t)hits[k].letters;
            }
            if (!ti[i].num && e->kind != NW_NONE) {
                ti[i].num = e;
                ti[i].num_pfx = (uint8_t)hits[k].prefixes;
                ti[i].num_pfx_letters = (uint8_t)hits[k].letters;
            }
        }
        ti[i].word = hits[0].e;
        if (!ti[i].word && t->stem_seg < doc->nsegments) {
            const rasad_segment *s = doc_tok_stem(doc, i);
            if (s->norm_len != t->norm_len)
                ti[i].word = nw_find(s->norm, s->norm_len);
        }
        if (!ti[i].wordx)
            ti[i].wordx = ti[i].word;
    }
}

rasad_status numbers_scan(rasad_doc *doc) {
    doc->quantities = NULL;
    doc->nquantities = 0;
    if (doc->ntokens == 0) {
        doc->quantities_done = true;
        return RASAD_OK;
    }
    scan sc;
    memset(&sc, 0, sizeof sc);
    sc.doc = doc;
    sc.ti = arena_alloc_array(&doc->arena, doc->ntokens, sizeof *sc.ti);
    if (!sc.ti)
        return RASAD_ENOMEM;
    fill_info(doc, sc.ti);

    /* tokens of date expressions belong to dates */
    const rasad_date *dates = NULL;
    size_t ndates = 0;
    if (rasad_doc_dates(doc, &dates, &ndates) == RASAD_OK) {
        for (size_t d = 0; d < ndates; d++)
            for (size_t i = dates[d].tok_first; i <= dates[d].tok_last && i < doc->ntokens; i++)
                sc.ti[i].in_date = true;
    }

    for (size_t s = 0; s < doc->nsentences; s++) {
        const rasad_sentence *sen = &doc->sentences[s];
        sc.first = sen->tok_first;
        sc.lim = sen->tok_first + sen->tok_count;
        if (sc.lim > doc->ntokens || sc.first > sc.lim)
            continue;
        for (size_t i = sc.first; i < sc.lim;) {
            rasad_quantity q;
            size_t next = i + 1;
            if (!sc.ti[i].in_date && try_at(&sc, i, &q, &next)) {
                if (!push(&sc, &q))
                    return RASAD_ENOMEM;
            }
            i = next > i ? next : i + 1;
        }
    }
    doc->quantities = sc.out;
    doc->nquantities = sc.n;
    doc->quantities_done = true;
    return RASAD_OK;
}

rasad_status rasad_doc_quantities(rasad_doc *doc, const rasad_quantity **out, size_t *count) {
    if (!doc || !out || !count)
        return RASAD_EINVAL;
    if (!doc->quantities_done) {
        rasad_status st = numbers_scan(doc);
        if (st != RASAD_OK)
            return st;
    }
    *out = doc->quantities;
    *count = doc->nquantities;
    return RASAD_OK;
}
