/* SPDX-License-Identifier: MIT
 *
 * quote_names.c - stage 4, quotes: a speaker's name read from the words of a
 * lead-in: tagger persons, title nouns and ranks, words that cannot be a
 * name, and two to four name-like words after a title phrase or right
 * after the verb with a title after them (the tagger misses many Turkish,
 * Kurdish and Western names).
 */
#include <string.h>

#include "extract/extract.h"
#include "extract/quotes.h"

/* Does the straight quote at token j open words (a space before it, a
 * letter right after it) rather than close them? */
bool qt_opens_words(const rasad_doc *doc, size_t j) {
    const rasad_token *t = &doc->tokens[j];
    char before = t->start > 0 ? doc->text[t->start - 1] : ' ';
    unsigned char after = t->end < doc->len ? (unsigned char)doc->text[t->end] : 0;
    return (before == ' ' || before == ':' || before == '\n') && after >= 0x80;
}

/* An adjective of origin ending in ي ("التركي", "الأميركي")? */
bool qt_nisba(const rasad_doc *doc, size_t i) {
    const char *n = doc->tokens[i].norm;
    size_t len = strlen(n);
    return len >= 8 && strcmp(n + len - 2, "\xD9\x8A") == 0;
}

/* A tagger person at token i, or NULL. */
const tagger_entity *qt_person_at(const ex_view *v, size_t i) {
    const tagger_entity *t = ex_ner_at(v, i);
    if (t && t->type == TG_PER && t->tok_first == i) {
        /* a lexicon actor or place over the same words wins, except a
         * person the lexicon lists as an alias of the group or office he
         * speaks for ("رامي عبد الرحمن" for the Observatory, "رجب طيب
         * أردوغان" for the Turkish government): a name of two words or
         * more that does not start with ال */
        const rasad_entity *e = ex_entity_at(v, i);
        if (e && e->kind != RASAD_ENT_ROLE && e->kind != RASAD_ENT_TRIGGER &&
            !(e->kind != RASAD_ENT_PLACE && t->tok_last > t->tok_first && !qt_definite(v->doc, i)))
            return NULL;
        return t;
    }
    return NULL;
}

/* Ranks and titles the tagger may take for a name ("البريجادير جنرال",
 * "الرائد"): a person made only of them is no speaker; the name follows. */
EX_WORDS_SHARED(QT_TITLES, "البريجادير", "بريجادير", "جنرال", "الجنرال", "الرائد", "رائد", "العقيد",
                "عقيد", "العميد", "عميد", "اللواء", "لواء", "النقيب", "نقيب", "المقدم",
                "الدكتور", "دكتور", "الشيخ", "منشق", "المنشق", "الكولونيل", "الميجور", "المهندس", "مهندس");

/* Nouns of the people around someone, in the construct (no ال) before
 * his name: "وقال عدد من مؤيدي الأسد إن", "قال محامي فلان", "قالت عائلة
 * فلان". The speakers are his supporters, his lawyer, his family; the
 * name only says whose. (Titles are not here: "قال الرئيس فلان" is فلان.) */
EX_WORDS(PEOPLE_OF, "مؤيدي", "مؤيدو", "مؤيد", "انصار", "اتباع", "مناصري", "مناصرو", "مناصر",
         "محامي", "محامو", "محاميه", "عائله", "اسره", "ذوي", "اقارب", "اقرباء", "نجل", "شقيق",
         "شقيقه", "زوجه", "والد", "والده", "ارمله", "حراس", "مساعدي", "معاوني", "مقربين",
         "مقربون", "رفاق", "مكتب", "حمله", "اصدقاء", "خصوم", "منتقدي", "معارضي");

/* Plural and unnamed sources the tagger may take for a person's name. */
EX_WORDS(UNNAMED_SOURCES, "ناشطون", "ناشطين", "شهود", "مصادر", "مسؤولون", "مسؤولين", "سكان", "اهالي", "محللون",
         "محللين", "خبراء", "باحثون", "باحثين", "مراقبون", "مراقبين", "معارضون", "معارضين", "متظاهرون", "متظاهرين");

/* A tagged "person" that is the outlet ("لصحيفة ديلي ستار"), someone the
 * speakers belong to (PEOPLE_OF), or only a title. */
bool qt_not_a_speaker(const rasad_doc *doc, const tagger_entity *p) {
    size_t f = p->tok_first;
    size_t prev = f;
    while (prev > 0 && doc->tokens[prev - 1].kind == RASAD_TOK_QUOTE)
        prev--;
    if (prev > 0 && ex_stem_in(doc, prev - 1, &QT_OUTLET_NOUNS))
        return true;
    /* (with ال the noun is his title, "المحامي فلان": he speaks) */
    if (f > 0 && !qt_definite(doc, f - 1) &&
        (ex_word_in(doc, f - 1, &PEOPLE_OF) || ex_stem_in(doc, f - 1, &PEOPLE_OF)))
        return true;
    /* "وقال لفرانس برس": whom it was said to */
    if (ex_has_proclitic(doc, f, "ل"))
        return true;
    /* a one-word "person" that is a word of unnamed sources ("وقال ناشطون
     * إن", "قال شهود"): the tagger's error; unnamed sources give no quote */
    if (p->tok_last == f && ex_stem_in(doc, f, &UNNAMED_SOURCES))
        return true;
    for (size_t i = f; i <= p->tok_last; i++)
        if (!ex_word_in(doc, i, &QT_TITLES) && !ex_stem_in(doc, i, &QT_TITLES))
            return false;
    return true;
}

/* Does the lead-in [a, b] between a speech verb and the quoted words name
 * nobody ("وأضاف:", "وقال أيضاً", "وتابع في تصريح لوكالة رويترز")? Only
 * then does the verb continue the previous speaker: a lead-in with a
 * subject of its own ("وقال الأمين العام للحلف ...") is a new speaker the
 * tagger missed, not the last one speaking again. */
EX_WORDS_SHARED(QT_BARE_WORDS, "ايضا", "كذلك", "بالقول", "قائلا", "قائله", "في", "تصريح", "تصريحات",
                "حديث", "مقابله", "اتصال", "هاتفي", "معه", "معها", "له", "لها", "الي",
                "مؤتمر", "صحافي", "صحفي", "مساء", "صباح", "امس", "اليوم", "امام",
                "صحافيين", "صحفيين", "الصحافيين", "الصحفيين");

/* Title and office nouns: the head of a speaker's role ("المتحدث باسم
 * ...", "رئيس الوزراء", "الأمين العام ..."). */
EX_WORDS_SHARED(QT_ROLE_NOUNS,
    "متحدث", "متحدثه", "ناطق", "ناطقه", "رئيس", "رئيسه", "نائب", "وزير", "وزيره", "مدير", "مديره", "قائد",
    "امين", "مسؤول", "مسؤوله", "مستشار", "مستشاره", "سفير", "سفيره", "محافظ", "حاكم", "زعيم", "زعيمه", "عضو",
    "باحث", "باحثه", "محلل", "محلله", "خبير", "خبيره", "ناشط", "ناشطه", "مبعوث", "مفوض", "قيادي", "منسق",
    "ممثل", "مندوب", "امير", "ملك", "شيخ", "عقيد", "عميد", "لواء", "رائد", "نقيب", "جنرال", "مقدم", "وكيل",
    "مساعد", "الوكيل", "المساعد", "اخصائي", "اخصائيه", "الاخصائي", "الاخصائيه", "محامي", "المحامي",
    "بريجادير", "دكتور", "استاذ", "مراسل", "كاتب", "صحفي", "صحافي", "قاضي", "مفتي", "اسقف", "زميل",
    "المتحدث", "المتحدثه", "الناطق", "الرئيس", "النائب", "الوزير", "المدير", "القائد", "الامين", "المسؤول",
    "المستشار", "السفير", "المحافظ", "الحاكم", "الزعيم", "العضو", "الباحث", "المحلل", "الخبير", "الناشط",
    "المبعوث", "القيادي", "المنسق", "الممثل", "المندوب", "الشيخ", "العقيد", "العميد", "اللواء", "الرائد",
    "الجنرال", "الدكتور", "المراسل", "الزميل");
static bool role_noun(const char *w) {
    return ex_words_has(&QT_ROLE_NOUNS, w);
}
/* Is the lead-in [a, b] a rank, the name [spk_first, spk_last] and an
 * office after it? */
bool qt_rank_then_office(const rasad_doc *doc, size_t a, size_t b, size_t spk_first, size_t spk_last) {
    return spk_first == a + 1 && ex_word_in(doc, a, &QT_TITLES) && spk_last + 1 <= b &&
           ex_stem_in(doc, spk_last + 1, &QT_ROLE_NOUNS) && !ex_word_in(doc, spk_last + 1, &QT_TITLES);
}

/* Words that never begin a person's name after a speech verb: anonymous
 * sources, institutions, reports and small function words. */
EX_WORDS_SHARED(QT_NOT_NAME,
    "مصدر", "مصادر", "شهود", "شاهد", "ناشطون", "ناشطين", "مسؤولون", "مسؤولين", "سكان", "اهالي", "عدد", "احد",
    "اخرون", "بعض", "معظم", "كل", "بيان", "تقرير", "تقارير", "وكاله", "صحيفه", "قناه", "موقع", "وسائل", "منظمه",
    "وزاره", "حكومه", "هيئه", "لجنه", "مجلس", "جيش", "قوات", "حركه", "حزب", "جماعه", "تنظيم", "فصائل", "مكتب",
    "مركز", "معهد", "جامعه", "مؤسسه", "شركه", "مجموعه", "مقره", "ومقره", "مصالح", "في", "علي", "عن", "من",
    "الي", "مع", "خلال", "اثناء", "بعد", "قبل", "امس", "اليوم", "ايضا", "كذلك", "انه", "انها", "ما", "لا",
    "لم", "قد", "كان", "كانت", "هو", "هي", "الذي", "التي", "وهو", "وهي", "حيث", "بينما", "فيما", "اذا",
    "عندما", "حين", "حينما", "لما",
    "تصريح", "تصريحات", "مؤتمر", "مقابله", "حديث", "اتصال", "رساله", "تغريده", "كلمه", "خطاب", "لقاء",
    "صحافي", "صحفي", "هاتفي", "مساء", "صباح", "ظهر", "ليل", "فجر", "محللون", "محللين", "خبراء", "باحثون",
    "باحثين", "فضيله", "سماحه", "معالي", "سعاده", "تعالي", "سبحانه", "ذلك", "هذا", "هذه",
    /* "المسؤول، الذي طلب عدم نشر اسمه": an unnamed speaker's wish */
    "طلب", "طلبت", "طالبا", "طالبه", "رفض", "رفضت", "رافضا", "فضل", "فضلت", "مفضلا", "عدم");

/* A speaker that is a dual or plural title ("الزعيمان الكرديان",
 * "الباحثون"): a group, not a named person. */
bool qt_group_title(const rasad_doc *doc, size_t tf) {
    const char *w = doc->tokens[tf].norm;
    size_t n = strlen(w);
    /* ان / ون / ين are four bytes */
    if (!qt_definite(doc, tf) || n < 10 || n - 4 >= 64)
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

bool qt_lam_al(const rasad_doc *doc, size_t j) {
    return ex_has_proclitic(doc, j, "لل") || strncmp(doc->tokens[j].norm, "\xD9\x84\xD9\x84", 4) == 0; /* لل */
}

/* Can token j be part of a person's name? */
bool qt_name_word(const ex_view *v, size_t j, bool name_tail) {
    const rasad_doc *doc = v->doc;
    const rasad_token *t = &doc->tokens[j];
    if (t->kind != RASAD_TOK_WORD || qt_in_date(v, j))
        return false;
    /* the lexicon lists some spokesmen under their group ("رامي عبد
     * الرحمن") and some surnames are agencies ("دوغان"): a group entity
     * without ال may be a name when it is two words or follows a name */
    const rasad_entity *e = ex_entity_at(v, j);
    if (e && (e->kind == RASAD_ENT_PLACE || e->kind == RASAD_ENT_TRIGGER || e->kind == RASAD_ENT_ROLE ||
              qt_definite(doc, e->tok_first) || (e->tok_first == e->tok_last && !(j > 0 && name_tail))))
        return false;
    if (ex_stem_in(doc, j, &QT_ROLE_NOUNS) || ex_stem_in(doc, j, &QT_NOT_NAME) || ex_word_in(doc, j, &QT_NOT_NAME) ||
        ex_word_in(doc, j, &QT_THAT))
        return false;
    /* a genitive or prepositional phrase ("للتحالف", "بالهجوم") */
    return !ex_has_proclitic(doc, j, "ل") && !ex_has_proclitic(doc, j, "ب") && !qt_lam_al(doc, j);
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
    return qt_definite(doc, j) || ex_has_proclitic(doc, j, "ال") || qt_lam_al(doc, j);
}

/* a title right after the name that starts at j (within four words) */
static bool title_after(const rasad_doc *doc, size_t j, size_t b) {
    for (size_t k = j + 2; k <= b && k <= j + 4; k++)
        if (ex_stem_in(doc, k, &QT_ROLE_NOUNS))
            return true;
    return false;
}

static bool title_before(const rasad_doc *doc, size_t a, size_t j) {
    for (size_t k = a; k < j; k++)
        if (ex_stem_in(doc, k, &QT_ROLE_NOUNS))
            return true;
    return false;
}

/* "وأكد المسؤول الإعلامي ... بختيار دوغان قصف الطائرات التركية
 * لـ«...»": before a direct quote, the name after a title phrase may be
 * followed by the verb's object, a verbal noun in the construct state.
 * Only for a name of plain words (no ال, no clitics) after a title
 * phrase that opens the lead-in, and an object that starts with a bare noun followed by
 * a definite one. */
static bool object_start(const ex_view *v, size_t a, size_t j, size_t l, size_t f) {
    const rasad_doc *doc = v->doc;
    if (j == a || !ex_stem_in(doc, a, &QT_ROLE_NOUNS) || f + 1 >= doc->ntokens || qt_definite(doc, f) ||
        doc->tokens[f].seg_count != 1 || !qt_definite(doc, f + 1))
        return false;
    for (size_t k = j; k <= l; k++)
        if (qt_definite(doc, k) || doc->tokens[k].seg_count != 1)
            return false;
    return true;
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
bool qt_pattern_name(const ex_view *v, size_t a, size_t b, bool strict, bool object_after, size_t *nf, size_t *nl) {
    const rasad_doc *doc = v->doc;
    bool title = false;
    for (size_t j = a; j <= b; j++)
        title |= ex_stem_in(doc, j, &QT_ROLE_NOUNS);
    if (!title)
        return false;
    for (size_t j = a; j <= b; j++) {
        if (!qt_name_word(v, j, false) || qt_definite(doc, j))
            continue;
        if (j > a && !ends_phrase(v, j - 1))
            continue;
        /* strict: only a name after a title ("... الأطلسي ينس ...") or
         * right after the verb with the title after it ("أعلن كمال
         * كليتشدار أوغلو زعيم حزب ...") */
        if (strict && !(j > a && title_before(doc, a, j)) &&
            !(j == a && a > 0 && ex_stem_in(doc, a - 1, &QT_SPEECH_VERBS) && title_after(doc, j, b)))
            continue;
        if (strict && (ex_has_proclitic(doc, j, "و") || qt_has_enclitic(doc, j)))
            continue;
        size_t l = j;
        while (l + 1 <= b && l + 1 < j + 4 && qt_name_word(v, l + 1, true))
            l++;
        if (l == j)
            continue;
        /* what follows the name: the quote, a comma, a title, a
         * preposition or an outlet */
        size_t f = l + 1;
        if (f <= b && !(doc->tokens[f].kind != RASAD_TOK_WORD || ex_stem_in(doc, f, &QT_ROLE_NOUNS) ||
                         ex_has_proclitic(doc, f, "ل") || ex_has_proclitic(doc, f, "ب") ||
                         ex_word_in(doc, f, &NOT_ROLE_WORDS) ||
                         qt_in_date(v, f) || (object_after && object_start(v, a, j, l, f))))
            continue;
        *nf = j;
        *nl = l;
        return true;
    }
    return false;
}
