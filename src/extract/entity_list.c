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
 * stem (no و ف ب ل ال, no pronoun). The word tests are in
 * entity_words.c, the names found by their head noun in
 * entity_constructs.c (entity_parts.h).
 */
#include "extract/entity_list.h"

#include <stdlib.h>
#include <string.h>

#include "extract/entity_parts.h"
#include "extract/events.h" /* ev_unknown_place_at (event_place.c) */
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
         "متحدث",  "امين",  "ميليشيا", "مليشيا", "ميليشيات", "مليشيات", "خلافه", "فصائل");

/* Heads of descriptions: with only adjectives or generic nouns after
 * them they name no one in particular. */
EX_WORDS(DESC_HEADS,
         "قوات",   "طائرات", "مقاتلات", "طيران",  "مدفعيه", "سلطات",  "عناصر",  "مسلحين", "مسلحون",
         "مسلحي",  "مسلحو",  "مقاتلين", "مقاتلون", "مقاتلي", "مقاتلو", "فصائل",  "كتائب",  "متمردين",
         "متمردون", "ابناء",  "مليشيات", "ميليشيات", "رئيس",  "نظام");

/* Generic nouns that may follow a description head (قوات النظام). */
EX_WORDS(GENERIC, "نظام", "معارضه", "اسد", "حكومه", "جيش", "تنظيم", "اكراد", "اكرادا", "عشائر",
         "وزراء", "مسلحه", "مقاتله", "حربيه", "معارضين", "معارضون", "تحالف", "ائتلاف");

/* The coalition's forces are a name, not a description like the
 * coalition's aircraft (قوات التحالف، قوات التحالف الدولية); قوات takes
 * feminine adjectives, so a masculine one is the coalition's (قوات
 * التحالف الدولي: التحالف الدولي). */
EX_WORDS(FORCES, "قوات");
EX_WORDS(COALITION, "تحالف", "ائتلاف");

/* "armed" and "Kurdish", said of a named group (المعارضة السورية
 * المسلحة، وحدات حماية الشعب الكردية). */
EX_WORDS(ARMED, "مسلحه", "مسلح", "كرديه", "كردي");

/* Lone generic nouns the actor lexicon lists for their reading in
 * context (the opposition, the observatory), not as names. */
EX_WORDS(GENERIC_SINGLE, "معارضه", "مرصد", "نظام", "تحالف", "حشد", "عشائر");

/* Words before a place name that say what kind of place it is or where
 * in it (مدينة حلب، ريف إدلب، بلدتي X وY، محيط مارع): the name is what
 * follows. Nouns that are part of the name (حي، جبل، تل، نهر) are not
 * listed. */
EX_WORDS(PLACE_LEAD, "مدينه", "محافظه", "ريف",   "قريه",  "بلده",  "منطقه", "ناحيه",
         "قضاء",  "مدن",    "قري",   "بلدات", "بلدتي", "قريتي", "مدينتي",
         "ريفي",  "اطراف",  "محيط",  "قرب",   "بالقرب", "من",   "ضواحي");

/* Nouns of a kind of place before its name. */
EX_WORDS(PLACE_NOUNS, "مدينه", "محافظه", "قريه", "بلده", "منطقه", "ناحيه", "حي", "ولايه", "اقليم");

/* Nouns of natural features that are part of their names. */
EX_WORDS(NAMED_FEATURES, "تل", "تله", "جبل", "نهر", "وادي");

/* Honorifics the gold names keep (الشيخ عبد الرحمن الأغوز، الملا أختر
 * منصور). */
EX_WORDS(HONORIFICS, "شيخ", "ملا", "حاج");

/* Nouns of places that describe rather than name (الشريط الحدودي،
 * الجهة الشرقية، الحدود السورية التركية، الريف الحلبي). */
EX_WORDS(GENERIC_PLACE, "شريط", "جهه", "حدود", "ريف", "منطقه");

/* Titles the tagger takes in after a person's name (محمد بن سلمان ولي
 * العهد، منصور زعيما). */
EX_WORDS(TRAIL_TITLES, "ولي", "زعيم", "زعيما", "رئيس", "وزير", "قائد", "امير", "ال");

/* Titles in the construct state that end a person's name the tagger ran
 * on over (طلال شيخ عشيرة). آل, in TRAIL_TITLES, is also the family of a
 * name (آل سعود); with ال the word is mostly a surname (حسين الشيخ). */
EX_WORDS(INNER_TITLES, "ولي", "زعيم", "رئيس", "وزير", "قائد", "امير", "شيخ");

/* Words that join the parts of a name: after them a title word is a
 * part of it (عبد اللطيف آل شيخ، إسماعيل ولد شيخ أحمد). */
EX_WORDS(NAME_LINKS, "ال", "ولد", "بن", "ابن", "بنت", "ابو", "ام");

/* فان is the connective فإن or the van of a Dutch name (روبن فان
 * بيرسي): before a word with ال it is the connective. حسب is also a
 * part of names (جمال حسب النبي). */
EX_WORDS(FAN, "فان");
EX_WORDS(HASB, "حسب");

/* A definite plural relative adjective (الشخصيين، السوريون): it
 * describes the people before it and ends no name. */
static bool plural_nisba(const rasad_doc *doc, size_t i) {
    const char *s = el_stem_of(doc, i);
    size_t n = strlen(s);
    return el_has_al(doc, i) && n >= 10 && el_is_nisba(s) &&
           (strcmp(s + n - 6, "\xd9\x8a\xd9\x8a\xd9\x86") == 0 ||  /* يين YEH YEH NOON */
            strcmp(s + n - 6, "\xd9\x8a\xd9\x88\xd9\x86") == 0); /* يون YEH WAW NOON */
}

/* Is token i inside a lexicon match that is not a trigger or role noun? */
static bool token_taken(const ex_view *v, size_t i) {
    if (v->ent_at[i] < 0)
        return false;
    uint8_t k = v->ents[v->ent_at[i]].kind;
    return k != RASAD_ENT_ROLE && k != RASAD_ENT_TRIGGER;
}

/* A masculine singular relative adjective (الدولي، الأميركي), not
 * الدولية. */
static bool masculine_nisba(const char *s) {
    size_t n = strlen(s);
    return el_is_nisba(s) && n >= 2 && strcmp(s + n - 2, "\xd9\x8a") == 0; /* ي ARABIC LETTER YEH */
}

static bool is_adjective(const rasad_doc *doc, size_t i) {
    return el_is_nisba(el_stem_of(doc, i)) || el_stem_in(doc, i, &GENERIC);
}

static ex_entity_item *push(el_list *c) {
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

ex_entity_item *el_push_span(el_list *c, size_t a, size_t b, uint32_t start, uint32_t end, const char *type) {
    const rasad_doc *doc = c->v->doc;
    /* a name after لل keeps it (el_word_start), whichever rule cut it */
    if (a < doc->ntokens && start > doc->tokens[a].start && start < doc->tokens[a].end &&
        el_has_clitic(doc, a, RASAD_SEG_PROCLITIC, "لل"))
        start = el_word_start(doc, a);
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

static bool add_person(el_list *c, size_t a, size_t b, uint32_t start, uint32_t end, const char *id) {
    const rasad_doc *doc = c->v->doc;
    size_t a0 = a;
    el_trim_person(doc, &a, b);
    ex_entity_item *it = el_push_span(c, a, b, a == a0 ? start : el_word_start(doc, a), end, "PER");
    if (!it)
        return false;
    it->id = id;
    return true;
}

#define INNER_MAX 3 /* words of a country's name */

/* Adds a LOC item for each country's name inside tokens (a, b]. */
static bool add_inner_countries(el_list *c, size_t a, size_t b) {
    const rasad_doc *doc = c->v->doc;
    char key[EL_MAX_KEY];
    for (size_t i = a + 1; i <= b; i++)
        for (size_t j = b < i + INNER_MAX - 1 ? b : i + INNER_MAX - 1; j >= i; j--) {
            /* the words' stems with ال back on the first (لسوريا -> سوريا) */
            size_t n = 0;
            bool fits = true;
            for (size_t k = i; k <= j && fits; k++) {
                const char *w = k == i ? el_stem_of(doc, k) : doc->tokens[k].norm;
                size_t wl = strlen(w), pre = (k == i && el_has_al(doc, k)) ? 4 : 0;
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
            if (fits && el_names_country(key)) {
                if (!el_push_span(c, i, j, el_word_start(doc, i), doc->tokens[j].end, "LOC"))
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
static bool add_actor(el_list *c, const rasad_entity *e) {
    const rasad_doc *doc = c->v->doc;
    size_t a = e->tok_first, b = e->tok_last;
    const char *form = e->norm;
    /* descriptor + name: the name */
    for (;;) {
        if (b <= a || !el_stem_in(doc, a, &STRIP_HEADS))
            break;
        size_t a2 = a + 1;
        if (el_stem_in(doc, a, &AMIN) && a2 < b && el_stem_in(doc, a2, &GENERAL_ADJ))
            a2++;
        const char *f = NULL;
        if (el_lookup_actor(doc, a2, b, UINT32_MAX, &f, NULL) == UINT32_MAX)
            break;
        a = a2;
        form = f;
    }
    /* a newspaper's noun before its name (صحيفة صباح): the name, also
     * when the lexicon does not know it alone */
    if (b > a && el_stem_in(doc, a, &EL_PAPER_HEADS) && !is_adjective(doc, a + 1))
        a++;
    bool coalition = b > a && el_stem_in(doc, a, &FORCES) && el_stem_in(doc, a + 1, &COALITION);
    if (coalition && b == a + 2 && el_has_al(doc, b) && masculine_nisba(el_stem_of(doc, b))) {
        const char *f = NULL;
        if (el_lookup_actor(doc, a + 1, b, UINT32_MAX, &f, NULL) != UINT32_MAX) {
            a++;
            form = f;
        }
    }
    /* name + nationality adjective: the name; not when the whole is in
     * quotation marks, written as the group writes it («لواء القدس
     * الفلسطيني») */
    bool quoted = a > 0 && b + 1 < doc->ntokens && doc->tokens[a - 1].kind == RASAD_TOK_QUOTE &&
                  doc->tokens[b + 1].kind == RASAD_TOK_QUOTE;
    while (!quoted && b > a + 1 && el_has_al(doc, b) &&
           (el_is_country_nisba(el_stem_of(doc, b)) || el_stem_in(doc, b, &ARMED))) {
        const char *f = NULL;
        if (el_lookup_actor(doc, a, b - 1, e->lex_index, &f, NULL) == UINT32_MAX)
            break;
        b--;
        form = f;
    }
    /* X وحلفاؤها: X */
    while (b > a && el_has_clitic(doc, b, RASAD_SEG_ENCLITIC, NULL)) {
        const char *f = NULL;
        if (el_lookup_actor(doc, a, b - 1, UINT32_MAX, &f, NULL) == UINT32_MAX)
            break;
        b--;
        form = f;
    }
    /* a description is no name; nor is a member's adjective (قاض
     * داعشي) */
    if (a == b && (el_stem_in(doc, a, &GENERIC_SINGLE) ||
                   (e->kind == RASAD_ENT_ACTOR && el_is_member_adjective(doc, a, e->lex_index))))
        return true;
    if (!coalition && el_stem_in(doc, a, &DESC_HEADS)) {
        bool all = true;
        for (size_t i = a + 1; i <= b && all; i++)
            all = is_adjective(doc, i);
        if (all)
            return true;
    }
    uint32_t start = a == e->tok_first ? e->start : el_word_start(doc, a);
    uint32_t end = b == e->tok_last ? e->end : doc->tokens[b].end;
    /* a leader listed under his group, or the name at the end of
     * الرئيس السوري بشار الأسد: a person */
    size_t pk = el_person_form_at_end(doc, a, b);
    if (pk != SIZE_MAX) {
        if (pk == b)
            return true; /* one word: a surname said again (أردوغان) */
        return add_person(c, pk, b, pk == a ? start : el_word_start(doc, pk), end, e->id);
    }
    const tagger_entity *p = person_inside(c->v, a, b);
    /* الجيش التركي tagged PER is still the army: names of people do not
     * start with ال */
    if (p) {
        size_t pa = p->tok_first > a ? p->tok_first : a;
        el_trim_person(doc, &pa, p->tok_last < b ? p->tok_last : b);
        if (el_has_al(doc, pa))
            p = NULL;
    }
    if (p) {
        size_t pa = p->tok_first > a ? p->tok_first : a, pb = p->tok_last < b ? p->tok_last : b;
        return add_person(c, pa, pb, pa == a ? start : el_word_start(doc, pa), pb == b ? end : doc->tokens[pb].end,
                          e->id);
    }
    ex_entity_item *it = el_push_span(c, a, b, start, end, e->type);
    if (!it)
        return false;
    /* a country named inside (التحالف بقيادة الولايات المتحدة) is an
     * entity too */
    if (!add_inner_countries(c, a, b))
        return false;
    /* what is left is a country (الولايات المتحدة وحلفاؤها): a place */
    if (form && (a != e->tok_first || b != e->tok_last) && el_names_country(form))
        it->type = "LOC";
    it->norm = form;
    it->id = e->id;
    return true;
}

/* A direction word before a name (شمال العراق), without ال. */
static bool is_lead_direction(const rasad_doc *doc, size_t i) {
    const char *s = el_stem_of(doc, i);
    return !el_has_al(doc, i) && geo_direction_of(s, strlen(s)) != 0;
}

/* A direction adjective after a name (حلب الشمالي), not الأوسط which
 * ends names (الشرق الأوسط). */
static bool is_trail_direction(const rasad_doc *doc, size_t i) {
    const char *s = el_stem_of(doc, i);
    unsigned d = geo_direction_of(s, strlen(s));
    return d != 0 && d != GEO_DIR_CENTRAL && el_is_nisba(s);
}

/* Is token i a relative adjective in the accusative that reads as a
 * country's name (مقاتلا بريطانيا "a British fighter"): a bare word
 * ending in يا right after an indefinite noun with the same ending ا
 * (صحفيا بريطانيا too, not a broken plural: رعايا بريطانيا)? A
 * verb ending in ا (دعا سوريا) has three letters. */
/* Particles and adverbs ending in ا that a country's name may follow
 * (لولا روسيا، ساهمت أيضا روسيا). */
EX_WORDS(NOT_NOUN_A, "لولا", "اذا", "هكذا", "كذا", "ايضا", "جدا", "معا", "ابدا", "حاليا", "رسميا", "دائما",
         "مجددا", "مؤخرا", "سابقا", "لاحقا", "تقريبا", "خصوصا", "اساسا", "فعلا", "غدا", "طبعا", "اولا", "ثانيا");

bool el_accusative_adjective(const ex_view *v, size_t i) {
    const rasad_doc *doc = v->doc;
    /* the word before is no name (أوباما كينيا، سويسرا اندونيسيا) */
    if (i == 0 || el_has_clitic(doc, i, RASAD_SEG_PROCLITIC, NULL) || doc->tokens[i - 1].kind != RASAD_TOK_WORD ||
        doc->tokens[i - 1].sentence != doc->tokens[i].sentence || el_has_al(doc, i - 1) || token_taken(v, i - 1) ||
        v->ner_at[i - 1] >= 0 || el_has_clitic(doc, i - 1, RASAD_SEG_ENCLITIC, NULL))
        return false;
    /* nor a verb ending in hamza (تبدأ ألبانيا) or with ها (إنها روسيا) */
    const char *pn = doc->tokens[i - 1].norm;
    size_t pl = strlen(pn);
    if (ex_last_letter(doc, i - 1) == 0x0623 || /* أ ALEF WITH HAMZA ABOVE */
        (pl >= 4 && strcmp(pn + pl - 4, "\xD9\x87\xD8\xA7") == 0)) /* ها HEH, ALEF */
        return false;
    if (ex_word_in(doc, i - 1, &NOT_NOUN_A))
        return false;
    const char *s = doc->tokens[i].norm, *p = el_stem_of(doc, i - 1);
    size_t n = strlen(s), m = strlen(p);
    return n >= 6 && strcmp(s + n - 4, "\xd9\x8a\xd8\xa7") == 0 && /* يا YEH, ALEF */
           m >= 8 && strcmp(p + m - 2, "\xd8\xa7") == 0 &&          /* ا ALEF */
           strcmp(p + m - 4, "\xd9\x88\xd8\xa7") != 0 &&            /* not وا: a verb's plural */
           !(m >= 6 && strcmp(p + m - 6, "\xd8\xa7\xd9\x8a\xd8\xa7") == 0); /* not ايا: رعايا، ضحايا */
}

/* A place match: its name without cue, direction and region words, and
 * its type (a quarter or square the gazetteer files as a site is LOC
 * unless its first word names a facility). */
static bool add_place(el_list *c, const rasad_entity *e, const ent_name_span *nm) {
    const rasad_doc *doc = c->v->doc;
    size_t a = nm ? nm->tok_first : e->tok_first, b = nm ? nm->tok_last : e->tok_last;
    uint32_t start = nm ? nm->start : e->start, end = nm ? nm->end : e->end;
    if (a > b || b >= doc->ntokens)
        return true;
    const gaz *g = gaz_default();
    const gaz_place *pl = (g && e->place_index != UINT32_MAX) ? gaz_place_get(g, e->place_index) : NULL;
    if (pl && pl->kind == GAZ_K_COUNTRY && a == b && el_accusative_adjective(c->v, a))
        return true;
    /* جنوب السودان and شمال سيناء are the names of a country and a province */
    bool keep_dir = pl && (pl->kind == GAZ_K_COUNTRY || pl->kind == GAZ_K_ADMIN1);
    size_t a0 = a, b0 = b;
    while (a < b && (el_stem_in(doc, a, &PLACE_LEAD) || (!keep_dir && is_lead_direction(doc, a))))
        a++;
    while (b > a && !keep_dir && is_trail_direction(doc, b))
        b--;
    if (a == b && el_has_clitic(doc, a, RASAD_SEG_ENCLITIC, NULL))
        return true; /* a noun with a pronoun on it (عربتهم) is no name */
    /* الشريط الحدودي (مع تركيا): a description, with maybe a country in it */
    if (el_has_al(doc, a) && el_stem_in(doc, a, &GENERIC_PLACE) && (a == b || el_is_nisba(el_stem_of(doc, a + 1))))
        return add_inner_countries(c, a, b);
    ex_entity_item *it = el_push_span(c, a, b, a == a0 ? start : el_word_start(doc, a),
                                   b == b0 ? end : doc->tokens[b].end, e->type);
    if (!it)
        return false;
    if (strcmp(e->type, "FAC") == 0 && pl && pl->feature && strcmp(pl->feature, "LCTY") == 0 &&
        !el_stem_in(doc, a, &EL_FAC_HEADS))
        it->type = "LOC";
    it->norm = e->norm;
    it->id = e->id;
    it->place = e;
    return true;
}

/* Is the word after the tagger's person a family name the lexicon lists
 * as an actor or an outlet: one definite nisba word ("عبدالملك الحوثي",
 * the tagger taking only the first name)? The person then ends with it. */
static bool family_nisba_after(const ex_view *v, const tagger_entity *t) {
    const rasad_doc *doc = v->doc;
    size_t k = t->tok_last + 1;
    if (t->type != TG_PER || k >= doc->ntokens || doc->tokens[k].sentence != doc->tokens[t->tok_last].sentence)
        return false;
    const rasad_entity *e = ex_entity_at(v, k);
    /* (not joined by و: "صالح والحوثي" are two) */
    return e && (e->kind == RASAD_ENT_ACTOR || e->kind == RASAD_ENT_SOURCE) && e->tok_first == k &&
           e->tok_last == k && el_has_al(doc, k) && el_is_nisba(el_stem_of(doc, k)) &&
           !el_has_clitic(doc, k, RASAD_SEG_PROCLITIC, "\xd9\x88"); /* و ARABIC LETTER WAW */
}

/* A place word inside a longer person's name the tagger found (باراك
 * أوباما, صلاح الدين دمرتاش) is part of the name. */
static bool in_person(const ex_view *v, const rasad_entity *e) {
    /* (and the family name right after it: family_nisba_after) */
    size_t before = e->tok_first > 0 ? e->tok_first - 1 : 0;
    if (e->tok_first > 0 && v->ner_at[before] >= 0 && family_nisba_after(v, &v->ner[v->ner_at[before]]) &&
        v->ner[v->ner_at[before]].tok_last == before)
        return true;
    /* so is an actor's or outlet's word of one token (بختيار دوغان, not
     * the agency دوغان) */
    bool one_word = (e->kind == RASAD_ENT_ACTOR || e->kind == RASAD_ENT_SOURCE) && e->tok_first == e->tok_last;
    if ((e->kind != RASAD_ENT_PLACE && !one_word) || e->tok_first >= v->doc->ntokens || v->ner_at[e->tok_first] < 0)
        return false;
    const tagger_entity *t = &v->ner[v->ner_at[e->tok_first]];
    if (!(t->type == TG_PER && t->tok_last > t->tok_first && t->tok_first <= e->tok_first &&
          t->tok_last >= e->tok_last && t->tok_last - t->tok_first > e->tok_last - e->tok_first))
        return false;
    /* but not when the tagger ran on over a preposition (قال كامبل
     * لرويترز): the words of a name carry no ل or ب */
    if (one_word)
        for (size_t k = t->tok_first; k <= t->tok_last; k++)
            if (el_has_clitic(v->doc, k, RASAD_SEG_PROCLITIC, "\xd9\x84") || /* ل ARABIC LETTER LAM */
                el_has_clitic(v->doc, k, RASAD_SEG_PROCLITIC, "\xd8\xa8"))   /* ب ARABIC LETTER BEH */
                return false;
    return true;
}

static const char *const TAGGER_TYPES[TG_NTYPES] = {"PER", "LOC", "ORG", "MISC"};

/* One tagger name [a, b], cut. */
static bool add_tagger_span(el_list *c, const tagger_entity *t, size_t a, size_t b) {
    const rasad_doc *doc = c->v->doc;
    /* a quotation mark inside (معهد «نيولاينز): the name is what follows
     * it (a name of one word is then left to entity_constructs.c) */
    while (b > a && doc->tokens[b].kind == RASAD_TOK_QUOTE)
        b--;
    for (size_t k = b; k > a; k--)
        if (doc->tokens[k].kind == RASAD_TOK_QUOTE) {
            a = k + 1;
            break;
        }
    if (a > b)
        return true;
    while (a < b && ex_word_in(doc, a, &EL_LEAD_FUNC))
        a++;
    if (t->type == TG_PER)
        el_trim_person(doc, &a, b);
    if (b == t->tok_last && family_nisba_after(c->v, t))
        b++;
    /* an honorific just before is part of the name (الملا محمد عمر) */
    bool whole = a == t->tok_first; /* no word cut from its start */
    if (t->type == TG_PER && whole && a > 0 && doc->tokens[a - 1].sentence == doc->tokens[a].sentence &&
        el_stem_in(doc, a - 1, &HONORIFICS) && !token_taken(c->v, a - 1))
        a--;
    /* the countryside, the border strip: descriptions, not names */
    if (t->type == TG_LOC && el_has_al(doc, a) && el_stem_in(doc, a, &GENERIC_PLACE))
        return true;
    /* a title inside (وعد حكمت طلال شيخ عشيرة الملاحمة): the name ends
     * before it */
    if (t->type == TG_PER)
        for (size_t k = a + 1; k <= b; k++)
            if (!el_has_al(doc, k) && el_stem_in(doc, k, &INNER_TITLES) && !el_stem_in(doc, k - 1, &NAME_LINKS)) {
                b = k - 1;
                break;
            }
    while (b > a && (el_stem_in(doc, b, &EL_TRAIL_FUNC) || doc->tokens[b].kind != RASAD_TOK_WORD ||
                     (t->type == TG_PER && (el_stem_in(doc, b, &TRAIL_TITLES) || plural_nisba(doc, b)))))
        b--;
    /* ... ولي العهد: the title and what it is of */
    if (t->type == TG_PER && b > a + 1 && el_stem_in(doc, b - 1, &TRAIL_TITLES) && el_has_al(doc, b))
        b -= 2;
    /* a newspaper's noun is not part of its name (صحيفة ملييت), and one
     * word is then enough */
    bool paper = false;
    if (a < b && el_stem_in(doc, a, &EL_PAPER_HEADS) && !el_has_al(doc, a) && !el_is_nisba(el_stem_of(doc, a + 1))) {
        a++;
        paper = true;
    }
    /* one word alone is mostly a surname said again, a common noun or a
     * people (أكراد); the tagger's MISC names are mostly common nouns */
    if ((a == b && !paper) || t->type == TG_MISC)
        return true;
    /* a person's name after a place noun in the construct state names
     * the place (منطقة غازي عثمان باشا، حي سلطان غازي); after a definite
     * one it is a person in apposition (رئيس الإقليم مسعود بارزاني) */
    bool after_place = t->type == TG_PER && whole && a > 0 &&
                       doc->tokens[a - 1].sentence == doc->tokens[a].sentence && !el_has_al(doc, a - 1) &&
                       !el_has_clitic(doc, a - 1, RASAD_SEG_ENCLITIC, NULL) && !token_taken(c->v, a - 1);
    bool place = after_place && el_stem_in(doc, a - 1, &PLACE_NOUNS);
    /* a hill, mountain or river is named with its noun (تلة الشيخ يوسف) */
    if (after_place && el_stem_in(doc, a - 1, &NAMED_FEATURES)) {
        a--;
        place = true;
    }
    /* the whole first token: names start with the letters of clitics
     * (سامر is no س + امر, وليم no و + ل + يم) and the segmenter, which
     * does not know the name, may split them */
    ex_entity_item *it = el_push_span(c, a, b, doc->tokens[a].start, doc->tokens[b].end, TAGGER_TYPES[t->type]);
    if (!it)
        return false;
    if (paper)
        it->type = "ORG";
    else if (place)
        it->type = "LOC";
    else if ((t->type == TG_LOC || t->type == TG_ORG) && el_stem_in(doc, a, &EL_FAC_HEADS))
        it->type = "FAC";
    else if (el_stem_in(doc, a, &EL_MEDIA_HEADS) || el_stem_in(doc, a, &EL_ORG_HEADS))
        it->type = "ORG"; /* ديلي ستار, a newspaper, not a person */
    return true;
}

/* A tagger name no lexicon match covers; two people joined by و (ميركل
 * وداود أوغلو) are two names. */
static bool add_tagger(el_list *c, const tagger_entity *t) {
    const rasad_doc *doc = c->v->doc;
    size_t a = t->tok_first;
    if (t->type == TG_PER)
        for (size_t k = a + 1; k <= t->tok_last; k++) {
            if (el_has_clitic(doc, k, RASAD_SEG_PROCLITIC, "\xd9\x88")) { /* و ARABIC LETTER WAW */
                if (!add_tagger_span(c, t, a, k - 1))
                    return false;
                a = k;
            } else if (ex_word_in(doc, k, &EL_LEAD_FUNC) && k < t->tok_last && !ex_word_in(doc, k, &HASB) &&
                       (!ex_word_in(doc, k, &FAN) || el_has_al(doc, k + 1))) {
                /* a connective inside (وبحسب عبد الرحمن فان العبود ...):
                 * two names, or a name and a word */
                if (!add_tagger_span(c, t, a, k - 1))
                    return false;
                a = k + 1;
            }
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
        while (k < la && strcmp(el_stem_of(doc, a + k), el_stem_of(doc, c + off + k)) == 0)
            k++;
        if (k == la)
            return true;
    }
    return false;
}

#define SUBSUME_MAX 4096 /* items compared pairwise; a longer list is left whole */

/* Drops a PER or ORG name that is part of a longer one of the same type. */
static void drop_parts(el_list *c) {
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

/* Are the matching forms a and b one name with two endings (سوريه،
 * سوريا): the same letters but the last? */
static bool other_ending(const char *a, const char *b) {
    size_t la = strlen(a), lb = strlen(b);
    return la == lb && la >= 6 && memcmp(a, b, la - 2) == 0 && memcmp(a + la - 2, b + la - 2, 2) != 0;
}

/* One place written with two endings in one article (سورية beside
 * سوريا) is one name, listed once: in the spelling of the gazetteer's
 * Arabic name when it is one of them, else as first written. */
static rasad_status drop_spellings(el_list *c) {
    if (c->n > SUBSUME_MAX)
        return RASAD_OK;
    const gaz *g = gaz_default();
    for (size_t i = 0; i < c->n; i++) {
        const ex_entity_item *x = &c->items[i];
        if (!x->place || !x->norm || x->place->place_index == UINT32_MAX)
            continue;
        for (size_t j = 0; j < c->n; j++) {
            const ex_entity_item *y = &c->items[j];
            if (j == i || !y->place || !y->norm || y->place->place_index != x->place->place_index ||
                !other_ending(x->norm, y->norm))
                continue;
            /* x and y are two spellings: which one goes? */
            const gaz_place *pl = g ? gaz_place_get(g, x->place->place_index) : NULL;
            char *pref = NULL;
            size_t pl_len = 0;
            if (pl && pl->name_ar && rasad_normalize(pl->name_ar, strlen(pl->name_ar), RASAD_NORM_DEFAULT, &pref,
                                                     &pl_len) == RASAD_ENOMEM)
                return RASAD_ENOMEM;
            bool drop_x = pref && strcmp(pref, y->norm) == 0 ? true
                          : pref && strcmp(pref, x->norm) == 0 ? false
                                                                : j < i;
            rasad_free(pref);
            const char *gone = drop_x ? x->norm : y->norm;
            uint32_t place = x->place->place_index;
            size_t kept = 0;
            for (size_t k = 0; k < c->n; k++)
                if (!(c->items[k].place && c->items[k].norm && c->items[k].place->place_index == place &&
                      strcmp(c->items[k].norm, gone) == 0))
                    c->items[kept++] = c->items[k];
            c->n = kept;
            i = (size_t)-1; /* the list changed: look again from its start */
            break;
        }
    }
    return RASAD_OK;
}

/* The places the gazetteer does not know that an event may be placed in
 * (event_place.c: a tagger place after مدينة, قرية ... or في, a building's
 * place, a region named with its country's adjective), one word long
 * too, where no item covers them yet. */
static bool add_unknown_places(el_list *c) {
    const ex_view *v = c->v;
    for (size_t i = 0; i < v->doc->ntokens; i++) {
        if (v->ent_at[i] >= 0)
            continue;
        const rasad_entity *e = ev_unknown_place_at(v, i);
        if (!e)
            continue;
        bool covered = false;
        for (size_t k = 0; k < c->n && !covered; k++)
            covered = c->items[k].tok_first <= e->tok_last && e->tok_first <= c->items[k].tok_last;
        if (!covered) {
            ex_entity_item *it = el_push_span(c, e->tok_first, e->tok_last, e->start, e->end, "LOC");
            if (!it)
                return false;
            /* geocoded by sound (place_sound.c) */
            if (e->place_index != UINT32_MAX)
                it->place = e;
        }
        i = e->tok_last;
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
    el_list c = {v, v->nents ? ent_doc_names(doc) : NULL, NULL, 0, 0};
    for (size_t i = 0; i < v->nents; i++) {
        const rasad_entity *e = &v->ents[i];
        if (e->kind == RASAD_ENT_TRIGGER || e->kind == RASAD_ENT_ROLE || strcmp(e->type, "NORP") == 0 ||
            in_person(v, e))
            continue;
        if (e->kind == RASAD_ENT_PLACE ? !add_place(&c, e, c.names ? &c.names[i] : NULL) : !add_actor(&c, e))
            return RASAD_ENOMEM;
    }
    for (size_t i = 0; i < v->nner; i++) {
        const tagger_entity *t = &v->ner[i];
        bool covered = false;
        for (size_t k = t->tok_first; k <= t->tok_last && !covered; k++)
            covered = v->ent_at[k] >= 0 && v->ents[v->ent_at[k]].kind != RASAD_ENT_TRIGGER &&
                      v->ents[v->ent_at[k]].kind != RASAD_ENT_ROLE && !in_person(v, &v->ents[v->ent_at[k]]);
        /* a list of towns the tagger read as one name or a person's
         * ("بلدات حيان وبيانون"): add_unknown_places adds each town */
        size_t listed_last;
        if (covered || t->type >= TG_NTYPES || ev_listed_town(v, t->tok_first, &listed_last))
            continue;
        if (!add_tagger(&c, t))
            return RASAD_ENOMEM;
    }
    if (!el_add_headed_names(&c))
        return RASAD_ENOMEM;
    if (!add_unknown_places(&c))
        return RASAD_ENOMEM;
    drop_parts(&c);
    if (drop_spellings(&c) != RASAD_OK)
        return RASAD_ENOMEM;
    if (c.n > 1)
        qsort(c.items, c.n, sizeof *c.items, cmp_item); /* text order */
    *out = c.items;
    *n = c.n;
    return RASAD_OK;
}
