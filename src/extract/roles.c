/* SPDX-License-Identifier: MIT
 *
 * roles.c - stage 4: what a count counts, read from the words around it.
 * The number scanner guesses a role from the counted noun (قتيلا,
 * جريحا); here the clause decides when the noun does not ("مقتل 10
 * مدنيين وإصابة 17 آخرين", "اعتقال 590 من عناصر", "نزح 250 ألف",
 * "بحضور نحو ألف شخص"). The nearest cue word wins: first the two words
 * before the number, then the four after it, within the clause; then,
 * for a count of people or a bare count, a verb further back in the
 * clause ("قتلت موجة من الهجمات ... 50 شخصا"); last, a count joined by و
 * to the one before it counts the same ("بمقتل 10 عناصر و18 مقاتلا").
 * "مقتل وإصابة آلاف" counts both: other.
 */
#include <string.h>

#include "extract/extract.h"

typedef struct role_cue {
    uint8_t role;
    ex_words *words;
} role_cue;

EX_WORDS(FATAL, "قتل", "قتلت", "قتلوا", "مقتل", "قتلي", "قتيل", "قتيلا", "مصرع", "مصرعهم",
         "حتفهم", "حتفه", "لقي", "لقوا", "اودي", "اودت", "حياه", "ضحايا", "وفاه",
         "استشهاد", "استشهد", "استشهدوا", "اعدام", "اعدم", "اعدمت", "مقتلهم", "قضوا",
         "قضي", "مقتولين", "مقتولا", "مقتول");
EX_WORDS(INJURED, "اصيب", "اصيبت", "اصيبوا", "اصابه", "جرح", "جرحي", "جريح", "جريحا",
         "مصاب", "مصابين", "بجروح", "جروح", "اصاب", "اصابت", "اصابوا", "اصابات");
EX_WORDS(DETAINED, "اعتقال", "اعتقل", "اعتقلت", "احتجاز", "احتجز", "توقيف", "اوقفت",
         "القبض", "اعتقلوا", "معتقلين", "اسر", "اسري", "خطف", "خطفوا", "خطفت",
         "اختطف", "اختطفوا", "اختطفت", "اختطاف");
EX_WORDS(DISPLACED, "نزح", "نزحوا", "نازح", "نازحين", "النازحين", "نزوح", "تهجير", "هجروا",
         "لاجئ", "لاجئين", "اللاجئين");
EX_WORDS(ESCAPED, "فر", "فروا", "فرار", "هرب", "هربوا", "هروب", "القيد");
EX_WORDS(PARTICIPANTS, "بحضور", "حضور", "شارك", "شاركوا", "مشاركه", "تظاهر", "تظاهروا",
         "احتشد", "احتشدوا", "اعتصام", "اعتصاما", "اعتصم", "اعتصموا", "مظاهره",
         "تظاهره", "وقفه");

static const role_cue CUES[] = {
    {RASAD_ROLE_FATALITIES, &FATAL},   {RASAD_ROLE_INJURED, &INJURED},     {RASAD_ROLE_DETAINED, &DETAINED},
    {RASAD_ROLE_DISPLACED, &DISPLACED}, {RASAD_ROLE_ESCAPED, &ESCAPED},     {RASAD_ROLE_PARTICIPANTS, &PARTICIPANTS},
};

EX_WORDS(CAPTIVITY_OR_FAMILIES, "اسر");

/* أَسْر (capture) and أُسَر (families) are written alike; with a
 * possessive pronoun ("المقاتلين وأسرهم") or as the counted noun after
 * من ("المئات من الأسر") it is the families. */
static bool families(const rasad_doc *doc, size_t i) {
    if (!ex_stem_in(doc, i, &CAPTIVITY_OR_FAMILIES))
        return false;
    return (i > 0 && ex_word_in(doc, i - 1, &PREP_FROM)) || ex_enclitic(doc, i) != NULL;
}

static int cue_at(const rasad_doc *doc, size_t i) {
    if (families(doc, i))
        return -1;
    for (size_t k = 0; k < sizeof CUES / sizeof CUES[0]; k++)
        if (ex_stem_in(doc, i, CUES[k].words))
            return CUES[k].role;
    return -1;
}

/* how far back in the clause a verb may govern a count */
#define FAR_REACH 14

EX_WORDS(PEOPLE_NOUNS, "شخص", "شخصا", "اشخاص", "مدني", "مدنيا", "مدنيين", "مواطن", "مواطنا",
         "مواطنين", "عنصر", "عنصرا", "عناصر", "فرد", "افراد", "رجل", "رجلا",
         "رجال", "شاب", "شابا", "شبان", "مقاتل", "مقاتلا", "مقاتلين", "مسلح",
         "مسلحا", "مسلحين", "ارهابي", "ارهابيا", "ارهابيين", "جندي", "جنديا",
         "جنود");

/* A verb with the plural ending وا ("قتلوا", "خطفوا")? */
static bool plural_verb(const rasad_doc *doc, size_t i) {
    const char *n = doc_tok_stem(doc, i)->norm;
    size_t len = strlen(n);
    return len > 4 && strcmp(n + len - 4, "\xD9\x88\xD8\xA7") == 0;
}

/* The role from the words right around q, or -1. */
static int near_role(const ex_view *v, const rasad_quantity *q, ex_clause c) {
    const rasad_doc *doc = v->doc;
    for (size_t k = 1; k <= 2 && q->tok_first >= c.first + k; k++) {
        int r = cue_at(doc, q->tok_first - k);
        if (r >= 0) {
            /* "مقتل وإصابة آلاف": both at once */
            /* (not after a verb with its subject before it: "18 مقاتلا
             * قتلوا وأصيب 27" counts the wounded alone) */
            if (k == 1 && q->tok_first >= c.first + 2 && r == RASAD_ROLE_INJURED &&
                cue_at(doc, q->tok_first - 2) == RASAD_ROLE_FATALITIES && !plural_verb(doc, q->tok_first - 2))
                return RASAD_ROLE_OTHER;
            return r;
        }
    }
    for (size_t i = q->tok_last + 1; i <= c.last && i <= q->tok_last + 4; i++) {
        /* "و18 مقاتلا من تنظيم الدولة، قتلوا": a comma before the verb
         * of a long subject */
        if (doc->tokens[i].kind == RASAD_TOK_PUNCT && doc->tokens[i].norm[0] == ',' && i + 1 <= c.last &&
            plural_verb(doc, i + 1) && cue_at(doc, i + 1) >= 0)
            return cue_at(doc, i + 1);
        if (doc->tokens[i].kind == RASAD_TOK_NUMBER || doc->tokens[i].kind == RASAD_TOK_PUNCT)
            break;
        int r = cue_at(doc, i);
        /* "50 شخصا وأصابت مئات": a verb joined by و that a count
         * follows is that count's */
        if (r >= 0 && ex_has_proclitic(doc, i, "و"))
            for (size_t k = ex_qty_from(v, i + 1), kn = ex_qty_to(v, i + 3); k < kn; k++)
                if (v->qty[k].tok_first > i && v->qty[k].tok_first <= i + 2)
                    return -1;
        if (r >= 0)
            return r;
    }
    return -1;
}

/* Is a word of q's counted noun in set? */
static bool unit_word_in(const rasad_doc *doc, const rasad_quantity *q, ex_words *set) {
    for (size_t i = q->tok_first; i <= q->tok_last && i < doc->ntokens; i++)
        if (doc->tokens[i].start >= q->unit_start && ex_stem_in(doc, i, set))
            return true;
    return false;
}

/* Does q count people without saying what happened to them: no counted
 * noun, or a plain noun for people (شخص، مدنيين، عناصر)? */
static bool plain_people(const rasad_doc *doc, const rasad_quantity *q) {
    return q->unit_end <= q->unit_start || unit_word_in(doc, q, &PEOPLE_NOUNS);
}

/* A verb of killing, wounding, arrest ... further back in the clause,
 * with no other count between: "قتلت موجة من الهجمات على الشرطة ... في
 * كابول 50 شخصا". */
static int far_role(const rasad_doc *doc, const rasad_quantity *q, ex_clause c) {
    for (size_t k = 3; k <= FAR_REACH && q->tok_first >= c.first + k; k++) {
        size_t i = q->tok_first - k;
        if (doc->tokens[i].kind == RASAD_TOK_NUMBER)
            return -1;
        int r = cue_at(doc, i);
        if (r >= 0)
            return r;
    }
    return -1;
}

/* Counted things, not people: a verb near them says nothing of people
 * ("تسع ضربات أصابت مواقع التنظيم"). */
EX_WORDS(THINGS, "ضربه", "ضربات", "غاره", "غارات", "طلعه", "طلعات", "حادث", "حوادث", "هجوم",
         "هجمات", "عمليه", "عمليات", "صاروخ", "صواريخ", "قذيفه", "قذائف", "رشاش",
         "رشاشات", "سياره", "سيارات", "عربه", "عربات", "مركبه", "مركبات", "وكر", "اوكار",
         "منزل", "منازل", "مبني", "مباني", "موقع", "مواقع", "دبابه", "دبابات", "طائره",
         "طائرات", "برميل", "براميل", "عبوه", "عبوات", "كيلومتر", "كلم", "طن", "اطنان",
         "مدفع", "مدافع", "قريه", "قري", "بلده", "بلدات",
         /* provinces, towns and units: "توقيف 251 شخصا في 13 محافظة"،
          * "تضررت ثلاثة من آلياته" */
         "محافظه", "محافظات", "ولايه", "ولايات", "مدينه", "مدن", "منطقه", "مناطق", "دوله", "دول",
         "اليه", "اليات", "اليته", "الياته", "وحدات", "طنا",
         /* money: "فدية قدرها سبعة ملايين دولار" counts no captives */
         "دولار", "دولارا", "دولارات", "يورو", "ريال", "ريالا", "ريالات", "دينار",
         "دينارا", "دنانير", "ليره", "ليرات", "جنيه", "جنيها", "درهم", "درهما",
         /* measures: "احتجاز شخصين داخل بئر بعمق ثمانية أمتار" */
         "متر", "مترا", "امتار", "ميل", "اميال", "كيلوغرام", "كيلوغراما", "كغم", "غرام", "لتر", "لترا",
         "لترات", "هكتار", "هكتارا", "دونم", "دونما",
         /* animals: "إعدام ملايين من الدجاجات" */
         "دجاجه", "دجاجات", "حيوان", "حيوانات", "طيور", "ماشيه", "اغنام", "ابقار", "جمل", "جمال");
bool ex_counts_things(const rasad_doc *doc, const rasad_quantity *q) {
    return q->unit_end > q->unit_start && unit_word_in(doc, q, &THINGS);
}

/* Spans of time: "رجل يبلغ من العمر 49 عاما", "احتجازه لمدة 81 يوما",
 * "خلال 24 ساعة" count nobody, whatever verb stands near. */
EX_WORDS(TIME_UNITS, "عاما", "عام", "اعوام", "سنه", "سنوات", "سنين", "شهرا", "شهر", "اشهر", "شهور", "يوما",
         "ايام", "ساعه", "ساعات", "دقيقه", "دقائق", "اسبوعا", "اسبوع", "اسابيع");

/* "في الدقيقة 82", "الساعة 10": the number names a point in time */
EX_WORDS(TIME_BEFORE, "الدقيقه", "الساعه");

/* an age: "دون سن الـ 18"، "عمره 12 عاما"، "بعمر 15" */
EX_WORDS(AGE_BEFORE, "سن", "عمر", "عمره", "عمرها", "اعمارهم", "اعمار", "بعمر");
EX_WORDS(LONE_ARTICLE, "ال");

bool ex_counts_time(const rasad_doc *doc, const rasad_quantity *q) {
    if (q->tok_first > 0 && q->tok_first < doc->ntokens && ex_stem_in(doc, q->tok_first - 1, &TIME_BEFORE))
        return true;
    size_t before = q->tok_first;
    if (before > 1 && ex_word_in(doc, before - 1, &LONE_ARTICLE))
        before--; /* "سن الـ 18" */
    if (before > 0 && before <= doc->ntokens && ex_word_in(doc, before - 1, &AGE_BEFORE))
        return true;
    return q->unit_end > q->unit_start && unit_word_in(doc, q, &TIME_UNITS);
}

EX_WORDS(AMONG_THEM, "بينهم", "منهم");

/* The count q breaks down ("مقتل 3 مواطنين، بينهم امرأتان"): the count
 * that ends right before بينهم / منهم (a comma between allowed), or
 * NULL. */
static const rasad_quantity *broken_down(const ex_view *v, const rasad_quantity *q, ex_clause c) {
    const rasad_doc *doc = v->doc;
    size_t among = q->tok_first;
    if (among == 0 || among - 1 < c.first || !ex_stem_in(doc, among - 1, &AMONG_THEM))
        return NULL;
    among--;
    size_t end = among;
    if (end > c.first && doc->tokens[end - 1].kind == RASAD_TOK_PUNCT && doc->tokens[end - 1].norm[0] == ',')
        end--;
    if (end == 0 || end - 1 < c.first)
        return NULL;
    for (size_t k = ex_qty_from(v, ex_back(end - 1, v->qty_span)), kn = ex_qty_to(v, end); k < kn; k++)
        if (v->qty[k].tok_last == end - 1)
            return &v->qty[k];
    return NULL;
}

/* ---- One count for the dead and the wounded together ----
 * "قتل وأصيب 30 شخصا", "مقتل وإصابة 30 شخصا", "سقط 30 شخصا بين قتيل
 * وجريح", "30 قتيلا وجريحا", "30 من القتلى والجرحى": the text gives no
 * split, so the count is neither the dead nor the wounded; GUIDELINES.md
 * codes "مقتل واصابة اكثر من 40 شخصا" with role other, and an event
 * frame keeps it so (event_counts.c). ex_role_in_context leaves such a
 * count the role its nearest word gives, so claims.c still reads it as a
 * toll (an "other" count with no frame would become a claim). Only the killing and wounding words that
 * take no subject of their own before the count: in "18 مقاتلا قتلوا
 * وأصيب 27" and "شخصان قتلا وأصيب أربعة" the 27 and the four are the
 * wounded alone (a plural or dual verb has its subject before it). */
EX_WORDS(BOTH_KILL, "قتل", "مقتل", "استشهاد", "استشهد", "سقوط");
EX_WORDS(BOTH_WOUND, "اصيب", "اصابه", "جرح");
EX_WORDS(BOTH_DEAD, "قتيل", "قتيلا", "قتلي");
EX_WORDS(BOTH_HURT, "جريح", "جريحا", "جرحي", "مصاب", "مصابا", "مصابين");

/* Are tokens a and b (b right after a, with و) a dead word and a hurt
 * word, in either order? */
static bool dead_and_hurt(const rasad_doc *doc, size_t a, size_t b, ex_words *dead, ex_words *hurt) {
    if (b >= doc->ntokens || !ex_has_proclitic(doc, b, "و"))
        return false;
    return (ex_stem_in(doc, a, dead) && ex_stem_in(doc, b, hurt)) ||
           (ex_stem_in(doc, a, hurt) && ex_stem_in(doc, b, dead));
}

bool ex_counts_dead_and_wounded(const rasad_doc *doc, const rasad_quantity *q) {
    size_t f = q->tok_first, l = q->tok_last;
    if (f >= doc->ntokens || l >= doc->ntokens)
        return false;
    uint32_t s = doc->tokens[f].sentence;
    /* قتل وأصيب N, مقتل وإصابة N */
    if (f >= 2 && doc->tokens[f - 2].sentence == s && dead_and_hurt(doc, f - 2, f - 1, &BOTH_KILL, &BOTH_WOUND))
        return true;
    /* N قتيلا وجريحا: the counted noun and the word after it */
    if (q->unit_end > q->unit_start && dead_and_hurt(doc, l, l + 1, &BOTH_DEAD, &BOTH_HURT))
        return true;
    /* N [noun] [ما] بين قتيل وجريح, N من القتلى والجرحى */
    size_t i = l + 1;
    if (i < doc->ntokens && doc->tokens[i].sentence == s && ex_word_in(doc, i, &PREP_FROM) &&
        !ex_has_proclitic(doc, i, "و"))
        return dead_and_hurt(doc, i + 1, i + 2, &BOTH_DEAD, &BOTH_HURT);
    if (i + 1 < doc->ntokens && doc->tokens[i].norm_len == 4 && strcmp(doc->tokens[i].norm, "\xD9\x85\xD8\xA7") == 0)
        i++; /* ما */
    return i < doc->ntokens && ex_word_in(doc, i, &PREP_BETWEEN) && dead_and_hurt(doc, i + 1, i + 2, &BOTH_DEAD, &BOTH_HURT);
}

/* "حتى الموت" right after a count: the people were killed ("أحرقت ثلاثة
 * شبان حتى الموت") */
EX_WORDS(UNTIL, "حتي");
EX_WORDS(DEATH, "الموت");

/* "مقابل إطلاق عشرة من عناصر النظام و14 جثة لقتلاه", "عملية تبادل
 * لعشرات الجثث": bodies handed over or exchanged were killed some other
 * day; they are no toll of the act told */
EX_WORDS(BODY_UNITS, "جثه", "جثث", "الجثث", "جثمان", "جثامين", "الجثامين");
EX_WORDS(HANDOVER, "تبادل", "التبادل", "مقابل", "تسليم", "التسليم", "تسلم", "استلام", "صفقه", "الصفقه");
bool ex_handover_in(const rasad_doc *doc, ex_clause c) {
    for (size_t i = c.first; i <= c.last; i++)
        if (ex_stem_in(doc, i, &HANDOVER))
            return true;
    return false;
}

static bool bodies_handed_over(const rasad_doc *doc, const rasad_quantity *q) {
    bool bodies = false;
    /* (the noun after the count, or before it: "جثث 22 مقاتلا") */
    for (size_t i = q->tok_first ? q->tok_first - 1 : 0; i <= q->tok_last + 1 && i < doc->ntokens && !bodies; i++)
        bodies = ex_stem_in(doc, i, &BODY_UNITS);
    return bodies && ex_handover_in(doc, ex_clause_around(doc, q->tok_first));
}

uint8_t ex_role_in_context(const ex_view *v, const rasad_quantity *q) {
    const rasad_doc *doc = v->doc;
    if (ex_counts_time(doc, q) || bodies_handed_over(doc, q))
        return RASAD_ROLE_OTHER;
    if (ex_counts_things(doc, q))
        return q->role;
    /* a breakdown with no role of its own takes the one of the count it
     * breaks down: "مقتل 3 مواطنين، بينهم امرأتان" */
    if (q->role == RASAD_ROLE_OTHER || q->role == RASAD_ROLE_MEMBERS || q->role == RASAD_ROLE_FIGHTERS) {
        const rasad_quantity *p = broken_down(v, q, ex_clause_around(doc, q->tok_first));
        if (p) {
            uint8_t r = ex_role_in_context(v, p);
            if (r == RASAD_ROLE_FATALITIES || r == RASAD_ROLE_INJURED || r == RASAD_ROLE_DETAINED)
                return r;
        }
    }
    if (q->tok_last + 2 < doc->ntokens && ex_word_in(doc, q->tok_last + 1, &UNTIL) &&
        ex_word_in(doc, q->tok_last + 2, &DEATH) && plain_people(doc, q))
        return RASAD_ROLE_FATALITIES;
    /* a noun that says it already (قتيلا، جرحى) is not overruled; a
     * bare count ("مقتل وإصابة آلاف") is read again here */
    if ((q->role == RASAD_ROLE_FATALITIES || q->role == RASAD_ROLE_INJURED || q->role == RASAD_ROLE_FOREIGNERS) &&
        q->unit_end > q->unit_start)
        return q->role;
    ex_clause c = ex_clause_around(doc, q->tok_first);
    int r = near_role(v, q, c);
    if (r >= 0)
        return (uint8_t)r;
    if (!plain_people(doc, q))
        return q->role;
    r = far_role(doc, q, c);
    if (r >= 0)
        return (uint8_t)r;
    /* "57 مدنياً بينهم 12 طفلاً و6 نساء قتلوا": past the breakdown */
    if (q->tok_last + 1 <= c.last && ex_stem_in(doc, q->tok_last + 1, &AMONG_THEM)) {
        size_t at = q->tok_last + 1;
        /* the counts before at + 1 never move it */
        for (size_t k = ex_qty_from(v, at + 1); k < v->nqty; k++) {
            const rasad_quantity *n = &v->qty[k];
            if (v->qty_sorted && n->tok_first > at + 2)
                break; /* none further on starts in reach */
            if (n->tok_first > at && n->tok_first <= at + 2 && n->tok_last <= c.last)
                at = n->tok_last;
        }
        for (size_t i = at + 1; i <= c.last && i <= at + 2; i++) {
            if (doc->tokens[i].kind == RASAD_TOK_PUNCT && doc->tokens[i].norm[0] == ',')
                continue;
            if ((r = cue_at(doc, i)) >= 0)
                return (uint8_t)r;
            break;
        }
    }
    /* "13 رجلا بينهم زعيم عشيرة خطفوا": the verb after a longer subject */
    for (size_t i = q->tok_last + 5; i <= c.last && i <= q->tok_last + 7; i++) {
        if (doc->tokens[i].kind == RASAD_TOK_NUMBER || doc->tokens[i].kind == RASAD_TOK_PUNCT)
            break;
        if (plural_verb(doc, i) && (r = cue_at(doc, i)) >= 0)
            return (uint8_t)r;
    }
    /* "و18 مقاتلا" after "بمقتل 10 عناصر": the count before it, in the
     * same clause, says what happened to both */
    if (ex_has_proclitic(doc, q->tok_first, "و")) {
        /* only the count right before one reaching q is read: from the
         * one before the first that may reach it */
        size_t k0 = ex_qty_from(v, ex_back(q->tok_first, v->qty_span));
        for (size_t k = k0 > 0 ? k0 - 1 : 0; k < v->nqty; k++) {
            const rasad_quantity *p = &v->qty[k];
            if (p->tok_last >= q->tok_first)
                break;
            if (p->tok_first < c.first || (k + 1 < v->nqty && v->qty[k + 1].tok_last < q->tok_first))
                continue;
            r = near_role(v, p, c);
            if (r == RASAD_ROLE_FATALITIES || r == RASAD_ROLE_INJURED || r == RASAD_ROLE_DETAINED)
                return (uint8_t)r;
        }
    }
    /* "واحدا من أفراد القوة وثمانية متعاقدين قتلوا": the count joined
     * to it by و right after says it for both */
    for (size_t k = ex_qty_from(v, (size_t)q->tok_last + 1), kn = ex_qty_to(v, (size_t)q->tok_last + 9); k < kn; k++) {
        const rasad_quantity *n = &v->qty[k];
        if (n->tok_first <= q->tok_last || n->tok_first > q->tok_last + 8 || n->tok_last > c.last)
            continue;
        if (ex_has_proclitic(doc, n->tok_first, "و") ||
            ex_word_in(doc, n->tok_first - 1, &CONJ_AND)) {
            r = near_role(v, n, c);
            if (r == RASAD_ROLE_FATALITIES || r == RASAD_ROLE_INJURED || r == RASAD_ROLE_DETAINED)
                return (uint8_t)r;
        }
        break;
    }
    return q->role;
}
