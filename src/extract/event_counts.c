/* SPDX-License-Identifier: MIT
 *
 * event_counts.c - stage 4, event frames: the counts of a frame. The quantities of
 * the trigger's sentence with an event role (killed, injured, detained
 * ...), read in its clause or sentence and outside quoted speech, and
 * whether the frame's dead are civilians.
 */
#include <stdint.h>
#include <string.h>

#include "extract/extract.h"
#include "knowledge/lexicon.h"
#include "extract/events.h"

EX_WORDS(PARTICIPATE, "شارك", "شاركت", "يشارك", "تشارك", "بمشاركه", "مشاركه", "شاركوا");

static bool event_role(uint8_t r) {
    return r == RASAD_ROLE_FATALITIES || r == RASAD_ROLE_INJURED || r == RASAD_ROLE_ESCAPED ||
           r == RASAD_ROLE_DETAINED || r == RASAD_ROLE_DISPLACED || r == RASAD_ROLE_PARTICIPANTS;
}

/* Is token tok inside quotation marks opened earlier in its sentence? */
static bool in_quotes(const rasad_doc *doc, size_t tok, size_t sent_first) {
    bool open = false;
    for (size_t i = sent_first; i < tok; i++) {
        const rasad_token *t = &doc->tokens[i];
        if (t->kind != RASAD_TOK_QUOTE)
            continue;
        if (strcmp(t->norm, "\xE2\x80\x9C") == 0 || strcmp(t->norm, "\xC2\xAB") == 0)
            open = true; /* “ « */
        else if (strcmp(t->norm, "\xE2\x80\x9D") == 0 || strcmp(t->norm, "\xC2\xBB") == 0)
            open = false; /* ” » */
        else
            open = !open; /* a straight quote toggles */
    }
    return open;
}

/* "قُتل 18 شخصًا ... جراء سقوط صاروخ على حي في حلب، في حين عادت معركة
 * ريف اللاذقية إلى الواجهة", "قتل 3 جنود في هجوم في العريش، كما أصيب 4
 * آخرون في انفجار في رفح": a connective (بينما، فيما، في حين، كما) opens
 * a clause of its own; a count on one side of it, in a clause that tells
 * an act of its own, is that act's, not the count of a trigger on the
 * other side. */
EX_WORDS(WHEREAS, "بينما", "فيما", "كما");
EX_WORDS(TOLL_WORDS, "قتلي", "جرحي", "مصرع", "مصرعهم", "حتفهم", "قتيل", "جريح", "مصابين", "اصابات", "ضحايا");
EX_WORDS(HIN, "حين");

static int cue_of_one(const rasad_doc *doc, size_t i);

/* The first connective between tokens a and b (exclusive), or SIZE_MAX. */
static size_t connective_between(const rasad_doc *doc, size_t a, size_t b) {
    for (size_t k = a + 1; k < b; k++)
        if (ex_stem_in(doc, k, &WHEREAS) || (ex_word_in(doc, k, &HIN) && k > 0 && ex_word_in(doc, k - 1, &PREP_IN)))
            return k;
    return SIZE_MAX;
}

/* Is an act told between tokens a and b (exclusive) by a word that is
 * more than a killing word (a strike, an attack, a blast, a clash)? Not
 * the act told before, named again: "في هذه العمليات", "كما أصيب في
 * الهجوم" (a generic word with the article). */
static bool act_between(const ex_view *v, size_t a, size_t b) {
    for (size_t k = a; k < b; k++) {
        const rasad_entity *e = ex_entity_at(v, k);
        if (!e || e->kind != RASAD_ENT_TRIGGER || e->tok_first != k)
            continue;
        trig t = ev_trig_of(e);
        if (t.context || (k > 0 && ex_word_in(v->doc, k - 1, &DEMONSTRATIVES)))
            continue;
        bool generic = t.kind == LEX_EK_ATTACK || t.kind == LEX_EK_EXPLOSION || t.kind == LEX_EK_OTHER;
        if (generic && !t.verb && ex_has_proclitic(v->doc, k, "ال"))
            continue;
        return true;
    }
    return false;
}

/* Whose is a count across a connective from the trigger: the trigger's
 * (KEEP), the other clause's (OTHER_CLAUSE), or the other clause's act's,
 * a toll of a particular act told beside this one (OTHER_ACT). */
enum { KEEP, OTHER_CLAUSE, OTHER_ACT };

static int across_contrast(const ex_view *v, const rasad_quantity *q, size_t trigger_tok, size_t sent_first,
                           size_t sent_end) {
    const rasad_doc *doc = v->doc;
    /* a count after the trigger, past a connective that opens a clause
     * telling an act of its own */
    if (q->tok_first > trigger_tok) {
        size_t at = connective_between(doc, trigger_tok, q->tok_first);
        if (at == SIZE_MAX)
            return KEEP;
        /* the count's own clause: up to the next connective */
        size_t next = connective_between(doc, q->tok_last, sent_end);
        return act_between(v, at + 1, next == SIZE_MAX ? sent_end : next) ? OTHER_ACT : KEEP;
    }
    if (q->tok_last >= trigger_tok)
        return KEEP;
    size_t at = connective_between(doc, q->tok_last, trigger_tok);
    if (at == SIZE_MAX)
        return KEEP;
    /* "لقي شخصان حتفهما، بينما أصيب 15 آخرون جراء قصف": the clause after
     * the connective tells casualties too, and the act it names caused
     * both, when the clause before named no act of its own */
    bool own_act = act_between(v, sent_first, at);
    for (size_t k = at + 1; k < trigger_tok && !own_act; k++)
        if (cue_of_one(doc, k) >= 0 || ex_stem_in(doc, k, &TOLL_WORDS))
            return KEEP;
    for (size_t k = ex_qty_from(v, at + 1), kn = ex_qty_to(v, trigger_tok); k < kn && !own_act; k++)
        if (v->qty[k].tok_first > at && v->qty[k].tok_last < trigger_tok)
            return KEEP;
    for (size_t k = sent_first; k < at; k++) {
        const rasad_entity *e = ex_entity_at(v, k);
        if (e && e->kind == RASAD_ENT_TRIGGER)
            return own_act ? OTHER_ACT : OTHER_CLAUSE;
    }
    return KEEP;
}

/* "وبهجمات أمس يرتفع إجمالي عدد القتلى ... إلى 60 على الأقل": a total
 * (إجمالي، مجموع) sums the incidents told and before: a claim, not the
 * act's own count. */
EX_WORDS(TOTAL_WORDS, "اجمالي", "الاجمالي", "مجموع");
#define TOTAL_REACH 10 /* tokens from the word of total to its count: "إجمالي عدد القتلى في صفوف قوات الأمن إلى 60" */
static bool running_total(const rasad_doc *doc, const rasad_quantity *q, size_t sent_first) {
    for (size_t k = q->tok_first; k-- > sent_first && k + TOTAL_REACH >= q->tok_first;)
        if (ex_stem_in(doc, k, &TOTAL_WORDS))
            return true;
    return false;
}

void ev_find_quantities(const ex_view *v, ex_clause c, size_t trigger_tok, size_t sent_first, size_t sent_end,
                        ex_frame *f) {
    const rasad_doc *doc = v->doc;
    bool participate = false;
    for (size_t i = sent_first; i < sent_end; i++)
        if (ex_stem_in(doc, i, &PARTICIPATE))
            participate = true;
    /* "هاجم انتحاري الأكاديمية بعد ساعات من تفجير شاحنة أدى إلى مقتل 15
     * شخصا": the act an interval is counted from is another incident,
     * and the counts after it are its own */
    size_t interval_at = SIZE_MAX;
    bool own_interval = ev_interval_point_at(doc, trigger_tok, c.first);
    if (!own_interval)
        for (size_t i = trigger_tok + 1; i < sent_end && interval_at == SIZE_MAX; i++) {
            const rasad_entity *e = ex_entity_at(v, i);
            if (e && e->kind == RASAD_ENT_TRIGGER && e->tok_first == i && ev_interval_point_at(doc, i, sent_first))
                interval_at = i;
        }
    for (size_t i = ex_qty_from(v, sent_first), in = ex_qty_to(v, sent_end); i < in && f->nqty < 8; i++) {
        rasad_quantity q = v->qty[i];
        if (q.tok_first < sent_first || q.tok_last >= sent_end)
            continue;
        if ((interval_at != SIZE_MAX && q.tok_first > interval_at) || (own_interval && q.tok_last < trigger_tok))
            continue;
        q.role = ex_role_in_context(v, &q);
        if (ex_counts_dead_and_wounded(doc, &q) && !ex_counts_things(doc, &q))
            q.role = RASAD_ROLE_OTHER; /* "قتل وأصيب 30 شخصا": no split */
        if (participate && (q.role == RASAD_ROLE_MEMBERS || q.role == RASAD_ROLE_FIGHTERS))
            q.role = RASAD_ROLE_PARTICIPANTS;
        /* the people an arrest verb or noun counts after it are the
         * detained ("اعتقلت الشرطة 15 مشتبهاً بهم") */
        if (f->kind == LEX_EK_ARREST && q.tok_first > trigger_tok && q.tok_first <= c.last &&
            !ex_counts_things(doc, &q) && (q.role == RASAD_ROLE_OTHER || q.role == RASAD_ROLE_MEMBERS || q.role == RASAD_ROLE_FIGHTERS))
            q.role = RASAD_ROLE_DETAINED;
        /* "احتجازه لمدة 81 يوما", "خلال 24 ساعة": time, not people; the
         * dead and wounded counted together ("قتل وأصيب 30 شخصا") are
         * the frame's, under role other */
        if (!(event_role(q.role) || (q.role == RASAD_ROLE_OTHER && ex_counts_dead_and_wounded(doc, &q))) ||
            ex_counts_time(doc, &q))
            continue;
        if (running_total(doc, &q, sent_first))
            continue;
        int whose = across_contrast(v, &q, trigger_tok, sent_first, sent_end);
        if (whose != KEEP) {
            f->toll_beside |= whose == OTHER_ACT;
            continue;
        }
        /* a count someone is quoted as claiming, in a sentence that says
         * it could not be verified ("أعلن أن “المئات من عناصره كسروا
         * القيد”، من دون أن يتسنى التحقق"), is that party's claim, not
         * the incident's count: claims.c takes it */
        if (in_quotes(v->doc, q.tok_first, sent_first) &&
            ex_modality(v, sent_first, q.tok_first, sent_end).unverified)
            continue;
        f->qty[f->nqty++] = q;
    }
}

/* Does the frame count civilians among its dead or wounded? The counted
 * noun is the quantity's last token or the one after it. */
bool ev_civilian_toll(const ex_view *v, const ex_frame *f) {
    EX_WORDS(CIVILIAN_NOUNS, "مدني", "مدنيا", "مدنيين", "مدنيون", "اطفال", "طفلا", "طفل",
             "نساء", "امراه", "مواطنا", "مواطنين", "مواطنون");
    for (size_t k = 0; k < f->nqty; k++) {
        const rasad_quantity *q = &f->qty[k];
        if (q->role != RASAD_ROLE_FATALITIES && q->role != RASAD_ROLE_INJURED)
            continue;
        if (ex_stem_in(v->doc, q->tok_last, &CIVILIAN_NOUNS) || ex_stem_in(v->doc, q->tok_last + 1, &CIVILIAN_NOUNS))
            return true;
    }
    return false;
}

/* ---- Counts told without a number ----
 * "قتل شرطي تركي وأصيب آخر", "مقتل ضابط صف وإصابة اثنين", "اعتقلت أحد
 * المنتمين للتنظيم": a killing, wounding or arrest word followed by one
 * person (an indefinite singular noun for a person, أحد + a noun, or
 * آخر after a second verb) counts one. A list of victims joined by و
 * with at least one such person in it is one group, counted whole
 * ("مقتل امرأة وثلاثة أطفال" 4, "مقتل امرأة وحفيدتها ورجل" 3); a list of
 * numbers alone keeps its counts apart, as the gold codes them. These
 * counts go to the frame only, never to the doc's quantities, so claims.c
 * does not see them: one policeman is no claim. */

EX_WORDS(KILL_OF_ONE, "قتل", "قتلت", "مقتل", "استشهد", "استشهدت", "استشهاد", "مصرع", "اغتيال");
EX_WORDS(WOUND_OF_ONE, "اصيب", "اصيبت", "اصابه", "جرح", "جرحت");
EX_WORDS(HOLD_OF_ONE, "اعتقال", "اعتقل", "اعتقلت", "احتجاز", "احتجز", "توقيف", "اوقفت", "اختطاف",
         "اختطف", "خطف");
/* one person, indefinite: the nominative and accusative forms */
EX_WORDS(ONE_PERSON, "شرطي", "شرطيا", "جندي", "جنديا", "ضابط", "ضابطا", "عسكري", "عسكريا", "مدني", "مدنيا",
         "طفل", "طفلا", "طفله", "امراه", "سيده", "رجل", "رجلا", "شاب", "شابا", "فتي", "فتاه", "مواطن",
         "مواطنا", "مواطنه", "عنصر", "عنصرا", "مقاتل", "مقاتلا", "مسلح", "مسلحا", "صحفي", "صحفيا", "ناشط",
         "ناشطا", "شخص", "شخصا", "طالب", "طالبا", "حارس", "حارسا", "سائق", "سائقا", "طبيب", "طبيبا",
         "مستوطن", "مستوطنا", "مجند", "مجندا", "موظف", "موظفا", "قيادي", "قياديا", "مسؤول", "مسؤولا",
         "ارهابي", "ارهابيا", "رقيب", "عريف", "ملازم", "نقيب", "عقيد");
/* one relative of the one named before, later in a list: "وحفيدتها" */
EX_WORDS(KIN_OF, "حفيده", "حفيدها", "حفيدتها", "حفيدته", "زوجته", "زوجها", "ابنه", "ابنها", "ابنته", "ابنتها",
         "طفله", "طفلها", "طفلتها", "شقيقه", "شقيقها", "شقيقته", "شقيقتها", "والده", "والدته", "والدها",
         "والدتها", "اخيه", "اخوه", "اخته", "اخيها", "اختها", "امه", "امها", "ابيه");
EX_WORDS(ONE_OF, "احد", "احدي");
/* "سقوط ضابط وأربعة قتلى": falling, a toll whose counted noun names it */
EX_WORDS(FALL_OF, "سقوط");
EX_WORDS(ANOTHER_ONE, "اخر", "اخري");
/* "وأصيب آخران": two more (the nominative dual; "آخرين" is as often a
 * plural after a number) */
EX_WORDS(ANOTHER_TWO, "اخران", "اخريان");
EX_WORDS(NO_ONE_NEGATION, "لم", "لا", "لن", "ليس", "عدم", "دون", "بدون");
/* "أحد عشر": eleven, which the number scanner reads */
EX_WORDS(TEEN, "عشر", "عشره");

static bool definite(const rasad_doc *doc, size_t i) {
    const rasad_token *t = &doc->tokens[i];
    for (size_t k = 0; k < t->seg_count; k++) {
        const rasad_segment *s = &doc->segments[t->seg_first + k];
        if (s->role == RASAD_SEG_PROCLITIC && strstr(s->norm, "\xD8\xA7\xD9\x84")) /* ال */
            return true;
    }
    return false;
}

static bool word_tok(const rasad_doc *doc, size_t i) {
    return doc->tokens[i].kind == RASAD_TOK_WORD;
}

static int cue_of_one(const rasad_doc *doc, size_t i) {
    if (ex_stem_in(doc, i, &KILL_OF_ONE))
        return RASAD_ROLE_FATALITIES;
    if (ex_stem_in(doc, i, &WOUND_OF_ONE))
        return RASAD_ROLE_INJURED;
    if (ex_stem_in(doc, i, &HOLD_OF_ONE))
        return RASAD_ROLE_DETAINED;
    return -1;
}

/* An indefinite singular noun for a person at i (with or without و). */
static bool one_person(const rasad_doc *doc, size_t i) {
    return word_tok(doc, i) && !definite(doc, i) && ex_stem_in(doc, i, &ONE_PERSON);
}

/* A relative with a pronoun at i, after و ("وحفيدتها"): its norm less
 * the و. */
static bool kin_of(const rasad_doc *doc, size_t i) {
    const char *n = doc->tokens[i].norm;
    if (!word_tok(doc, i) || strncmp(n, "\xD9\x88", 2) != 0) /* و */
        return false;
    return ex_words_has(&KIN_OF, n + 2);
}

/* The exact count of people the scanner read starting at token i, or
 * NULL. */
static const rasad_quantity *count_at(const ex_view *v, size_t i) {
    for (size_t k = ex_qty_from(v, i), kn = ex_qty_to(v, i + 1); k < kn; k++) {
        const rasad_quantity *q = &v->qty[k];
        if (q->tok_first != i)
            continue;
        bool exact = q->qualifier == RASAD_Q_EXACT && q->has_max && q->min == q->max;
        bool at_least = (q->qualifier == RASAD_Q_AT_LEAST || q->qualifier == RASAD_Q_MORE_THAN) && !q->has_max;
        return q->has_min && q->min > 0 && (exact || at_least) && !ex_counts_things(v->doc, q) ? q : NULL;
    }
    return NULL;
}

/* The victims after the cue at i: tokens [first, last], how many, and
 * whether one of them is a person told without a number (a list of
 * numbers alone is the scanner's to count). */
typedef struct victims {
    size_t first, last;
    int64_t n;
    bool person;
    bool open;       /* a part is a lower bound ("أربعة قتلى على الأقل"): so is the sum */
    size_t items;
    int count_role;  /* the role a counted part's noun gives (قتلى), or -1 */
} victims;

#define LIST_ITEMS 6
#define ADJ_REACH 3 /* "شرطي تركي", "ضابط صف": words between one item and the و of the next */

static bool read_victims(const ex_view *v, size_t i, size_t end, victims *out) {
    const rasad_doc *doc = v->doc;
    size_t n = i + 1;
    if (n >= end || !word_tok(doc, n))
        return false;
    /* "القبض على شاب" */
    if (ex_word_in(doc, n, &PREP_ON) && n + 1 < end && word_tok(doc, n + 1))
        n++;
    memset(out, 0, sizeof *out);
    out->count_role = -1;
    out->first = n;
    /* "أحد المنتمين", "أحد عناصر الشرطة", "أحد جنوده"; not "أحد عشر",
     * nor "لم يسفر عن مقتل أحد" (a noun must follow) */
    if (ex_word_in(doc, n, &ONE_OF)) {
        if (n + 1 >= end || !word_tok(doc, n + 1) || ex_stem_in(doc, n + 1, &TEEN) ||
            ex_word_in(doc, n + 1, &PREP_FROM) || ex_word_in(doc, n + 1, &PREP_IN))
            return false;
        out->last = n + 1;
        out->n = 1;
        out->person = true;
        out->items = 1;
        return true;
    }
    /* "وأصيب آخر", "وأصيب آخران": more of a pair or a trio, after a
     * verb joined by و */
    bool two = ex_word_in(doc, n, &ANOTHER_TWO);
    if (two || ex_word_in(doc, n, &ANOTHER_ONE)) {
        if (!ex_has_proclitic(doc, i, "و"))
            return false;
        out->last = n;
        out->n = two ? 2 : 1;
        out->person = true;
        out->items = 1;
        return true;
    }
    if (ex_has_proclitic(doc, n, "و"))
        return false;
    size_t at = n;
    while (out->items < LIST_ITEMS) {
        const rasad_quantity *q = count_at(v, at);
        if (q) {
            out->n += q->min;
            out->open |= !q->has_max;
            out->last = q->tok_last;
            if ((q->role == RASAD_ROLE_FATALITIES || q->role == RASAD_ROLE_INJURED) && q->unit_end > q->unit_start)
                out->count_role = q->role;
        } else if (one_person(doc, at) || (out->items > 0 && kin_of(doc, at))) {
            out->n += 1;
            out->person = true;
            out->last = at;
        } else {
            break;
        }
        out->items++;
        /* the next item: a word with و within reach, nothing between
         * but words of this one */
        size_t next = 0;
        for (size_t k = out->last + 1; k < end && k <= out->last + ADJ_REACH; k++) {
            /* "مقتل امرأة وحفيدتها، ورجل": a comma before the last */
            if (doc->tokens[k].kind == RASAD_TOK_PUNCT && doc->tokens[k].norm[0] == ',' && k + 1 < end &&
                ex_has_proclitic(doc, k + 1, "و"))
                continue;
            if (!word_tok(doc, k) || count_at(v, k))
                break;
            if (ex_has_proclitic(doc, k, "و") || kin_of(doc, k)) {
                next = k;
                break;
            }
        }
        /* a number after و is its own token ("و 4") or carries it */
        if (!next && out->last + 1 < end && count_at(v, out->last + 1) &&
            ex_has_proclitic(doc, out->last + 1, "و"))
            next = out->last + 1;
        if (!next)
            break;
        at = next;
    }
    return out->items > 0 && out->person;
}

/* One person told before the verb: "إن جنديا تركيا قتل", "لقي شاب
 * مصرعه". The person is the subject of إن or of لقي, an adjective or
 * two between it and the verb. */
EX_WORDS(INNA, "ان", "بان", "لان");
EX_WORDS(LAQIYA, "لقي", "لقيت", "ولقي", "ولقيت"); /* the segmenter reads ولقي as و+ل+قي */
EX_WORDS(HIS_DEATH, "مصرعه", "مصرعها", "حتفه", "حتفها");
EX_WORDS(KILLED_VERB, "قتل", "قتلت", "استشهد", "استشهدت");
EX_WORDS(WOUNDED_VERB, "اصيب", "اصيبت", "جرح", "جرحت");
EX_WORDS(HELD_VERB, "اعتقل", "اعتقلت", "خطف", "خطفت", "اختطف", "اختطفت");

static bool read_subject(const rasad_doc *doc, size_t i, size_t sent_first, victims *out, int *role) {
    memset(out, 0, sizeof *out);
    /* i is the verb (not joined by و: "إن جنديا قتل وأصيب آخر" reads
     * آخر from وأصيب) */
    if (ex_has_proclitic(doc, i, "و"))
        return false;
    if (ex_word_in(doc, i, &KILLED_VERB))
        *role = RASAD_ROLE_FATALITIES;
    else if (ex_word_in(doc, i, &WOUNDED_VERB))
        *role = RASAD_ROLE_INJURED;
    else if (ex_word_in(doc, i, &HELD_VERB))
        *role = RASAD_ROLE_DETAINED;
    else
        return false;
    /* the person one to three words before it, right after إن */
    bool found = false;
    for (size_t k = 1; k <= 3 && i >= sent_first + k + 1 && !found; k++) {
        size_t p = i - k;
        if (!word_tok(doc, p))
            return false;
        if (one_person(doc, p) && ex_word_in(doc, p - 1, &INNA)) {
            out->first = out->last = p;
            found = true;
        }
    }
    if (!found)
        return false;
    /* only adjectives between: "إن جنديا تركيا قتل" */
    for (size_t k = out->last + 1; k < i; k++)
        if (definite(doc, k) || ex_has_proclitic(doc, k, "و"))
            return false;
    out->n = 1;
    out->person = true;
    out->items = 1;
    return true;
}

static bool read_laqiya(const rasad_doc *doc, size_t i, size_t end, victims *out) {
    memset(out, 0, sizeof *out);
    if (!ex_stem_in(doc, i, &LAQIYA) || i + 1 >= end || !one_person(doc, i + 1))
        return false;
    for (size_t k = i + 2; k < end && k <= i + 4; k++)
        if (ex_word_in(doc, k, &HIS_DEATH)) {
            out->first = out->last = i + 1;
            out->n = 1;
            out->person = true;
            out->items = 1;
            return true;
        }
    return false;
}

/* "ما أدى إلى مقتله", "أسفر عن مقتلها": the death of one person told
 * by a pronoun on the killing noun, an outcome of the act */
EX_WORDS(HIS_KILLING, "مقتله", "مقتلها", "استشهاده", "استشهادها", "وفاته", "وفاتها");
EX_WORDS(OUTCOME_PREP, "الي", "عن");
static bool read_his_killing(const rasad_doc *doc, size_t i, size_t sent_first, victims *out) {
    memset(out, 0, sizeof *out);
    if (i <= sent_first || !ex_word_in(doc, i, &HIS_KILLING) || !ex_word_in(doc, i - 1, &OUTCOME_PREP))
        return false;
    out->first = out->last = i;
    out->n = 1;
    out->person = true;
    out->items = 1;
    return true;
}

void ev_implicit_counts(const ex_view *v, ex_frame *f) {
    const rasad_doc *doc = v->doc;
    if (f->dropped || !f->nmentions || f->mentions[0] >= doc->nsentences)
        return;
    size_t sent_first, sent_end;
    ex_sentence_tokens(doc, f->mentions[0], &sent_first, &sent_end);
    for (size_t i = sent_first; i < sent_end; i++) {
        int role = cue_of_one(doc, i);
        victims vs;
        if (role >= 0 && read_victims(v, i, sent_end, &vs)) {
        } else if (ex_stem_in(doc, i, &FALL_OF) && read_victims(v, i, sent_end, &vs) && vs.items > 1 &&
                   vs.count_role >= 0) {
            /* "سقوط ضابط وأربعة قتلى": what the counted noun says */
            role = vs.count_role;
        } else if (read_subject(doc, i, sent_first, &vs, &role)) {
        } else if (read_laqiya(doc, i, sent_end, &vs) || read_his_killing(doc, i, sent_first, &vs)) {
            role = RASAD_ROLE_FATALITIES;
        } else {
            continue;
        }
        /* one person the scanner read as a number ("عنصر واحد", "أحد
         * المنتمين"): its count, if the frame kept it, is the frame's */
        bool read = false;
        for (size_t k = ex_qty_from(v, ex_back(vs.first, v->qty_span)), kn = ex_qty_to(v, vs.last + 2); k < kn; k++)
            read |= vs.items == 1 && v->qty[k].tok_last >= vs.first && v->qty[k].tok_first <= vs.last + 1;
        if (read)
            continue;
        /* "لم يسفر عن مقتل أحد", "دون إصابة شخص": nobody */
        bool negated = false;
        for (size_t k = i > sent_first + 4 ? i - 4 : sent_first; k < i; k++)
            negated |= ex_stem_in(doc, k, &NO_ONE_NEGATION);
        if (negated)
            continue;
        if (in_quotes(doc, i, sent_first) && ex_modality(v, sent_first, i, sent_end).unverified)
            continue;
        /* the counts of the list's parts give way to the whole; a count
         * of that role told elsewhere with a number is the one to keep */
        bool told = false;
        for (size_t k = 0; k < f->nqty; k++) {
            const rasad_quantity *p = &f->qty[k];
            told |= p->role == role && !(vs.items > 1 && p->tok_first >= vs.first && p->tok_last <= vs.last);
        }
        if (told)
            continue;
        size_t kept = 0;
        for (size_t k = 0; k < f->nqty; k++)
            if (!(vs.items > 1 && f->qty[k].tok_first >= vs.first && f->qty[k].tok_last <= vs.last))
                f->qty[kept++] = f->qty[k];
        f->nqty = kept;
        if (f->nqty >= 8)
            break;
        rasad_quantity q;
        memset(&q, 0, sizeof q);
        q.min = q.max = vs.n;
        q.has_min = true;
        q.has_max = !vs.open;
        q.qualifier = vs.open ? RASAD_Q_AT_LEAST : RASAD_Q_EXACT;
        q.role = (uint8_t)role;
        q.start = doc->tokens[vs.first].start;
        q.end = doc->tokens[vs.last].end;
        q.unit_start = doc->tokens[vs.last].start;
        q.unit_end = doc->tokens[vs.last].end;
        q.tok_first = (uint32_t)vs.first;
        q.tok_last = (uint32_t)vs.last;
        f->qty[f->nqty++] = q;
    }
}

/* Two tellings of one incident often give its toll twice ("أوقع 32
 * قتيلا" ... "أسفر عن مقتل 32 شخصا"; "قتلوا اثنين من جنوده في تفجير
 * قنبلة" ... "جنديين قتلا حينما انفجرت سيارة ملغومة"): the same number
 * of dead, two or more, told with a number in both. merge.c reads it as
 * the incident told again when nothing else (place, actor, date, ACLED
 * type) says otherwise. */
/* "العشرات", "مئات", "عدة": a range many tolls share */
static bool vague(const rasad_quantity *q) {
    return q->qualifier == RASAD_Q_TENS || q->qualifier == RASAD_Q_HUNDREDS || q->qualifier == RASAD_Q_THOUSANDS ||
           q->qualifier == RASAD_Q_SEVERAL;
}

bool ev_same_toll(const ex_frame *a, const ex_frame *b) {
    for (size_t i = 0; i < a->nqty; i++) {
        const rasad_quantity *p = &a->qty[i];
        if (p->role != RASAD_ROLE_FATALITIES || !p->has_min || p->min < 2 || vague(p))
            continue;
        for (size_t k = 0; k < b->nqty; k++) {
            const rasad_quantity *q = &b->qty[k];
            if (q->role == RASAD_ROLE_FATALITIES && q->has_min && q->min == p->min && !vague(q))
                return true;
        }
    }
    return false;
}

/* "من جهة أخرى أفادت تقارير بأنه تم العثور على ضابطي شرطة مقتولين في
 * إقليم شانلي أورفا": a sentence that opens with "on another note" (من
 * جهة أخرى / ثانية، في سياق آخر، على صعيد آخر، في حادث آخر / منفصل)
 * tells another incident, whose toll is not the one told before, however
 * near the places. merge.c merges no frame of such a sentence into an
 * earlier one. */
EX_WORDS(SIDE_NOUNS, "جهه", "سياق", "صعيد", "حادث", "حادثه");
EX_WORDS(OTHER_ADJ, "اخري", "ثانيه", "اخر", "منفصل", "منفصله");

bool ev_new_story(const ex_view *v, const ex_frame *f) {
    const rasad_doc *doc = v->doc;
    if (!f->nmentions || f->mentions[0] >= doc->nsentences)
        return false;
    size_t first, end;
    ex_sentence_tokens(doc, f->mentions[0], &first, &end);
    /* (من|في|على) + جهة/سياق/صعيد/حادث + أخرى/آخر/ثانية/منفصل, at the
     * start (و allowed on the preposition) */
    if (first + 2 >= end)
        return false;
    bool prep = ex_stem_in(doc, first, &PREP_FROM) || ex_stem_in(doc, first, &PREP_IN) || ex_stem_in(doc, first, &PREP_ON);
    return prep && ex_stem_in(doc, first + 1, &SIDE_NOUNS) && ex_word_in(doc, first + 2, &OTHER_ADJ);
}

/* "وفي التفاصيل أن جندياً أطلق النار على رفاقه" after "قتل 4 أشخاص في
 * اشتباكات داخل ثكنة عسكرية": a sentence that opens with "in detail"
 * (وفي التفاصيل، وفي تفاصيل الحادث، وتفصيلاً، وبحسب التفاصيل) tells the
 * incident of the sentence before it again, in full. */
EX_WORDS(DETAILS, "تفاصيل", "تفصيلا");
EX_WORDS(BY_WORDS, "بحسب", "حسب", "وفق", "وفقا");

bool ev_told_in_detail(const rasad_doc *doc, uint32_t s) {
    if (s >= doc->nsentences)
        return false;
    size_t first, end;
    ex_sentence_tokens(doc, s, &first, &end);
    if (first < end && ex_stem_in(doc, first, &DETAILS))
        return true;
    return first + 1 < end && (ex_stem_in(doc, first, &PREP_IN) || ex_stem_in(doc, first, &BY_WORDS)) &&
           ex_stem_in(doc, first + 1, &DETAILS);
}
