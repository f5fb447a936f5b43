/* SPDX-License-Identifier: MIT
 *
 * entity_constructs.c - extraction stage, inside the entity list
 * (entity_parts.h): names no lexicon or tagger found, recognized by
 * their first word. A facility, institution or occasion noun followed by
 * what it is of (مشفى الشفاء، وزارة الخارجية التركية، عيد الفطر) and an
 * aircraft maker's letters with a number (إف-16). Most tokens are passed
 * over with one bit test of a filter of all the head words.
 */
#include "extract/entity_parts.h"

#include <pthread.h>
#include <string.h>

#include "knowledge/entities.h"

/* First words of a facility's name (gold FAC: prisons, camps, bases,
 * airports, crossings, hospitals, mosques, squares, streets). */
EX_WORDS_SHARED(EL_FAC_HEADS, "سجن",  "معسكر", "مخيم",  "قاعده", "مطار",  "معبر",  "مشفي", "مستشفي",
         "مسجد", "جامع",  "دوار",  "ساحه",  "شارع",  "جسر",   "مبني", "كليه",
         "اكاديميه", "مدرسه", "جامعه", "معمل", "مصفاه", "ميناء", "حديقه");

/* First words of an institution's name (وزارة الخارجية التركية، مجلس
 * النواب العراقي، نقابة المهندسين). */
EX_WORDS_SHARED(EL_ORG_HEADS, "وزاره", "مجلس",  "نقابه", "مكتب",  "لجنه", "هيئه",   "منظمه", "جمعيه",
         "اتحاد", "رابطه", "دائره", "مديريه", "معهد",  "برلمان",
         "بعثه",  "مفوضيه", "سلطه",  "محكمه",  "شرطه",  "كتيبه", "فرقه");

/* First words of an outlet's name. */
EX_WORDS_SHARED(EL_MEDIA_HEADS, "ديلي", "صحيفه", "وكاله", "قناه", "مجله", "تلفزيون", "اذاعه", "راديو", "شبكه");

/* Nouns of a newspaper or magazine: the name that follows them is the
 * outlet's (صحيفة ملييت، بصحيفة الوئام), and the noun is not part of it. */
EX_WORDS_SHARED(EL_PAPER_HEADS, "صحيفه", "جريده", "مجله");

/* A website in quotation marks (موقع "مسار برس"); unquoted, موقع is
 * mostly a place (موقع الانفجار). */
EX_WORDS(SITE, "موقع");

/* Words after a newspaper's noun that are no name. */
EX_WORDS(PAPER_NOT_NAME, "اخري", "اخر", "كبري", "واحده", "رسميه", "يوميه");

/* Nouns before a quoted name of an operation, a programme or a weapon's
 * model (عملية «عاصفة الحزم»، برنامج "ما وراء الخبر"، صواريخ من طراز
 * «تاو»): MISC. */
EX_WORDS(QUOTED_MISC, "عمليه", "معركه", "برنامج", "طراز");

/* Heads of named occasions (عيد الفطر). */
EX_WORDS(MISC_HEADS, "عيد");

/* Aircraft designations: a maker's or series' letters and a number (إف-16،
 * سو-24، ميغ 29, F-16). */
EX_WORDS(AIRCRAFT, "اف", "سو", "ميغ", "ميج", "سوخوي", "f", "su", "mig");

/* A hash of every head word of the token scans
 * (el_add_constructs, el_add_aircraft), so that most tokens are passed over with
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
    head_pairs_add(&EL_FAC_HEADS);
    head_pairs_add(&EL_ORG_HEADS);
    head_pairs_add(&MISC_HEADS);
    head_pairs_add(&AIRCRAFT);
    head_pairs_add(&EL_MEDIA_HEADS);
    head_pairs_add(&SITE);
    head_pairs_add(&EL_PAPER_HEADS);
    head_pairs_add(&QUOTED_MISC);
}

static bool key_in(unsigned k) { return head_pairs[k >> 3] & (1u << (k & 7)); }

/* May token i's stem or norm be a head word? */
static bool maybe_head(const rasad_doc *doc, size_t i) {
    /* the token's hashes, when extraction computed them: its stem there is
     * el_stem_of's (a doc with them has a stem segment for every token) */
    const ex_tok_hash *th = doc->stage_data[DOC_STAGE_WORDHASH];
    if (th)
        return key_in(head_key_of(th[i].stem)) || key_in(head_key_of(th[i].whole));
    return key_in(head_key(el_stem_of(doc, i))) || key_in(head_key(doc->tokens[i].norm));
}

/* The tokens of the doc that may be head words (maybe_head), in order. */
typedef struct heads {
    size_t *at; /* token indices, in the doc's arena */
    size_t n;
} heads;

/* Is token i outside every kept lexicon match (a role noun or trigger
 * does not count)? */
static bool no_match(const ex_view *v, size_t i) {
    if (v->ent_at[i] < 0)
        return true;
    uint8_t k = v->ents[v->ent_at[i]].kind;
    return k == RASAD_ENT_ROLE || k == RASAD_ENT_TRIGGER;
}

/* Is token i free: no kept lexicon match (a role noun or trigger does not
 * count) and no tagger name on it? */
static bool token_free(const ex_view *v, size_t i) {
    return v->ner_at[i] < 0 && no_match(v, i);
}

/* Token free, or a people noun (NORP, never listed: لجنة الهجرة
 * والمهجرين) that is a part of the name being built. */
static bool free_or_people(const ex_view *v, size_t i) {
    return token_free(v, i) || (v->ner_at[i] < 0 && strcmp(v->ents[v->ent_at[i]].type, "NORP") == 0);
}

#define CONSTRUCT_MAX 4 /* words after the head */
#define NUMBER_MAX_DIGITS 3

static bool add_aircraft(el_list *c, const heads *h) {
    const rasad_doc *doc = c->v->doc;
    for (size_t q = 0, next = 0; q < h->n; q++) {
        size_t i = h->at[q];
        if (i < next || i + 1 >= doc->ntokens)
            continue;
        if (doc->tokens[i].norm_len > 12 || doc->tokens[i + 1].kind == RASAD_TOK_WORD ||
            (!el_stem_in(doc, i, &AIRCRAFT) && !ex_word_in(doc, i, &AIRCRAFT)))
            continue;
        size_t j = i + 1;
        if (doc->tokens[j].kind == RASAD_TOK_PUNCT && doc_tok_is(doc, j, "-") && j + 1 < doc->ntokens)
            j++;
        const rasad_token *num = &doc->tokens[j];
        if (num->kind != RASAD_TOK_NUMBER || num->norm_len > NUMBER_MAX_DIGITS || num->sentence != doc->tokens[i].sentence)
            continue;
        if (!el_push_span(c, i, j, el_word_start(doc, i), num->end, "MISC"))
            return false;
        next = j + 1;
    }
    return true;
}

/* The gazetteer place whose name starts at token j, or NULL; *last is
 * the name's last token (without the direction or region words a place
 * match may have taken in: دوار حزيمة شمال الرقة). */
static const rasad_entity *place_at(const el_list *c, size_t j, size_t *last) {
    const ex_view *v = c->v;
    if (j >= v->doc->ntokens || v->ent_at[j] < 0)
        return NULL;
    const rasad_entity *e = &v->ents[v->ent_at[j]];
    const ent_name_span *nm = c->names ? &c->names[v->ent_at[j]] : NULL;
    size_t first = nm ? nm->tok_first : e->tok_first;
    *last = nm ? nm->tok_last : e->tok_last;
    return e->kind == RASAD_ENT_PLACE && first == j && *last >= j ? e : NULL;
}

/* Drops the list's item for place e: it is a part of a longer name
 * (a name inside a name is not listed on its own). */
static void drop_place(el_list *c, const rasad_entity *e) {
    size_t kept = 0;
    for (size_t k = 0; k < c->n; k++)
        if (c->items[k].place != e)
            c->items[kept++] = c->items[k];
    c->n = kept;
}

/* Drops the items strictly inside the name just added, the last item,
 * at tokens [a, b] (جسر السلطان محمد الفاتح: not محمد الفاتح too). */
static void drop_inside(el_list *c, size_t a, size_t b) {
    if (c->n == 0)
        return;
    size_t kept = 0;
    for (size_t k = 0; k + 1 < c->n; k++) {
        const ex_entity_item *x = &c->items[k];
        if (!(x->tok_first >= a && x->tok_last <= b && (x->tok_first > a || x->tok_last < b)))
            c->items[kept++] = c->items[k];
    }
    c->items[kept++] = c->items[c->n - 1];
    c->n = kept;
}

/* Is token k a bare word the tagger found as a name of one word (one
 * word alone is not listed from the tagger)? */
static bool lone_tagger_name(const el_list *c, size_t k) {
    const ex_view *v = c->v;
    const rasad_doc *doc = v->doc;
    return k < doc->ntokens && doc->tokens[k].kind == RASAD_TOK_WORD && no_match(v, k) && v->ner_at[k] >= 0 &&
           v->ner[v->ner_at[k]].tok_first == k && v->ner[v->ner_at[k]].tok_last == k &&
           !el_has_clitic(doc, k, RASAD_SEG_PROCLITIC, NULL) && !el_has_clitic(doc, k, RASAD_SEG_ENCLITIC, NULL);
}

EX_WORDS(BASE, "قاعده");

/* "على قاعدة «...»" is mostly "on the basis of ...", a principle in
 * quotation marks, no military base. */
static bool on_the_basis(const rasad_doc *doc, size_t i) {
    return i > 0 && el_stem_in(doc, i, &BASE) && el_stem_in(doc, i - 1, &PREP_ON);
}

/* Titles a name follows inside a facility's or institution's name. */
EX_WORDS(TITLES, "ملك", "امير", "شيخ", "سلطان", "امام", "شهيد", "رئيس");

/* Adjectives that end an institution's or facility's name without being
 * of relation: ordinals (كتيبة المدرعات الخامسة، الفرقة الثانية) and the
 * few elatives of names (مسجد الرسول الأعظم، مجلس القضاء الأعلى). */
EX_WORDS(NAME_ADJ, "اول", "اولي", "ثاني", "ثانيه", "ثالث", "ثالثه", "رابع", "رابعه", "خامس", "خامسه", "سادس",
         "سادسه", "سابع", "سابعه", "ثامن", "ثامنه", "تاسع", "تاسعه", "عاشر", "عاشره", "اعظم", "اعلي", "كبير",
         "كبري");

/* Can token k end a head-noun name after its first definite noun: a
 * definite adjective of relation or of NAME_ADJ? */
static bool name_adjective(const rasad_doc *doc, size_t k) {
    return el_is_nisba(el_stem_of(doc, k)) || el_stem_in(doc, k, &NAME_ADJ);
}

/* Nouns after a head that make no name of it: an organization said
 * again (مجلس التنظيم: its council) and the fighting (دائرة القتال: its
 * circle). */
EX_WORDS(NOT_OF, "تنظيم", "نظام", "قتال", "معارك", "اشتباكات");

/* Is token k a second noun joined to the first by و (لجنة الهجرة
 * والمهجرين، وزارة البيئة والمياه)? Not a participle of the forms
 * مُتَفَعِّل / مُتَفاعِل (معهد الأطلسي والمتخصص في ...): it describes the
 * person named before the institution. */
static bool coordinated(const rasad_doc *doc, size_t k) {
    const char *st = el_stem_of(doc, k);
    return el_has_clitic(doc, k, RASAD_SEG_PROCLITIC, "\xd9\x88") && /* و ARABIC LETTER WAW */
           strncmp(st, "\xd9\x85\xd8\xaa", 4) != 0;                /* مت MEEM, TEH */
}

/* Nouns in construct after a head noun that make a common noun of it
 * (قاعدة بيانات: a database; مجلس إدارة الشركة: the board of a company
 * named after it). */
EX_WORDS(NOT_SECOND, "بيانات", "اداره");

/* Is token k itself a facility's or institution's noun (مبنى نقابة
 * المهندسين، مكتب وزارة المالية: the name is the second one's)? */
static bool maybe_head_word(const rasad_doc *doc, size_t k) {
    return maybe_head(doc, k) && (el_stem_in(doc, k, &EL_FAC_HEADS) || el_stem_in(doc, k, &EL_ORG_HEADS));
}

/* Is token k a noun in construct between a head and what it is of: a
 * bare word (no clitic, so no ال, no pronoun), not an adjective (مشفى
 * ميداني) nor a verb of the imperfect (مجلس يضم ...), free, with a
 * definite word or a place right after it? */
static bool second_head(const el_list *c, size_t k) {
    const rasad_doc *doc = c->v->doc;
    if (k + 1 >= doc->ntokens || doc->tokens[k].kind != RASAD_TOK_WORD || doc->tokens[k + 1].kind != RASAD_TOK_WORD ||
        doc->tokens[k + 1].sentence != doc->tokens[k].sentence || !token_free(c->v, k) ||
        el_has_clitic(doc, k, RASAD_SEG_PROCLITIC, NULL) || el_has_clitic(doc, k, RASAD_SEG_ENCLITIC, NULL))
        return false;
    const char *st = el_stem_of(doc, k);
    size_t last = 0;
    if (el_is_nisba(st) || strncmp(st, "\xd9\x8a", 2) == 0 /* ي YEH */ || ex_word_in(doc, k, &EL_LEAD_FUNC) ||
        el_stem_in(doc, k, &EL_TRAIL_FUNC) || el_stem_in(doc, k, &NOT_SECOND) || place_at(c, k, &last) ||
        maybe_head_word(doc, k))
        return false;
    /* the next word definite with nothing before its ال (لجنة استقبال
     * للزائر: a preposition, no construct) */
    const rasad_token *n = &doc->tokens[k + 1];
    bool definite = doc->segments && n->seg_count >= 2 && n->seg_first < doc->nsegments &&
                    doc->segments[n->seg_first].role == RASAD_SEG_PROCLITIC && doc->segments[n->seg_first].norm &&
                    strcmp(doc->segments[n->seg_first].norm, "ال") == 0;
    bool bare = !el_has_clitic(doc, k + 1, RASAD_SEG_PROCLITIC, NULL) || el_has_clitic(doc, k + 1, RASAD_SEG_PROCLITIC, "ال");
    return (definite && free_or_people(c->v, k + 1)) || (bare && place_at(c, k + 1, &last));
}

/* Names no lexicon or tagger found, built as a head noun and what it is
 * of: an indefinite facility or institution noun followed by definite
 * words (مشفى الشفاء، شارع بغداد، أكاديمية الشرطة، وزارة الخارجية
 * التركية، لجنة الهجرة والمهجرين). An indefinite word after the head
 * (مشفى ميداني) makes no name. */
static bool add_constructs(el_list *c, const heads *hd) {
    const rasad_doc *doc = c->v->doc;
    for (size_t q = 0, next = 0; q < hd->n; q++) {
        size_t i = hd->at[q];
        if (i < next || i + 1 >= doc->ntokens)
            continue;
        if (doc->tokens[i].kind != RASAD_TOK_WORD || doc->tokens[i + 1].kind != RASAD_TOK_WORD ||
            !token_free(c->v, i))
            continue;
        bool fac = el_stem_in(doc, i, &EL_FAC_HEADS), org = !fac && el_stem_in(doc, i, &EL_ORG_HEADS);
        bool misc = !fac && !org && el_stem_in(doc, i, &MISC_HEADS);
        if ((!fac && !org && !misc) || el_has_al(doc, i) || el_has_clitic(doc, i, RASAD_SEG_ENCLITIC, NULL))
            continue;
        /* a head in construct with a second noun (شرطة مكافحة الإرهاب،
         * مكتب حاكم إسطنبول، مكتب رئيس الوزراء): the name is of that */
        size_t h = i;
        if (!misc && second_head(c, i + 1))
            h = i + 1;
        size_t j = h + 1;
        /* a place's name after the head (شارع بغداد، معهد الشرق الأوسط،
         * مستشفى الفلوجة التعليمي) is what it is of: taken whole */
        size_t last = 0;
        const rasad_entity *inner = place_at(c, j, &last);
        if (inner && (last - i > CONSTRUCT_MAX || doc->tokens[last].sentence != doc->tokens[i].sentence))
            inner = NULL;
        if (inner)
            j = last + 1;
        /* one definite noun, then definite adjectives of relation; after
         * a title (جامعة الملك سعود، جسر السلطان محمد الفاتح) the name
         * that follows it */
        while (j < doc->ntokens && j - i <= CONSTRUCT_MAX && doc->tokens[j].sentence == doc->tokens[i].sentence &&
               doc->tokens[j].kind == RASAD_TOK_WORD && el_has_al(doc, j) && free_or_people(c->v, j) &&
               (j == h + 1 ? !el_stem_in(doc, j, &NOT_OF) : name_adjective(doc, j) || (j == h + 2 && org && !inner && coordinated(doc, j))))
            j++;
        /* a name the tagger found alone after the head (مشفى أورينت
         * الجراحي): what it is of, with the adjectives after it */
        if (j == h + 1 && !misc && !inner && lone_tagger_name(c, j)) {
            j++;
            while (j < doc->ntokens && j - i <= CONSTRUCT_MAX && doc->tokens[j].sentence == doc->tokens[i].sentence &&
                   doc->tokens[j].kind == RASAD_TOK_WORD && el_has_al(doc, j) && token_free(c->v, j) &&
                   name_adjective(doc, j))
                j++;
        }
        if (j == h + 2 && el_stem_in(doc, h + 1, &TITLES)) {
            size_t k = j;
            while (k < doc->ntokens && k - j < 2 && doc->tokens[k].sentence == doc->tokens[i].sentence &&
                   doc->tokens[k].kind == RASAD_TOK_WORD && !el_has_clitic(doc, k, RASAD_SEG_PROCLITIC, NULL) &&
                   !ex_word_in(doc, k, &EL_LEAD_FUNC) && !el_stem_in(doc, k, &EL_TRAIL_FUNC))
                k++;
            /* the tagger's person there may go on (جسر السلطان محمد
             * الفاتح) */
            const ex_view *v = c->v;
            if (k > j && v->ner_at[j] >= 0 && v->ner[v->ner_at[j]].type == TG_PER &&
                v->ner[v->ner_at[j]].tok_first == j && v->ner[v->ner_at[j]].tok_last < j + 3)
                /* up to a word with a preposition (مطار الملك خالد
                 * بالرياض: the tagger ran on into the town) */
                while (k <= v->ner[v->ner_at[j]].tok_last && doc->tokens[k].kind == RASAD_TOK_WORD &&
                       (!el_has_clitic(doc, k, RASAD_SEG_PROCLITIC, NULL) ||
                        (el_has_clitic(doc, k, RASAD_SEG_PROCLITIC, "ال") && !el_has_clitic(doc, k, RASAD_SEG_PROCLITIC, "ب") &&
                         !el_has_clitic(doc, k, RASAD_SEG_PROCLITIC, "\xd9\x84") && !el_has_clitic(doc, k, RASAD_SEG_PROCLITIC, "\xd9\x88"))))
                    k++;
            /* and the adjectives of the whole (مطار الملك خالد الدولي) */
            while (k > j && k < doc->ntokens && k - i <= CONSTRUCT_MAX + 2 &&
                   doc->tokens[k].sentence == doc->tokens[i].sentence && doc->tokens[k].kind == RASAD_TOK_WORD &&
                   el_has_al(doc, k) && !el_has_clitic(doc, k, RASAD_SEG_PROCLITIC, "\xd9\x88") && /* و WAW */
                   token_free(c->v, k) && name_adjective(doc, k))
                k++;
            j = k;
        }
        if (j == h + 1)
            continue;
        if (!el_push_span(c, i, j - 1, el_word_start(doc, i), doc->tokens[j - 1].end, fac ? "FAC" : org ? "ORG" : "MISC"))
            return false;
        if (inner)
            drop_place(c, inner);
        drop_inside(c, i, j - 1);
        next = j;
    }
    return true;
}

#define QUOTED_MAX 4 /* words of a quoted name */

/* The mark that closes the opening quotation mark at token i, or NULL
 * when token i opens no quotation. */
static const char *closing_mark(const rasad_doc *doc, size_t i) {
    if (doc->tokens[i].kind != RASAD_TOK_QUOTE)
        return NULL;
    if (doc_tok_is(doc, i, "\xE2\x80\x9C")) /* LEFT DOUBLE QUOTATION MARK */
        return "\xE2\x80\x9D";               /* RIGHT DOUBLE QUOTATION MARK */
    if (doc_tok_is(doc, i, "\xC2\xAB"))       /* LEFT-POINTING DOUBLE ANGLE QUOTATION MARK */
        return "\xC2\xBB";                    /* RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK */
    return doc_tok_is(doc, i, "\"") ? "\"" : NULL;
}

/* Is tokens [a, b] already an item of the list? */
static bool listed(const el_list *c, size_t a, size_t b) {
    for (size_t k = 0; k < c->n; k++)
        if (c->items[k].tok_first == a && c->items[k].tok_last == b)
            return true;
    return false;
}

/* A name in quotation marks after an institution's, outlet's or
 * facility's noun (معهد «نيولاينز»، قناة “الحرة”, صحيفة "حرييت"): the
 * quoted words, when nothing else found them. */
static bool add_quoted(el_list *c, const heads *h) {
    const rasad_doc *doc = c->v->doc;
    for (size_t q = 0, next = 0; q < h->n; q++) {
        size_t i = h->at[q];
        if (i < next || i + 3 >= doc->ntokens)
            continue;
        const char *close = NULL;
        if (doc->tokens[i].kind != RASAD_TOK_WORD || !(close = closing_mark(doc, i + 1)) ||
            el_has_al(doc, i) || el_has_clitic(doc, i, RASAD_SEG_ENCLITIC, NULL))
            continue;
        bool fac = el_stem_in(doc, i, &EL_FAC_HEADS), misc = !fac && el_stem_in(doc, i, &QUOTED_MISC);
        if ((!fac && !misc && !el_stem_in(doc, i, &EL_ORG_HEADS) && !el_stem_in(doc, i, &EL_MEDIA_HEADS) &&
             !el_stem_in(doc, i, &SITE)) ||
            on_the_basis(doc, i))
            continue;
        size_t a = i + 2, b = a;
        /* the tagger may have the words (a name of one word is not
         * listed from the tagger alone) */
        while (b < doc->ntokens && b - a < QUOTED_MAX &&
               (doc->tokens[b].kind == RASAD_TOK_WORD || (b > a && doc->tokens[b].kind == RASAD_TOK_NUMBER)) &&
               no_match(c->v, b))
            b++; /* a model's number after its name (بوينغ 777) */
        if (b == a || b >= doc->ntokens || !doc_tok_is(doc, b, close) || doc->tokens[b].sentence != doc->tokens[i].sentence ||
            listed(c, a, b - 1))
            continue;
        if (!el_push_span(c, a, b - 1, doc->tokens[a].start, doc->tokens[b - 1].end, fac ? "FAC" : misc ? "MISC" : "ORG"))
            return false;
        next = b + 1;
    }
    return true;
}

/* A newspaper's name of one word after its noun, when nothing else found
 * it (صحيفة ملييت، بصحيفة الوئام): a word outside every match and longer
 * tagger name (the tagger's names of one word are not listed), not an
 * adjective (صحيفة محلية). */
static bool add_papers(el_list *c, const heads *h) {
    const rasad_doc *doc = c->v->doc;
    for (size_t q = 0, next = 0; q < h->n; q++) {
        size_t i = h->at[q], k = i + 1;
        if (i < next || k >= doc->ntokens)
            continue;
        if (doc->tokens[i].kind != RASAD_TOK_WORD || doc->tokens[k].kind != RASAD_TOK_WORD ||
            !el_stem_in(doc, i, &EL_PAPER_HEADS) || el_has_al(doc, i) ||
            el_has_clitic(doc, i, RASAD_SEG_ENCLITIC, NULL) || !token_free(c->v, i) || !no_match(c->v, k) ||
            (c->v->ner_at[k] >= 0 && c->v->ner[c->v->ner_at[k]].tok_first != c->v->ner[c->v->ner_at[k]].tok_last) ||
            doc->tokens[k].sentence != doc->tokens[i].sentence || el_is_nisba(el_stem_of(doc, k)) ||
            el_has_clitic(doc, k, RASAD_SEG_ENCLITIC, NULL) || ex_word_in(doc, k, &EL_LEAD_FUNC) ||
            el_stem_in(doc, k, &EL_TRAIL_FUNC) || el_stem_in(doc, k, &PAPER_NOT_NAME))
            continue;
        /* a proclitic other than ال makes it no name (صحيفة وأخرى) */
        if (el_has_clitic(doc, k, RASAD_SEG_PROCLITIC, NULL) && !el_has_clitic(doc, k, RASAD_SEG_PROCLITIC, "ال"))
            continue;
        if (!el_push_span(c, k, k, el_word_start(doc, k), doc->tokens[k].end, "ORG"))
            return false;
        next = k + 1;
    }
    return true;
}

bool el_add_headed_names(el_list *c) {
    pthread_once(&head_once, head_pairs_init);
    /* the tokens that may be a head word, found once for the four scans */
    const rasad_doc *doc = c->v->doc;
    heads h = {NULL, 0};
    for (size_t i = 0; i < doc->ntokens; i++)
        if (maybe_head(doc, i)) {
            if (!h.at) {
                h.at = arena_alloc_array(&c->v->doc->arena, doc->ntokens - i, sizeof *h.at);
                if (!h.at)
                    return false;
            }
            h.at[h.n++] = i;
        }
    return add_constructs(c, &h) && add_quoted(c, &h) && add_papers(c, &h) && add_aircraft(c, &h);
}
