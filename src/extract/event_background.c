/* SPDX-License-Identifier: MIT
 *
 * event_background.c - stage 4, event frames: acts a sentence names only as
 * background, which GUIDELINES.md does not code ("generic or habitual
 * statements and vague background without place or time are not events"):
 * an act that only marks the time of another statement ("بعد يومين من
 * محاولة الاغتيال", "لغاية أحداث ... وتفجيرات السابع من يوليو"), an act
 * inferred or feared ("من المرجح أن يكون الموساد هو من أقدم على اغتيال",
 * "مخاوف من أن يحاول ... خطف طائرة"), a habit told of whoever ("تخطف من
 * تريد"), a place known for many acts ("لكثرة ما شهدته من عمليات
 * خطف"), acts told as spreading or common ("وانتشرت ... عمليات الخطف",
 * "أصبحت التفجيرات الانتحارية متكررة"), acts told "so far" with no count
 * ("اعتدى قراصنة الصومال حتى الآن على سفن") and any act ("لم تسجل ...
 * أية مواجهات"). Protests and riots are asked too. event_frame.c asks
 * ev_background after the frame's arguments are read; each test looks at
 * a few tokens around the trigger.
 */
#include <stdint.h>
#include <string.h>

#include "extract/extract.h"
#include "knowledge/lexicon.h"
#include "extract/events.h"

#define TIME_MARK_REACH 8 /* tokens from a preposition of time to the act it names */
#define OWN_PLACE_REACH 14 /* tokens after the act where its own place may be named */
#define INFER_REACH 12    /* tokens before the act where an inference or a fear opens */
#define MANY_REACH 6      /* tokens between "لكثرة ما" and the act */

/* prepositions that make an act the time of something else */
EX_WORDS(TIME_PREPS, "بعد", "وبعد", "عقب", "وعقب", "اثر", "واثر", "منذ", "ومنذ", "لغايه", "قبل", "وقبل");
/* words that may stand between such a preposition and the act:
 * spans of time ("بعد يومين فقط من"), an attempt, a hearing, the
 * events of */
EX_WORDS(TIME_GAP, "من", "فقط", "قليل", "ساعه", "ساعتين", "ساعات", "يوم", "يومين", "ايام", "اسبوع",
         "اسبوعين", "اسابيع", "شهر", "شهرين", "اشهر", "شهور", "سنه", "سنتين", "سنوات", "عام", "عامين", "اعوام",
         "دقائق", "لحظات", "محاوله", "سماع", "احداث", "وقوع", "حادثه", "ذكري");
/* words that name the act after them */
EX_WORDS(NAMING, "محاوله", "سماع", "احداث", "وقوع", "حادثه", "ذكري");

/* Is a place named after the act, in its clause and within reach (its
 * relative clause included: "العملية العسكرية التي نفذها الجيش ... في
 * مخيم نهر البارد"), one the gazetteer knows or not ("تفجير انتحاري
 * استهدف مسجدا في القديح")? */
static bool own_place(const ex_view *v, const trig *t, ex_clause c) {
    size_t end = t->e->tok_last + OWN_PLACE_REACH < c.last ? t->e->tok_last + OWN_PLACE_REACH : c.last;
    for (size_t i = t->e->tok_last + 1; i <= end; i++) {
        const rasad_entity *e = ex_entity_at(v, i);
        size_t a, b;
        uint8_t prec;
        if ((e && e->kind == RASAD_ENT_PLACE) || (!e && ev_unknown_place(v, i, &a, &b, &prec)))
            return true;
    }
    return false;
}

/* words of today: a date of the report, not a name */
EX_WORDS(TODAY, "امس", "اليوم", "الليله", "البارحه", "اول", "صباح", "مساء", "فجر", "ليل", "ليله");

/* Does the act have a date of its own, after the words that mark the
 * time? A date before the preposition at mark dates the clause's
 * statement ("بدأ الرئيس أمس زيارة بعد يومين من"), one between it and
 * the act is the span ("بعد يومين من"), and one right after the act
 * names it ("تفجيرات السابع من يوليو") unless it is a word of today
 * ("انفجار أمس"). A date that opens in the clause counts even where it
 * runs past it ("في مايو (أيار) الماضي"). */
static bool own_date(const ex_view *v, const trig *t, ex_clause c) {
    for (size_t k = ex_date_from(v, t->e->tok_last + 1), kn = ex_date_to(v, c.last + 1); k < kn; k++) {
        const rasad_date *d = &v->dates[k];
        if (d->tok_first <= t->e->tok_last || d->tok_first > c.last)
            continue;
        if (d->tok_first == t->e->tok_last + 1 && !ex_stem_in(v->doc, d->tok_first, &TODAY))
            continue;
        return true;
    }
    return false;
}

/* "بعد يومين فقط من محاولة الاغتيال", "بعد سماع اطلاق النار", "لغاية
 * أحداث الحادي عشر من سبتمبر وتفجيرات السابع من يوليو": a noun of an
 * act after a preposition of time, only spans of time, dates and words
 * naming the act between, marks the time of the clause's statement.
 * Returns the preposition's token, or SIZE_MAX. */
static size_t time_mark(const ex_view *v, const trig *t, ex_clause c) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first;
    size_t lo = tok > c.first + TIME_MARK_REACH ? tok - TIME_MARK_REACH : c.first;
    /* the act must hang on the preposition: right after it, after من
     * ("بعد يومين من"), after a word naming it ("محاولة", "سماع") or, with
     * و, after another act of a list; "منذ 25 يونيو معارك" makes the date
     * the preposition's object and the act the verb's subject */
    size_t j = tok;
    while (j > lo && ex_stem_in(doc, j - 1, &NAMING))
        j--;
    if (j == lo || !(ex_word_in(doc, j - 1, &TIME_PREPS) || ex_word_in(doc, j - 1, &PREP_FROM) ||
                     ex_has_proclitic(doc, tok, "\xD9\x88"))) /* و */
        return SIZE_MAX;
    for (size_t i = tok; i-- > lo;) {
        if (ex_word_in(doc, i, &TIME_PREPS))
            return i;
        if (v->in_date[i] || doc->tokens[i].kind == RASAD_TOK_NUMBER || ex_stem_in(doc, i, &TIME_GAP))
            continue;
        /* the act before it in a list of them ("أحداث ... وتفجيرات") */
        const rasad_entity *e = ex_entity_at(v, i);
        if (e && e->kind == RASAD_ENT_TRIGGER && e != t->e)
            continue;
        return SIZE_MAX;
    }
    return SIZE_MAX;
}

/* verbs and nouns of inference and of fear, before أن: the act is
 * guessed at or dreaded, not reported */
EX_WORDS(INFER, "المرجح", "المحتمل", "رجح", "ورجح", "يرجح", "ترجح", "يرجحون", "يحتمل", "يعتقد", "ويعتقد",
         "يشتبه", "مخاوف", "خوفا", "خشيه", "يخشي", "تخشي", "يخشون", "خشينا", "خشي", "نخشي");
EX_WORDS(THAT, "ان", "بان", "وان");
EX_WORDS(TO_BE, "يكون", "تكون", "يكونوا");
EX_WORDS(WHAT, "ما");
EX_WORDS(WANTS, "تريد", "يريد", "تشاء", "يشاء", "يريدون", "يشاءون");
EX_WORDS(MANY, "كثره", "لكثره");
EX_WORDS(TRY, "يحاول", "تحاول", "يحاولون", "ياتي", "تاتي", "يقوم", "تقوم", "يقدم", "تقدم");

/* Is token i a word of INFER, with a و the splitter left on it
 * ("وخشينا": a verb form it does not know)? */
static bool infer_word(const rasad_doc *doc, size_t i) {
    const char *rest = ex_after_glued_waw(&doc->tokens[i]);
    return ex_stem_in(doc, i, &INFER) || (rest && ex_words_has(&INFER, rest));
}

/* "من المرجح أن يكون الموساد هو من أقدم على اغتيال", "مخاوف من أن
 * يحاول مهاجم انتحاري ... خطف طائرة", "خشينا أن يأتي الطيران فيقصف":
 * an inference or a fear (maybe with من between), then أن and a verb of
 * being or of trying before the act */
static bool inferred(const ex_view *v, const trig *t, size_t sent_first) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first;
    size_t lo = tok > sent_first + INFER_REACH ? tok - INFER_REACH : sent_first;
    bool verb = false;
    for (size_t i = tok; i-- > lo;) {
        if (ex_word_in(doc, i, &TO_BE) || ex_word_in(doc, i, &TRY)) {
            verb = true;
        } else if (verb && ex_word_in(doc, i, &THAT)) {
            if (i > lo && infer_word(doc, i - 1))
                return true;
            return i > lo + 1 && ex_word_in(doc, i - 1, &PREP_FROM) && infer_word(doc, i - 2);
        }
    }
    return false;
}

/* "وتخطف من تريد وتقتل من تشاء": an act in the imperfect done to
 * whoever the doer wants is a habit */
static bool whoever(const rasad_doc *doc, const trig *t) {
    size_t i = t->e->tok_last + 1;
    if (!t->verb || i + 1 >= doc->ntokens || doc->tokens[i].sentence != doc->tokens[t->e->tok_first].sentence)
        return false;
    return (ex_word_in(doc, i, &PREP_FROM) || ex_word_in(doc, i, &WHAT)) && ex_word_in(doc, i + 1, &WANTS);
}

/* "لكثرة ما شهدته من عمليات خطف وقتل": a place known for the many acts
 * it saw */
static bool many_seen(const ex_view *v, const trig *t, ex_clause c) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first;
    size_t lo = tok > c.first + MANY_REACH ? tok - MANY_REACH : c.first;
    for (size_t i = lo; i + 1 < tok; i++)
        if (ex_stem_in(doc, i, &MANY) && ex_word_in(doc, i + 1, &WHAT))
            return true;
    return false;
}

/* words of acts spreading or becoming common: "وانتشرت في مدينة بغداد
 * خلال هذه الفترة عمليات الخطف والقتل بشكل كبير", "وقد أصبحت التفجيرات
 * الانتحارية متكررة" */
EX_WORDS(SPREAD, "انتشرت", "وانتشرت", "تنتشر", "وتنتشر", "تفشت", "وتفشت", "تتفشي", "تزايدت", "وتزايدت", "تتزايد",
         "كثرت", "وكثرت", "تكثر");
EX_WORDS(COMMON, "متكرره", "شائعه", "مالوفه", "مالوفا");
EX_WORDS(ACTS_HEAD, "اعمال");
EX_WORDS(TOWARD, "الي");
#define SPREAD_REACH 8 /* tokens between the word of spreading and the act noun */

/* Is the trigger, or the noun it hangs on, a noun of acts in the plural
 * ("تفجيرات"; "عمليات الخطف", "التفجيرات الانتحارية": the trigger is the
 * word after the plural)? */
static bool plural_acts(const rasad_doc *doc, const trig *t, ex_clause c) {
    static const char AT[] = "\xD8\xA7\xD8\xAA"; /* ات */
    for (size_t i = t->e->tok_first > c.first ? t->e->tok_first - 1 : c.first; i <= t->e->tok_last; i++) {
        if (ex_stem_in(doc, i, &ACTS_HEAD))
            return true;
        const char *n = doc_tok_stem(doc, i)->norm;
        size_t len = strlen(n);
        if (len > 4 && strcmp(n + len - 4, AT) == 0)
            return true;
    }
    return false;
}

/* "وانتشرت في مدينة بغداد خلال هذه الفترة عمليات الخطف والقتل بشكل
 * كبير", "وقد أصبحت التفجيرات الانتحارية متكررة": acts in the plural,
 * no count, the subject of a verb of spreading before them or of a word
 * of being common after them, are a state of things, not an incident */
static bool spreading(const ex_view *v, const trig *t, ex_clause c, const ex_frame *f) {
    const rasad_doc *doc = v->doc;
    if (t->verb || f->nqty > 0 || !plural_acts(doc, t, c))
        return false;
    /* "وانتشرت الاشتباكات ... الى عدة مناطق من سريناجار ... واستمرت حتى
     * مساء امس": acts that spread to places, or dated, are one wave told */
    if (own_place(v, t, c) || ev_stem_after(doc, t, c, SPREAD_REACH, &TOWARD))
        return false;
    /* (a span, "في الأشهر الأخيرة", is the time of the state) */
    for (size_t k = ex_date_from(v, c.first), kn = ex_date_to(v, c.last + 1); k < kn; k++)
        if (v->dates[k].tok_first >= c.first && v->dates[k].tok_first <= c.last &&
            v->dates[k].precision == RASAD_PREC_DAY)
            return false;
    ex_clause n = ev_near_trigger(c, t, SPREAD_REACH);
    for (size_t i = n.first; i < t->e->tok_first; i++)
        if (ex_word_in(doc, i, &SPREAD))
            return true;
    for (size_t i = t->e->tok_last + 1; i <= n.last; i++)
        if (ex_word_in(doc, i, &COMMON))
            return true;
    return false;
}

EX_WORDS(UNTIL, "حتي", "لحد");
EX_WORDS(NOW, "الان", "اليوم");
#define SO_FAR_REACH 5 /* tokens after a verb where "so far" may stand */

/* "لقد اعتدى قراصنة الصومال حتى الآن على سفن أوكرانية وإيرانية": a verb
 * of an act told "so far", no count, sums acts over time (a toll so far
 * has its count and is a claim) */
static bool so_far(const rasad_doc *doc, const trig *t, ex_clause c, const ex_frame *f) {
    if (!t->verb || f->nqty > 0)
        return false;
    size_t hi = t->e->tok_last + SO_FAR_REACH < c.last ? t->e->tok_last + SO_FAR_REACH : c.last;
    for (size_t i = t->e->tok_last + 1; i < hi; i++)
        if (ex_word_in(doc, i, &UNTIL) && ex_word_in(doc, i + 1, &NOW))
            return true;
    return false;
}

/* "any": "لم تسجل ... أية مواجهات", "دون أي هجوم", "تحسبا لأي هجوم" */
EX_WORDS(ANY, "اي", "ايه", "لاي", "لايه", "باي", "بايه", "واي", "وايه");

/* An act noun after أي / أية (with من between: "أي من الهجمات") is any
 * act, one denied, feared or asked about, never one told. */
static bool any_act(const rasad_doc *doc, const trig *t, ex_clause c) {
    size_t i = t->e->tok_first;
    if (t->verb || i <= c.first)
        return false;
    if (ex_word_in(doc, i - 1, &ANY))
        return true;
    return i - 1 > c.first && ex_word_in(doc, i - 1, &PREP_FROM) && ex_word_in(doc, i - 2, &ANY);
}

bool ev_background(const ex_view *v, const trig *t, ex_clause c, size_t sent_first, const ex_frame *f) {
    if (any_act(v->doc, t, c) || whoever(v->doc, t) || many_seen(v, t, c) || inferred(v, t, sent_first))
        return true;
    if (spreading(v, t, c, f) || so_far(v->doc, t, c, f))
        return true;
    /* an act with its own count, place or date is an incident told,
     * whatever marks its time ("بعد يوم من مقتل 16 شخصا في هجوم
     * انتحاري أمام مبنى حكومي في اقليم خوست") */
    if (t->verb || f->nqty > 0 || own_place(v, t, c) || ev_killed_in_clash(v, t, c))
        return false;
    size_t mark = time_mark(v, t, c);
    return mark != SIZE_MAX && !own_date(v, t, c);
}
