/* SPDX-License-Identifier: MIT
 *
 * roles.c - stage 4: what a count counts, read from the words around it.
 * The number scanner guesses a role from the counted noun (قتيلا,
 * جريحا); here the clause decides when the noun does not ("مقتل 10
 * مدنيين وإصابة 17 آخرين", "اعتقال 590 من عناصر", "نزح 250 ألف",
 * "بحضور نحو ألف شخص"). The nearest cue word wins: first the two words
 * before the number, then the four after it, within the clause.
 */
#include "extract/extract.h"

typedef struct role_cue {
    uint8_t role;
    const char *const *words;
} role_cue;

static const char *const FATAL[] = {"قتل", "قتلت", "قتلوا", "مقتل", "قتلي", "قتيل", "قتيلا", "مصرع", "مصرعهم",
                                     "حتفهم", "حتفه", "لقي", "لقوا", "اودي", "اودت", "حياه", "ضحايا", "وفاه",
                                     "استشهاد", "استشهد", "استشهدوا", "اعدام", "اعدم", "اعدمت", "مقتلهم", NULL};
static const char *const INJURED[] = {"اصيب", "اصيبت", "اصيبوا", "اصابه", "جرح", "جرحي", "جريح", "جريحا",
                                       "مصاب", "مصابين", "بجروح", "جروح", NULL};
static const char *const DETAINED[] = {"اعتقال", "اعتقل", "اعتقلت", "احتجاز", "احتجز", "توقيف", "اوقفت",
                                        "القبض", "اعتقلوا", "معتقلين", "اسر", "اسري", NULL};
static const char *const DISPLACED[] = {"نزح", "نزحوا", "نازح", "نازحين", "النازحين", "نزوح", "تهجير", "هجروا",
                                         "لاجئ", "لاجئين", "اللاجئين", NULL};
static const char *const ESCAPED[] = {"فر", "فروا", "فرار", "هرب", "هربوا", "هروب", "القيد", NULL};
static const char *const PARTICIPANTS[] = {"بحضور", "حضور", "شارك", "شاركوا", "مشاركه", "تظاهر", "تظاهروا",
                                            "احتشد", "احتشدوا", NULL};

static const role_cue CUES[] = {
    {RASAD_ROLE_FATALITIES, FATAL},   {RASAD_ROLE_INJURED, INJURED},     {RASAD_ROLE_DETAINED, DETAINED},
    {RASAD_ROLE_DISPLACED, DISPLACED}, {RASAD_ROLE_ESCAPED, ESCAPED},     {RASAD_ROLE_PARTICIPANTS, PARTICIPANTS},
};

/* أَسْر (capture) and أُسَر (families) are written alike; with a
 * possessive pronoun ("المقاتلين وأسرهم") it is the families. */
static bool families(const rasad_doc *doc, size_t i) {
    if (!ex_stem_in(doc, i, (const char *const[]){"اسر", NULL}))
        return false;
    const rasad_token *t = &doc->tokens[i];
    for (size_t k = 0; k < t->seg_count; k++)
        if (doc->segments[t->seg_first + k].role == RASAD_SEG_ENCLITIC)
            return true;
    return false;
}

static int cue_at(const rasad_doc *doc, size_t i) {
    if (families(doc, i))
        return -1;
    for (size_t k = 0; k < sizeof CUES / sizeof CUES[0]; k++)
        if (ex_stem_in(doc, i, CUES[k].words))
            return CUES[k].role;
    return -1;
}

uint8_t ex_role_in_context(const ex_view *v, const rasad_quantity *q) {
    const rasad_doc *doc = v->doc;
    /* a noun that says it already (قتيلا، جرحى) is not overruled */
    if (q->role == RASAD_ROLE_FATALITIES || q->role == RASAD_ROLE_INJURED || q->role == RASAD_ROLE_FOREIGNERS)
        return q->role;
    ex_clause c = ex_clause_around(doc, q->tok_first);
    for (size_t k = 1; k <= 2 && q->tok_first >= c.first + k; k++) {
        int r = cue_at(doc, q->tok_first - k);
        if (r >= 0)
            return (uint8_t)r;
    }
    for (size_t i = q->tok_last + 1; i <= c.last && i <= q->tok_last + 4; i++) {
        if (doc->tokens[i].kind == RASAD_TOK_NUMBER || doc->tokens[i].kind == RASAD_TOK_PUNCT)
            break;
        int r = cue_at(doc, i);
        if (r >= 0)
            return (uint8_t)r;
    }
    return q->role;
}
