/* SPDX-License-Identifier: MIT
 *
 * quote_role.c - stage 4, quotes: the speaker's role (the phrase between the verb
 * and the speaker, or the speaker and the quote) and affiliation (its part
 * after في / لدى / باسم / لـ), with the outlet read from the same words.
 */
#include <string.h>

#include "extract/extract.h"
#include "extract/quotes.h"

EX_WORDS(AFFIL_PREPS, "في", "لدي", "باسم");
/* Fields of expertise: "الباحث في الشؤون الأمنية" is a researcher of
 * security affairs, not a member of them. */
EX_WORDS(FIELD_NOUNS, "شؤون", "شان", "مجال", "قضايا", "ملف", "علوم", "علاقات", "حركات", "جماعات", "تنظيمات",
         "دراسات", "سياسه", "اقتصاد", "تاريخ");

/* Trims a token range [a, b] of commas and quotes at both ends; false
 * when nothing is left. */
static bool trim_range(const rasad_doc *doc, size_t *a, size_t *b) {
    while (*a <= *b && (doc->tokens[*a].kind == RASAD_TOK_PUNCT || doc->tokens[*a].kind == RASAD_TOK_QUOTE))
        (*a)++;
    while (*b >= *a && *b > 0 && (doc->tokens[*b].kind == RASAD_TOK_PUNCT || doc->tokens[*b].kind == RASAD_TOK_QUOTE))
        (*b)--;
    return *a <= *b;
}

EX_WORDS(SETTLEMENTS, "مدينه", "بلده", "قريه", "مخيم", "حي", "محافظه", "منطقه", "ولايه");
EX_WORDS(ROLE_END_WORDS, "في", "خلال", "امس", "اليوم");
EX_WORDS(SAYING_NOUN, "قول");
EX_WORDS(NOT_ROLE_START, "في", "ان", "الي", "علي", "امس", "اليوم", "عن", "مع", "ل", "لدي",
         /* what follows a name and is no title: "قال X أيضا", "نقل عنه",
          * "أعلنت فيه الرئاسة", "قال X قائلا" */
         "ايضا", "كذلك", "عنه", "عنها", "عنهم", "فيه", "فيها", "له", "لها", "انه", "انها", "قائلا", "قائله",
         "مضيفا", "مضيفه", "مؤكدا", "مؤكده", "موضحا", "موضحه", "مشيرا", "مشيره", "معتبرا", "معتبره",
         "لافتا", "لافته", "منوها", "منوهه",
         /* the day it was said: "قال X، الاثنين، إن" */
         "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت");
EX_WORDS(NAMED, "ويدعي", "يدعي", "واسمه", "اسمه", "واسمها", "اسمها");
/* "قال X، وهو أحد المحررين، إن": the pronoun opens the title */
EX_WORDS(HE_IS, "وهو", "وهي");

/* Role, affiliation and outlet read in tokens [a, b] (between the verb
 * and the quoted words, the speaker excluded). */
void qt_read_context(const ex_view *v, size_t a, size_t b, size_t spk_first, size_t spk_last, rasad_quote *q) {
    const rasad_doc *doc = v->doc;
    if (a > b || b >= doc->ntokens)
        return;
    qt_read_outlet(v, a, b, q);
    /* the role: the words before the speaker after the verb, else after it */
    size_t ra = a, rb = spk_first > a ? spk_first - 1 : a;
    /* a rank alone before the name ("اللواء جمال عبد الباري مدير
     * الأمن"): the office after the name is the role */
    bool rank_only = qt_rank_then_office(doc, a, b, spk_first, spk_last);
    if (spk_first <= a || rank_only || !trim_range(doc, &ra, &rb)) {
        ra = spk_last + 1;
        rb = b;
        /* "قال جون كيري، وزير الخارجية الأميركي، إن": the title set off
         * by commas */
        if (ra < rb && doc->tokens[ra].kind == RASAD_TOK_PUNCT && doc->tokens[ra].norm[0] == ',')
            ra++;
        /* stop at the outlet or a preposition phrase of time/place */
        for (size_t i = ra; i <= rb; i++)
            if (doc->tokens[i].kind == RASAD_TOK_PUNCT || ex_stem_in(doc, i, &QT_OUTLET_NOUNS) ||
                ex_word_in(doc, i, &ROLE_END_WORDS)) {
                rb = i > ra ? i - 1 : ra;
                if (i == ra)
                    return;
                break;
            }
        if (!trim_range(doc, &ra, &rb))
            return;
    }
    if (ra < rb && ex_word_in(doc, ra, &HE_IS))
        ra++;
    /* "أحد الناشطين في مدينة ودان، ويدعى <name>": the naming word and the
     * comma before it belong to no title */
    while (rb > ra && (ex_word_in(doc, rb, &NAMED) || doc->tokens[rb].kind == RASAD_TOK_PUNCT))
        rb--;
    /* a role is a title, not a clause: it starts with a noun, not a verb or
     * a preposition */
    if (ex_word_in(doc, ra, &NOT_ROLE_START))
        return;
    /* nor the relayed "his saying" ("نقل X عن ميركل قولها إن") */
    if (ex_stem_in(doc, ra, &SAYING_NOUN))
        return;
    /* nor with whom it was said to ("لـ«رويترز»", "لوكالة ...") */
    if (ex_has_proclitic(doc, ra, "ل") || ex_has_proclitic(doc, ra, "ب") || qt_lam_al(doc, ra))
        return;
    q->has_role = true;
    q->role_start = doc->tokens[ra].start;
    q->role_end = doc->tokens[rb].end;
    for (size_t i = ra; i < rb; i++) {
        bool prep = ex_word_in(doc, i, &AFFIL_PREPS);
        bool lam = i > ra && ex_has_proclitic(doc, i, "ل");
        if (!prep && !lam)
            continue;
        size_t f = prep ? i + 1 : i, l = rb;
        while (f <= l && doc->tokens[f].kind == RASAD_TOK_QUOTE)
            f++;
        for (size_t k = f + 1; k <= l; k++)
            if (ex_word_in(doc, k, &PREP_IN)) {
                l = k - 1; /* "معهد الشرق الأوسط في واشنطن": the place is not the affiliation */
                break;
            }
        while (l > f && doc->tokens[l].kind == RASAD_TOK_PUNCT)
            l--;
        /* "أحد الناشطين في مدينة ودان": where he is, not whom he is with */
        const rasad_entity *place = ex_entity_at(v, f);
        if (f > l || (prep && ex_stem_in(doc, f, &FIELD_NOUNS)) ||
            (prep && (ex_stem_in(doc, f, &SETTLEMENTS) || (place && place->kind == RASAD_ENT_PLACE))))
            break;
        q->has_affiliation = true;
        q->affiliation_start = lam ? doc->segments[doc->tokens[f].stem_seg].start : doc->tokens[f].start;
        q->affiliation_end = doc->tokens[l].end;
        if (doc->tokens[l].kind == RASAD_TOK_QUOTE && l > f)
            q->affiliation_end = doc->tokens[l - 1].end;
        break;
    }
}
