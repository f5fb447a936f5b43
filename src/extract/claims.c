/* SPDX-License-Identifier: MIT
 *
 * claims.c - stage 4: numeric statements that are not an event's own
 * counts ("at least 10,000 fighters are active in Syria and Iraq,
 * according to UN reports"). A quantity becomes a claim when it counts
 * people or groups (a role other than "other", a counted noun for people
 * - نسمة، شخص، عائلة ... - also after من: "المئات من الأسر") and
 *   - no event took it, and it is not the plain toll of an incident its
 *     sentence tells (a trigger in the sentence and a role an event
 *     counts: fatalities, injured, detained, participants), or
 *   - it is a total across several incidents, whether or not an event
 *     took it: "بمقتل 10 عناصر" after "الاشتباكات والتفجيران", "في
 *     ثلاثة حوادث", "15 طلعة جوية ... أسفرت عن مقتل 24", "في عدد من
 *     المدن", "في كل من", "موجة من الهجمات"; or a toll over a period
 *     ("منذ 1984", "في الصراع", "هذا العام"); or
 *   - it counts the displaced, or an audience ("بحضور نحو ألف شخص").
 * A count "بينهم / من بينهم N" belongs with the count it breaks down: a
 * claim when that one is, with its role when it has none of its own.
 * Money, percentages, spans of time, things (ضربات، رشاشات), one person
 * and a vague few are not claims; a bare "بضعة آلاف" in a sentence about
 * cells or fighters counts fighters.
 *
 * Subject: the actor named right after the count ("10 آلاف مقاتل من
 * داعش") or before it in the clause. Places: every place of the sentence.
 * Date: the date of the sentence nearest the count (no fallback: a claim
 * without a time has none). Attribution and modality as for events; a
 * count inside a speaker's quoted words is the speaker's; a count of
 * people said to have fled (فرّ، هرب، كسروا القيد) is "escaped".
 */
#include <stdint.h>
#include <string.h>

#include "extract/events.h"
#include "extract/extract.h"
#include "knowledge/lexicon.h"

EX_WORDS(PEOPLE_UNITS,
         "نسمه", "شخص", "شخصا", "اشخاص", "عائله", "عائلات", "اسره", "اسر", "نائب", "نائبا", "نواب", "مواطن", "مواطنا",
         "مواطنين", "فرد", "افراد", "لاجئ", "لاجئا", "لاجئين", "طفل", "طفلا", "اطفال", "امراه", "نساء", "جندي", "جنديا",
         "جنود", "عسكري", "عسكريا", "ضابط", "ضابطا", "ضباط", "مسلح", "مسلحا", "مسلحين", "ارهابي", "ارهابيا",
         "ارهابيين", "مدني", "مدنيا", "مدنيين", "عنصر", "عنصرا", "عناصر", "مقاتل", "مقاتلا", "مقاتلين", "شرطي",
         "شرطيا", "شرطيين", "رجل", "رجلا", "رجال", "شاب", "شابا", "شبان", "طالب", "طالبا", "طلاب", "صحفي", "صحفيا",
         "صحفيين", "ناشط", "ناشطا", "ناشطين", "معتقل", "معتقلا", "معتقلين", "سجين", "سجينا", "سجناء", "متظاهر",
         "متظاهرا", "متظاهرين", "قتيل", "قتيلا", "قتلي", "جريح", "جريحا", "جرحي", "شهيد", "شهيدا", "شهداء", "مصاب",
         "مصابا", "مصابين", "اخرين", "اخرون", "اجنبي", "اجانب", "عضو", "عضوا", "اعضاء", "متطرف", "متطرفا", "متطرفين",
         "جثه", "جثث", "قائد", "قاده", "قيادي", "قياديين", "مهاجر", "مهاجرا", "مهاجرين", "نازح", "نازحا", "نازحين",
         "متعاقد", "متعاقدين", "موظف", "موظفا", "موظفين", "عامل", "عاملا", "عمال", "ساكن", "سكان");
EX_WORDS(ESCAPE_WORDS, "فر", "فروا", "فرار", "هرب", "هربوا", "هروب", "القيد", "فرارهم",
         "الفرار", "الهروب");

/* Incidents counted in twos ("التفجيران الانتحاريان", "عبوتين ناسفتين"):
 * a toll beside them is their total. */
EX_WORDS(DUAL_INCIDENTS, "تفجيرين", "تفجيران", "انفجارين", "انفجاران", "عبوتين", "عبوتان",
         "هجومين", "هجومان", "غارتين", "غارتان", "ضربتين", "ضربتان",
         "هجمتين", "اعتداءين", "حادثين", "حادثتين", "قصفين");
/* Counted incidents ("ثلاثة حوادث", "15 طلعة جوية", "تسع ضربات"). */
EX_WORDS(INCIDENT_UNITS, "حوادث", "حادث", "حادثه", "هجمات", "هجوم", "هجوما", "تفجيرات",
         "تفجير", "انفجارات", "غارات", "غاره", "ضربات", "ضربه", "طلعات",
         "طلعه", "عمليات", "اعتداءات", "هجمه");
/* Plural places after "عدد من / العديد من" ("في عدد من المدن"). */
EX_WORDS(PLURAL_PLACES, "مدن", "قري", "بلدات", "مناطق", "احياء", "محافظات", "مواقع", "ولايات",
         "مخيمات", "مدينه");
EX_WORDS(MANY, "عدد", "عددا", "العديد", "عده");
EX_WORDS(WAVE, "موجه", "سلسله");
/* A whole conflict or a span of time: a toll over it is not an incident's. */
EX_WORDS(PERIOD, "منذ", "الصراع", "الحرب", "النزاع", "التمرد", "الازمه", "السنوات");
/* Spans of time a number may count ("12 سنة", "20 عاما"). */
EX_WORDS(TIME_UNITS, "سنه", "سنوات", "سنين", "عام", "عاما", "اعوام", "يوم", "يوما", "ايام",
         "شهر", "شهرا", "اشهر", "شهور", "ساعه", "ساعات", "دقيقه", "دقائق", "اسبوع",
         "اسابيع");
/* Subsets of a count just given ("بينهم 3000 أجنبي"). */
EX_WORDS(AMONG, "بينهم", "بينهن", "منهم", "منهن");
/* Words for fighters that a bare count ("بضعة آلاف") may stand for. */
EX_WORDS(FIGHTER_WORDS, "خلايا", "الخلايا", "مقاتل", "مقاتلين", "مقاتلا", "مسلحين", "مسلحا",
         "جهاديين", "عناصر", "عنصر");

/* how far from a count the words telling of several incidents may be */
#define TOTAL_REACH 30
/* how far from a count the places of its claim may be (tokens); longer
 * than any sentence of the corpora, short of a text with no stops */
#define PLACE_REACH 200

/* Was q a count of a series of acts dropped for the acts told one by one
 * (merge.c): a total across incidents, a claim? */
static bool series_count(const rasad_quantity *q, const ex_frame *fr, size_t nfr) {
    for (size_t i = 0; i < nfr; i++)
        for (size_t k = 0; fr[i].series_total && k < fr[i].nqty; k++)
            if (fr[i].qty[k].start == q->start && fr[i].qty[k].end == q->end)
                return true;
    return false;
}

/* How many events took q as one of their counts: the scan, for when
 * event_user_counts() cannot answer. */
static size_t event_users(const rasad_quantity *q, const ex_frame *fr, size_t nfr) {
    size_t n = 0;
    for (size_t i = 0; i < nfr; i++) {
        if (fr[i].dropped)
            continue;
        for (size_t k = 0; k < fr[i].nqty; k++)
            if (fr[i].qty[k].start == q->start && fr[i].qty[k].end == q->end) {
                n++;
                break;
            }
    }
    return n;
}

/* The same for every count at once, users[i] for v->qty[i], by one pass
 * over the frames and a bisection of the counts (in order of their
 * bytes); NULL when they are not in that order or memory is short. */
static size_t *event_user_counts(const ex_view *v, const ex_frame *fr, size_t nfr) {
    rasad_doc *doc = v->doc;
    for (size_t i = 1; i < v->nqty; i++)
        if (v->qty[i].start < v->qty[i - 1].start)
            return NULL;
    size_t *users = arena_alloc_array(&doc->arena, v->nqty ? v->nqty : 1, sizeof *users);
    if (!users)
        return NULL;
    for (size_t f = 0; f < nfr; f++) {
        if (fr[f].dropped)
            continue;
        for (size_t k = 0; k < fr[f].nqty; k++) {
            const rasad_quantity *q = &fr[f].qty[k];
            /* a frame counts once for a count it holds twice */
            size_t seen = 0;
            while (seen < k && !(fr[f].qty[seen].start == q->start && fr[f].qty[seen].end == q->end))
                seen++;
            if (seen < k)
                continue;
            size_t lo = 0, hi = v->nqty;
            while (lo < hi) {
                size_t mid = lo + (hi - lo) / 2;
                if (v->qty[mid].start < q->start)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            for (; lo < v->nqty && v->qty[lo].start == q->start; lo++)
                users[lo] += v->qty[lo].end == q->end;
        }
    }
    return users;
}

/* For every sentence, the kept frame that lists it as a mention, or
 * UINT32_MAX: a later mention merged into an event (merge.c) keeps only
 * the first copy of a count it tells again, and the repeated toll is that
 * event's, not a free-standing number. NULL when memory is short. */
static uint32_t *sentence_frames(const ex_view *v, const ex_frame *fr, size_t nfr) {
    rasad_doc *doc = v->doc;
    if (!doc->nsentences)
        return NULL;
    uint32_t *of = arena_alloc_array(&doc->arena, doc->nsentences, sizeof *of);
    if (!of)
        return NULL;
    for (size_t s = 0; s < doc->nsentences; s++)
        of[s] = UINT32_MAX;
    for (size_t f = 0; f < nfr && f < UINT32_MAX; f++) {
        if (fr[f].dropped)
            continue;
        for (size_t k = 0; k < fr[f].nmentions; k++)
            if (fr[f].mentions[k] < doc->nsentences && of[fr[f].mentions[k]] == UINT32_MAX)
                of[fr[f].mentions[k]] = (uint32_t)f;
    }
    return of;
}

/* Does the event that lists q's sentence as one of its mentions hold a
 * count of q's role and size ("أسفر الهجوم عن مقتل 5" after "قتل 5 جنود
 * في هجوم")? A count of people with no role of its own and the size of
 * the event's count is that count told again ("تقصف عدن وتقتل 43 مدنياً"
 * under "43 شخصا قتلوا"). */
static bool told_again(const ex_frame *fr, const uint32_t *of, uint32_t s, const rasad_quantity *q, uint8_t role) {
    if (!of || of[s] == UINT32_MAX)
        return false;
    const ex_frame *f = &fr[of[s]];
    for (size_t k = 0; k < f->nqty; k++) {
        const rasad_quantity *p = &f->qty[k];
        if ((p->role == role || role == RASAD_ROLE_OTHER) && p->has_min == q->has_min && p->min == q->min && p->has_max == q->has_max &&
            p->max == q->max)
            return true;
    }
    return false;
}

/* Is token i the people noun after "من" that follows a count ("المئات
 * من الأسر", "الآلاف من المقاتلين")? */
static bool partitive_people(const rasad_doc *doc, const rasad_quantity *q, size_t end) {
    size_t i = q->tok_last + 1;
    return i + 1 < end && ex_word_in(doc, i, &PREP_FROM) && ex_stem_in(doc, i + 1, &PEOPLE_UNITS);
}

static bool counts_people(const ex_view *v, const rasad_quantity *q, uint8_t role, size_t end) {
    const rasad_doc *doc = v->doc;
    bool people_unit = false;
    for (size_t i = q->tok_first; i <= q->tok_last && i < doc->ntokens; i++)
        if (doc->tokens[i].start >= q->unit_start && ex_stem_in(doc, i, &PEOPLE_UNITS))
            people_unit = true;
    /* "تسع ضربات", "3 رشاشات": things, whatever the verb around them */
    if (q->unit_end > q->unit_start && !people_unit && q->role == RASAD_ROLE_OTHER)
        return false;
    if (role != RASAD_ROLE_OTHER)
        return true;
    return people_unit || partitive_people(doc, q, end);
}

static bool event_count_role(uint8_t r) {
    return r == RASAD_ROLE_FATALITIES || r == RASAD_ROLE_INJURED || r == RASAD_ROLE_DETAINED ||
           r == RASAD_ROLE_PARTICIPANTS;
}

EX_WORDS(EACH, "كل");
EX_WORDS(SEVERAL, "عده");

/* Does the text around a count, [first, end), tell of several
 * incidents at once? */
static bool several_incidents(const ex_view *v, size_t first, size_t end) {
    const rasad_doc *doc = v->doc;
    for (size_t i = first; i < end; i++) {
        if (doc->tokens[i].kind != RASAD_TOK_WORD)
            continue;
        if (ex_stem_in(doc, i, &DUAL_INCIDENTS) || ex_word_in(doc, i, &DUAL_INCIDENTS))
            return true;
        /* "في كل من X وY", "موجة من الهجمات", "عدد من المدن", "قرى عدة" */
        bool of = i + 1 < end && ex_word_in(doc, i + 1, &PREP_FROM);
        if (of && ex_word_in(doc, i, &EACH) && i > first &&
            ex_word_in(doc, i - 1, &PREP_IN))
            return true;
        if (of && ex_stem_in(doc, i, &WAVE))
            return true;
        if (of && i + 2 < end && ex_stem_in(doc, i, &MANY) && ex_stem_in(doc, i + 2, &PLURAL_PLACES))
            return true;
        if (i + 1 < end && ex_stem_in(doc, i, &PLURAL_PLACES) && ex_word_in(doc, i + 1, &SEVERAL))
            return true;
    }
    for (size_t k = ex_qty_from(v, first), kn = ex_qty_to(v, end); k < kn; k++) {
        const rasad_quantity *q = &v->qty[k];
        if (q->tok_first < first || q->tok_last >= end || !q->has_min || q->min < 2 || q->unit_end <= q->unit_start)
            continue;
        for (size_t i = q->tok_first; i <= q->tok_last; i++)
            if (doc->tokens[i].start >= q->unit_start && ex_stem_in(doc, i, &INCIDENT_UNITS))
                return true;
    }
    return false;
}

static bool has_word(const rasad_doc *doc, size_t first, size_t end, ex_words *words) {
    for (size_t i = first; i < end; i++)
        if (ex_stem_in(doc, i, words) || ex_word_in(doc, i, words))
            return true;
    return false;
}

EX_WORDS(THIS_DEM, "هذا");
EX_WORDS(THE_YEAR, "العام");

/* "هذا العام", "العام الماضي": a year as the span of a toll */
static bool this_year(const rasad_doc *doc, size_t first, size_t end) {
    for (size_t i = first; i + 1 < end; i++)
        if (ex_word_in(doc, i, &THIS_DEM) && ex_word_in(doc, i + 1, &THE_YEAR))
            return true;
    return false;
}

/* A year written in digits ("منذ 1984"), not a day ("منذ 25 من شهر"). */
static bool is_year(const rasad_doc *doc, size_t i) {
    const rasad_token *t = &doc->tokens[i];
    if (t->kind != RASAD_TOK_NUMBER || strlen(t->norm) != 4)
        return false;
    int y = 0;
    for (int k = 0; k < 4; k++) {
        if (t->norm[k] < '0' || t->norm[k] > '9')
            return false;
        y = y * 10 + (t->norm[k] - '0');
    }
    return y >= 1900 && y <= 2100;
}

EX_WORDS(SINCE_SPANS, "عام", "بدايه", "بدء", "اندلاع", "سنوات", "سنه", "مطلع");

/* A conflict or a span of years as the time of a toll: "منذ عام 1984",
 * "منذ بداية الحرب", "في الصراع", "هذا العام" - not "منذ صباح أمس". */
static bool long_period(const ex_view *v, size_t first, size_t end) {
    const rasad_doc *doc = v->doc;
    if (this_year(doc, first, end))
        return true;
    for (size_t i = first; i < end; i++) {
        if (ex_stem_in(doc, i, &PERIOD) && !ex_word_in(doc, i, &PREP_SINCE))
            return true;
        if (ex_word_in(doc, i, &PREP_SINCE) && i + 1 < end &&
            (is_year(doc, i + 1) ||
             ex_stem_in(doc, i + 1, &SINCE_SPANS)))
            return true;
    }
    return false;
}

EX_WORDS(THAT_AN, "ان");

/* "منذ يونيو", "منذ بداية العام": a toll since a point in time; not "منذ
 * أن قتل 50 شخصا" (since [the day] 50 were killed), which recalls an
 * incident with its own toll. */
static bool since_point(const rasad_doc *doc, size_t first, size_t end) {
    for (size_t i = first; i < end; i++)
        if (ex_word_in(doc, i, &PREP_SINCE) &&
            !(i + 1 < end && ex_word_in(doc, i + 1, &THAT_AN)))
            return true;
    return false;
}

/* Is the count told with a place of its own right after it ("ثلاثة
 * شهداء وعشرة جرحى في كفرنبل")? Then it is that town's toll. */
EX_WORDS(PLACE_NOUNS, "قريه", "بلده", "مدينه", "حي", "منطقه", "ناحيه", "قضاء", "مخيم", "تل",
         "بلدات", "قري");
static bool own_place(const ex_view *v, const rasad_quantity *q, size_t end) {
    const rasad_doc *doc = v->doc;
    /* past a count joined to it ("ثلاثة شهداء وعشرة جرحى بقرية X") */
    for (size_t i = q->tok_last + 1; i < end && i <= q->tok_last + 4; i++) {
        if (doc->tokens[i].kind == RASAD_TOK_PUNCT)
            return false;
        if (ex_word_in(doc, i, &PREP_IN) && i + 1 < end) {
            const rasad_entity *e = ex_entity_at(v, i + 1);
            return (e && e->kind == RASAD_ENT_PLACE) || ex_stem_in(doc, i + 1, &PLACE_NOUNS);
        }
        const rasad_entity *e = ex_entity_at(v, i);
        if (ex_has_proclitic(doc, i, "ب") && ((e && e->kind == RASAD_ENT_PLACE) || ex_stem_in(doc, i, &PLACE_NOUNS)))
            return true;
    }
    return false;
}

/* Is the token before the count a trigger whose argument it is ("تفجير
 * عنصرين من التنظيم لنفسيهما")? */
static bool after_trigger(const ex_view *v, const rasad_quantity *q, size_t first) {
    /* a handful, not "يقاتل ما لا يقل عن 10 آلاف مقاتل" */
    if (q->tok_first <= first || !q->has_min || q->min >= 10)
        return false;
    const rasad_entity *e = ex_entity_at(v, q->tok_first - 1);
    return e && e->kind == RASAD_ENT_TRIGGER;
}

EX_WORDS(ACCORDING_TO, "بحسب", "حسب", "وفقا", "وفق", "نقلا", "طبقا");

/* Is the role a person of no side ("شخصا", "رجلا")? It names no subject. */
static bool anyone(const rasad_entity *e) {
    const lex_entry *le = ex_lex_entry(e);
    return le && le->id && strcmp(le->id, "ROLE_PERSONS") == 0;
}

/* The side mention e stands for, in out, when it names one: a named actor,
 * or a role noun that resolves to a side ("مدنيا", "التنظيم" after داعش). */
static bool side_of(const ex_view *v, const rasad_entity *e, bool roles, rasad_actor_ref *out) {
    if (!e || !ex_is_actor_entity(e) || e->kind == RASAD_ENT_SOURCE)
        return false;
    if (e->kind == RASAD_ENT_ROLE) {
        if (anyone(e))
            return false;
        ex_actor_from_entity(v, e, out);
        /* before the count, only a group word that stands for a named
         * group ("إن التنظيم يحتفظ بـ ... 14 و18 ألف عضو"), not a
         * bystander's kind */
        if (out->id && (roles || (strcmp(out->id, "CIVILIANS") != 0 && strcmp(out->id, "PROTESTERS") != 0)))
            return true;
        memset(out, 0, sizeof *out);
        return false;
    }
    ex_actor_from_entity(v, e, out);
    return true;
}

/* Whose count it is: the side named right after the count ("10 عناصر من
 * التنظيم", "590 من عناصر تنظيم داعش"), else the counted noun's own side
 * ("18 مدنيا", "24 إرهابيا"), else the nearest named actor before it in
 * its clause (not a source of reports). */
static void claim_subject(const ex_view *v, const rasad_quantity *q, rasad_actor_ref *out) {
    const rasad_doc *doc = v->doc;
    size_t end = doc->sentences[doc->tokens[q->tok_first].sentence].tok_first +
                 doc->sentences[doc->tokens[q->tok_first].sentence].tok_count;
    for (size_t i = q->tok_last + 1; i < end && i <= q->tok_last + 4; i++) {
        /* "بحسب حصيلة للمرصد": who counted, not who was counted */
        if (ex_word_in(doc, i, &ACCORDING_TO))
            break;
        if (side_of(v, ex_entity_at(v, i), true, out))
            return;
        if (doc->tokens[i].kind == RASAD_TOK_PUNCT)
            break;
    }
    for (size_t i = q->tok_first; i <= q->tok_last; i++)
        if (side_of(v, ex_entity_at(v, i), true, out))
            return;
    /* "أعلن داعش أن المئات من عناصره": men counted with a pronoun are
     * the teller's own */
    bool owned = false;
    for (size_t i = q->tok_first; i <= q->tok_last && !owned; i++)
        owned = ex_possessive(doc, i);
    ex_clause c = ex_clause_around(doc, q->tok_first);
    for (size_t i = q->tok_first; i-- > c.first;) {
        /* "تقدر الأمم المتحدة أن نحو 10 آلاف شخص": who tells or
         * estimates the count is not its subject */
        if (!owned && ex_word_in(doc, i, &THAT_AN))
            break;
        if (side_of(v, ex_entity_at(v, i), false, out))
            return;
    }
}

/* Verbs that open a quote, for the cue of a quoted claim. */
EX_WORDS(SAID, "قال", "قالت", "اضاف", "اضافت", "تابع", "تابعت", "اكد", "اكدت", "اوضح", "اوضحت",
         "اشار", "اشارت", "كشف", "كشفت", "ذكر", "ذكرت", "اعلن", "اعلنت", "توقع", "توقعت",
         "نقل", "نقلت", "بين", "بينت", "لفت", "لفتت");

/* The quotes with a speaker, by start (then by index), and the longest
 * of them in bytes: the quotes that may hold a count start at most that
 * far before it, so a claim reads only those instead of every quote. */
typedef struct quote_order {
    uint32_t *by_start;
    size_t n;
    uint32_t longest;
} quote_order;

/* Sorts the indexes a[0..n) by their quote's start, keeping index order
 * among equal starts (a stable bottom-up merge sort through tmp; qsort
 * has no context argument and the quotes belong to one doc of many
 * threads). */
static void sort_by_start(const rasad_quote *qs, uint32_t *a, uint32_t *tmp, size_t n) {
    for (size_t w = 1; w < n; w *= 2) {
        for (size_t lo = 0; lo < n; lo += 2 * w) {
            size_t mid = lo + w < n ? lo + w : n, hi = lo + 2 * w < n ? lo + 2 * w : n;
            size_t i = lo, j = mid, k = lo;
            while (i < mid && j < hi)
                tmp[k++] = qs[a[j]].start < qs[a[i]].start ? a[j++] : a[i++];
            while (i < mid)
                tmp[k++] = a[i++];
            while (j < hi)
                tmp[k++] = a[j++];
        }
        memcpy(a, tmp, n * sizeof *a);
        if (w > SIZE_MAX / 4)
            break;
    }
}

/* The first quote (by index) with a speaker that holds the count c, or
 * SIZE_MAX: the quotes starting in [c.end - longest, c.start]. */
static size_t holding_quote(const quote_order *o, const rasad_quote *qs, const rasad_quantity *c) {
    uint32_t from = c->end > o->longest ? c->end - o->longest : 0;
    size_t lo = 0, hi = o->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (qs[o->by_start[mid]].start < from)
            lo = mid + 1;
        else
            hi = mid;
    }
    size_t best = SIZE_MAX;
    for (; lo < o->n && qs[o->by_start[lo]].start <= c->start; lo++) {
        const rasad_quote *q = &qs[o->by_start[lo]];
        if (c->end <= q->end && o->by_start[lo] < best)
            best = o->by_start[lo];
    }
    return best;
}

/* A count inside a speaker's words ("أتصور أننا نتحدث عن بضعة آلاف")
 * is the speaker's claim. */
static void quoted_sources(const ex_view *v, const rasad_quote *qs, size_t nq, rasad_claim *cl, size_t m) {
    const rasad_doc *doc = v->doc;
    quote_order o = {NULL, 0, 0};
    uint32_t *tmp = NULL;
    if (m && nq && nq < UINT32_MAX) {
        o.by_start = arena_alloc_array(&v->doc->arena, nq, sizeof *o.by_start);
        tmp = arena_alloc_array(&v->doc->arena, nq, sizeof *tmp);
        if (!tmp)
            o.by_start = NULL;
    }
    if (o.by_start) {
        for (size_t k = 0; k < nq; k++) {
            if (qs[k].speaker_end <= qs[k].speaker_start)
                continue;
            o.by_start[o.n++] = (uint32_t)k;
            if (qs[k].end > qs[k].start && qs[k].end - qs[k].start > o.longest)
                o.longest = qs[k].end - qs[k].start;
        }
        sort_by_start(qs, o.by_start, tmp, o.n);
    }
    for (size_t i = 0; i < m; i++) {
        rasad_claim *c = &cl[i];
        size_t k0 = 0, kn = nq;
        if (o.by_start) {
            k0 = holding_quote(&o, qs, &c->quantity);
            kn = k0 == SIZE_MAX ? 0 : k0 + 1;
        }
        for (size_t k = k0; k < kn && !c->attribution.present; k++) {
            const rasad_quote *q = &qs[k];
            if (q->start > c->quantity.start || c->quantity.end > q->end || q->speaker_end <= q->speaker_start)
                continue;
            rasad_attribution *a = &c->attribution;
            a->present = true;
            a->start = q->speaker_start;
            a->end = q->speaker_end;
            a->id = NULL;
            a->kind = "other";
            /* the cue: the speech verb of the quote's sentence */
            a->cue_start = a->cue_end = 0;
            size_t first, end;
            ex_sentence_tokens(doc, q->sentence, &first, &end);
            for (size_t t = first; t < end && doc->tokens[t].start < q->start; t++)
                if (ex_stem_in(doc, t, &SAID)) {
                    a->cue_start = doc->tokens[t].start;
                    a->cue_end = doc->tokens[t].end;
                }
            if (a->cue_end == 0) {
                a->cue_start = q->speaker_start;
                a->cue_end = q->speaker_end;
            }
            c->modality.reported = true;
        }
    }
}

EX_WORDS(INJURY_NOUN, "اصابه");
EX_WORDS(KILLING_NOUN, "مقتل");
EX_WORDS(IN_PRESENCE, "بحضور", "حضور");

rasad_status ex_claims(const ex_view *v, const ex_frame *fr, size_t nfr, const rasad_quote *qs, size_t nq,
                       rasad_claim **out, size_t *n) {
    rasad_doc *doc = v->doc;
    *out = NULL;
    *n = 0;
    if (!v->nqty)
        return RASAD_OK;
    rasad_claim *cl = arena_alloc_array(&doc->arena, v->nqty, sizeof *cl);
    if (!cl)
        return RASAD_ENOMEM;
    /* per quantity: the claim it became, or -1 */
    int32_t *made = arena_alloc_array(&doc->arena, v->nqty, sizeof *made);
    bool *was_among = arena_alloc_array(&doc->arena, v->nqty, sizeof *was_among);
    if (!made || !was_among)
        return RASAD_ENOMEM;
    size_t *user_counts = event_user_counts(v, fr, nfr);
    const uint32_t *of_sentence = sentence_frames(v, fr, nfr);
    size_t m = 0;
    for (size_t i = 0; i < v->nqty; i++) {
        const rasad_quantity *q = &v->qty[i];
        made[i] = -1;
        was_among[i] = false;
        if (!q->has_min && !q->has_max)
            continue;
        uint32_t s = doc->tokens[q->tok_first].sentence;
        size_t first, end;
        ex_sentence_tokens(doc, s, &first, &end);
        uint8_t role = ex_role_in_context(v, q);
        /* a bare count standing for fighters named in its sentence */
        if (role == RASAD_ROLE_OTHER && q->unit_end <= q->unit_start && q->has_min && q->min >= 1000 &&
            !partitive_people(doc, q, end) && has_word(doc, first, end, &FIGHTER_WORDS))
            role = RASAD_ROLE_FIGHTERS;
        /* "مقتل وإصابة آلاف": people, though neither role alone */
        bool casualties = role == RASAD_ROLE_OTHER && q->tok_first >= first + 2 &&
                          ex_stem_in(doc, q->tok_first - 1, &INJURY_NOUN) &&
                          ex_stem_in(doc, q->tok_first - 2, &KILLING_NOUN);
        /* "قتل وأصيب 30 شخصا", "30 بين قتيل وجريح": one count of the dead
         * and the wounded together is a toll (kept or left as one), but
         * the text gives no split: its claim counts neither, role other
         * (GUIDELINES.md, as the event's count in event_counts.c) */
        bool both = ex_counts_dead_and_wounded(doc, q) && !ex_counts_things(doc, q);
        casualties |= both;
        /* a breakdown of the count before it ("بينهم 3000 أجنبي"), and
         * the counts joined to it ("بينهم أربعة أطفال وثلاث نساء") */
        bool among = q->tok_first > first && ex_stem_in(doc, q->tok_first - 1, &AMONG);
        if (!among && i > 0 && was_among[i - 1] && v->qty[i - 1].tok_last + 2 >= q->tok_first &&
            (ex_has_proclitic(doc, q->tok_first, "و") ||
             ex_word_in(doc, q->tok_first - 1, &CONJ_AND)))
            among = true;
        was_among[i] = among;
        if (among) {
            if (i == 0 || made[i - 1] < 0)
                continue;
            if (role == RASAD_ROLE_OTHER)
                role = cl[made[i - 1]].quantity.role;
        }
        if (!casualties && !counts_people(v, q, role, end))
            continue;
        /* "أعمارهم من 12-13 سنة": years, not people */
        if (q->tok_last + 1 < end && ex_stem_in(doc, q->tok_last + 1, &TIME_UNITS))
            continue;
        /* "إحدى النساء", "عدة أشخاص": one person, or a vague few, is no
         * statement about numbers */
        if ((role == RASAD_ROLE_OTHER || role == RASAD_ROLE_MEMBERS) && q->has_max &&
            (q->max <= 1 || (q->qualifier == RASAD_Q_SEVERAL && q->max < 100)))
            continue;
        size_t users = user_counts ? user_counts[i] : event_users(q, fr, nfr);
        if (!users && told_again(fr, of_sentence, s, q, both ? RASAD_ROLE_OTHER : role))
            users = 1;
        bool audience = q->tok_first > first && ex_stem_in(doc, q->tok_first - 1, &IN_PRESENCE);
        /* the words around the count, not the whole of a long sentence */
        size_t wf = q->tok_first > first + TOTAL_REACH ? q->tok_first - TOTAL_REACH : first;
        size_t we = q->tok_last + TOTAL_REACH < end ? q->tok_last + TOTAL_REACH + 1 : end;
        bool total = (event_count_role(role) && several_incidents(v, wf, we) && !own_place(v, q, end)) ||
                     series_count(q, fr, nfr);
        bool period = long_period(v, first, end) || ex_span_of_weeks_in(v, first, end - 1);
        bool keep;
        if (among || audience || role == RASAD_ROLE_DISPLACED)
            keep = true;
        else if (users)
            keep = total || period;
        else if (event_count_role(role))
            /* events.c leaves a toll since a point in time, or over a
             * period ("خلال 10 أشهر", "خلال هذه الفترة"), or of a war's
             * size beside an act word, to the claims (a crowd over a
             * festival's days is no toll, nor "حياة 100 مليون شخص" in a
             * story of coal) */
            keep = total || period || since_point(doc, first, end) ||
                   (ev_war_toll(role, q) && ex_trigger_in(v, first, end, NULL)) ||
                   (role != RASAD_ROLE_PARTICIPANTS && (ev_period_in_clause(doc, (ex_clause){first, end - 1}) ||
                                                        ev_tally_goes_on(v, (uint32_t)s)));
        else
            keep = !after_trigger(v, q, first);
        if (!keep)
            continue;
        rasad_claim *c = &cl[m];
        memset(c, 0, sizeof *c);
        c->quantity = *q;
        c->quantity.role = both ? RASAD_ROLE_OTHER : role;
        made[i] = (int32_t)m;
        if (q->role == RASAD_ROLE_MEMBERS || q->role == RASAD_ROLE_OTHER || q->role == RASAD_ROLE_FIGHTERS)
            for (size_t k = q->tok_last + 1; k < end && k <= q->tok_last + 4; k++)
                if (ex_stem_in(doc, k, &ESCAPE_WORDS))
                    c->quantity.role = RASAD_ROLE_ESCAPED;
        claim_subject(v, q, &c->subject);
        /* places of the sentence, within PLACE_REACH words of the count
         * (a text without stops is one sentence, and every count of it
         * listed every place: output growing with the square of the
         * length) */
        size_t pf = q->tok_first > first + PLACE_REACH ? q->tok_first - PLACE_REACH : first;
        size_t pe = (size_t)q->tok_last + PLACE_REACH + 1 < end ? (size_t)q->tok_last + PLACE_REACH + 1 : end;
        size_t np = 0;
        size_t e0 = ex_ent_from(v, pf), en = ex_ent_to(v, pe);
        for (size_t k = e0; k < en; k++)
            np += v->ents[k].kind == RASAD_ENT_PLACE && v->ents[k].tok_first >= pf && v->ents[k].tok_last < pe;
        if (np) {
            rasad_place_ref *pl = arena_alloc_array(&doc->arena, np, sizeof *pl);
            if (!pl)
                return RASAD_ENOMEM;
            for (size_t k = e0; k < en; k++) {
                const rasad_entity *e = &v->ents[k];
                if (e->kind == RASAD_ENT_PLACE && e->tok_first >= pf && e->tok_last < pe) {
                    pl[c->nlocations].start = e->start;
                    pl[c->nlocations].end = e->end;
                    pl[c->nlocations].entity = e;
                    c->nlocations++;
                }
            }
            c->locations = pl;
        }
        size_t best = SIZE_MAX;
        for (size_t k = ex_date_from(v, first), kn = ex_date_to(v, end); k < kn; k++) {
            const rasad_date *d = &v->dates[k];
            if (d->tok_first < first || d->tok_last >= end)
                continue;
            size_t dist = d->tok_first > q->tok_first ? d->tok_first - q->tok_first : q->tok_first - d->tok_first;
            if (dist < best) {
                best = dist;
                c->date = *d;
                c->has_date = true;
            }
        }
        c->attribution = ex_attribution(v, s);
        ex_clause cl_ = ex_clause_around(doc, q->tok_first);
        c->modality = ex_modality(v, cl_.first, q->tok_first, end);
        c->modality.reported = c->attribution.present;
        c->sentence_start = doc->sentences[s].start;
        c->sentence_end = doc->sentences[s].end;
        m++;
    }
    quoted_sources(v, qs, nq, cl, m);
    *out = cl;
    *n = m;
    return RASAD_OK;
}
