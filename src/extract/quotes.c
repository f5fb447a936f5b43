/* SPDX-License-Identifier: MIT
 *
 * quotes.c - stage 4: reported speech with a named speaker.
 *
 * A speech verb (قال، أكد، أضاف، تابع، أشار، أوضح، بيّن، لفت، كشف، أعلن،
 * أبلغ, and توقع / صرح when they introduce quoted words) opens a quote:
 *   - direct when quotation marks follow (“...”, «...», "..."), usually
 *     after a colon; the quote runs to the matching closing mark, across
 *     sentence ends;
 *   - indirect when إن / أن / بأن / إلى أن follows: the quote runs to the
 *     end of the sentence, without the final stop.
 * The speaker, in this order:
 *   - a person the tagger found between the verb and the quoted words
 *     ("وقال الباحث ... تشارلز ليستر، لوكالة رويترز: “...”") or just
 *     before the verb;
 *   - an earlier speaker named again by surname ("وأوضح كوتشوك أن"), or a
 *     surname the text gave after a first name ("وقال العبيدي");
 *   - an earlier speaker named by a title sharing words with his role
 *     ("وأضاف رئيس الحكومة التركية" after "رئيس الوزراء التركي X");
 *   - a name read from the lead-in itself: two to four name-like words
 *     after a title phrase or right after the verb with a title after
 *     them (the tagger misses many Turkish, Kurdish and Western names);
 *   - for a lead-in that names nobody (وأضاف، وقالت أيضاً، وقال في مؤتمر
 *     صحافي، وقال مساء الخميس): the titled person the previous sentence
 *     is about, else the previous speaker of the last two sentences.
 * Statements by institutions and anonymous sources are not quotes, and
 * يرى / اعتبر / شدد give views, not quotes. "نقلت X عن Y قوله إن" is
 * Y's quote with X the outlet.
 * The role is the phrase between verb and speaker (or the speaker and the
 * quote), the affiliation its part after في / لدى / باسم / لـ, and the
 * outlet the name after لوكالة / لقناة / على قناة / لصحيفة / لبرنامج /
 * لـ«...» / على تويتر.
 */
#include <string.h>

#include "extract/extract.h"

/* tokens after the verb where the speaker and the quote may start: long
 * titles ("نائب المبعوث الرئاسي الخاص للتحالف الدولي ...") come first */
#define SPEAKER_REACH 24
/* tokens after the speaker's name where the quote may still start: the
 * outlet comes between ("تشارلز ليستر، لوكالة “رويترز”: “...”") */
#define AFTER_SPEAKER 24 /* and a long role after the name ("رعد الدهلكي النائب في مجلس ... ورئيس لجنة ...، إن") */

EX_WORDS(SPEECH_VERBS,
         "قال", "قالت", "قالوا", "اكد", "اكدت", "اكدوا", "اضاف", "اضافت", "اضافوا", "تابع", "تابعت", "اشار",
         "اشارت", "اوضح", "اوضحت", "بين", "بينت", "لفت", "لفتت", "كشف", "كشفت", "اعلن", "اعلنت", "ابلغ",
         "ابلغت", "يقول", "تقول", "يضيف", "تضيف", "صرح", "صرحت", "توقع", "توقعت", "شدد", "شددت", "اعتبر",
         "اعتبرت", "يري", "تري", "حذر", "حذرت", "ذكر", "ذكرت", "نقل", "نقلت");
/* verbs of opinion: never a quote (the annotation guidelines), but the
 * one holding the view is the one speaking next */
EX_WORDS(VIEW_VERBS, "شدد", "شددت", "اعتبر", "اعتبرت", "يري", "تري");
/* verbs that count only when quotation marks follow them */
EX_WORDS(WEAK_SPEECH, "توقع", "توقعت", "شدد", "شددت", "اعتبر", "اعتبرت", "يري", "تري",
         "حذر", "حذرت");
EX_WORDS(THAT, "ان", "بان", "انه", "انها", "انهم", "بانه", "بانها");
EX_WORDS(OUTLET_NOUNS, "وكاله", "قناه", "صحيفه", "موقع", "اذاعه", "تلفزيون", "شبكه", "مجله",
         "برنامج", "وكالتي");
EX_WORDS(INSTITUTIONS, "معهد", "مركز", "جامعه", "منظمه", "مؤسسه", "وكاله", "صحيفه", "قناه",
         "مجموعه", "شركه");
EX_WORDS(AFFIL_PREPS, "في", "لدي", "باسم");

/* A speaker who spoke earlier in the article: the tokens of the name
 * and of the role, for later mentions by surname ("وأوضح كوتشوك أن")
 * or by title ("وأضاف رئيس الحكومة التركية"). */
typedef struct speaker_rec {
    size_t tf, tl;          /* the name's tokens */
    size_t rf, rl;          /* the role's tokens; rf > rl when none */
    rasad_quote q;          /* the quote it came with (speaker, role, affiliation spans) */
} speaker_rec;
#define MAX_SPEAKERS 32

typedef struct quote_state {
    const ex_view *v;
    speaker_rec spk[MAX_SPEAKERS];
    size_t nspk;
    rasad_quote *items;
    size_t n, cap;
    uint32_t last_speaker_start, last_speaker_end;
    bool has_last;
    uint32_t last_sentence;
    bool last_role, last_affil, last_outlet;
    uint32_t last_role_s, last_role_e, last_affil_s, last_affil_e, last_outlet_s, last_outlet_e;
    /* a person a sentence is about, said or not ("دعا الأمين العام ...
     * ينس شتولتينبيرج إلى اجتماع"): a bare "وقال" next is his */
    bool has_mention;
    uint32_t mention_sentence;
    size_t mention_f, mention_l;
} quote_state;

static bool opening_quote(const rasad_token *t) {
    if (t->kind != RASAD_TOK_QUOTE)
        return false;
    return strcmp(t->norm, "\xE2\x80\x9C") == 0 || strcmp(t->norm, "\xC2\xAB") == 0 || strcmp(t->norm, "\"") == 0;
}

/* The closing mark that matches the opening one at i, or SIZE_MAX. */
static size_t closing_quote(const rasad_doc *doc, size_t i) {
    const char *open = doc->tokens[i].norm;
    const char *want = strcmp(open, "\xC2\xAB") == 0 ? "\xC2\xBB" : strcmp(open, "\"") == 0 ? "\"" : "\xE2\x80\x9D";
    size_t depth = 0;
    for (size_t j = i + 1; j < doc->ntokens && j < i + 2000; j++) {
        const rasad_token *t = &doc->tokens[j];
        if (t->kind != RASAD_TOK_QUOTE)
            continue;
        if (strcmp(t->norm, want) == 0) {
            if (depth == 0)
                return j;
            depth--;
        } else if (strcmp(t->norm, open) == 0 && strcmp(open, "\"") != 0) {
            /* an opening mark used to close ("... عناصر التنظيم “،"):
             * followed by punctuation or the end, it cannot open */
            bool closes = j + 1 >= doc->ntokens || doc->tokens[j + 1].kind == RASAD_TOK_PUNCT;
            if (closes && depth == 0)
                return j;
            if (closes)
                depth--;
            else
                depth++;
        }
    }
    return SIZE_MAX;
}

/* Does the word start with the article ال? */
static bool definite(const rasad_doc *doc, size_t i) {
    return strncmp(doc->tokens[i].norm, "\xD8\xA7\xD9\x84", 4) == 0;
}

/* Does the straight quote at token j open words (a space before it, a
 * letter right after it) rather than close them? */
static bool opens_words(const rasad_doc *doc, size_t j) {
    const rasad_token *t = &doc->tokens[j];
    char before = t->start > 0 ? doc->text[t->start - 1] : ' ';
    unsigned char after = t->end < doc->len ? (unsigned char)doc->text[t->end] : 0;
    return (before == ' ' || before == ':' || before == '\n') && after >= 0x80;
}

/* An adjective of origin ending in ي ("التركي", "الأميركي")? */
static bool nisba(const rasad_doc *doc, size_t i) {
    const char *n = doc->tokens[i].norm;
    size_t len = strlen(n);
    return len >= 8 && strcmp(n + len - 2, "\xD9\x8A") == 0;
}

/* A tagger person at token i, or NULL. */
static const tagger_entity *person_at(const ex_view *v, size_t i) {
    const tagger_entity *t = ex_ner_at(v, i);
    if (t && t->type == TG_PER && t->tok_first == i) {
        /* a lexicon actor or place over the same words wins, except a
         * person the lexicon lists as an alias of the group or office he
         * speaks for ("رامي عبد الرحمن" for the Observatory, "رجب طيب
         * أردوغان" for the Turkish government): a name of two words or
         * more that does not start with ال */
        const rasad_entity *e = ex_entity_at(v, i);
        if (e && e->kind != RASAD_ENT_ROLE && e->kind != RASAD_ENT_TRIGGER &&
            !(e->kind != RASAD_ENT_PLACE && t->tok_last > t->tok_first && !definite(v->doc, i)))
            return NULL;
        return t;
    }
    return NULL;
}

static bool grow(quote_state *st) {
    if (st->n < st->cap)
        return true;
    size_t cap = st->cap ? st->cap * 2 : 16;
    rasad_quote *p = arena_alloc_array(&st->v->doc->arena, cap, sizeof *p);
    if (!p)
        return false;
    if (st->n)
        memcpy(p, st->items, st->n * sizeof *p);
    st->items = p;
    st->cap = cap;
    return true;
}

/* Trims a token range [a, b] of commas and quotes at both ends; false
 * when nothing is left. */
static bool trim_range(const rasad_doc *doc, size_t *a, size_t *b) {
    while (*a <= *b && (doc->tokens[*a].kind == RASAD_TOK_PUNCT || doc->tokens[*a].kind == RASAD_TOK_QUOTE))
        (*a)++;
    while (*b >= *a && *b > 0 && (doc->tokens[*b].kind == RASAD_TOK_PUNCT || doc->tokens[*b].kind == RASAD_TOK_QUOTE))
        (*b)--;
    return *a <= *b;
}

/* Social networks: "على تويتر", "في تغريدة على تويتر". */
EX_WORDS(SOCIAL, "تويتر", "فيسبوك", "يوتيوب", "انستغرام", "تلغرام", "تليغرام");

/* Where a word starts after its prepositions and و/ف ("لفرانس" ->
 * "فرانس"), keeping its ال ("الأناضول"). */
static uint32_t after_particles(const rasad_doc *doc, size_t i) {
    const rasad_token *t = &doc->tokens[i];
    uint32_t at = t->start;
    for (size_t k = 0; k < t->seg_count; k++) {
        const rasad_segment *g = &doc->segments[t->seg_first + k];
        if (g->role != RASAD_SEG_PROCLITIC)
            break;
        static const char *const PARTICLES[] = {"ل", "ب", "و", "ف", "ك", NULL};
        bool particle = false;
        for (const char *const *w = PARTICLES; *w; w++)
            particle |= strcmp(g->norm, *w) == 0;
        if (!particle)
            break;
        at = g->end;
    }
    return at;
}

EX_WORDS(IN_THAT_ABOUT, "في", "ان", "عن");

/* The name of an outlet starting at token f (after its noun or لـ), at
 * most to b: a name in quotation marks, a lexicon source, or two words. */
static bool outlet_name(const ex_view *v, size_t f, size_t b, rasad_quote *q) {
    const rasad_doc *doc = v->doc;
    if (f > b)
        return false;
    if (doc->tokens[f].kind == RASAD_TOK_QUOTE) {
        /* «الشرق الأوسط», “رويترز” */
        size_t close = closing_quote(doc, f);
        if (close == SIZE_MAX || close == f + 1 || close > b + 1 || close - f > 8)
            return false;
        q->has_outlet = true;
        q->outlet_start = doc->tokens[f + 1].start;
        q->outlet_end = doc->tokens[close - 1].end;
        return true;
    }
    if (doc->tokens[f].kind != RASAD_TOK_WORD && doc->tokens[f].kind != RASAD_TOK_LATIN)
        return false;
    const rasad_entity *n = ex_entity_at(v, f);
    size_t l = (n && n->tok_first == f) ? n->tok_last : f;
    if (!(n && n->tok_first == f) && f + 1 <= b && doc->tokens[f + 1].kind == RASAD_TOK_WORD &&
        !ex_word_in(doc, f + 1, &THAT) && !ex_word_in(doc, f + 1, &IN_THAT_ABOUT))
        l = f + 1;
    q->has_outlet = true;
    q->outlet_start = n && n->tok_first == f ? n->start : after_particles(doc, f);
    q->outlet_end = doc->tokens[l].end;
    return true;
}

EX_WORDS(MEDIUM_PREPS, "علي", "مع", "عبر", "عنه", "عنها");
EX_WORDS(PROGRAMME_OR_PRESS, "برنامج", "صحيفه", "مجله");
EX_WORDS(LAM, "لـ", "ل");
EX_WORDS(AFFILIATED, "تابعه", "تابع", "مواليه", "موالي", "مقربه", "مقرب");
EX_WORDS(PROGRAMME, "برنامج");

/* The outlet in tokens [a, b]: لوكالة X / لقناة X / على قناة X /
 * لبرنامج «X» / لـ«X» / لـ X (a source) / على تويتر. An outlet noun
 * without ل, على, مع or عبر before it is an affiliation ("من شبكة
 * محللي أفغانستان"), not where the words were said. */
static void read_outlet(const ex_view *v, size_t a, size_t b, rasad_quote *q) {
    const rasad_doc *doc = v->doc;
    for (size_t i = a; i <= b; i++) {
        if (ex_stem_in(doc, i, &SOCIAL)) {
            q->has_outlet = true;
            q->outlet_start = doc->segments[doc->tokens[i].stem_seg].start;
            q->outlet_end = doc->tokens[i].end;
            return;
        }
        bool lam = ex_has_proclitic(doc, i, "ل");
        bool prep = i > a && (ex_word_in(doc, i - 1, &MEDIUM_PREPS) ||
                              (ex_word_in(doc, i - 1, &PREP_IN) &&
                               ex_stem_in(doc, i, &PROGRAMME_OR_PRESS)));
        /* "لـ«الشرق الأوسط»": the لـ written alone; "التابعة لـ«X»" is
         * whom one belongs to */
        if (ex_word_in(doc, i, &LAM) && i + 1 <= b &&
            doc->tokens[i + 1].kind == RASAD_TOK_QUOTE &&
            !(i > a && ex_stem_in(doc, i - 1, &AFFILIATED))) {
            if (outlet_name(v, i + 1, b, q))
                return;
            continue;
        }
        bool noun = ex_stem_in(doc, i, &OUTLET_NOUNS) && (lam || prep);
        const rasad_entity *e = ex_entity_at(v, i);
        bool src = e && e->kind == RASAD_ENT_SOURCE && e->tok_first == i &&
                   (lam || (i > a && ex_stem_in(doc, i - 1, &OUTLET_NOUNS)));
        if (!noun && !src)
            continue;
        size_t f = noun ? i + 1 : i;
        /* a programme only with its name in quotation marks: "لبرنامج
         * الأغذية العالمي" is the World Food Programme */
        if (noun && ex_stem_in(doc, i, &PROGRAMME) &&
            (f > b || doc->tokens[f].kind != RASAD_TOK_QUOTE))
            continue;
        if (outlet_name(v, f, b, q))
            return;
    }
}

/* The outlet as the subject of نقل in [a, b] ("صحيفة «حريت» التركية",
 * "«مكتب أخبار سوريا»", "وكالة رويترز"). */
static void subject_outlet(const ex_view *v, size_t a, size_t b, rasad_quote *q) {
    const rasad_doc *doc = v->doc;
    for (size_t k = a; k <= b; k++) {
        const rasad_entity *e = ex_entity_at(v, k);
        if (opening_quote(&doc->tokens[k]) || (e && e->tok_first == k && e->kind == RASAD_ENT_SOURCE)) {
            outlet_name(v, k, b, q);
            return;
        }
        if (ex_stem_in(doc, k, &OUTLET_NOUNS)) {
            outlet_name(v, k + 1, b, q);
            return;
        }
    }
}

static bool rank_then_office(const rasad_doc *doc, size_t a, size_t b, size_t spk_first, size_t spk_last);

EX_WORDS(ROLE_END_WORDS, "في", "خلال", "امس", "اليوم");
EX_WORDS(NOT_ROLE_START, "في", "ان", "الي", "علي", "امس", "اليوم", "عن", "مع", "ل");

/* Role, affiliation and outlet read in tokens [a, b] (between the verb
 * and the quoted words, the speaker excluded). */
static void read_context(const ex_view *v, size_t a, size_t b, size_t spk_first, size_t spk_last, rasad_quote *q) {
    const rasad_doc *doc = v->doc;
    if (a > b || b >= doc->ntokens)
        return;
    read_outlet(v, a, b, q);
    /* the role: the words before the speaker after the verb, else after it */
    size_t ra = a, rb = spk_first > a ? spk_first - 1 : a;
    /* a rank alone before the name ("اللواء جمال عبد الباري مدير
     * الأمن"): the office after the name is the role */
    bool rank_only = rank_then_office(doc, a, b, spk_first, spk_last);
    if (spk_first <= a || rank_only || !trim_range(doc, &ra, &rb)) {
        ra = spk_last + 1;
        rb = b;
        /* stop at the outlet or a preposition phrase of time/place */
        for (size_t i = ra; i <= rb; i++)
            if (doc->tokens[i].kind == RASAD_TOK_PUNCT || ex_stem_in(doc, i, &OUTLET_NOUNS) ||
                ex_word_in(doc, i, &ROLE_END_WORDS)) {
                rb = i > ra ? i - 1 : ra;
                if (i == ra)
                    return;
                break;
            }
        if (!trim_range(doc, &ra, &rb))
            return;
    }
    /* a role is a title, not a clause: it starts with a noun, not a verb or
     * a preposition */
    if (ex_word_in(doc, ra, &NOT_ROLE_START))
        return;
    /* nor with whom it was said to ("لـ«رويترز»", "لوكالة ...") */
    if (ex_has_proclitic(doc, ra, "ل") || ex_has_proclitic(doc, ra, "ب"))
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
        if (f > l)
            break;
        q->has_affiliation = true;
        q->affiliation_start = lam ? doc->segments[doc->tokens[f].stem_seg].start : doc->tokens[f].start;
        q->affiliation_end = doc->tokens[l].end;
        if (doc->tokens[l].kind == RASAD_TOK_QUOTE && l > f)
            q->affiliation_end = doc->tokens[l - 1].end;
        break;
    }
}

static void remember_speaker(quote_state *st, const rasad_quote *q);
static size_t tok_at_byte(const rasad_doc *doc, uint32_t b);

static bool group_title(const rasad_doc *doc, size_t tf);
static void coordinated_speaker(const ex_view *v, rasad_quote *q);

/* Emits one quote; returns false when out of memory. */
static bool add_quote(quote_state *st, const rasad_quote *q0) {
    rasad_quote fixed = *q0;
    rasad_quote *q = &fixed;
    if (q->speaker_end > q->speaker_start) {
        size_t tf = tok_at_byte(st->v->doc, q->speaker_start);
        if (tf != SIZE_MAX && group_title(st->v->doc, tf))
            return true;
        coordinated_speaker(st->v, q);
    }
    if (!grow(st))
        return false;
    st->items[st->n++] = *q;
    remember_speaker(st, q);
    st->has_last = true;
    st->last_speaker_start = q->speaker_start;
    st->last_speaker_end = q->speaker_end;
    /* a quote over several sentences: "وأضاف" is counted from its end */
    st->last_sentence = q->sentence;
    if (q->end > q->start) {
        size_t te = tok_at_byte(st->v->doc, q->end - 1);
        if (te != SIZE_MAX && st->v->doc->tokens[te].sentence > q->sentence)
            st->last_sentence = st->v->doc->tokens[te].sentence;
    }
    st->last_role = q->has_role;
    st->last_role_s = q->role_start;
    st->last_role_e = q->role_end;
    st->last_affil = q->has_affiliation;
    st->last_affil_s = q->affiliation_start;
    st->last_affil_e = q->affiliation_end;
    st->last_outlet = q->has_outlet;
    st->last_outlet_s = q->outlet_start;
    st->last_outlet_e = q->outlet_end;
    return true;
}

/* One speech verb at token i. */
/* Ranks and titles the tagger may take for a name ("البريجادير جنرال",
 * "الرائد"): a person made only of them is no speaker; the name follows. */
EX_WORDS(TITLES, "البريجادير", "بريجادير", "جنرال", "الجنرال", "الرائد", "رائد", "العقيد",
         "عقيد", "العميد", "عميد", "اللواء", "لواء", "النقيب", "نقيب", "المقدم",
         "الدكتور", "دكتور", "الشيخ", "منشق", "المنشق", "الكولونيل", "الميجور");

/* A tagged "person" that is the outlet ("لصحيفة ديلي ستار") or only a
 * title. */
static bool not_a_speaker(const rasad_doc *doc, const tagger_entity *p) {
    size_t f = p->tok_first;
    size_t prev = f;
    while (prev > 0 && doc->tokens[prev - 1].kind == RASAD_TOK_QUOTE)
        prev--;
    if (prev > 0 && ex_stem_in(doc, prev - 1, &OUTLET_NOUNS))
        return true;
    /* "وقال لفرانس برس": whom it was said to */
    if (ex_has_proclitic(doc, f, "ل"))
        return true;
    for (size_t i = f; i <= p->tok_last; i++)
        if (!ex_word_in(doc, i, &TITLES) && !ex_stem_in(doc, i, &TITLES))
            return false;
    return true;
}

/* Does the lead-in [a, b] between a speech verb and the quoted words name
 * nobody ("وأضاف:", "وقال أيضاً", "وتابع في تصريح لوكالة رويترز")? Only
 * then does the verb continue the previous speaker: a lead-in with a
 * subject of its own ("وقال الأمين العام للحلف ...") is a new speaker the
 * tagger missed, not the last one speaking again. */
EX_WORDS(BARE_WORDS, "ايضا", "كذلك", "بالقول", "قائلا", "قائله", "في", "تصريح", "تصريحات",
         "حديث", "مقابله", "اتصال", "هاتفي", "معه", "معها", "له", "لها", "الي",
         "مؤتمر", "صحافي", "صحفي", "مساء", "صباح", "امس", "اليوم", "امام",
         "صحافيين", "صحفيين", "الصحافيين", "الصحفيين");
static bool in_date(const ex_view *v, size_t j);
EX_WORDS(OCCASION_NOUNS, "تصريح", "تصريحات", "حديث", "مقابله", "مؤتمر");

static bool bare_lead_in(const ex_view *v, size_t a, size_t b) {
    const rasad_doc *doc = v->doc;
    for (size_t j = a; j <= b && j < doc->ntokens; j++) {
        const rasad_token *t = &doc->tokens[j];
        /* "وقال مساء الخميس إن": when, not who */
        if (t->kind != RASAD_TOK_WORD || in_date(v, j))
            continue;
        /* "في تصريح لفرانس برس", "في مقابلة مع قناة X": what follows the
         * occasion names where it was said, not who said it */
        if (j > a && ex_stem_in(doc, j - 1, &OCCASION_NOUNS))
            return true;
        if (ex_stem_in(doc, j, &BARE_WORDS) || ex_has_proclitic(doc, j, "ل"))
            continue;
        /* the name after an outlet noun: "لوكالة رويترز", "لقناة الحرة" */
        if (j > a && (ex_has_proclitic(doc, j - 1, "ل") || ex_stem_in(doc, j - 1, &OUTLET_NOUNS)))
            continue;
        return false;
    }
    return true;
}

/* ", موضحاً أن ...", ", مشيراً إلى أن ...": a participle after a comma
 * opens a second indirect quote by the same speaker. Returns the token
 * of the comma, or SIZE_MAX; *next is the first token of the second
 * quote's words. */
EX_WORDS(GO_ON, "موضحا", "مشيرا", "مضيفا", "لافتا", "مؤكدا", "مبينا", "منوها", "موضحه",
         "مشيره", "مضيفه", "لافته", "مؤكده");
/* A participle may have a short lead-in of its own before أن or the
 * quotation marks ("مضيفا في حديث لـ«الشرق الأوسط» أن ...", "مضيفاً
 * “...”"): *la, *lb are its tokens (la > lb when none) and *direct tells
 * a quotation mark. */
#define PARTICIPLE_LEAD 8
static size_t participle_split(const rasad_doc *doc, size_t a, size_t b, size_t *next, size_t *la, size_t *lb,
                               bool *direct) {
    for (size_t j = a + 1; j + 2 <= b; j++) {
        const rasad_token *t = &doc->tokens[j];
        if (!(t->kind == RASAD_TOK_PUNCT && t->norm[0] == ',') || !ex_stem_in(doc, j + 1, &GO_ON))
            continue;
        for (size_t k = j + 2; k < b && k <= j + 2 + PARTICIPLE_LEAD; k++) {
            const rasad_token *u = &doc->tokens[k];
            if (ex_word_in(doc, k, &THAT) || opening_quote(u)) {
                size_t close = opening_quote(u) ? closing_quote(doc, k) : SIZE_MAX;
                /* a quoted outlet name is part of the lead-in */
                if (opening_quote(u) && close != SIZE_MAX && close + 1 < b && close - k <= 4 &&
                    ex_word_in(doc, close + 1, &THAT)) {
                    k = close;
                    continue;
                }
                *direct = opening_quote(u);
                *next = k + 1;
                *la = j + 2;
                *lb = k - 1;
                return j;
            }
            if (u->kind == RASAD_TOK_PUNCT || (u->kind == RASAD_TOK_WORD && ex_stem_in(doc, k, &SPEECH_VERBS)))
                break;
        }
    }
    return SIZE_MAX;
}

/* The token whose bytes hold offset b (tokens are in text order), or
 * SIZE_MAX. */
static size_t tok_at_byte(const rasad_doc *doc, uint32_t b) {
    size_t lo = 0, hi = doc->ntokens;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (doc->tokens[mid].end <= b)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < doc->ntokens && doc->tokens[lo].start <= b ? lo : SIZE_MAX;
}

/* Remembers the speaker of q for later mentions by surname or title. */
static void remember_speaker(quote_state *st, const rasad_quote *q) {
    const rasad_doc *doc = st->v->doc;
    if (q->speaker_end <= q->speaker_start)
        return;
    size_t tf = tok_at_byte(doc, q->speaker_start), tl = tok_at_byte(doc, q->speaker_end - 1);
    if (tf == SIZE_MAX || tl == SIZE_MAX || tl < tf)
        return;
    speaker_rec r;
    memset(&r, 0, sizeof r);
    r.tf = tf;
    r.tl = tl;
    r.rf = 1;
    r.rl = 0;
    r.q = *q;
    if (q->has_role && q->role_end > q->role_start) {
        size_t rf = tok_at_byte(doc, q->role_start), rl = tok_at_byte(doc, q->role_end - 1);
        if (rf != SIZE_MAX && rl != SIZE_MAX && rf <= rl) {
            r.rf = rf;
            r.rl = rl;
        }
    }
    /* the same name again replaces its record and becomes the latest */
    size_t k = 0;
    while (k < st->nspk && !(st->spk[k].tf == tf && st->spk[k].tl == tl))
        k++;
    if (k == st->nspk && st->nspk == MAX_SPEAKERS)
        k = 0;
    if (k < st->nspk) {
        memmove(&st->spk[k], &st->spk[k + 1], (st->nspk - k - 1) * sizeof st->spk[0]);
        st->nspk--;
    }
    st->spk[st->nspk++] = r;
}

/* Is token j inside a date expression ("مساء الخميس", "أمس")? */
static bool in_date(const ex_view *v, size_t j) {
    for (size_t k = 0; k < v->ndates; k++)
        if (v->dates[k].tok_first <= j && j <= v->dates[k].tok_last)
            return true;
    return false;
}

/* A person named earlier in the article, mentioned again right after a
 * speech verb by the last words of the name ("وأوضح كوتشوك أن", "وتابع
 * داود أوغلو"): the tagger often misses a surname on its own. Names
 * come from earlier quotes and from the tagger's persons before j. The
 * match is the tokens [j, *last]. A single word must be a surname (the
 * last word of a name of two or more words), never a first name. */
static bool same_norm(const rasad_doc *doc, size_t a, size_t b) {
    return strcmp(doc->tokens[a].norm, doc->tokens[b].norm) == 0;
}
static size_t suffix_match(const rasad_doc *doc, size_t j, size_t b, size_t nf, size_t nl) {
    size_t len = nl - nf + 1;
    for (size_t m = len >= 3 ? 3 : len; m >= 1; m--) {
        if (m == len && len == 1)
            break; /* a one-word name is too weak a clue */
        if (j + m - 1 > b)
            continue;
        bool ok = true;
        for (size_t k = 0; k < m && ok; k++)
            ok = doc->tokens[j + k].kind == RASAD_TOK_WORD && same_norm(doc, j + k, nl - m + 1 + k);
        if (ok && (m > 1 || strlen(doc->tokens[j].norm) >= 6))
            return m;
    }
    return 0;
}
static bool has_enclitic(const rasad_doc *doc, size_t i) {
    const rasad_token *t = &doc->tokens[i];
    for (size_t k = 0; k < t->seg_count; k++)
        if (doc->segments[t->seg_first + k].role == RASAD_SEG_ENCLITIC)
            return true;
    return false;
}

static bool name_word(const ex_view *v, size_t j, bool name_tail);
static bool known_name_at(const quote_state *st, size_t j, size_t b, size_t *last, const speaker_rec **rec) {
    const ex_view *v = st->v;
    const rasad_doc *doc = v->doc;
    *rec = NULL;
    for (size_t k = st->nspk; k-- > 0;) {
        const speaker_rec *r = &st->spk[k];
        if (r->tl >= j)
            continue;
        size_t m = suffix_match(doc, j, b, r->tf, r->tl);
        /* a one-word name already taken as a speaker ("وقال فينسنت
         * لـ«رويترز»" ... "وقال فينسنت إن") is that speaker again */
        if (!m && r->tf == r->tl && doc->tokens[j].kind == RASAD_TOK_WORD && same_norm(doc, j, r->tf) &&
            strlen(doc->tokens[j].norm) >= 8)
            m = 1;
        if (m) {
            *last = j + m - 1;
            *rec = r;
            return true;
        }
    }
    /* a surname the text gave earlier after a first name ("مال الله
     * العبيدي" ... "وقال العبيدي"), the tagger having missed both */
    const rasad_token *t = &doc->tokens[j];
    if (t->kind == RASAD_TOK_WORD && strlen(t->norm) >= 8 && name_word(v, j, false) && !has_enclitic(doc, j) &&
        (!definite(doc, j) || nisba(doc, j)) && /* العبيدي، not الصحف */
        (j + 1 > b || !name_word(v, j + 1, true))) {
        for (size_t k = j; k-- > 1;)
            if (same_norm(doc, k, j) && doc->tokens[k - 1].kind == RASAD_TOK_WORD && !definite(doc, k - 1) &&
                name_word(v, k - 1, false) && !has_enclitic(doc, k - 1)) {
                *last = j;
                return true;
            }
    }
    for (size_t k = 0; k < v->nner && v->ner[k].tok_last < j; k++) {
        if (v->ner[k].type != TG_PER)
            continue;
        size_t m = suffix_match(doc, j, b, v->ner[k].tok_first, v->ner[k].tok_last);
        if (m) {
            *last = j + m - 1;
            return true;
        }
    }
    return false;
}

/* Title and office nouns: the head of a speaker's role ("المتحدث باسم
 * ...", "رئيس الوزراء", "الأمين العام ..."). */
EX_WORDS(ROLE_NOUNS,
         "متحدث", "متحدثه", "ناطق", "ناطقه", "رئيس", "رئيسه", "نائب", "وزير", "وزيره", "مدير", "مديره", "قائد",
         "امين", "مسؤول", "مسؤوله", "مستشار", "مستشاره", "سفير", "سفيره", "محافظ", "حاكم", "زعيم", "زعيمه", "عضو",
         "باحث", "باحثه", "محلل", "محلله", "خبير", "خبيره", "ناشط", "ناشطه", "مبعوث", "مفوض", "قيادي", "منسق",
         "ممثل", "مندوب", "امير", "ملك", "شيخ", "عقيد", "عميد", "لواء", "رائد", "نقيب", "جنرال", "مقدم", "وكيل",
         "مساعد", "الوكيل", "المساعد", "اخصائي", "اخصائيه", "الاخصائي", "الاخصائيه",
         "بريجادير", "دكتور", "استاذ", "مراسل", "كاتب", "صحفي", "صحافي", "قاضي", "مفتي", "اسقف", "زميل",
         "المتحدث", "المتحدثه", "الناطق", "الرئيس", "النائب", "الوزير", "المدير", "القائد", "الامين", "المسؤول",
         "المستشار", "السفير", "المحافظ", "الحاكم", "الزعيم", "العضو", "الباحث", "المحلل", "الخبير", "الناشط",
         "المبعوث", "القيادي", "المنسق", "الممثل", "المندوب", "الشيخ", "العقيد", "العميد", "اللواء", "الرائد",
         "الجنرال", "الدكتور", "المراسل", "الزميل");
static bool role_noun(const char *w) {
    return ex_words_has(&ROLE_NOUNS, w);
}
/* Is the lead-in [a, b] a rank, the name [spk_first, spk_last] and an
 * office after it? */
static bool rank_then_office(const rasad_doc *doc, size_t a, size_t b, size_t spk_first, size_t spk_last) {
    return spk_first == a + 1 && ex_word_in(doc, a, &TITLES) && spk_last + 1 <= b &&
           ex_stem_in(doc, spk_last + 1, &ROLE_NOUNS) && !ex_word_in(doc, spk_last + 1, &TITLES);
}

/* Words that never begin a person's name after a speech verb: anonymous
 * sources, institutions, reports and small function words. */
EX_WORDS(NOT_NAME,
         "مصدر", "مصادر", "شهود", "شاهد", "ناشطون", "ناشطين", "مسؤولون", "مسؤولين", "سكان", "اهالي", "عدد", "احد",
         "اخرون", "بعض", "معظم", "كل", "بيان", "تقرير", "تقارير", "وكاله", "صحيفه", "قناه", "موقع", "وسائل", "منظمه",
         "وزاره", "حكومه", "هيئه", "لجنه", "مجلس", "جيش", "قوات", "حركه", "حزب", "جماعه", "تنظيم", "فصائل", "مكتب",
         "مركز", "معهد", "جامعه", "مؤسسه", "شركه", "مجموعه", "مقره", "ومقره", "مصالح", "في", "علي", "عن", "من",
         "الي", "مع", "خلال", "اثناء", "بعد", "قبل", "امس", "اليوم", "ايضا", "كذلك", "انه", "انها", "ما", "لا",
         "لم", "قد", "كان", "كانت", "هو", "هي", "الذي", "التي", "وهو", "وهي", "حيث", "بينما", "فيما", "اذا",
         "تصريح", "تصريحات", "مؤتمر", "مقابله", "حديث", "اتصال", "رساله", "تغريده", "كلمه", "خطاب", "لقاء",
         "صحافي", "صحفي", "هاتفي", "مساء", "صباح", "ظهر", "ليل", "فجر", "محللون", "محللين", "خبراء", "باحثون",
         "باحثين", "فضيله", "سماحه", "معالي", "سعاده", "تعالي", "سبحانه", "ذلك", "هذا", "هذه");

/* A speaker that is a dual or plural title ("الزعيمان الكرديان",
 * "الباحثون"): a group, not a named person. */
static bool group_title(const rasad_doc *doc, size_t tf) {
    const char *w = doc->tokens[tf].norm;
    size_t n = strlen(w);
    /* ان / ون / ين are four bytes */
    if (!definite(doc, tf) || n < 10 || n - 4 >= 64)
        return false;
    const char *tail = w + n - 4;
    if (strcmp(tail, "\xD8\xA7\xD9\x86") != 0 && strcmp(tail, "\xD9\x88\xD9\x86") != 0 &&
        strcmp(tail, "\xD9\x8A\xD9\x86") != 0)
        return false;
    char sg[64];
    memcpy(sg, w, n - 4);
    sg[n - 4] = '\0';
    return role_noun(sg);
}

/* A speaker span that starts with the conjunction و ("العالمان إدموند
 * برودي وكارلوس غاريد"): the second of two names; the first, which the
 * role swallowed, is taken as the speaker. When no name precedes, the
 * span at least starts after the و: spans never start with a proclitic. */
static void coordinated_speaker(const ex_view *v, rasad_quote *q) {
    const rasad_doc *doc = v->doc;
    size_t tf = tok_at_byte(doc, q->speaker_start);
    if (tf == SIZE_MAX || !ex_has_proclitic(doc, tf, "\xD9\x88")) /* و */
        return;
    const rasad_token *t = &doc->tokens[tf];
    for (size_t k = 0; k < t->seg_count; k++) {
        const rasad_segment *sg = &doc->segments[t->seg_first + k];
        if (sg->role == RASAD_SEG_STEM) {
            q->speaker_start = sg->start;
            break;
        }
    }
    if (!q->has_role || tf == 0 || q->role_end != doc->tokens[tf - 1].end)
        return;
    size_t rf = tok_at_byte(doc, q->role_start);
    if (rf == SIZE_MAX)
        return;
    size_t k = tf;
    /* name_word() refuses "برودي" (ب + رودي); before و and after a
     * title, a word without ال that is no title or date is a name */
    while (k > rf + 1 && tf - k < 3 && doc->tokens[k - 1].kind == RASAD_TOK_WORD && !definite(doc, k - 1) &&
           !in_date(v, k - 1) && !ex_stem_in(doc, k - 1, &ROLE_NOUNS) && !ex_word_in(doc, k - 1, &NOT_NAME) &&
           !ex_has_proclitic(doc, k - 1, "\xD9\x84")) /* ل */
        k--;
    if (k == tf || k == rf || tf - k < 2)
        return; /* a first name alone, or the whole role, is no name */
    q->speaker_start = doc->tokens[k].start;
    q->speaker_end = doc->tokens[tf - 1].end;
    q->role_end = doc->tokens[k - 1].end;
    if (q->has_affiliation && q->affiliation_end > q->role_end)
        q->has_affiliation = false;
}

/* Can token j be part of a person's name? */
static bool name_word(const ex_view *v, size_t j, bool name_tail) {
    const rasad_doc *doc = v->doc;
    const rasad_token *t = &doc->tokens[j];
    if (t->kind != RASAD_TOK_WORD || in_date(v, j))
        return false;
    /* the lexicon lists some spokesmen under their group ("رامي عبد
     * الرحمن") and some surnames are agencies ("دوغان"): a group entity
     * without ال may be a name when it is two words or follows a name */
    const rasad_entity *e = ex_entity_at(v, j);
    if (e && (e->kind == RASAD_ENT_PLACE || e->kind == RASAD_ENT_TRIGGER || e->kind == RASAD_ENT_ROLE ||
              definite(doc, e->tok_first) || (e->tok_first == e->tok_last && !(j > 0 && name_tail))))
        return false;
    if (ex_stem_in(doc, j, &ROLE_NOUNS) || ex_stem_in(doc, j, &NOT_NAME) || ex_word_in(doc, j, &NOT_NAME) ||
        ex_word_in(doc, j, &THAT))
        return false;
    /* a genitive or prepositional phrase ("للتحالف", "بالهجوم") */
    return !ex_has_proclitic(doc, j, "ل") && !ex_has_proclitic(doc, j, "ب") && !ex_has_proclitic(doc, j, "لل") &&
           strncmp(t->norm, "\xD9\x84\xD9\x84", 4) != 0; /* للحلف */
}

/* Does token j end a role phrase, so that a name may follow it ("...
 * لحلف شمال الأطلسي ينس ..."): a definite word, an entity's last
 * word, a comma or a closing mark? */
static bool ends_phrase(const ex_view *v, size_t j) {
    const rasad_doc *doc = v->doc;
    const rasad_token *t = &doc->tokens[j];
    if (t->kind == RASAD_TOK_QUOTE || (t->kind == RASAD_TOK_PUNCT && t->norm[0] == ','))
        return true;
    const rasad_entity *e = ex_entity_at(v, j);
    if (e && e->tok_last == j)
        return true;
    /* a definite word ("الأطلسي", "للتحالف"); not a preposition with a
     * verbal noun ("لتحقيق تطلعات ...", "بإزالة صور ...") */
    return definite(doc, j) || ex_has_proclitic(doc, j, "ال") || ex_has_proclitic(doc, j, "لل") ||
           strncmp(t->norm, "\xD9\x84\xD9\x84", 4) == 0; /* لل */
}

/* a title right after the name that starts at j (within four words) */
static bool title_after(const rasad_doc *doc, size_t j, size_t b) {
    for (size_t k = j + 2; k <= b && k <= j + 4; k++)
        if (ex_stem_in(doc, k, &ROLE_NOUNS))
            return true;
    return false;
}

static bool title_before(const rasad_doc *doc, size_t a, size_t j) {
    for (size_t k = a; k < j; k++)
        if (ex_stem_in(doc, k, &ROLE_NOUNS))
            return true;
    return false;
}

EX_WORDS(NOT_ROLE_WORDS, "في", "علي", "عن", "خلال", "امس", "اليوم", "الي");

/* The speaker's name read from the lead-in [a, b] itself when the
 * tagger found none: "قال <title ...> <name>" or "قال <name> <title>".
 * A name is two to four words that can be names, the first without ال,
 * right after the verb or after the end of a role phrase, and a title
 * noun stands in the lead-in. Titles alone are not enough: the tagger
 * misses Turkish, Kurdish and Western names after long titles, and a
 * title noun is what tells a name from an institution's subject
 * ("وقال مصدر أمني", "وقالت وزارة ..."). */
static bool pattern_name(const ex_view *v, size_t a, size_t b, bool strict, size_t *nf, size_t *nl) {
    const rasad_doc *doc = v->doc;
    bool title = false;
    for (size_t j = a; j <= b; j++)
        title |= ex_stem_in(doc, j, &ROLE_NOUNS);
    if (!title)
        return false;
    for (size_t j = a; j <= b; j++) {
        if (!name_word(v, j, false) || definite(doc, j))
            continue;
        if (j > a && !ends_phrase(v, j - 1))
            continue;
        /* strict: only a name after a title ("... الأطلسي ينس ...") or
         * right after the verb with the title after it ("أعلن كمال
         * كليتشدار أوغلو زعيم حزب ...") */
        if (strict && !(j > a && title_before(doc, a, j)) &&
            !(j == a && a > 0 && ex_stem_in(doc, a - 1, &SPEECH_VERBS) && title_after(doc, j, b)))
            continue;
        if (strict && (ex_has_proclitic(doc, j, "و") || has_enclitic(doc, j)))
            continue;
        size_t l = j;
        while (l + 1 <= b && l + 1 < j + 4 && name_word(v, l + 1, true))
            l++;
        if (l == j)
            continue;
        /* what follows the name: the quote, a comma, a title, a
         * preposition or an outlet */
        size_t f = l + 1;
        if (f <= b && !(doc->tokens[f].kind != RASAD_TOK_WORD || ex_stem_in(doc, f, &ROLE_NOUNS) ||
                         ex_has_proclitic(doc, f, "ل") || ex_has_proclitic(doc, f, "ب") ||
                         ex_word_in(doc, f, &NOT_ROLE_WORDS) ||
                         in_date(v, f)))
            continue;
        *nf = j;
        *nl = l;
        return true;
    }
    return false;
}

EX_WORDS(NAME_END_WORDS, "في", "خلال", "امس", "اليوم", "ايضا");

/* Words compared loosely: the stem without a final ه ("التركية" and
 * "التركي" agree). */
static bool loose_same(const rasad_doc *doc, size_t a, size_t b) {
    const char *x = doc_tok_stem(doc, a)->norm, *y = doc_tok_stem(doc, b)->norm;
    size_t lx = strlen(x), ly = strlen(y);
    if (lx >= 2 && strcmp(x + lx - 2, "\xD9\x87") == 0)
        lx -= 2;
    if (ly >= 2 && strcmp(y + ly - 2, "\xD9\x87") == 0)
        ly -= 2;
    return lx == ly && lx >= 4 && memcmp(x, y, lx) == 0;
}

/* A lead-in that names a title and no name ("وأضاف رئيس الحكومة
 * التركية", "وقال المسؤول التركي"): the earlier speaker, spoken of in the
 * last few sentences, whose role shares a word with it. */
EX_WORDS(FILLER_ROLE_WORDS, "في", "باسم", "عن", "لدي", "العام");
#define TITLE_NEAR 6
#define TITLE_FAR 15
static const speaker_rec *titled_speaker(const quote_state *st, size_t a, size_t b, uint32_t s) {
    const rasad_doc *doc = st->v->doc;
    if (a > b || !ex_stem_in(doc, a, &ROLE_NOUNS))
        return NULL;
    size_t e = a;
    while (e + 1 <= b && doc->tokens[e + 1].kind == RASAD_TOK_WORD && !in_date(st->v, e + 1) &&
           !ex_word_in(doc, e + 1, &NAME_END_WORDS))
        e++;
    /* one shared word within a few sentences; two further on ("رئيس
     * الحكومة التركية" for "رئيس الوزراء التركي") */
    for (size_t k = st->nspk; k-- > 0;) {
        const speaker_rec *r = &st->spk[k];
        if (r->rf > r->rl || doc->tokens[r->tf].sentence + TITLE_FAR < s)
            continue;
        size_t shared = 0;
        for (size_t x = a; x <= e; x++) {
            if (ex_word_in(doc, x, &FILLER_ROLE_WORDS))
                continue;
            for (size_t y = r->rf; y <= r->rl; y++)
                if (loose_same(doc, x, y)) {
                    shared++;
                    break;
                }
        }
        if (shared >= 2 || (shared == 1 && doc->tokens[r->tf].sentence + TITLE_NEAR >= s))
            return r;
    }
    return NULL;
}

/* Is token k the end of the sentence (a final stop, or past it)? */
static bool ends_sentence(const rasad_doc *doc, size_t k, size_t end) {
    if (k >= end)
        return true;
    const rasad_token *t = &doc->tokens[k];
    return t->kind == RASAD_TOK_PUNCT && strchr(".!?", t->norm[0]) && t->norm[0];
}

EX_WORDS(RELAY_VERBS, "نقل", "نقلت");
EX_WORDS(MA, "ما");
EX_WORDS(STATEMENT_NOUNS, "تصريح", "تصريحات", "حديث", "مقابله", "كلمه");

static bool quote_at_verb(quote_state *st, size_t i, size_t *resume) {
    const ex_view *v = st->v;
    const rasad_doc *doc = v->doc;
    uint32_t s = doc->tokens[i].sentence;
    size_t first, end;
    ex_sentence_tokens(doc, s, &first, &end);
    *resume = i + 1;
    /* "نقلت صحيفة «حريت» عن <speaker> قوله إن ...": the subject of نقل
     * is the outlet, the speaker comes after عن */
    size_t from = i + 1;
    rasad_quote via;
    memset(&via, 0, sizeof via);
    if (ex_stem_in(doc, i, &RELAY_VERBS)) {
        size_t an = SIZE_MAX;
        for (size_t j = i + 1; j < end && j <= i + 10; j++) {
            if (ex_word_in(doc, j, &PREP_ABOUT)) {
                an = j;
                break;
            }
            if (doc->tokens[j].kind == RASAD_TOK_PUNCT || ex_word_in(doc, j, &THAT))
                break;
        }
        if (an == SIZE_MAX || an == i + 1)
            return true;
        subject_outlet(v, i + 1, an - 1, &via);
        from = an + 1;
    }
    /* بيّن is written like بين (between): keep its lead-in short */
    bool short_reach = ex_word_in(doc, i, &PREP_BETWEEN);
    size_t reach = short_reach ? 14 : SPEAKER_REACH, after = short_reach ? 12 : AFTER_SPEAKER;

    /* the speaker, and where the quoted words start */
    const tagger_entity *spk = NULL;
    size_t spk_f = SIZE_MAX, spk_l = SIZE_MAX; /* a speaker found without the tagger */
    const speaker_rec *known = NULL;
    size_t open = SIZE_MAX, that = SIZE_MAX;
    for (size_t j = from; j < end && (j <= from - 1 + reach || (spk && j <= spk->tok_last + after)); j++) {
        const rasad_token *t = &doc->tokens[j];
        /* another speech verb starts a lead-in of its own */
        if (j > from && t->kind == RASAD_TOK_WORD && ex_stem_in(doc, j, &SPEECH_VERBS) &&
            !ex_stem_in(doc, j, &WEAK_SPEECH) && !ex_word_in(doc, j, &PREP_BETWEEN) &&
            !ex_word_in(doc, j - 1, &MA) && /* "بحسب ما نقلت عنه" */
            /* "في تصريحات نقلتها وسائل الإعلام": a clause about the statement */
            !ex_stem_in(doc, j - 1, &STATEMENT_NOUNS))
            break;
        if (opening_quote(t) && (j + 1 < doc->ntokens) && !(spk == NULL && person_at(v, j + 1))) {
            /* a quoted name ("معهد “نيولاينز”") is not the quote: the
             * quote comes after a colon or at the end of the lead-in */
            size_t close = closing_quote(doc, j);
            /* "لـ«مكتب أخبار سوريا»", "لبرنامج «...»", "لوكالة “رويترز”": the
             * outlet's name */
            if (close != SIZE_MAX && close - j <= 8 && j > from &&
                (ex_word_in(doc, j - 1, &LAM) || ex_stem_in(doc, j - 1, &OUTLET_NOUNS)) &&
                !ends_sentence(doc, close + 1, end)) {
                j = close;
                continue;
            }
            if (close != SIZE_MAX && close - j <= 3 && j > from && doc->tokens[j - 1].norm[0] != ':' &&
                !ends_sentence(doc, close + 1, end)) /* the lead-in goes on */
                continue;
            open = j;
            break;
        }
        if (ex_word_in(doc, j, &THAT) || (ex_word_in(doc, j, &PREP_TO) &&
                                         ex_word_in(doc, j + 1, &THAT))) {
            that = ex_word_in(doc, j, &THAT) ? j : j + 1;
            break;
        }
        /* a "person" in quotation marks after an institution noun is its
         * name ("معهد “نيولاينز”"): a real name after it replaces it */
        if (spk && spk->tok_first > i + 1 && doc->tokens[spk->tok_first - 1].kind == RASAD_TOK_QUOTE &&
            ex_stem_in(doc, spk->tok_first - 2 >= i ? spk->tok_first - 2 : i, &INSTITUTIONS) && person_at(v, j) &&
            person_at(v, j) != spk) {
            spk = person_at(v, j);
            j = spk->tok_last;
            continue;
        }
        if (!spk && spk_f == SIZE_MAX) {
            const tagger_entity *p = person_at(v, j);
            if (p && not_a_speaker(doc, p)) {
                j = p->tok_last;
                continue;
            }
            if (p) {
                spk = p;
                j = p->tok_last;
                continue;
            }
            /* a name said before, right after the verb */
            size_t last;
            /* ... or after a rank ("وأكد اللواء المقدشي" after "اللواء
             * محمد المقدشي") */
            if ((j == from || (j == from + 1 && ex_word_in(doc, from, &TITLES))) &&
                known_name_at(st, j, end - 1, &last, &known)) {
                spk_f = j;
                spk_l = last;
                j = last;
                continue;
            }
            /* an institution as subject: not a quote */
            const rasad_entity *e = ex_entity_at(v, j);
            /* ("وقال المواطن علي الغامدي": a common noun the lexicon
             * lists as a group, then the person's name, is his title) */
            if (e && j == from && (e->kind == RASAD_ENT_ACTOR || e->kind == RASAD_ENT_SOURCE) &&
                !ex_has_proclitic(doc, j, "ل") && !ex_stem_in(doc, j, &ROLE_NOUNS) &&
                !(e->tok_first == e->tok_last && definite(doc, j) && person_at(v, j + 1))) {
                /* and "وأشار إلى أن" after it goes on with the institution */
                st->has_last = false;
                return true;
            }
        }
    }
    if (open == SIZE_MAX && that == SIZE_MAX)
        return true;
    if (spk) {
        spk_f = spk->tok_first;
        spk_l = spk->tok_last;
        /* "التركي أحمد داود أوغلو": the nationality belongs to the title
         * before it */
        if (spk_l >= spk_f + 2 && spk_f > i + 1 && definite(doc, spk_f) && nisba(doc, spk_f))
            spk_f++;
        /* the tagger may take part of a name the lexicon lists whole
         * ("عبد الرحمن" of "رامي عبد الرحمن") */
        const rasad_entity *e = ex_entity_at(v, spk_f);
        if (e && e->tok_first < spk_f && e->tok_first > i && e->tok_last <= spk_l && !definite(doc, e->tok_first) &&
            (e->kind == RASAD_ENT_ACTOR || e->kind == RASAD_ENT_SOURCE) && !ex_stem_in(doc, e->tok_first, &ROLE_NOUNS))
            spk_f = e->tok_first;
    }
    /* يرى، اعتبر، شدد give a view even with quotation marks */
    if ((open == SIZE_MAX && ex_stem_in(doc, i, &WEAK_SPEECH)) || ex_stem_in(doc, i, &VIEW_VERBS)) {
        /* "ويرى الباحث X أن ...": a view, not a quote, but X is now the
         * one speaking ("وتوقع في تصريح لفرانس برس “...”" is X's) */
        if (spk_f != SIZE_MAX && spk_f > i) {
            st->has_last = true;
            st->last_sentence = s;
            st->last_speaker_start = doc->tokens[spk_f].start;
            st->last_speaker_end = doc->tokens[spk_l].end;
            st->last_role = st->last_affil = st->last_outlet = false;
        }
        return true;
    }
    /* a person just before the verb (SVO) */
    if (spk_f == SIZE_MAX && i > first) {
        const tagger_entity *p = ex_ner_at(v, i - 1);
        if (p && p->type == TG_PER) {
            spk_f = p->tok_first;
            spk_l = p->tok_last;
        }
    }
    rasad_quote q;
    memset(&q, 0, sizeof q);
    q.sentence = s;
    size_t lead_end = (open != SIZE_MAX ? open : that) - 1;
    const speaker_rec *titled = NULL;
    bool bare = spk_f == SIZE_MAX && from == i + 1 && bare_lead_in(v, i + 1, lead_end);
    if (spk_f == SIZE_MAX && !bare && !ex_stem_in(doc, i, &WEAK_SPEECH)) {
        titled = titled_speaker(st, from, lead_end, s);
        if (!titled && lead_end >= from && pattern_name(v, from, lead_end, false, &spk_f, &spk_l)) {
            /* found in the lead-in */
        }
    }
    /* a tagged surname of an earlier speaker is that speaker */
    for (size_t k = st->nspk; spk_f != SIZE_MAX && !known && k-- > 0;) {
        const speaker_rec *r = &st->spk[k];
        if (r->tl < spk_f && r->tl > r->tf && spk_l - spk_f < r->tl - r->tf &&
            suffix_match(doc, spk_f, spk_l, r->tf, r->tl) == spk_l - spk_f + 1)
            known = r;
    }
    if (spk_f != SIZE_MAX) {
        q.speaker_start = doc->tokens[spk_f].start;
        q.speaker_end = doc->tokens[spk_l].end;
        if (spk_f >= from)
            read_context(v, from, lead_end, spk_f, spk_l, &q);
        else
            read_context(v, from, lead_end, from, from - 1, &q);
        if (via.has_outlet) {
            q.has_outlet = true;
            q.outlet_start = via.outlet_start;
            q.outlet_end = via.outlet_end;
        }
        /* a surname alone: the outlet and role said with the full name */
        if (known && !q.has_outlet && known->q.has_outlet) {
            q.has_outlet = true;
            q.outlet_start = known->q.outlet_start;
            q.outlet_end = known->q.outlet_end;
        }
        if (known && !q.has_role && known->q.has_role) {
            q.has_role = true;
            q.role_start = known->q.role_start;
            q.role_end = known->q.role_end;
            q.has_affiliation = known->q.has_affiliation;
            q.affiliation_start = known->q.affiliation_start;
            q.affiliation_end = known->q.affiliation_end;
        }
    } else if (titled) {
        q.speaker_start = titled->q.speaker_start;
        q.speaker_end = titled->q.speaker_end;
        q.has_role = titled->q.has_role;
        q.role_start = titled->q.role_start;
        q.role_end = titled->q.role_end;
        q.has_affiliation = titled->q.has_affiliation;
        q.affiliation_start = titled->q.affiliation_start;
        q.affiliation_end = titled->q.affiliation_end;
        rasad_quote own;
        memset(&own, 0, sizeof own);
        read_context(v, i + 1, lead_end, i + 1, i, &own);
        q.has_outlet = own.has_outlet;
        q.outlet_start = own.outlet_start;
        q.outlet_end = own.outlet_end;
    } else if (bare && st->has_mention && s == st->mention_sentence + 1 &&
               (!st->has_last || st->last_sentence < st->mention_sentence)) {
        q.speaker_start = doc->tokens[st->mention_f].start;
        q.speaker_end = doc->tokens[st->mention_l].end;
        read_context(v, i + 1, lead_end, i + 1, i, &q);
        q.has_role = q.has_affiliation = false;
    } else if (st->has_last && s <= st->last_sentence + 2 && bare) {
        q.speaker_start = st->last_speaker_start;
        q.speaker_end = st->last_speaker_end;
        q.has_role = st->last_role;
        q.role_start = st->last_role_s;
        q.role_end = st->last_role_e;
        q.has_affiliation = st->last_affil;
        q.affiliation_start = st->last_affil_s;
        q.affiliation_end = st->last_affil_e;
        rasad_quote own;
        memset(&own, 0, sizeof own);
        read_context(v, i + 1, lead_end, i + 1, i, &own);
        q.has_outlet = own.has_outlet || st->last_outlet;
        q.outlet_start = own.has_outlet ? own.outlet_start : st->last_outlet_s;
        q.outlet_end = own.has_outlet ? own.outlet_end : st->last_outlet_e;
    } else {
        return true; /* no named speaker */
    }
    if (open != SIZE_MAX) {
        size_t close = closing_quote(doc, open);
        if (close == open + 1)
            return true;
        /* a mark never closed ("قال X: “علينا ..." to the end of the
         * article): the words end with their sentence */
        bool unclosed = close == SIZE_MAX;
        if (unclosed) {
            size_t sf, se;
            ex_sentence_tokens(doc, doc->tokens[open].sentence, &sf, &se);
            if (se <= open + 1)
                return true;
            close = se; /* one past the words, like a closing mark */
        }
        size_t a = open + 1, b = close - 1;
        /* a straight quote left open: the next " opens the next quote
         * ("... للتنظيم. وأضاف رئيس الحكومة "لكننا ..."); the words end
         * with their sentence */
        size_t resume_at = unclosed ? close : close + 1;
        if (!unclosed && strcmp(doc->tokens[open].norm, "\"") == 0 && opens_words(doc, close) &&
            doc->tokens[close].sentence != doc->tokens[open].sentence) {
            size_t sf, se;
            ex_sentence_tokens(doc, doc->tokens[open].sentence, &sf, &se);
            if (se <= a)
                return true;
            b = se - 1;
            resume_at = se;
        }
        /* a stop just inside the closing mark is not part of the words */
        while (b > a && doc->tokens[b].kind == RASAD_TOK_PUNCT && strchr(".,", doc->tokens[b].norm[0]))
            b--;
        q.direct = true;
        q.start = doc->tokens[a].start;
        q.end = doc->tokens[b].end;
        *resume = resume_at;
    } else {
        size_t a = that + 1, b = end - 1;
        if (a >= end)
            return true;
        while (b > a && (doc->tokens[b].kind == RASAD_TOK_PUNCT || doc->tokens[b].kind == RASAD_TOK_QUOTE))
            b--;
        q.direct = false;
        q.start = doc->tokens[a].start;
        q.end = doc->tokens[b].end;
        *resume = end;
        size_t next, comma, la, lb;
        bool direct;
        while ((comma = participle_split(doc, a, b, &next, &la, &lb, &direct)) != SIZE_MAX) {
            rasad_quote part = q;
            size_t pb = comma - 1;
            part.end = doc->tokens[pb].end;
            if (!add_quote(st, &part))
                return false;
            a = next;
            q.start = doc->tokens[a].start;
            q.direct = direct;
            if (la <= lb) {
                rasad_quote own;
                memset(&own, 0, sizeof own);
                read_outlet(v, la, lb, &own);
                if (own.has_outlet) {
                    q.has_outlet = true;
                    q.outlet_start = own.outlet_start;
                    q.outlet_end = own.outlet_end;
                }
            }
        }
    }
    return add_quote(st, &q);
}

/* "بينهم" (among them) is not the verb بيّن: the verb takes no pronoun
 * suffix here */
static bool between(const rasad_doc *doc, size_t i) {
    if (!ex_stem_in(doc, i, &PREP_BETWEEN))
        return false;
    const rasad_token *t = &doc->tokens[i];
    for (size_t k = 0; k < t->seg_count; k++)
        if (doc->segments[t->seg_first + k].role == RASAD_SEG_ENCLITIC)
            return true;
    return false;
}

EX_WORDS(SIDE_NOUNS, "جانب", "جهه", "ناحيه");     /* من جانبه، من جهته */
EX_WORDS(REPORT_VERBS, "ذكر", "قال", "افاد", "اوضح", "صرح");
EX_WORDS(MA_FORMS, "ما", "لما", "حسبما", "كما", "بحسبما"); /* كما ذكر ... */

/* The person sentence s is about: a titled name among its first words
 * ("دعا الأمين العام لحلف شمال الأطلسي ينس شتولتينبيرج إلى اجتماع").
 * The tagger's persons are not used here: on general news it tags
 * phrases at the head of a sentence too often. */
#define SUBJECT_WORDS 16

static void note_subject(quote_state *st, uint32_t s) {
    const ex_view *v = st->v;
    const rasad_doc *doc = v->doc;
    size_t first, end;
    ex_sentence_tokens(doc, s, &first, &end);
    /* "من جانبه، أعلن ...", "من جهته، قال ..." */
    if (first + 3 < end && ex_word_in(doc, first, &PREP_FROM) &&
        ex_stem_in(doc, first + 1, &SIDE_NOUNS) &&
        doc->tokens[first + 2].kind == RASAD_TOK_PUNCT)
        first += 3;
    size_t limit = end < first + SUBJECT_WORDS ? end : first + SUBJECT_WORDS;
    /* the subject comes before what is said or done to whom */
    for (size_t j = first + 1; j < limit; j++)
        if (doc->tokens[j].kind == RASAD_TOK_PUNCT || doc->tokens[j].kind == RASAD_TOK_QUOTE ||
            ex_word_in(doc, j, &THAT)) {
            limit = j;
            break;
        }
    /* a titled name the tagger missed, only right after the sentence's
     * first verb and title ("دعا الأمين العام لحلف ... ينس ...") */
    size_t nf, nl;
    bool early_title = false;
    for (size_t j = first + 1; j < limit && j <= first + 6; j++)
        early_title |= ex_stem_in(doc, j, &ROLE_NOUNS);
    if (early_title && limit > first + 2 && pattern_name(v, first + 1, limit - 1, true, &nf, &nl)) {
        st->has_mention = true;
        st->mention_sentence = s;
        st->mention_f = nf;
        st->mention_l = nl;
        return;
    }
    /* a person named as the source of what the sentence reports ("طبقا
     * لما ذكره جول محمد بيدار", "حسبما قال X"): a bare "وأضاف" in the
     * next sentence goes on with him */
    for (size_t j = first + 1; j + 1 < end; j++) {
        if (!ex_stem_in(doc, j, &REPORT_VERBS) ||
            !ex_word_in(doc, j - 1, &MA_FORMS))
            continue;
        const tagger_entity *p = person_at(v, j + 1);
        if (p && p->tok_first == j + 1 && !not_a_speaker(doc, p)) {
            st->has_mention = true;
            st->mention_sentence = s;
            st->mention_f = p->tok_first;
            st->mention_l = p->tok_last;
            return;
        }
    }
}

rasad_status ex_quotes(const ex_view *v, rasad_quote **out, size_t *n) {
    quote_state st;
    memset(&st, 0, sizeof st);
    st.v = v;
    const rasad_doc *doc = v->doc;
    uint32_t seen = UINT32_MAX;
    for (size_t i = 0; i < doc->ntokens;) {
        size_t next = i + 1;
        if (doc->tokens[i].sentence != seen) {
            seen = doc->tokens[i].sentence;
            note_subject(&st, seen);
        }
        if (doc->tokens[i].kind == RASAD_TOK_WORD && ex_stem_in(doc, i, &SPEECH_VERBS) && !between(doc, i) &&
            !ex_has_proclitic(doc, i, "ب") && !ex_has_proclitic(doc, i, "ال") && !definite(doc, i)) {
            if (!quote_at_verb(&st, i, &next))
                return RASAD_ENOMEM;
        }
        i = next > i ? next : i + 1;
    }
    *out = st.items;
    *n = st.n;
    return RASAD_OK;
}
