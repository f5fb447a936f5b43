/* SPDX-License-Identifier: MIT
 *
 * event_target.c - stage 4, event frames: the second actor (actor2) when
 * event_actors.c found no one after على / ضد / a target noun. ACLED codes
 * the side violence falls on as actor2, and the press often names that
 * side only by its dead and wounded: "أسفرت عن مقتل 5 مدنيين" (Civilians),
 * "قتلوا اثنين من جنوده" (the army the pronoun points to), "مقتل سبعة
 * من قادة تنظيم داعش" (the group), "قتل شرطي تركي" (the police). Here a
 * count of dead or wounded in the trigger's sentence, or the word right
 * after a killing word, gives that side.
 */
#include <string.h>

#include "extract/extract.h"
#include "knowledge/lexicon.h"
#include "extract/events.h"

/* Is the role one of people hit: dead or wounded? */
static bool toll_role(uint8_t r) {
    return r == RASAD_ROLE_FATALITIES || r == RASAD_ROLE_INJURED;
}

/* Is the mention's first word a sound plural of people ("مسلحين",
 * "مقاتلون")? */
static bool plural_people(const rasad_doc *doc, const rasad_entity *e) {
    const char *n = doc_tok_stem(doc, e->tok_first)->norm;
    size_t len = strlen(n);
    if (len < 6)
        return false;
    const char *end = n + len - 4;
    return strcmp(end, "\xD9\x8A\xD9\x86") == 0 || strcmp(end, "\xD9\x88\xD9\x86") == 0; /* ين ون */
}

/* Is e the doer named again: the same lexicon id as actor1, or the same
 * mention? */
static bool is_doer(const rasad_actor_ref *a1, const rasad_entity *e) {
    return a1->present && ((a1->id && e->id && strcmp(a1->id, e->id) == 0) || a1->start == e->start);
}

/* Is the role noun one of those violence falls on (police, soldiers,
 * civilians), not of those who carry it out (gunmen, militants)? */
bool ev_hit_role(const rasad_entity *e) {
    const lex_entry *le = ex_lex_entry(e);
    return le && (le->kind == LEX_AK_STATE_FORCES || le->kind == LEX_AK_CIVILIANS);
}

EX_WORDS(RANKS, "صفوف");
#define RANKS_REACH 4 /* words after a count where صفوف may stand */

/* The actor a count counts: its counted noun inside it or right after
 * it ("5 مدنيين", "13 عنصرا"), or after من ("سبعة من قادة تنظيم داعش",
 * "اثنين من جنوده"). */
static const rasad_entity *counted_actor(const ex_view *v, const rasad_quantity *q, size_t sent_end) {
    const rasad_doc *doc = v->doc;
    for (size_t i = (size_t)q->tok_first + 1; i <= q->tok_last + 1 && i < sent_end; i++) {
        const rasad_entity *e = ev_actor_starting(v, i);
        if (e)
            return e;
        if (i > q->tok_last)
            break;
    }
    size_t i = (size_t)q->tok_last + 1;
    if (i + 1 < sent_end && ex_word_in(doc, i, &PREP_FROM))
        return ev_actor_starting(v, i + 1);
    /* "تسعة قتلى على الأقل سقطوا من صفوف مقاتلي تنظيم داعش", "12 قتيلا
     * في صفوف قوات النظام": the ranks the dead fell from */
    for (size_t k = i; k + 1 < sent_end && k <= i + RANKS_REACH; k++) {
        if (doc->tokens[k].kind != RASAD_TOK_WORD)
            break;
        if (ex_stem_in(doc, k, &RANKS))
            return ev_actor_starting(v, k + 1);
    }
    return NULL;
}

/* "جنوده", "عناصرها": the named force or group before the pronoun in the
 * sentence whose men they are (the reporting army in "قال الجيش التركي
 * إن مسلحين قتلوا اثنين من جنوده"), not the doer of the act. */
static const rasad_entity *pronoun_owner(const ex_view *v, const rasad_entity *e, size_t sent_first,
                                         const rasad_actor_ref *a1) {
    const char *pron = ex_enclitic(v->doc, e->tok_last);
    bool singular = pron && strcmp(pron, "\xD9\x87") == 0; /* ه HEH U+0647 */
    for (size_t i = e->tok_first; i-- > sent_first;) {
        const rasad_entity *o = ex_entity_at(v, i);
        if (!o || o->tok_last != i || o->kind != RASAD_ENT_ACTOR || !o->id)
            continue;
        /* "مسلحين أكرادا قتلوا اثنين من جنوده": ـه is one owner's, not
         * a plural of people's (that takes ـهم) */
        if (singular && plural_people(v->doc, o))
            continue;
        if (a1->present && a1->id && strcmp(a1->id, o->id) == 0)
            return NULL; /* the doer's own men: no other side is named */
        return o;
    }
    return NULL;
}

EX_WORDS(AT_LEAST, "علي", "الاقل");

/* Is the role mention a generic name of an armed group ("التنظيم",
 * "التنظيم المتطرف")? */
static bool group_word(const rasad_entity *e) {
    const lex_entry *le = ex_lex_entry(e);
    return le && le->id && strcmp(le->id, "ROLE_TERROR_GROUP") == 0;
}

/* "مقتل ضابط صف" beside "مركز حدودي للجيش التركي": a soldier or a
 * policeman with no force named after him is of the force of his kind
 * (army: "Military Forces of", police: "Police Forces of") the sentence
 * names, when it names one and it is not the doer. */
static const rasad_entity *force_named(const ex_view *v, const rasad_entity *e, size_t sent_first, size_t sent_end,
                                       const rasad_actor_ref *a1) {
    const lex_entry *le = ex_lex_entry(e);
    if (!le || !le->id || e->kind != RASAD_ENT_ROLE)
        return e;
    const char *want = strcmp(le->id, "ROLE_ARMY") == 0     ? "Military Forces of"
                       : strcmp(le->id, "ROLE_POLICE") == 0 ? "Police Forces of"
                                                            : NULL;
    /* only against a doer named: with none, or with a doer that is a
     * force of that kind itself ("استشهاد ضابط" told by his own army),
     * the force the sentence names may be the killer's or the man's own */
    if (!want || !a1->present)
        return e;
    const rasad_entity *found = NULL;
    for (size_t k = ex_ent_from(v, sent_first), kn = ex_ent_to(v, sent_end); k < kn; k++) {
        const rasad_entity *o = &v->ents[k];
        if (o->tok_first < sent_first || o->tok_last >= sent_end || o->kind != RASAD_ENT_ACTOR || !o->id)
            continue;
        const lex_entry *oe = ex_lex_entry(o);
        if (!oe || !oe->name_en || strncmp(oe->name_en, want, strlen(want)) != 0)
            continue;
        if (a1->present && a1->id && strcmp(a1->id, o->id) == 0)
            return e;
        if (found && found->id && strcmp(found->id, o->id) != 0)
            return e; /* two forces of that kind: the text does not say whose */
        found = o;
    }
    return found ? found : e;
}

/* Does the role noun end in a possessive pronoun ("جنوده", "عناصرها")?
 * The splitter also cuts the ي of a plural in construct: "مسلحي تنظيم
 * داعش", "مقاتلي حزب الله" are gunmen of the group named right after,
 * not "my gunmen". */
static bool possessive_role(const ex_view *v, const rasad_entity *e) {
    if (e->kind != RASAD_ENT_ROLE || !ex_enclitic(v->doc, e->tok_last))
        return false;
    if (ex_possessive(v->doc, e->tok_last))
        return true;
    size_t j = e->tok_last + 1;
    while (j < v->doc->ntokens && v->doc->tokens[j].kind == RASAD_TOK_QUOTE)
        j++;
    const rasad_entity *g = ev_actor_starting(v, j);
    return !(g && g->kind == RASAD_ENT_ACTOR && g->id);
}

/* The side a victim mention stands for, or NULL: the group a role noun
 * names after it, the owner of a possessive, else the mention itself. */
static const rasad_entity *victim_side(const ex_view *v, const rasad_entity *e, ex_clause c, size_t sent_first,
                                       const rasad_actor_ref *a1) {
    if (!ex_is_actor_entity(e) || ev_is_source(e))
        return NULL;
    if (possessive_role(v, e))
        return pronoun_owner(v, e, sent_first, a1);
    if (e->kind != RASAD_ENT_ROLE)
        return e;
    /* "13 عنصرا من تنظيم داعش", "28 عنصرا على الأقل من الفصائل",
     * "أحد قادة التنظيم": the group the men belong to, named or told
     * by a generic name ex_actor_from_entity resolves */
    const rasad_doc *doc = v->doc;
    for (size_t j = e->tok_last + 1; j <= c.last && j <= e->tok_last + 4; j++) {
        const rasad_entity *g = ev_actor_starting(v, j);
        if (g)
            return (g->kind == RASAD_ENT_ACTOR && g->id) || (g->kind == RASAD_ENT_ROLE && group_word(g)) ? g : e;
        if (v->doc->tokens[j].kind != RASAD_TOK_QUOTE && !ex_word_in(doc, j, &PREP_FROM) &&
            !ex_word_in(doc, j, &AT_LEAST))
            break;
    }
    return e;
}

/* words that open a clause of another incident: "ما أدى إلى مقتل 3
 * مواطنين، كما قصف الطيران ..." */
EX_WORDS(OTHER_CLAUSE, "كما", "فيما", "بينما", "لكن", "بعدما");

/* Does a word between tokens a and b (exclusive) open another clause,
 * or is there another act of violence between them (not a killing
 * word, which tells the toll of the act: "قتل 26 شخصا في غارات ... بعد
 * يوم من قصف مماثل" counts the dead of the strikes, not the shelling)? */
#define SAME_ACT_REACH 3 /* tokens from the trigger where a word of another kind still names its act */
bool ev_other_act_between(const ex_view *v, const trig *t, size_t a, size_t b) {
    /* the trigger word's own kind: a shelling word the frame calls an
     * air strike ("قصف" beside aircraft) is still not "غارات" */
    uint8_t own = ev_trig_of(t->e).kind;
    for (size_t i = a + 1; i < b; i++) {
        if (ex_stem_in(v->doc, i, &OTHER_CLAUSE))
            return true;
        const rasad_entity *e = ex_entity_at(v, i);
        if (!e || e == t->e || e->kind != RASAD_ENT_TRIGGER || e->tok_first != i)
            continue;
        /* a word of the same act ("انفجار عبوتين ناسفتين", "قصفها
         * بقذائف الهاون", "استهدفت العملية") is no other act */
        trig o = ev_trig_of(e);
        bool near = i <= t->e->tok_last + SAME_ACT_REACH && i + SAME_ACT_REACH >= t->e->tok_first;
        /* a generic attack word (هجوم، استهدفت) tells an act of any kind
         * again ("القتال ... حيث استهدفت فصائل مواقع للقوات") */
        if (ev_violent_kind(o.kind) && o.kind != LEX_EK_ATTACK && !o.context && o.kind != own && !near)
            return true;
    }
    return false;
}

/* words of an unnumbered share: "العديد من", "عدد من", "بعض" */
EX_WORDS(SOME_OF, "العديد", "عديد", "عدد", "بعض", "جميع");

/* After a casualty word at token i - 1: the token of those hit when a
 * share of them is told with من and no number ("العديد من المدنيين",
 * "إصابات من المدنيين"), else 0. */
static size_t partitive_at(const rasad_doc *doc, size_t i, size_t sent_end) {
    if (i < sent_end && ex_word_in(doc, i, &SOME_OF))
        i++;
    return i + 1 < sent_end && ex_word_in(doc, i, &PREP_FROM) ? i + 1 : 0;
}

/* How far (in tokens) a count may stand from the trigger. */
#define VICTIM_REACH 20
/* ... and a toll told as the act's outcome ("، ما أسفر عن إصابة",
 * "مما أدى إلى مقتل", "مخلفا ثلاثة قتلى"), past a long list of the
 * places hit */
#define OUTCOME_REACH 30
EX_WORDS(OUTCOME, "اسفر", "اسفرت", "يسفر", "ادي", "ادت", "مخلفا", "مخلفه", "موقعا", "موقعه", "خلف", "خلفت");

/* Is the casualty word or count at token i told as an outcome (one of
 * the three words before it)? */
static bool outcome_before(const rasad_doc *doc, size_t i, size_t sent_first) {
    for (size_t k = 1; k <= 3 && i >= sent_first + k; k++)
        if (ex_stem_in(doc, i - k, &OUTCOME))
            return true;
    return false;
}

/* The reach of a toll standing at token i after the trigger at tok. */
static size_t victim_reach(const rasad_doc *doc, size_t i, size_t tok, size_t sent_first) {
    return i > tok && outcome_before(doc, i, sent_first) ? OUTCOME_REACH : VICTIM_REACH;
}

const rasad_entity *ev_victim_actor(const ex_view *v, const trig *t, ex_clause c, size_t sent_first,
                                    size_t sent_end, const rasad_actor_ref *a1) {
    if (!ev_violent_kind(t->kind))
        return NULL;
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first;
    /* the nearest count of dead or wounded people in the sentence */
    const rasad_entity *best = NULL;
    size_t best_d = SIZE_MAX;
    for (size_t k = ex_qty_from(v, sent_first), kn = ex_qty_to(v, sent_end); k < kn; k++) {
        const rasad_quantity *q = &v->qty[k];
        if (q->tok_first < sent_first || q->tok_last >= sent_end)
            continue;
        size_t d = q->tok_first > tok ? q->tok_first - tok : tok - q->tok_first;
        if (d > victim_reach(doc, q->tok_first, tok, sent_first) || d >= best_d || ex_counts_things(doc, q))
            continue;
        if (!toll_role(ex_role_in_context(v, q)))
            continue;
        if (q->tok_first > tok ? ev_other_act_between(v, t, t->e->tok_last, q->tok_first)
                               : ev_other_act_between(v, t, q->tok_last, tok))
            continue;
        const rasad_entity *e = counted_actor(v, q, sent_end);
        if (!e)
            continue;
        best = e;
        best_d = d;
    }
    /* "مقتل ضابط صف", "قتل شرطي تركي": the one a killing noun or a
     * passive killing verb names right after it */
    if (!best) {
        for (size_t i = sent_first; i + 1 < sent_end; i++) {
            const rasad_entity *k = ex_entity_at(v, i);
            if (!k || k->kind != RASAD_ENT_TRIGGER || k->tok_last != i)
                continue;
            size_t d = i > tok ? i - tok : tok - i;
            if (d > victim_reach(doc, i, tok, sent_first) || (i > tok ? ev_other_act_between(v, t, t->e->tok_last, i) : ev_other_act_between(v, t, i, tok)))
                continue;
            trig kt = ev_trig_of(k);
            if (!kt.context)
                continue;
            const rasad_entity *e = ev_actor_starting(v, i + 1);
            /* "إصابة العديد من المدنيين", "لوقوع إصابات من المدنيين",
             * "مقتل عدد من عناصر التنظيم": a toll told with no number
             * names those hit after من, a share of whom was hit */
            size_t at = partitive_at(doc, i + 1, sent_end);
            if (!e && at) {
                e = ev_actor_starting(v, at);
                if (e) {
                    best = e;
                    break;
                }
            }
            /* "قتل شرطي تركي": an active reading of the bare verb has its
             * doer after it ("قتل مسلحون شرطيا"); a policeman, a soldier
             * or a civilian right after it is read as the one killed */
            if (e && kt.verb && !kt.passive && !(e->kind == RASAD_ENT_ROLE && ev_hit_role(e)))
                continue;
            if (e) {
                best = e;
                break;
            }
        }
    }
    if (!best)
        return NULL;
    const rasad_entity *side = victim_side(v, best, c, sent_first, a1);
    if (!side)
        return NULL;
    /* the doer named again is no second side */
    return is_doer(a1, side) ? NULL : side;
}

const rasad_entity *ev_second_side(const ex_view *v, const rasad_entity *e, size_t sent_first, size_t sent_end,
                                   const rasad_actor_ref *a1) {
    if (possessive_role(v, e))
        return pronoun_owner(v, e, sent_first, a1);
    const lex_entry *le = ex_lex_entry(e);
    if (e->kind == RASAD_ENT_ACTOR && le && le->kind == LEX_AK_MEDIA)
        return NULL;
    return force_named(v, e, sent_first, sent_end, a1);
}

/* Does the token carry ب or ل ("بالتنسيق", "للتنظيم")? */
static bool preposition_on(const rasad_doc *doc, size_t tok) {
    const rasad_token *t = &doc->tokens[tok];
    for (size_t k = 0; k < t->seg_count; k++) {
        const rasad_segment *sg = &doc->segments[t->seg_first + k];
        if (sg->role == RASAD_SEG_PROCLITIC &&
            (strstr(sg->norm, "\xD8\xA8") || strstr(sg->norm, "\xD9\x84\xD9\x84") ||
             (strstr(sg->norm, "\xD9\x84") && !strstr(sg->norm, "\xD8\xA7\xD9\x84")))) /* ب لل ل but not ال */
            return true;
    }
    return false;
}

/* Does a clash word stand right before token i (مع), or with one
 * adjective between ("اشتباكات عنيفة مع")? Not "اشتباكات بالتنسيق مع":
 * a word with ب or ل before مع is no adjective. */
bool ev_clash_with(const ex_view *v, size_t i) {
    const rasad_doc *doc = v->doc;
    for (size_t k = 1; k <= 2 && k <= i; k++) {
        const rasad_entity *w = ex_entity_at(v, i - k);
        if (w && w->kind == RASAD_ENT_TRIGGER && w->tok_last == i - k)
            return ev_trig_of(w).kind == LEX_EK_ARMED_CLASH;
        if (w || doc->tokens[i - k].kind != RASAD_TOK_WORD || preposition_on(doc, i - k))
            return false;
    }
    return false;
}

/* "في اشتباك مع مقاتلي تنظيم داعش", "بعد معارك ضارية مع التنظيم": the
 * side a clash word names after مع is the other party. Only right after
 * a clash word: "بالتنسيق مع" names an ally. */
const rasad_entity *ev_opponent_with(const ex_view *v, const trig *t, ex_clause c, const rasad_actor_ref *a1) {
    if (t->kind != LEX_EK_ARMED_CLASH && t->kind != LEX_EK_TERRITORY_CAPTURED)
        return NULL;
    const rasad_doc *doc = v->doc;
    size_t last = t->e->tok_last;
    /* near the trigger, or anywhere in the clause after a clash word of
     * the same act ("قتل ستة ... وأصيب 12 في اشتباك مع") */
    for (size_t i = last + 1; i + 1 <= c.last; i++) {
        if (ex_is_boundary(doc, i) || ev_other_act_between(v, t, last, i))
            break;
        if (!ex_word_in(doc, i, &PREP_WITH))
            continue;
        if (!ev_clash_with(v, i))
            return NULL;
        const rasad_entity *e = ev_actor_starting(v, i + 1);
        if (!e || ev_is_source(e))
            return NULL;
        e = victim_side(v, e, c, c.first, a1);
        return e && !is_doer(a1, e) ? e : NULL;
    }
    return NULL;
}

/* words of expelling: the actor after them is the side that lost the
 * place ("تمكنت قوات كردية من طرد التنظيم من البلدة") */
EX_WORDS(EXPEL, "طرد", "طردت", "طردوا", "طردوه", "طردها", "طردهم", "دحر", "دحرت", "دحروا", "دحره", "دحرها",
         "دحرهم");
bool ev_expel_word(const rasad_doc *doc, size_t tok) {
    return ex_stem_in(doc, tok, &EXPEL);
}

/* words before من that make what follows a helper, not a loser ("بدعم
 * من التحالف") */
EX_WORDS(HELP_BEFORE_FROM, "دعم", "بدعم", "مسانده", "بمسانده", "اسناد", "باسناد", "غطاء", "بغطاء", "مشاركه",
         "بمشاركه", "مساعده", "بمساعده", "قرب", "بالقرب", "مقربه");
EX_WORDS(GRIP, "قبضه", "يد", "ايدي", "سيطره");
#define LOSER_REACH 10 /* tokens after a capture word where من + the loser may stand */

/* words that tell the fighting by which a place was taken */
EX_WORDS(AFTER_FIGHT, "بعد", "اثر", "عقب", "خلال", "جراء");
#define FIGHT_REACH 30 /* tokens after a capture word where the fighting may be told */

/* "سيطر التنظيم على بلدة مهين، بعد اشتباكات مع قوات الأسد", "سيطرت
 * الفصائل على القرية، وذلك بعد اشتباكات دارت بينها وبين القوات
 * النظامية": the other party of the fighting that won the place lost
 * it. Only a clash word right after بعد / إثر / عقب, in the capture's
 * clause, not past a connective or another act. */
static const rasad_entity *fight_loser(const ex_view *v, const trig *t, ex_clause c, const rasad_actor_ref *a1) {
    const rasad_doc *doc = v->doc;
    size_t last = t->e->tok_last;
    for (size_t i = last + 2; i <= c.last && i <= last + FIGHT_REACH; i++) {
        if (ex_stem_in(doc, i, &OTHER_CLAUSE))
            return NULL;
        const rasad_entity *w = ex_entity_at(v, i);
        if (!w || w->kind != RASAD_ENT_TRIGGER || w->tok_first != i)
            continue;
        /* ("غرفة عمليات جيش الفتح": a word of another kind is passed) */
        if (ev_trig_of(w).kind != LEX_EK_ARMED_CLASH || !ex_word_in(doc, i - 1, &AFTER_FIGHT))
            continue;
        /* up to "دارت" and an adjective: "اشتباكات عنيفة دارت بينها" */
        for (size_t j = w->tok_last + 1; j + 1 <= c.last && j <= w->tok_last + 4; j++) {
            if (ex_is_boundary(doc, j))
                return NULL;
            const rasad_entity *e = NULL;
            if (ex_word_in(doc, j, &PREP_WITH))
                e = ev_actor_starting(v, j + 1);
            else if (ex_stem_in(doc, j, &PREP_BETWEEN) && ex_enclitic(doc, j) && ex_stem_in(doc, j + 1, &PREP_BETWEEN))
                e = ev_actor_starting(v, j + 2); /* بينها وبين X */
            else if (ex_word_in(doc, j, &PREP_BETWEEN)) {
                /* بين X وY with X the doer */
                const rasad_entity *x = ev_actor_starting(v, j + 1);
                const rasad_entity *y = x ? ev_actor_starting(v, x->tok_last + 1) : NULL;
                e = x && y && is_doer(a1, x) ? y : y && is_doer(a1, y) ? x : NULL;
            } else
                continue;
            if (!e || ev_is_source(e) || ev_victim_or_source(e, t))
                return NULL;
            e = victim_side(v, e, c, c.first, a1);
            return e && !is_doer(a1, e) ? e : NULL;
        }
        return NULL;
    }
    return NULL;
}

/* "انتزعتها من قوات النظام", "استعادت السيطرة على التل من تنظيم داعش":
 * the side a place was taken from, after من in the capture's clause. */
const rasad_entity *ev_territory_loser(const ex_view *v, const trig *t, ex_clause c, const rasad_actor_ref *a1) {
    if (t->kind != LEX_EK_TERRITORY_CAPTURED)
        return NULL;
    const rasad_doc *doc = v->doc;
    size_t last = t->e->tok_last;
    for (size_t i = last + 1; i + 1 <= c.last && i <= last + LOSER_REACH; i++) {
        if (ex_is_boundary(doc, i) || ev_other_act_between(v, t, last, i))
            break;
        if (!ex_word_in(doc, i, &PREP_FROM))
            continue;
        /* "فصائل من المعارضة": من after a noun of people names their group */
        const rasad_entity *prev = ex_entity_at(v, i - 1);
        if ((prev && ex_is_actor_entity(prev)) || ex_stem_in(doc, i - 1, &HELP_BEFORE_FROM))
            continue;
        /* "من قبضة تنظيم داعش", "من أيدي" */
        size_t at = i + 1;
        if (at + 1 <= c.last && ex_stem_in(doc, at, &GRIP))
            at++;
        const rasad_entity *e = ev_actor_starting(v, at);
        if (!e || ev_is_source(e) || (e->kind != RASAD_ENT_ACTOR && !(e->kind == RASAD_ENT_ROLE && group_word(e))))
            continue;
        e = victim_side(v, e, c, c.first, a1);
        return e && !is_doer(a1, e) ? e : NULL;
    }
    return fight_loser(v, t, c, a1);
}

/* "استهدفت طائرات التحالف وحدات تكتيكية ومركبات ومواقع قتالية بالقرب من
 * الموصل": the Global Coalition against Daesh strikes in Iraq and Syria
 * are against the Islamic State (its mandate, and ACLED's coding of its
 * strikes there), so a strike of the coalition there on positions whose
 * owner the sentence leaves unsaid is on ISIS - but only when the article
 * itself names the group before the strike ("التحالف الدولي ضد تنظيم
 * داعش", an earlier paragraph): rasad takes no side from outside the
 * text. Run once the place is known; the side's words are the positions
 * hit. */
static bool isis_named_before(const ex_view *v, uint32_t before) {
    for (size_t i = 0; i < v->nents && v->ents[i].start < before; i++)
        if (v->ents[i].id && strcmp(v->ents[i].id, "ISIS") == 0)
            return true;
    return false;
}

void ev_coalition_target(const ex_view *v, rasad_event *ev) {
    if (ev->actor2.present || !ev->has_target || !ev->actor1.present || !ev->actor1.id ||
        strcmp(ev->actor1.id, "US_COALITION") != 0 || !ev->kind ||
        (strcmp(ev->kind, "airstrike") != 0 && strcmp(ev->kind, "drone_strike") != 0))
        return;
    const char *cc = ev->has_location ? ex_place_country(&ev->location) : NULL;
    if (!cc || (strcmp(cc, "IQ") != 0 && strcmp(cc, "SY") != 0) || !isis_named_before(v, ev->target_start))
        return;
    rasad_actor_ref is = {.present = true, .start = ev->target_start, .end = ev->target_end};
    if (ev_actor_as(&is, "ISIS"))
        ev->actor2 = is;
}
