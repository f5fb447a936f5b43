/* SPDX-License-Identifier: MIT
 *
 * entity_list.c - extraction stage: the SCHEMA.md "entities" of an
 * article (entity_list.h). An entity is a name: a person, an
 * organization, a place, a facility, once per distinct name in the
 * gold guidelines. The lexicons match more than names, so this file cuts
 * each match down to the name it contains, or drops it:
 *
 * - a place is its name as matched: ريف حلب الشمالي and مدينة حلب are
 *   both حلب (the direction words and cues belong to the event's
 *   location, not to the name);
 * - role nouns, triggers and people named by what they are (مدنيون،
 *   سكان: NORP) are not names;
 * - an actor form that is a descriptor word before a name (تنظيم داعش،
 *   عناصر داعش، صحيفة حرييت، مدير المرصد ...) is the name after it,
 *   when that is itself a lexicon name; a trailing nationality adjective
 *   on a name of two words or more (حزب الله اللبناني) is dropped the
 *   same way;
 * - a descriptor with only adjectives or generic nouns after it (القوات
 *   العراقية، قوات النظام، الطائرات التركية، الرئيس الأميركي) is a
 *   description, not a name, and so is a lone generic noun (المعارضة);
 * - an actor form that holds a person the tagger found (الرئيس السوري
 *   بشار الأسد, or a leader listed under his group) is that person, PER;
 * - the tagger's names that no lexicon match covers are kept, cut free of
 *   a leading nationality adjective (التركي أحمد داود أوغلو) or
 *   connective; one word alone (a surname said again, أكراد, مدينة) and
 *   the tagger's MISC are left out;
 * - a name that is a part of a longer name of the same type in the same
 *   article (المرصد beside المرصد السوري لحقوق الإنسان, أوغلو beside
 *   أحمد داود أوغلو) is a reference back to it, not a distinct name.
 *
 * Word lists are in rasad's matching form and compared with a token's
 * stem (no و ف ب ل ال, no pronoun).
 */
#include "extract/entity_list.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "knowledge/entities.h"
#include "knowledge/gazetteer.h"
#include "knowledge/geocode.h"
#include "knowledge/lexicon.h"

/* Words that stand before a name and describe what of it is meant (its
 * members, aircraft, newspaper, head). */
EX_WORDS(STRIP_HEADS,
         "تنظيم",  "عناصر", "مسلحي", "مسلحو", "مسلحين", "مقاتلي", "مقاتلو", "مقاتلين", "جهاديي",
         "جهاديو", "خلايا", "فلول",  "طيران", "طائرات", "مقاتلات", "صحيفه", "جريده",  "وكاله",
         "قناه",   "موقع",  "مدير",  "رئيس",  "زعيم",   "قائد",   "امير",   "والي",
         "متحدث",  "امين",  "ميليشيا", "مليشيا", "ميليشيات", "مليشيات");

/* Heads of descriptions: with only adjectives or generic nouns after
 * them they name no one in particular. */
EX_WORDS(DESC_HEADS,
         "قوات",   "طائرات", "مقاتلات", "طيران",  "مدفعيه", "سلطات",  "عناصر",  "مسلحين", "مسلحون",
         "مسلحي",  "مسلحو",  "مقاتلين", "مقاتلون", "مقاتلي", "مقاتلو", "فصائل",  "كتائب",  "متمردين",
         "متمردون", "ابناء",  "مليشيات", "ميليشيات", "رئيس",  "نظام");

/* Generic nouns that may follow a description head (قوات النظام). */
EX_WORDS(GENERIC, "نظام", "معارضه", "اسد", "حكومه", "جيش", "تنظيم", "اكراد", "اكرادا", "عشائر",
         "وزراء", "مسلحه", "مقاتله", "حربيه", "معارضين", "معارضون", "تحالف", "ائتلاف");

/* "armed", said of a named group (المعارضة السورية المسلحة). */
EX_WORDS(ARMED, "مسلحه", "مسلح");

/* Lone generic nouns the actor lexicon lists for their reading in
 * context (the opposition, the observatory), not as names. */
EX_WORDS(GENERIC_SINGLE, "معارضه", "مرصد", "نظام", "تحالف", "حشد");

/* Words before a place name that say what kind of place it is or where
 * in it (مدينة حلب، ريف إدلب، بلدتي X وY، محيط مارع): the name is what
 * follows. Nouns that are part of the name (حي، جبل، تل، نهر) are not
 * listed. */
EX_WORDS(PLACE_LEAD, "مدينه", "محافظه", "ريف",   "قريه",  "بلده",  "منطقه", "ناحيه",
         "قضاء",  "مدن",    "قري",   "بلدات", "بلدتي", "قريتي", "مدينتي",
         "ريفي",  "اطراف",  "محيط",  "قرب",   "بالقرب", "من",   "ضواحي");

/* First words of a facility's name (gold FAC: prisons, camps, bases,
 * airports, crossings, hospitals, mosques, squares, streets). */
EX_WORDS(FAC_HEADS, "سجن",  "معسكر", "مخيم",  "قاعده", "مطار",  "معبر",  "مشفي", "مستشفي",
         "مسجد", "جامع",  "دوار",  "ساحه",  "شارع",  "جسر",   "مبني", "كليه",
         "اكاديميه", "مدرسه", "جامعه", "معمل", "مصفاه", "ميناء", "حديقه");

/* First words of an institution's name (وزارة الخارجية التركية، مجلس
 * النواب العراقي، نقابة المهندسين). */
EX_WORDS(ORG_HEADS, "وزاره", "مجلس",  "نقابه", "مكتب",  "لجنه", "هيئه",   "منظمه", "جمعيه",
         "اتحاد", "رابطه", "دائره", "مديريه", "معهد",  "برلمان",
         "بعثه",  "مفوضيه", "سلطه",  "محكمه",  "شرطه",  "كتيبه", "فرقه");

/* Heads of named occasions (عيد الفطر). */
EX_WORDS(MISC_HEADS, "عيد");

/* Aircraft designations: a maker's or series' letters and a number (إف-16،
 * سو-24، ميغ 29, F-16). */
EX_WORDS(AIRCRAFT, "اف", "سو", "ميغ", "ميج", "سوخوي", "f", "su", "mig");

/* First words of an outlet's name. */
EX_WORDS(MEDIA_HEADS, "ديلي", "صحيفه", "وكاله", "قناه", "مجله", "تلفزيون", "اذاعه", "راديو", "شبكه");

/* Connectives the tagger sometimes takes into a name (وفق عبدالرحمن،
 * فإن داود أوغلو، يوسف بالقرب). */
EX_WORDS(LEAD_FUNC, "وفق", "وفقا", "حسب", "بحسب", "لدي", "عن", "ان", "فان", "وان");
EX_WORDS(TRAIL_FUNC, "قرب", "في", "من", "الي", "علي");
/* Role nouns before a person's name. */
EX_WORDS(PERSON_ROLES, "سفير",  "رئيس",   "وزير",  "عقيد",  "لواء",     "عميد",    "مقدم",
         "رائد",  "نقيب",   "ملازم", "دكتور", "مهندس",    "ناشط",    "محلل",
         "باحث",  "متحدث",  "مدير",  "مراسل", "جنرال",    "بريجادير", "نائب",
         "قائد",  "مستشار", "محافظ", "منسق",  "مسؤول");

/* Honorifics the gold names keep (الشيخ عبد الرحمن الأغوز، الملا أختر
 * منصور). */
EX_WORDS(HONORIFICS, "شيخ", "ملا", "حاج");

/* Nouns of places that describe rather than name (الشريط الحدودي،
 * الجهة الشرقية، الحدود السورية التركية، الريف الحلبي). */
EX_WORDS(GENERIC_PLACE, "شريط", "جهه", "حدود", "ريف", "منطقه");

/* Titles the tagger takes in after a person's name (محمد بن سلمان ولي
 * العهد، منصور زعيما). */
EX_WORDS(TRAIL_TITLES, "ولي", "زعيم", "زعيما", "رئيس", "وزير", "قائد", "امير", "ال");

#define YEH_LAST(s, n) ((n) >= 2 && (unsigned char)(s)[(n)-2] == 0xD9 && (unsigned char)(s)[(n)-1] == 0x8A) /* ي ARABIC LETTER YEH */
#define HEH_LAST(s, n) ((n) >= 2 && (unsigned char)(s)[(n)-2] == 0xD9 && (unsigned char)(s)[(n)-1] == 0x87) /* ه ARABIC LETTER HEH (ة folded) */
#define NOON_LAST(s, n) ((n) >= 2 && (unsigned char)(s)[(n)-2] == 0xD9 && (unsigned char)(s)[(n)-1] == 0x86) /* ن ARABIC LETTER NOON */

#define MAX_KEY 256 /* bytes of a looked-up form; longer names are left as they are */

/* strcmp(a, b) == 0, with the first two bytes compared inline: these
 * tests run for every token against every list word. */
static inline bool same(const char *a, const char *b) {
    return a[0] == b[0] && (a[0] == 0 || (a[1] == b[1] && strcmp(a, b) == 0));
}

static const char *stem_of(const rasad_doc *doc, size_t i) {
    const rasad_token *t = &doc->tokens[i];
    if (!doc->segments || t->stem_seg >= doc->nsegments || !doc_tok_stem(doc, i)->norm)
        return t->norm;
    return doc_tok_stem(doc, i)->norm;
}

/* Is token i's stem, or its whole norm (the segmenter may read a final
 * ي as a pronoun: مسلحي), one of words? */
static bool stem_in(const rasad_doc *doc, size_t i, ex_words *words) {
    /* a token without a stem segment has only its whole norm */
    if (stem_of(doc, i) == doc->tokens[i].norm)
        return ex_word_in(doc, i, words);
    return ex_stem_in(doc, i, words);
}

static bool has_clitic(const rasad_doc *doc, size_t i, uint8_t role, const char *norm) {
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

/* Is token i's whole norm one of words (بان stays the name بان)? */
static bool norm_in(const rasad_doc *doc, size_t i, ex_words *words) {
    return ex_word_in(doc, i, words);
}

/* The article ال, alone or in لل. */
static bool has_al(const rasad_doc *doc, size_t i) {
    return has_clitic(doc, i, RASAD_SEG_PROCLITIC, "ال") || has_clitic(doc, i, RASAD_SEG_PROCLITIC, "لل");
}

/* Is token i inside a lexicon match that is not a trigger or role noun? */
static bool token_taken(const ex_view *v, size_t i) {
    if (v->ent_at[i] < 0)
        return false;
    uint8_t k = v->ents[v->ent_at[i]].kind;
    return k != RASAD_ENT_ROLE && k != RASAD_ENT_TRIGGER;
}

/* A relative adjective (nisba): تركي، العراقيه، الكرديين، سوريون. */
static bool is_nisba(const char *s) {
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
static bool is_country_nisba(const char *s) {
    size_t n = strlen(s);
    if (!is_nisba(s))
        return false;
    size_t base = HEH_LAST(s, n) ? n - 4 : n - 2; /* without ي / يه */
    const gaz *g = gaz_default();
    if (!g || base < 4 || base + 2 > MAX_KEY)
        return false;
    char key[MAX_KEY + 2];
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
static bool names_country(const char *s) {
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

static bool is_adjective(const rasad_doc *doc, size_t i) {
    return is_nisba(stem_of(doc, i)) || stem_in(doc, i, &GENERIC);
}

/* Looks tokens [a, b] up as a lexicon form of an actor or source; the
 * first token is tried with its ال and without its other clitics. With
 * want != UINT32_MAX only that entry counts. Returns the entry index and
 * the form's norm in *form, or UINT32_MAX. */
static uint32_t lookup_actor_form(const rasad_doc *doc, size_t a, size_t b, uint32_t want, const char **form,
                                  size_t *form_index) {
    const lex_lexicon *lex = lex_default();
    if (!lex)
        return UINT32_MAX;
    char key[MAX_KEY];
    for (int variant = 0; variant < 3; variant++) {
        size_t n = 0;
        const char *first = variant == 0 ? doc->tokens[a].norm : stem_of(doc, a);
        if (variant == 2) {
            if (!has_al(doc, a))
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

static uint32_t lookup_actor(const rasad_doc *doc, size_t a, size_t b, uint32_t want, const char **form) {
    return lookup_actor_form(doc, a, b, want, form, NULL);
}

/* Is a word run [k, b] at the end of tokens [a, b] a person's name of the
 * actor lexicon (@ forms)? Returns its first token, or SIZE_MAX. */
static size_t person_form_at_end(const rasad_doc *doc, size_t a, size_t b) {
    const lex_lexicon *lex = lex_default();
    for (size_t k = a; k <= b; k++) {
        size_t fi = 0;
        if (lookup_actor_form(doc, k, b, UINT32_MAX, NULL, &fi) != UINT32_MAX && lex_form_is_person(lex, fi))
            return k;
    }
    return SIZE_MAX;
}

/* Where token i's name begins: after و ب ل, keeping ال. */
static uint32_t word_start(const rasad_doc *doc, size_t i) {
    const rasad_token *t = &doc->tokens[i];
    if (!doc->segments || t->seg_count < 2)
        return t->start;
    for (size_t k = 0; k < t->seg_count && t->seg_first + k < doc->nsegments; k++) {
        const rasad_segment *s = &doc->segments[t->seg_first + k];
        if (s->role != RASAD_SEG_PROCLITIC || (s->norm && strcmp(s->norm, "ال") == 0))
            return s->start;
    }
    return t->start;
}

/* Cuts a PER span [*a, *b] free of a leading nationality adjective, role
 * noun (السفير، المحلل) or connective. Honorifics that the guidelines keep
 * with the name (الشيخ، الملا) stay. */
static void trim_person(const rasad_doc *doc, size_t *a, size_t b) {
    while (*a < b && ((has_al(doc, *a) && is_nisba(stem_of(doc, *a))) || norm_in(doc, *a, &LEAD_FUNC) ||
                      stem_in(doc, *a, &PERSON_ROLES)))
        (*a)++;
}

typedef struct list_ctx {
    const ex_view *v;
    ex_entity_item *items;
    size_t n, cap;
} list_ctx;

static ex_entity_item *push(list_ctx *c) {
    if (c->n == c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 32;
        ex_entity_item *p = arena_alloc_array(&c->v->doc->arena, cap, sizeof *p);
        if (!p)
            return NULL;
        if (c->n)
            memcpy(p, c->items, c->n * sizeof *p);
        c->items = p;
        c->cap = cap;
    }
    ex_entity_item *it = &c->items[c->n++];
    memset(it, 0, sizeof *it);
    return it;
}

/* A new item for the name at tokens [a, b], bytes [start, end), of the
 * given type; NULL when out of memory. */
static ex_entity_item *push_span(list_ctx *c, size_t a, size_t b, uint32_t start, uint32_t end, const char *type) {
    ex_entity_item *it = push(c);
    if (it) {
        it->tok_first = (uint32_t)a;
        it->tok_last = (uint32_t)b;
        it->start = start;
        it->end = end;
        it->type = type;
    }
    return it;
}

/* The tagger's PER name inside tokens [a, b], or NULL. */
static const tagger_entity *person_inside(const ex_view *v, size_t a, size_t b) {
    for (size_t i = a; i <= b; i++) {
        if (v->ner_at[i] < 0)
            continue;
        const tagger_entity *t = &v->ner[v->ner_at[i]];
        /* strictly inside: a title before the name (الرئيس السوري بشار
         * الأسد); a span the lexicon knows whole as an organization (فرانس
         * برس) stays one */
        if (t->type == TG_PER && t->tok_first >= a && t->tok_last <= b && (t->tok_first > a || t->tok_last < b))
            return t;
    }
    return NULL;
}

static bool add_person(list_ctx *c, size_t a, size_t b, uint32_t start, uint32_t end, const char *id) {
    const rasad_doc *doc = c->v->doc;
    size_t a0 = a;
    trim_person(doc, &a, b);
    ex_entity_item *it = push_span(c, a, b, a == a0 ? start : word_start(doc, a), end, "PER");
    if (!it)
        return false;
    it->id = id;
    return true;
}

#define INNER_MAX 3 /* words of a country's name */

/* Adds a LOC item for each country's name inside tokens (a, b]. */
static bool add_inner_countries(list_ctx *c, size_t a, size_t b) {
    const rasad_doc *doc = c->v->doc;
    char key[MAX_KEY];
    for (size_t i = a + 1; i <= b; i++)
        for (size_t j = b < i + INNER_MAX - 1 ? b : i + INNER_MAX - 1; j >= i; j--) {
            /* the words' stems with ال back on the first (لسوريا -> سوريا) */
            size_t n = 0;
            bool fits = true;
            for (size_t k = i; k <= j && fits; k++) {
                const char *w = k == i ? stem_of(doc, k) : doc->tokens[k].norm;
                size_t wl = strlen(w), pre = (k == i && has_al(doc, k)) ? 4 : 0;
                fits = n + pre + wl + 2 < sizeof key;
                if (!fits)
                    break;
                if (k > i)
                    key[n++] = ' ';
                if (pre)
                    memcpy(key + n, "ال", 4), n += 4; /* ALEF, LAM */
                memcpy(key + n, w, wl);
                n += wl;
            }
            key[fits ? n : 0] = '\0';
            if (fits && names_country(key)) {
                if (!push_span(c, i, j, word_start(doc, i), doc->tokens[j].end, "LOC"))
                    return false;
                i = j;
                break;
            }
            if (j == i)
                break;
        }
    return true;
}

EX_WORDS(AMIN, "امين");
EX_WORDS(GENERAL_ADJ, "عام");

/* An actor or source match: the name it holds, or nothing. */
static bool add_actor(list_ctx *c, const rasad_entity *e) {
    const rasad_doc *doc = c->v->doc;
    size_t a = e->tok_first, b = e->tok_last;
    const char *form = e->norm;
    /* descriptor + name: the name */
    for (;;) {
        if (b <= a || !stem_in(doc, a, &STRIP_HEADS))
            break;
        size_t a2 = a + 1;
        if (stem_in(doc, a, &AMIN) && a2 < b && stem_in(doc, a2, &GENERAL_ADJ))
            a2++;
        const char *f = NULL;
        if (lookup_actor(doc, a2, b, UINT32_MAX, &f) == UINT32_MAX)
            break;
        a = a2;
        form = f;
    }
    /* name + nationality adjective: the name */
    while (b > a + 1 && has_al(doc, b) && (is_country_nisba(stem_of(doc, b)) || stem_in(doc, b, &ARMED))) {
        const char *f = NULL;
        if (lookup_actor(doc, a, b - 1, e->lex_index, &f) == UINT32_MAX)
            break;
        b--;
        form = f;
    }
    /* X وحلفاؤها: X */
    while (b > a && has_clitic(doc, b, RASAD_SEG_ENCLITIC, NULL)) {
        const char *f = NULL;
        if (lookup_actor(doc, a, b - 1, UINT32_MAX, &f) == UINT32_MAX)
            break;
        b--;
        form = f;
    }
    /* a description is no name */
    if (a == b && stem_in(doc, a, &GENERIC_SINGLE))
        return true;
    if (stem_in(doc, a, &DESC_HEADS)) {
        bool all = true;
        for (size_t i = a + 1; i <= b && all; i++)
            all = is_adjective(doc, i);
        if (all)
            return true;
    }
    uint32_t start = a == e->tok_first ? e->start : word_start(doc, a);
    uint32_t end = b == e->tok_last ? e->end : doc->tokens[b].end;
    /* a leader listed under his group, or the name at the end of
     * الرئيس السوري بشار الأسد: a person */
    size_t pk = person_form_at_end(doc, a, b);
    if (pk != SIZE_MAX) {
        if (pk == b)
            return true; /* one word: a surname said again (أردوغان) */
        return add_person(c, pk, b, pk == a ? start : word_start(doc, pk), end, e->id);
    }
    const tagger_entity *p = person_inside(c->v, a, b);
    /* الجيش التركي tagged PER is still the army: names of people do not
     * start with ال */
    if (p) {
        size_t pa = p->tok_first > a ? p->tok_first : a;
        trim_person(doc, &pa, p->tok_last < b ? p->tok_last : b);
        if (has_al(doc, pa))
            p = NULL;
    }
    if (p) {
        size_t pa = p->tok_first > a ? p->tok_first : a, pb = p->tok_last < b ? p->tok_last : b;
        return add_person(c, pa, pb, pa == a ? start : word_start(doc, pa), pb == b ? end : doc->tokens[pb].end,
                          e->id);
    }
    ex_entity_item *it = push_span(c, a, b, start, end, e->type);
    if (!it)
        return false;
    /* a country named inside (التحالف بقيادة الولايات المتحدة) is an
     * entity too */
    if (!add_inner_countries(c, a, b))
        return false;
    /* what is left is a country (الولايات المتحدة وحلفاؤها): a place */
    if (form && (a != e->tok_first || b != e->tok_last) && names_country(form))
        it->type = "LOC";
    it->norm = form;
    it->id = e->id;
    return true;
}

/* A direction word before a name (شمال العراق), without ال. */
static bool is_lead_direction(const rasad_doc *doc, size_t i) {
    const char *s = stem_of(doc, i);
    return !has_al(doc, i) && geo_direction_of(s, strlen(s)) != 0;
}

/* A direction adjective after a name (حلب الشمالي), not الأوسط which
 * ends names (الشرق الأوسط). */
static bool is_trail_direction(const rasad_doc *doc, size_t i) {
    const char *s = stem_of(doc, i);
    unsigned d = geo_direction_of(s, strlen(s));
    return d != 0 && d != GEO_DIR_CENTRAL && is_nisba(s);
}

/* A place match: its name without cue, direction and region words, and
 * its type (a quarter or square the gazetteer files as a site is LOC
 * unless its first word names a facility). */
static bool add_place(list_ctx *c, const rasad_entity *e, const ent_name_span *nm) {
    const rasad_doc *doc = c->v->doc;
    size_t a = nm ? nm->tok_first : e->tok_first, b = nm ? nm->tok_last : e->tok_last;
    uint32_t start = nm ? nm->start : e->start, end = nm ? nm->end : e->end;
    if (a > b || b >= doc->ntokens)
        return true;
    const gaz *g = gaz_default();
    const gaz_place *pl = (g && e->place_index != UINT32_MAX) ? gaz_place_get(g, e->place_index) : NULL;
    /* جنوب السودان and شمال سيناء are the names of a country and a province */
    bool keep_dir = pl && (pl->kind == GAZ_K_COUNTRY || pl->kind == GAZ_K_ADMIN1);
    size_t a0 = a, b0 = b;
    while (a < b && (stem_in(doc, a, &PLACE_LEAD) || (!keep_dir && is_lead_direction(doc, a))))
        a++;
    while (b > a && !keep_dir && is_trail_direction(doc, b))
        b--;
    if (a == b && has_clitic(doc, a, RASAD_SEG_ENCLITIC, NULL))
        return true; /* a noun with a pronoun on it (عربتهم) is no name */
    /* الشريط الحدودي (مع تركيا): a description, with maybe a country in it */
    if (has_al(doc, a) && stem_in(doc, a, &GENERIC_PLACE) && (a == b || is_nisba(stem_of(doc, a + 1))))
        return add_inner_countries(c, a, b);
    ex_entity_item *it = push_span(c, a, b, a == a0 ? start : word_start(doc, a),
                                   b == b0 ? end : doc->tokens[b].end, e->type);
    if (!it)
        return false;
    if (strcmp(e->type, "FAC") == 0 && pl && pl->feature && strcmp(pl->feature, "LCTY") == 0 &&
        !stem_in(doc, a, &FAC_HEADS))
        it->type = "LOC";
    it->norm = e->norm;
    it->id = e->id;
    it->place = e;
    return true;
}

/* A place word inside a longer person's name the tagger found (باراك
 * أوباما, صلاح الدين دمرتاش) is part of the name. */
static bool in_person(const ex_view *v, const rasad_entity *e) {
    if (e->kind != RASAD_ENT_PLACE || e->tok_first >= v->doc->ntokens || v->ner_at[e->tok_first] < 0)
        return false;
    const tagger_entity *t = &v->ner[v->ner_at[e->tok_first]];
    return t->type == TG_PER && t->tok_last > t->tok_first && t->tok_first <= e->tok_first &&
           t->tok_last >= e->tok_last && t->tok_last - t->tok_first > e->tok_last - e->tok_first;
}

static const char *const TAGGER_TYPES[TG_NTYPES] = {"PER", "LOC", "ORG", "MISC"};

/* One tagger name [a, b], cut. */
static bool add_tagger_span(list_ctx *c, const tagger_entity *t, size_t a, size_t b) {
    const rasad_doc *doc = c->v->doc;
    while (a < b && norm_in(doc, a, &LEAD_FUNC))
        a++;
    if (t->type == TG_PER)
        trim_person(doc, &a, b);
    /* an honorific just before is part of the name (الملا محمد عمر) */
    if (t->type == TG_PER && a == t->tok_first && a > 0 && doc->tokens[a - 1].sentence == doc->tokens[a].sentence &&
        stem_in(doc, a - 1, &HONORIFICS) && !token_taken(c->v, a - 1))
        a--;
    /* the countryside, the border strip: descriptions, not names */
    if (t->type == TG_LOC && has_al(doc, a) && stem_in(doc, a, &GENERIC_PLACE))
        return true;
    while (b > a && (stem_in(doc, b, &TRAIL_FUNC) || doc->tokens[b].kind != RASAD_TOK_WORD ||
                     (t->type == TG_PER && stem_in(doc, b, &TRAIL_TITLES))))
        b--;
    /* ... ولي العهد: the title and what it is of */
    if (t->type == TG_PER && b > a + 1 && stem_in(doc, b - 1, &TRAIL_TITLES) && has_al(doc, b))
        b -= 2;
    /* one word alone is mostly a surname said again, a common noun or a
     * people (أكراد); the tagger's MISC names are mostly common nouns */
    if (a == b || t->type == TG_MISC)
        return true;
    /* the whole first token: names start with the letters of clitics
     * (سامر is no س + امر, وليم no و + ل + يم) and the segmenter, which
     * does not know the name, may split them */
    ex_entity_item *it = push_span(c, a, b, doc->tokens[a].start, doc->tokens[b].end, TAGGER_TYPES[t->type]);
    if (!it)
        return false;
    if ((t->type == TG_LOC || t->type == TG_ORG) && stem_in(doc, a, &FAC_HEADS))
        it->type = "FAC";
    else if (stem_in(doc, a, &MEDIA_HEADS) || stem_in(doc, a, &ORG_HEADS))
        it->type = "ORG"; /* ديلي ستار, a newspaper, not a person */
    return true;
}

/* A tagger name no lexicon match covers; two people joined by و (ميركل
 * وداود أوغلو) are two names. */
static bool add_tagger(list_ctx *c, const tagger_entity *t) {
    const rasad_doc *doc = c->v->doc;
    size_t a = t->tok_first;
    if (t->type == TG_PER)
        for (size_t k = a + 1; k <= t->tok_last; k++)
            if (has_clitic(doc, k, RASAD_SEG_PROCLITIC, "\xd9\x88")) { /* و ARABIC LETTER WAW */
                if (!add_tagger_span(c, t, a, k - 1))
                    return false;
                a = k;
            }
    return add_tagger_span(c, t, a, t->tok_last);
}

/* Does the run of stems [a, b] occur inside [c, d] (d - c > b - a)? */
static bool words_inside(const rasad_doc *doc, size_t a, size_t b, size_t c, size_t d) {
    size_t la = b - a + 1, lc = d - c + 1;
    if (la >= lc)
        return false;
    for (size_t off = 0; off + la <= lc; off++) {
        size_t k = 0;
        while (k < la && strcmp(stem_of(doc, a + k), stem_of(doc, c + off + k)) == 0)
            k++;
        if (k == la)
            return true;
    }
    return false;
}

#define SUBSUME_MAX 4096 /* items compared pairwise; a longer list is left whole */

/* Drops a PER or ORG name that is part of a longer one of the same type. */
static void drop_parts(list_ctx *c) {
    if (c->n > SUBSUME_MAX)
        return;
    const rasad_doc *doc = c->v->doc;
    size_t kept = 0;
    for (size_t i = 0; i < c->n; i++) {
        const ex_entity_item *x = &c->items[i];
        bool part = false;
        /* the types are "PER", "ORG", "LOC", "FAC", "MISC": the first
         * letter tells them apart */
        if (x->type[0] == 'P' || x->type[0] == 'O')
            for (size_t j = 0; j < c->n && !part; j++)
                part = j != i && c->items[j].type[0] == x->type[0] &&
                       c->items[j].tok_last - c->items[j].tok_first > x->tok_last - x->tok_first &&
                       words_inside(doc, x->tok_first, x->tok_last, c->items[j].tok_first, c->items[j].tok_last);
        if (!part)
            c->items[kept++] = c->items[i];
    }
    c->n = kept;
}

/* A hash of every head word of the token scans
 * (add_constructs, add_aircraft), so that most tokens are passed over with
 * one bit test (built once, read-only after). */
static uint8_t head_pairs[65536 / 8];
static pthread_once_t head_once = PTHREAD_ONCE_INIT;

/* A 16-bit hash of the whole word, folded from its ex_word_hash (the
 * hash ex_word_hashes keeps for every token's norm and stem). */
static unsigned head_key_of(uint32_t h) { return (h ^ (h >> 16)) & 0xFFFFu; }

static unsigned head_key(const char *s) {
    return head_key_of(ex_word_hash(s, strlen(s)));
}

static void head_pairs_add(const ex_words *set) {
    for (const char *const *words = set->list; *words; words++) {
        unsigned k = head_key(*words);
        head_pairs[k >> 3] |= (uint8_t)(1u << (k & 7));
    }
}

static void head_pairs_init(void) {
    head_pairs_add(&FAC_HEADS);
    head_pairs_add(&ORG_HEADS);
    head_pairs_add(&MISC_HEADS);
    head_pairs_add(&AIRCRAFT);
}

static bool key_in(unsigned k) { return head_pairs[k >> 3] & (1u << (k & 7)); }

/* May token i's stem or norm be a head word? */
static bool maybe_head(const rasad_doc *doc, size_t i) {
    /* the token's hashes, when extraction computed them: its stem there is
     * stem_of's (a doc with them has a stem segment for every token) */
    const ex_tok_hash *th = doc->stage_data[DOC_STAGE_WORDHASH];
    if (th)
        return key_in(head_key_of(th[i].stem)) || key_in(head_key_of(th[i].whole));
    return key_in(head_key(stem_of(doc, i))) || key_in(head_key(doc->tokens[i].norm));
}

/* Is token i free: no kept lexicon match (a role noun or trigger does not
 * count) and no tagger name on it? */
static bool token_free(const ex_view *v, size_t i) {
    if (v->ner_at[i] >= 0)
        return false;
    if (v->ent_at[i] < 0)
        return true;
    uint8_t k = v->ents[v->ent_at[i]].kind;
    return k == RASAD_ENT_ROLE || k == RASAD_ENT_TRIGGER;
}

#define CONSTRUCT_MAX 4 /* words after the head */



#define NUMBER_MAX_DIGITS 3

static bool add_aircraft(list_ctx *c) {
    const rasad_doc *doc = c->v->doc;
    for (size_t i = 0; i + 1 < doc->ntokens; i++) {
        if (doc->tokens[i].norm_len > 12 || doc->tokens[i + 1].kind == RASAD_TOK_WORD || !maybe_head(doc, i) ||
            (!stem_in(doc, i, &AIRCRAFT) && !norm_in(doc, i, &AIRCRAFT)))
            continue;
        size_t j = i + 1;
        if (doc->tokens[j].kind == RASAD_TOK_PUNCT && doc_tok_is(doc, j, "-") && j + 1 < doc->ntokens)
            j++;
        const rasad_token *num = &doc->tokens[j];
        if (num->kind != RASAD_TOK_NUMBER || num->norm_len > NUMBER_MAX_DIGITS || num->sentence != doc->tokens[i].sentence)
            continue;
        if (!push_span(c, i, j, word_start(doc, i), num->end, "MISC"))
            return false;
        i = j;
    }
    return true;
}

/* Titles a name follows inside a facility's or institution's name. */
EX_WORDS(TITLES, "ملك", "امير", "شيخ", "سلطان", "امام", "شهيد", "رئيس");

/* Names no lexicon or tagger found, built as a head noun and what it is
 * of: an indefinite facility or institution noun followed by definite
 * words (مشفى الشفاء، شارع بغداد، أكاديمية الشرطة، وزارة الخارجية
 * التركية، لجنة الهجرة والمهجرين). An indefinite word after the head
 * (مشفى ميداني) makes no name. */
static bool add_constructs(list_ctx *c) {
    const rasad_doc *doc = c->v->doc;
    for (size_t i = 0; i + 1 < doc->ntokens; i++) {
        if (doc->tokens[i].kind != RASAD_TOK_WORD || doc->tokens[i + 1].kind != RASAD_TOK_WORD ||
            !maybe_head(doc, i) || !token_free(c->v, i))
            continue;
        bool fac = stem_in(doc, i, &FAC_HEADS), org = !fac && stem_in(doc, i, &ORG_HEADS);
        bool misc = !fac && !org && stem_in(doc, i, &MISC_HEADS);
        if ((!fac && !org && !misc) || has_al(doc, i) || has_clitic(doc, i, RASAD_SEG_ENCLITIC, NULL))
            continue;
        size_t j = i + 1;
        /* one definite noun, then definite adjectives of relation; after
         * a title (جامعة الملك سعود، جسر السلطان محمد الفاتح) the name
         * that follows it */
        while (j < doc->ntokens && j - i <= CONSTRUCT_MAX && doc->tokens[j].sentence == doc->tokens[i].sentence &&
               doc->tokens[j].kind == RASAD_TOK_WORD && has_al(doc, j) && token_free(c->v, j) &&
               (j == i + 1 || is_nisba(stem_of(doc, j))))
            j++;
        if (j == i + 2 && stem_in(doc, i + 1, &TITLES)) {
            size_t k = j;
            while (k < doc->ntokens && k - j < 2 && doc->tokens[k].sentence == doc->tokens[i].sentence &&
                   doc->tokens[k].kind == RASAD_TOK_WORD && !has_clitic(doc, k, RASAD_SEG_PROCLITIC, NULL) &&
                   !norm_in(doc, k, &LEAD_FUNC) && !stem_in(doc, k, &TRAIL_FUNC))
                k++;
            j = k;
        }
        if (j == i + 1)
            continue;
        if (!push_span(c, i, j - 1, word_start(doc, i), doc->tokens[j - 1].end, fac ? "FAC" : org ? "ORG" : "MISC"))
            return false;
        i = j - 1;
    }
    return true;
}

static int cmp_item(const void *pa, const void *pb) {
    const ex_entity_item *a = pa, *b = pb;
    if (a->start != b->start)
        return a->start < b->start ? -1 : 1;
    return (a->end > b->end) - (a->end < b->end);
}

rasad_status ex_entity_list(const ex_view *v, const ex_entity_item **out, size_t *n) {
    *out = NULL;
    *n = 0;
    rasad_doc *doc = v->doc;
    list_ctx c = {v, NULL, 0, 0};
    const ent_name_span *names = v->nents ? ent_doc_names(doc) : NULL;
    for (size_t i = 0; i < v->nents; i++) {
        const rasad_entity *e = &v->ents[i];
        if (e->kind == RASAD_ENT_TRIGGER || e->kind == RASAD_ENT_ROLE || strcmp(e->type, "NORP") == 0 ||
            in_person(v, e))
            continue;
        if (e->kind == RASAD_ENT_PLACE ? !add_place(&c, e, names ? &names[i] : NULL) : !add_actor(&c, e))
            return RASAD_ENOMEM;
    }
    for (size_t i = 0; i < v->nner; i++) {
        const tagger_entity *t = &v->ner[i];
        bool covered = false;
        for (size_t k = t->tok_first; k <= t->tok_last && !covered; k++)
            covered = v->ent_at[k] >= 0 && v->ents[v->ent_at[k]].kind != RASAD_ENT_TRIGGER &&
                      v->ents[v->ent_at[k]].kind != RASAD_ENT_ROLE && !in_person(v, &v->ents[v->ent_at[k]]);
        if (covered || t->type >= TG_NTYPES)
            continue;
        if (!add_tagger(&c, t))
            return RASAD_ENOMEM;
    }
    pthread_once(&head_once, head_pairs_init);
    if (!add_constructs(&c) || !add_aircraft(&c))
        return RASAD_ENOMEM;
    drop_parts(&c);
    if (c.n > 1)
        qsort(c.items, c.n, sizeof *c.items, cmp_item); /* text order */
    *out = c.items;
    *n = c.n;
    return RASAD_OK;
}
