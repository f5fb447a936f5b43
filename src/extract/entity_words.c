/* SPDX-License-Identifier: MIT
 *
 * entity_words.c - extraction stage, inside the entity list
 * (entity_parts.h): what a word of a name is. The list's rules ask of a
 * token its stem without clitics, whether it carries ال, whether it is a
 * nationality adjective (التركي) or one made from a country's name,
 * where the name it starts begins, and whether a run of tokens is an
 * actor's lexicon form; a person's span is trimmed of the words that
 * open it without being the name. Word lists are in rasad's matching
 * form and compared with a token's stem (no و ف ب ل ال, no pronoun).
 */
#include "extract/entity_parts.h"

#include <string.h>

#include "knowledge/gazetteer.h"
#include "knowledge/lexicon.h"

/* Connectives the tagger sometimes takes into a name (وفق عبدالرحمن،
 * فإن داود أوغلو، يوسف بالقرب). */
EX_WORDS_SHARED(EL_LEAD_FUNC, "وفق", "وفقا", "حسب", "بحسب", "لدي", "عن", "ان", "فان", "وان");
EX_WORDS_SHARED(EL_TRAIL_FUNC, "قرب", "في", "من", "الي", "علي");

/* Role nouns before a person's name. */
EX_WORDS(PERSON_ROLES, "سفير",  "رئيس",   "وزير",  "عقيد",  "لواء",     "عميد",    "مقدم",
         "رائد",  "نقيب",   "ملازم", "دكتور", "مهندس",    "ناشط",    "محلل",
         "باحث",  "متحدث",  "مدير",  "مراسل", "جنرال",    "بريجادير", "نائب",
         "قائد",  "مستشار", "محافظ", "منسق",  "مسؤول");

#define YEH_LAST(s, n) ((n) >= 2 && (unsigned char)(s)[(n)-2] == 0xD9 && (unsigned char)(s)[(n)-1] == 0x8A) /* ي ARABIC LETTER YEH */
#define HEH_LAST(s, n) ((n) >= 2 && (unsigned char)(s)[(n)-2] == 0xD9 && (unsigned char)(s)[(n)-1] == 0x87) /* ه ARABIC LETTER HEH (ة folded) */
#define NOON_LAST(s, n) ((n) >= 2 && (unsigned char)(s)[(n)-2] == 0xD9 && (unsigned char)(s)[(n)-1] == 0x86) /* ن ARABIC LETTER NOON */

/* strcmp(a, b) == 0, with the first two bytes compared inline: these
 * tests run for every token against every list word. */
static inline bool same(const char *a, const char *b) {
    return a[0] == b[0] && (a[0] == 0 || (a[1] == b[1] && strcmp(a, b) == 0));
}

const char *el_stem_of(const rasad_doc *doc, size_t i) {
    const rasad_token *t = &doc->tokens[i];
    if (!doc->segments || t->stem_seg >= doc->nsegments || !doc_tok_stem(doc, i)->norm)
        return t->norm;
    return doc_tok_stem(doc, i)->norm;
}

/* Is token i's stem, or its whole norm (the segmenter may read a final
 * ي as a pronoun: مسلحي), one of words? */
bool el_stem_in(const rasad_doc *doc, size_t i, ex_words *words) {
    /* a token without a stem segment has only its whole norm */
    if (el_stem_of(doc, i) == doc->tokens[i].norm)
        return ex_word_in(doc, i, words);
    return ex_stem_in(doc, i, words);
}

bool el_has_clitic(const rasad_doc *doc, size_t i, uint8_t role, const char *norm) {
    const rasad_token *t = &doc->tokens[i];
    if (!doc->segments)
        return false;
    for (size_t k = 0; k < t->seg_count && t->seg_first + k < doc->nsegments; k++) {
        const rasad_segment *s = &doc->segments[t->seg_first + k];
        if (s->role == role && (!norm || (s->norm && same(s->norm, norm))))
            return true;
    }
    return false;
}

/* The article ال, alone or in لل. */
bool el_has_al(const rasad_doc *doc, size_t i) {
    return el_has_clitic(doc, i, RASAD_SEG_PROCLITIC, "ال") || el_has_clitic(doc, i, RASAD_SEG_PROCLITIC, "لل");
}

/* A relative adjective (nisba): تركي، العراقيه، الكرديين، سوريون. */
bool el_is_nisba(const char *s) {
    size_t n = strlen(s);
    if (n < 6)
        return false;
    if (YEH_LAST(s, n))
        return true;
    if (HEH_LAST(s, n) && YEH_LAST(s, n - 2))
        return true;
    /* ...يين / ...يون */
    return NOON_LAST(s, n) && n >= 8 && YEH_LAST(s, n - 4);
}

/* Is the nisba s (تركي، اللبناني، العراقيه) made from a country's name
 * (تركيا، لبنان، العراق)? */
bool el_is_country_nisba(const char *s) {
    size_t n = strlen(s);
    if (!el_is_nisba(s))
        return false;
    size_t base = HEH_LAST(s, n) ? n - 4 : n - 2; /* without ي / يه */
    const gaz *g = gaz_default();
    if (!g || base < 4 || base + 2 > EL_MAX_KEY)
        return false;
    char key[EL_MAX_KEY + 2];
    memcpy(key, s, base);
    for (int v = 0; v < 2; v++) {
        size_t len = base;
        if (v == 1)
            memcpy(key + len, "ا", 2), len += 2; /* سوري -> سوريا: ARABIC LETTER ALEF */
        const uint32_t *ids = NULL;
        size_t nids = gaz_lookup(g, key, len, &ids);
        for (size_t k = 0; k < nids; k++) {
            const gaz_place *p = gaz_place_get(g, ids[k]);
            if (p && p->kind == GAZ_K_COUNTRY)
                return true;
        }
    }
    return false;
}

/* Is the matching form s a country's name in the gazetteer? */
bool el_names_country(const char *s) {
    const gaz *g = gaz_default();
    const uint32_t *ids = NULL;
    size_t n = g ? gaz_lookup_exact(g, s, strlen(s), &ids) : 0;
    for (size_t k = 0; k < n; k++) {
        const gaz_place *p = gaz_place_get(g, ids[k]);
        if (p && p->kind == GAZ_K_COUNTRY)
            return true;
    }
    return false;
}

/* Looks tokens [a, b] up as a lexicon form of an actor or source; the
 * first token is tried with its ال and without its other clitics. With
 * want != UINT32_MAX only that entry counts. Returns the entry index and
 * the form's norm in *form, or UINT32_MAX. */
uint32_t el_lookup_actor(const rasad_doc *doc, size_t a, size_t b, uint32_t want, const char **form,
                                  size_t *form_index) {
    const lex_lexicon *lex = lex_default();
    if (!lex)
        return UINT32_MAX;
    char key[EL_MAX_KEY];
    for (int variant = 0; variant < 3; variant++) {
        size_t n = 0;
        const char *first = variant == 0 ? doc->tokens[a].norm : el_stem_of(doc, a);
        if (variant == 2) {
            if (!el_has_al(doc, a))
                continue;
            memcpy(key, "ال", 4); /* ARABIC LETTER ALEF, LAM */
            n = 4;
        }
        size_t fl = strlen(first);
        if (n + fl >= sizeof key)
            continue;
        memcpy(key + n, first, fl);
        n += fl;
        bool fits = true;
        for (size_t i = a + 1; i <= b && fits; i++) {
            size_t l = doc->tokens[i].norm_len;
            fits = n + 1 + l < sizeof key;
            if (fits) {
                key[n++] = ' ';
                memcpy(key + n, doc->tokens[i].norm, l);
                n += l;
            }
        }
        if (!fits)
            continue;
        size_t f0 = 0, nf = lex_lookup(lex, key, n, &f0);
        for (size_t k = 0; k < nf; k++) {
            uint32_t e = UINT32_MAX;
            const char *nm = NULL;
            lex_form_at(lex, f0 + k, &nm, NULL, &e);
            const lex_entry *le = lex_entry_get(lex, e);
            if (!le || (le->cls != LEX_ACTOR && le->cls != LEX_SOURCE))
                continue;
            if (want != UINT32_MAX && e != want)
                continue;
            if (form)
                *form = nm;
            if (form_index)
                *form_index = f0 + k;
            return e;
        }
    }
    return UINT32_MAX;
}

bool el_is_member_adjective(const rasad_doc *doc, size_t i, uint32_t entry) {
    const lex_lexicon *lex = lex_default();
    const char *st = el_stem_of(doc, i);
    size_t n = strlen(st);
    if (!lex || entry == UINT32_MAX || !YEH_LAST(st, n) || n < 6)
        return false;
    n -= 2; /* without ي */
    size_t f0 = 0, nf = lex_lookup(lex, st, n, &f0);
    for (size_t k = 0; k < nf; k++) {
        uint32_t e = UINT32_MAX;
        lex_form_at(lex, f0 + k, NULL, NULL, &e);
        if (e == entry)
            return true;
    }
    return false;
}

/* Is a word run [k, b] at the end of tokens [a, b] a person's name of the
 * actor lexicon (@ forms)? Returns its first token, or SIZE_MAX. */
size_t el_person_form_at_end(const rasad_doc *doc, size_t a, size_t b) {
    const lex_lexicon *lex = lex_default();
    for (size_t k = a; k <= b; k++) {
        size_t fi = 0;
        if (el_lookup_actor(doc, k, b, UINT32_MAX, NULL, &fi) != UINT32_MAX && lex_form_is_person(lex, fi))
            return k;
    }
    return SIZE_MAX;
}

/* The proclitics a name may carry that are not part of it: conjunctions
 * and prepositions. The future prefix س is a verb's (the segmenter reads
 * وكالة سانا's سانا as س + انا): a name keeps it. */
EX_WORDS(NAME_PROCLITICS, "و", "ف", "ب", "ل", "ك");

/* Where token i's name begins: after و ب ل, keeping ال. A name written
 * with لل (للولايات المتحدة) keeps it: the ل of the preposition and the
 * ل of the article are one letter there, and the stem alone (ولايات)
 * reads as و + ل + ايات in the matching form readers apply. */
uint32_t el_word_start(const rasad_doc *doc, size_t i) {
    const rasad_token *t = &doc->tokens[i];
    if (!doc->segments || t->seg_count < 2)
        return t->start;
    for (size_t k = 0; k < t->seg_count && t->seg_first + k < doc->nsegments; k++) {
        const rasad_segment *s = &doc->segments[t->seg_first + k];
        if (s->role != RASAD_SEG_PROCLITIC || !s->norm || !ex_words_has(&NAME_PROCLITICS, s->norm))
            return s->start;
    }
    return t->start;
}

/* Cuts a PER span [*a, *b] free of a leading nationality adjective, role
 * noun (السفير، المحلل) or connective. Honorifics that the guidelines keep
 * with the name (الشيخ، الملا) stay. */
void el_trim_person(const rasad_doc *doc, size_t *a, size_t b) {
    while (*a < b && ((el_has_al(doc, *a) && el_is_nisba(el_stem_of(doc, *a))) || ex_word_in(doc, *a, &EL_LEAD_FUNC) ||
                      el_stem_in(doc, *a, &PERSON_ROLES)))
        (*a)++;
}
