/* SPDX-License-Identifier: MIT
 *
 * event_figurative.c - stage 4, event frames: trigger words read as a
 * figure of speech or as words, found reading a month of SaudiNewsNet
 * with the readings of event_sense.c, which asks ev_figurative_sense():
 *
 *   سلب             "negatively" (أثر سلبا), or rights, a will or a joy
 *                   taken, no property
 *   احتج            an official objecting in words, at a press conference
 *                   or in a statement
 *   any act word    in a line of verse, vowelled on every word
 *   هاجم            in words: a deal, a policy or a rival, speech named
 *                   and no force near
 *   خطف             a country or a state seized in a figure
 *   هجوم            a deal or a policy that "is under attack"
 *   انفجر           a man bursting out (انفجر يونكر)
 *   تفجر، انفجار     of a scandal, a crisis or a bubble
 *   استشهد ب         to cite a saying or a figure ("استشهد ماكين بتصريحات")
 *   ضربة            a figure: "يعد ضربة قوية"، "ضربة قاسية للسياحة"
 *   نهبا، هدم، نسف   a land left "a prey to violence", a temple brought
 *                   down on its builders' heads, "a pickaxe of ruin", an
 *                   idea blown up, a country destroyed in a slogan
 *   انتصار          soft power, an old battle or a victory "for" a side:
 *                   no place after it
 *   داهم            time, an illness or everyone ("داهم الجميع")
 *   any act word    quoted as a name or a title (معرف باسم «حزام ناسف»،
 *                   قسم بعنوان «أحرقوا كل شيء»)
 *   هجوم، استهداف    of companies or of ideas ("أطلقت هذه الشركات هجوما
 *                   مضادا"، "استهداف الفكر والعقيدة"), no violence named
 *   تهديدات         threats talked of; an act threatened (تهديد ... بالقتل)
 *
 * event_figure.c (ev_not_an_act) is the other file of acts that are none:
 * it reads whole families of them (rulings, weapons tests, accidents,
 * matches, plays, idioms) for every trigger first, and asks
 * ev_everyday_sense() among them. This file holds only the word-by-word
 * readings of figures and of words that ev_everyday_sense() asks here.
 */
#include <string.h>

#include "extract/extract.h"
#include "knowledge/lexicon.h"
#include "extract/events.h"

/* سلب read as "negatively" ("مكرر بالسلب"، "أثر سلبا") or taking what
 * is no property ("سلب حقوق النادي"، "سلب إرادته"). */
EX_WORDS(PLUNDER_FORMS, "سلب", "يسلب", "تسلب", "سلبت");
EX_WORDS(NEGATIVELY, "سلبا", "بالسلب");
EX_WORDS(INTANGIBLES, "حقوق", "الحقوق", "حق", "الحق", "حقها", "حقه", "حريه", "الحريه", "حريته", "اراده",
         "الاراده", "ارادته", "ارادتها", "فرحه", "الفرحه", "النوم", "الراحه", "لب", "عقول", "العقول",
         "الالباب", "الباب", "قلوب", "القلوب", "الاضواء", "الانظار", "الكرامه", "كرامه", "هويه", "الهويه");

static bool plunder_figure(const ex_view *v, const trig *t, ex_clause c) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first, next = t->e->tok_last + 1;
    if (t->kind != LEX_EK_LOOTING)
        return false;
    if (ex_word_in(doc, tok, &NEGATIVELY) ||
        (ex_has_proclitic(doc, tok, "\xD8\xA8") && ex_stem_in(doc, tok, &PLUNDER_FORMS))) /* ب */
        return true;
    return tok == t->e->tok_last && ex_stem_in(doc, tok, &PLUNDER_FORMS) && next <= c.last &&
           ex_stem_in(doc, next, &INTANGIBLES);
}

/* احتج in words: an official objecting at a press conference, in a
 * statement or a speech ("احتج خلال مؤتمر صحافي")، not a crowd. */
EX_WORDS(OBJECT_VERBS, "احتج", "احتجت", "يحتج", "تحتج");
EX_WORDS(IN_WORDS, "مؤتمر", "صحافي", "صحفي", "بيان", "بيانا", "تصريح", "تصريحات", "كلمه", "كلمته",
         "خطاب", "رساله", "مذكره", "مقابله", "تغريده", "اتصال", "اتصالا", "اجتماع", "الاجتماع", "جلسه",
         "الجلسه", "مجلس");
#define IN_WORDS_REACH 6 /* tokens after the verb where the conference or the statement is named */

static bool objection_in_words(const ex_view *v, const trig *t, ex_clause c) {
    return t->kind == LEX_EK_PROTEST && t->verb && ex_stem_in(v->doc, t->e->tok_first, &OBJECT_VERBS) &&
           ev_stem_after(v->doc, t, c, IN_WORDS_REACH, &IN_WORDS);
}

/* A line of verse, vowelled on most letters ("تَصُدُّ كَيْدَ العِدَا"):
 * news vowels a word here and there ("قُتلوا"), a poem vowels them all.
 * The trigger and most of its neighbours must each carry two marks. */
#define VERSE_MARKS 2      /* harakat on a word of verse, at least */
#define VERSE_NEIGHBOURS 2 /* tokens each side looked at */

static bool vowelled(const rasad_doc *doc, size_t i) {
    size_t len;
    const unsigned char *s = (const unsigned char *)doc_tok_text(doc, i, &len);
    unsigned marks = 0;
    /* U+064B..U+0652 (fathatan .. sukun) are D9 8B .. D9 92 in UTF-8 */
    for (size_t k = 0; k + 1 < len; k++)
        if (s[k] == 0xD9 && s[k + 1] >= 0x8B && s[k + 1] <= 0x92)
            marks++;
    return marks >= VERSE_MARKS;
}

/* A text vowelled throughout (a school text, an op-ed typed with its
 * harakat, a sentence a user vowelled) is prose, not verse: a comma or a
 * stop comes near the trigger, where the lines of a poem run on without
 * any (a colon may introduce the verse: "أنشد الشاعر: ..."). */
#define PROSE_REACH 40 /* tokens each side where prose has its comma or stop */

static bool vowelled_prose(const rasad_doc *doc, size_t tok) {
    size_t lo = tok > PROSE_REACH ? tok - PROSE_REACH : 0;
    size_t hi = tok + PROSE_REACH < doc->ntokens ? tok + PROSE_REACH : doc->ntokens - 1;
    for (size_t i = lo; i <= hi; i++)
        if (doc->tokens[i].kind == RASAD_TOK_PUNCT && strchr(",.;!?", doc->tokens[i].norm[0]))
            return true;
    return false;
}

/* A vowelled headline with no stop ("غَارة جَوّية تَقتُل عَشرة مدنيين")
 * counts its victims; a line of verse does not: a count of people within
 * the neighbours looked at, or a little past them, is news. */
#define TOLL_NEAR_VERSE 6 /* tokens after the trigger where a headline's toll stands */
static bool counted_toll(const ex_view *v, size_t tok) {
    for (size_t k = ex_qty_from(v, tok), kn = ex_qty_to(v, tok + TOLL_NEAR_VERSE + 1); k < kn; k++)
        if (v->qty[k].role == RASAD_ROLE_FATALITIES || v->qty[k].role == RASAD_ROLE_INJURED)
            return true;
    return false;
}

static bool verse(const ex_view *v, const trig *t) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first;
    if (!ev_violent_kind(t->kind) || !vowelled(doc, tok))
        return false;
    unsigned seen = 0, marked = 0;
    for (size_t k = 1; k <= VERSE_NEIGHBOURS; k++) {
        if (tok >= k && doc->tokens[tok - k].kind == RASAD_TOK_WORD) {
            seen++;
            marked += vowelled(doc, tok - k);
        }
        if (tok + k < doc->ntokens && doc->tokens[tok + k].kind == RASAD_TOK_WORD) {
            seen++;
            marked += vowelled(doc, tok + k);
        }
    }
    return seen >= 2 && 2 * marked >= seen + 1 && !vowelled_prose(doc, tok) && !counted_toll(v, tok);
}

/* هاجم in words: an official, a newspaper or a speaker attacking a
 * policy, a deal or a rival ("هاجمت وسائل الإعلام الاتفاق النووي"،
 * "ألقوا خطابات هاجموا فيها الحكومة"، "هاجم الدور الأوروبي"): words of
 * speech in the sentence or an idea as the object, and no weapon, force
 * or toll named (the verb's own word aside). */
EX_WORDS(ASSAIL_VERBS, "هاجم", "هاجمت", "هاجموا", "هاجما", "هاجمتا", "يهاجم", "تهاجم", "يهاجمون", "تهاجمان",
         "يهاجمان", "هاجمه", "هاجمها", "هاجمهم", "يهاجمها", "يهاجمه", "يهاجمهم", "تهاجمه", "تهاجمها");
EX_WORDS(SPOKEN, "خطاب", "خطابه", "خطابات", "كلمه", "كلمته", "تصريح", "تصريحات", "تصريحاته", "بيان", "بيانا",
         "مقال", "مقاله", "مقالات", "مقابله", "تغريده", "تغريدات", "مؤتمر", "صحفي", "صحافي", "الاعلام",
         "اعلام", "وسائل", "الصحف", "صحف", "الصحافه", "صحيفه", "الصحيفه", "قائلا", "قائله", "متهما",
         "متهمه", "واصفا", "واصفه", "منتقدا", "منتقده", "الاتهامات", "اتهامات", "انتقادات", "البرلمانيه",
         "الكتل", "كتله", "الكتله", "برنامج", "البرنامج", "تلفزيوني", "التلفزيوني", "مداخله", "حوار",
         "لقاء");
/* ideas, anywhere in the clause */
EX_WORDS(IDEAS_ASSAILED, "الاتفاق", "اتفاق", "القرار", "قرار", "السياسه", "سياسه", "سياسات", "الدور", "دور",
         "الموقف", "موقف", "مواقف", "التصريحات", "الديمقراطيه", "الفكره", "فكره", "المشروع", "القانون",
         "قانون", "النهج", "الخطه", "المبادره", "مبادره", "الدستور", "اداء", "الاداء");
/* those only words attack, right after the verb as its subject or object
 * ("هاجم الوزير الصحافة") */
EX_WORDS(SPEAKERS_ASSAILED, "الاداره", "الحكومه", "حكومه", "الرئيس", "الوزير", "الوزاره", "المنتقدين",
         "منتقديه", "خصومه", "الاعلام", "الصحافه", "الغرب", "رئيس", "وزير");
#define ASSAILED_REACH 3 /* tokens after the verb */
#define FORCE_REACH 5    /* tokens each side of the verb where a weapon or a force is named */
EX_WORDS(FORCE_NAMED, "مسلح", "مسلحين", "المسلحين", "مسلحون", "المسلحون", "مقاتلين", "المقاتلين", "مقاتلون",
         "مقاتلي", "مقاتلات", "طائرات", "الطائرات", "طائره", "مروحيه", "مروحيات", "دبابات", "دبابه", "قوات",
         "القوات", "الجيش", "جيش", "الشرطه", "عسكري", "عسكريه", "العسكريه", "العسكري", "جنود", "الجنود",
         "ميليشيا", "ميليشيات", "المليشيات", "عناصر", "ارهابيين", "الارهابيين", "متشددين", "المتشددين",
         "داعش", "التنظيم", "اسلحه", "سلاح", "بالسلاح", "سكاكين", "سكين", "بالسكاكين", "عصي", "بالعصي",
         "الحجاره", "بالحجاره", "حاجز", "حاجزا", "موقع", "مواقع", "معسكر", "قاعده", "ثكنه", "سفينه", "قريه",
         "بلده", "قتلي", "جرحي", "قتيل", "جريح", "مقتل", "اصابه", "اصابات", "قتل", "قتلوا", "اصيب",
         /* a hand unnamed and a building or a convoy hit */
         "مجهولون", "مجهولين", "ملثمون", "ملثمين", "منزل", "منازل", "مبني", "سياره", "سيارات", "موكب",
         "دوريه", "مستشفي", "سجن", "مركز", "مقر", "مقرا", "مقار", "مقرات",
         /* a crowd that storms */
         "محتجون", "محتجين", "المحتجين", "المحتجون", "متظاهرون", "متظاهرين", "المتظاهرين", "المتظاهرون",
         "انصار", "انصاره", "مؤيدو", "مؤيدي", "حشد", "حشود");

static bool assails_in_words(const ex_view *v, const trig *t, ex_clause c) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first;
    if (t->kind != LEX_EK_ATTACK || !t->verb || tok != t->e->tok_last || !ex_stem_in(doc, tok, &ASSAIL_VERBS))
        return false;
    size_t first, end;
    bool words = ev_stem_after(doc, t, c, ASSAILED_REACH, &SPEAKERS_ASSAILED);
    ex_clause near = ev_near_trigger(c, t, FORCE_REACH);
    bool object = false; /* past the one assailed: "هاجموا فيها الحكومة التركية والأجهزة الأمنية" */
    for (size_t i = near.first; i <= near.last; i++) {
        if (i == tok)
            continue;
        object = object || (i > tok && ex_stem_in(doc, i, &SPEAKERS_ASSAILED));
        if (object)
            continue;
        /* force named near the act in its own clause; a sentence may go
         * on to the fighting the speech was about */
        if (ex_stem_in(doc, i, &FORCE_NAMED) || ex_stem_in(doc, i, &EV_VIOLENCE_WORDS) ||
            ex_stem_in(doc, i, &EV_FIRE_WORDS))
            return false;
        words = words || ex_stem_in(doc, i, &IDEAS_ASSAILED);
    }
    ex_sentence_tokens(doc, doc->tokens[tok].sentence, &first, &end);
    for (size_t i = first; i < end && !words; i++)
        words = ex_stem_in(doc, i, &SPOKEN);
    for (size_t k = ex_qty_from(v, first), qend = ex_qty_to(v, end); k < qend; k++) {
        uint8_t role = ex_role_in_context(v, &v->qty[k]);
        if (role == RASAD_ROLE_FATALITIES || role == RASAD_ROLE_INJURED)
            return false;
    }
    return words;
}

/* A country or a state snatched or seized in a figure ("طامعة في خطف
 * العراق"، "تنجح في خطف دول كانت محسوبة لصالح أعدائها"): a state, not
 * a person, after the abduction word. */
EX_WORDS(STATES_TAKEN, "انتباه", "الانتباه", "انتباهنا", "انتباهه", "انتباهها", "انتباههم", "الاهتمام", "اهتمام", "الاعجاب", "الانظار", "دول", "الدول", "دوله", "الدوله", "البلاد", "بلاد", "الوطن", "وطن", "الثوره", "ثوره",
         "القرار", "الشرعيه", "الحكم", "السلطه", "الانتخابات", "المشهد", "الاضواء", "العقول", "عقول",
         "الراي", "المنطقه", "المبادره", "الانتصار", "الحلم", "الفرحه", "البسمه");

static bool state_snatched(const ex_view *v, const trig *t, ex_clause c) {
    size_t next = t->e->tok_last + 1;
    if (t->kind != LEX_EK_ABDUCTION || next > c.last)
        return false;
    if (ex_stem_in(v->doc, next, &STATES_TAKEN))
        return true;
    const rasad_entity *e = ex_entity_at(v, next);
    return e && e->tok_first == next && e->kind == RASAD_ENT_PLACE && e->feature &&
           strncmp(e->feature, "PCL", 3) == 0;
}

/* An idea under attack ("الاتفاق النووي الذي يتعرض للهجوم من جانب
 * المحافظين"): the noun after يتعرض, a deal or a policy its subject. */
EX_WORDS(SUFFER_VERBS, "يتعرض", "تتعرض", "تعرض", "تعرضت", "يتعرضون", "تعرضوا");
EX_WORDS(ATTACK_NOUNS, "هجوم", "الهجوم", "هجمات", "الهجمات", "هجوما");
#define IDEA_BEFORE 5 /* tokens back from يتعرض where the idea stands */

static bool idea_under_attack(const ex_view *v, const trig *t, ex_clause c) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first;
    if (t->kind != LEX_EK_ATTACK || t->verb || !ex_stem_in(doc, tok, &ATTACK_NOUNS) || tok <= c.first ||
        !ex_stem_in(doc, tok - 1, &SUFFER_VERBS))
        return false;
    bool idea = false;
    for (size_t k = 2; k <= IDEA_BEFORE + 1 && tok >= c.first + k; k++)
        idea = idea || ex_stem_in(doc, tok - k, &IDEAS_ASSAILED);
    if (!idea)
        return false;
    ex_clause near = ev_near_trigger(c, t, FORCE_REACH);
    for (size_t i = near.first; i <= near.last; i++)
        if (i != tok && (ex_stem_in(doc, i, &FORCE_NAMED) || ex_stem_in(doc, i, &EV_VIOLENCE_WORDS)))
            return false;
    return true;
}

/* A man who "exploded" ("بعد مثل هذه الحادثة، انفجر يونكر"): a blast
 * verb with a person's name for subject is an outburst. */
EX_WORDS(BLAST_VERBS, "انفجر", "انفجرت", "ينفجر", "تنفجر");

static bool person_burst(const ex_view *v, const trig *t, ex_clause c) {
    size_t next = t->e->tok_last + 1;
    if (t->kind != LEX_EK_EXPLOSION || !t->verb || !ex_stem_in(v->doc, t->e->tok_first, &BLAST_VERBS) ||
        next > c.last)
        return false;
    const tagger_entity *n = ex_ner_at(v, next);
    return n && n->type == TG_PER && n->tok_first == next;
}

/* A scandal, a crisis or a bubble that "blew up" ("تفجر الفضيحة"،
 * "فقاعة العقار ... بدأت بالانفجار"، "انفجار الأزمة"): no blast. */
EX_WORDS(BURSTING, "الفضيحه", "فضيحه", "فضائح", "الفضائح", "الازمه", "ازمه", "الازمات", "الخلافات",
         "خلافات", "الخلاف", "خلاف", "الفقاعه", "فقاعه", "الاحتقان", "احتقان", "الاسعار", "اسعار",
         "الاسواق", "السوق", "القضيه", "الملف");
EX_WORDS(BUBBLES, "الفقاعه", "فقاعه", "فقاعات");
#define BURST_REACH 2   /* words after the blast word: "تفجر الفضيحة" */
#define BUBBLE_BEFORE 12 /* words before it where the bubble stands, its market, a source and a verb between */

static bool figure_burst(const ex_view *v, const trig *t, ex_clause c) {
    const rasad_doc *doc = v->doc;
    if (t->kind != LEX_EK_EXPLOSION || t->e->tok_first != t->e->tok_last)
        return false;
    return ev_stem_after(doc, t, c, BURST_REACH, &BURSTING) || ev_stem_before(doc, t, c, BUBBLE_BEFORE, &BUBBLES);
}

/* استشهد ب, to cite: "استشهد ماكين بتصريحات أدلى بها"، "استشهد الجنرال
 * ... بمجموعة من الأنشطة". The first word with ب after the verb tells
 * which: a saying or a figure is cited; fire or a bullet ("استشهد
 * برصاص قناص") is how a man fell. */
EX_WORDS(CITE_FORMS, "استشهد", "استشهدت", "يستشهد", "تستشهد", "مستشهدا", "مستشهدين", "استشهدوا");
EX_WORDS(CITED, "مجموعه", "قول", "قوله", "قولها", "ايه", "الايه", "ايات", "حديث", "الحديث", "مثال",
         "المثال", "امثله", "ما", "كلام", "كلمات", "تصريحات", "تصريح", "تقرير", "تقارير", "دراسه",
         "دراسات", "ابيات", "بيت", "المثل", "مثل", "شعر", "نص", "نصوص", "مقوله", "عباره", "ارقام",
         "احصاءات", "الاحصاءات", "بيانات", "حالات", "حاله", "تجربه", "تجارب", "موقف", "مواقف", "رساله",
         "وثيقه", "وثائق", "كتاب", "مقال", "مقاله", "راي", "اراء", "فتوي", "شهاده", "قصه", "قصص");
#define CITE_REACH 14 /* tokens after the verb, a subject and its relative clause between */

static bool cites(const ex_view *v, const trig *t) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first, first, end;
    if (tok != t->e->tok_last || !ex_stem_in(doc, tok, &CITE_FORMS))
        return false;
    ex_sentence_tokens(doc, doc->tokens[tok].sentence, &first, &end);
    for (size_t i = tok + 1; i < end && i <= tok + CITE_REACH; i++)
        if (ex_has_proclitic(doc, i, "\xD8\xA8")) /* ب */
            return ex_stem_in(doc, i, &CITED);
    return false;
}

/* A blow that is a figure: an achievement that "is a strong blow" to a
 * group ("يعد ضربة قوية"), a blow to tourism or the economy ("توجيه
 * ضربة قاسية جدا للسياحة"). The noun only (ضربة، ضربات): a verb ضرب strikes. */
EX_WORDS(BLOW_FORMS, "ضربه", "ضربات");
EX_WORDS(DEEMED, "يعد", "تعد", "يعتبر", "تعتبر", "اعتبر", "اعتبرت", "اعتبره", "اعتبرها", "بمثابه", "يمثل",
         "تمثل", "يشكل", "تشكل", "شكل", "شكلت", "مثل", "مثلت");
EX_WORDS(BLOWN_SECTORS, "السياحه", "سياحه", "الاقتصاد", "اقتصاد", "الجهود", "جهود", "سمعه", "مصداقيه",
         "الصناعه", "صناعه", "القطاع", "قطاع", "الاستثمار", "استثمار", "الاسواق", "اسواق", "البورصه",
         "الثقه", "ثقه", "شعبيه", "امال", "الامال", "احلام", "الاحلام", "مساعي", "المساعي", "خطط", "الخطط",
         "مشروع", "المشروع", "صوره", "الصوره", "موسم", "الموسم", "اقتصادات", "الاقتصادات");
#define DEEMED_REACH 2  /* tokens back from the blow to "is deemed", an adjective between */
#define BLOWN_REACH 4   /* tokens after the blow to the sector it falls on, adjectives between */

static bool figurative_blow(const ex_view *v, const trig *t, ex_clause c) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first;
    if (t->kind != LEX_EK_ATTACK || tok != t->e->tok_last || !ex_stem_in(doc, tok, &BLOW_FORMS))
        return false;
    if (ev_stem_before(doc, t, c, DEEMED_REACH, &DEEMED))
        return true;
    for (size_t i = tok + 1; i <= c.last && i <= tok + BLOWN_REACH; i++)
        if (ex_has_lam(doc, i) &&
            ex_stem_in(doc, i, &BLOWN_SECTORS))
            return true;
    return false;
}

/* A siege of sanctions: "حصار اقتصادي ومالي على روسيا", "الحصار
 * السياسي والإعلامي" is no siege of arms. */
EX_WORDS(SIEGE_FORMS, "حصار", "الحصار", "حصارا");
EX_WORDS(SANCTION_KINDS, "اقتصادي", "الاقتصادي", "اقتصاديا", "مالي", "المالي", "ماليا", "سياسي", "السياسي",
         "سياسيا", "اعلامي", "الاعلامي", "اعلاميا", "دبلوماسي", "الدبلوماسي", "دبلوماسيا", "تجاري", "التجاري",
         "تجاريا");

static bool siege_of_sanctions(const ex_view *v, const trig *t) {
    size_t tok = t->e->tok_first;
    return tok == t->e->tok_last && tok + 1 < v->doc->ntokens && ex_stem_in(v->doc, tok, &SIEGE_FORMS) &&
           ex_stem_in(v->doc, tok + 1, &SANCTION_KINDS);
}

/* Ruin in a figure: a land left "a prey to violence" (تركه نهبا للعنف),
 * a temple brought down on its builders' heads (هدم المعبد على رأس
 * مشيديه، يهدم البيت على رأس الزوجة), "a pickaxe of ruin" (معول هدم),
 * a country destroyed in a slogan (تدمير الولايات المتحدة), an idea
 * blown up (نسف الوزير الفكرة). */
EX_WORDS(PREY_FORMS, "نهبا");
EX_WORDS(RUIN_FORMS, "هدم", "يهدم", "تهدم", "هدمت", "هدموا");
EX_WORDS(HEAD_WORDS, "راس", "رؤوس", "روؤس");
EX_WORDS(PICKAXE, "معول", "معاول");
EX_WORDS(DESTROY_FORMS, "تدمير", "التدمير", "دمر", "دمرت", "يدمر", "تدمر");
EX_WORDS(BLOW_UP_FORMS, "نسف", "نسفت", "ينسف", "تنسف");
EX_WORDS(IDEAS_BLOWN, "الفكره", "فكره", "المقترح", "مقترح", "الاقتراح", "اقتراح", "الخطه", "خطه", "الجهود",
         "جهود", "المفاوضات", "مفاوضات", "المبادره", "مبادره", "الاتفاق", "اتفاق", "الحوار", "حوار",
         "التسويه", "الامال", "امال", "المشروع", "مشروع", "الثقه", "القرار", "قرار", "الصفقه", "صفقه");
#define HEAD_REACH 4    /* tokens after هدم to على رأس, its object between */
#define BLOWN_IDEA_REACH 4 /* tokens after نسف to the idea, its subject between */

static bool ruin_in_a_figure(const ex_view *v, const trig *t, ex_clause c) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first, last = t->e->tok_last;
    if (t->kind != LEX_EK_LOOTING || tok != last)
        return false;
    if (ex_stem_in(doc, tok, &PREY_FORMS))
        return last + 1 <= c.last && ex_has_lam(doc, last + 1);
    if (ex_stem_in(doc, tok, &RUIN_FORMS)) {
        if (tok > c.first && ex_stem_in(doc, tok - 1, &PICKAXE))
            return true;
        for (size_t i = last + 1; i < c.last && i <= last + HEAD_REACH; i++)
            if (ex_word_in(doc, i, &EV_ON_FORMS) && ex_stem_in(doc, i + 1, &HEAD_WORDS))
                return true;
        return false;
    }
    if (ex_stem_in(doc, tok, &BLOW_UP_FORMS))
        return ev_stem_after(doc, t, c, BLOWN_IDEA_REACH, &IDEAS_BLOWN);
    if (ex_stem_in(doc, tok, &DESTROY_FORMS) && last + 1 <= c.last) {
        const rasad_entity *e = ex_entity_at(v, last + 1);
        return e && e->kind == RASAD_ENT_PLACE && e->tok_first == last + 1 && e->precision >= 3;
    }
    return false;
}

/* انتصار, a victory, takes ground when a place follows it ("انتصار
 * عدن") or what was overcome (على); soft power winning, an old battle
 * won or a victory "for" a party is no capture ("انتصار القوة الناعمة"،
 * "انتصار معركة بريطانيا الجوية"، "الانتصار للمحافظين"). */
EX_WORDS(VICTORY_NOUNS, "انتصار", "الانتصار");

static bool victory_of_no_place(const ex_view *v, const trig *t, ex_clause c) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first, i = tok + 1;
    if (t->kind != LEX_EK_TERRITORY_CAPTURED || tok != t->e->tok_last ||
        !ex_stem_in(doc, tok, &VICTORY_NOUNS))
        return false;
    if (i > c.last || ex_word_in(doc, i, &EV_ON_FORMS))
        return false;
    const rasad_entity *e = ex_entity_at(v, i);
    const tagger_entity *n = ex_ner_at(v, i);
    return !(e && e->kind == RASAD_ENT_PLACE) && !(n && n->type == TG_LOC);
}

/* داهم of time, an illness, a flood or everyone: "داهم الجميع على حين
 * غرة" (took everyone by surprise)، "داهمه المرض"، "داهمهم الوقت". */
EX_WORDS(RAID_FORMS, "داهم", "داهمت", "داهمه", "داهمها", "داهمهم", "يداهم", "تداهم", "داهمنا");
EX_WORDS(SURPRISERS, "الجميع", "الوقت", "المرض", "السيل", "السيول", "الموت", "الخطر", "النوم", "النعاس",
         "الشتاء", "المطر", "الامطار", "الحزن", "الياس", "الفيضان", "الجوع", "التعب");

static bool surprised(const ex_view *v, const trig *t, ex_clause c) {
    size_t tok = t->e->tok_first;
    return tok == t->e->tok_last && ex_stem_in(v->doc, tok, &RAID_FORMS) &&
           ev_stem_after(v->doc, t, c, 1, &SURPRISERS);
}

/* An act word quoted as a name or a title: an account "known as (حزام
 * ناسف)", a report's section "entitled «أحرقوا كل شيء»", what "became
 * known as «مجزرة سبايكر»". A quote mark or a bracket stands between
 * the naming word and the trigger; an operation's or a battle's name
 * (عملية «...») is not read here. */
EX_WORDS(NAMING_WORDS, "باسم", "بعنوان", "عنوان", "شعار", "بشعار", "المسمي", "المسماه", "يسمي", "تسمي",
         "مسمي", "اسم");
/* a group's or an account's name, in quote marks or brackets: "جماعة
 * تطلق على نفسها «استرد أستراليا»"، "منظمة "استعادة أستراليا""، "أحدهم
 * معرف (حزام ناسف)" (a campaign, حملة «...», names an operation and is
 * left out) */
EX_WORDS(NAMED_GROUPS, "نفسها", "نفسه", "انفسهم", "نفسهم", "منظمه", "جماعه", "حركه", "مجموعه", "جمعيه",
         "هاشتاغ", "هاشتاق", "وسم", "حساب", "معرف");

static bool quoted_name(const ex_view *v, const trig *t) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first, first, end;
    ex_sentence_tokens(doc, doc->tokens[tok].sentence, &first, &end);
    if (tok < first + 2 || doc->tokens[tok - 1].kind == RASAD_TOK_WORD)
        return false;
    if (ex_word_in(doc, tok - 2, &NAMING_WORDS))
        return true;
    rasad_token_kind open = doc->tokens[tok - 1].kind;
    return (open == RASAD_TOK_QUOTE || open == RASAD_TOK_BRACKET) && ex_stem_in(doc, tok - 2, &NAMED_GROUPS);
}

/* A counter-attack of companies or brands ("أطلقت هذه الشركات هجوما
 * مضادا لعمالقة التقنيات"), ideas "targeted" in a war of minds
 * ("استهداف «الفكر» و«العقيدة»"): an attack noun whose sentence names
 * trade or ideas and, the trigger aside, no violence. */
EX_WORDS(ATTACK_NOUNS_OF_FIGURE, "هجوم", "هجوما", "الهجوم", "هجمه", "الهجمه", "استهداف", "الاستهداف");
/* (not a market, السوق: attacks on markets are common) */
EX_WORDS(TRADE_AND_MINDS, "الشركات", "شركات", "الشركه", "شركه", "المنافسه", "منافسه",
         "المنافسين", "صناعه", "الصناعه", "التجاريه", "تجاريه", "المنتجات", "منتجات", "المستهلكين", "الفكر",
         "العقيده", "النفسيه", "نفسيه", "الاعلاني", "الاعلانيه", "التسويق", "التسويقيه");

EX_WORDS(LAUNCH_VERBS, "اطلق", "اطلقت", "اطلقوا", "شن", "شنت", "شنوا");
EX_WORDS(ARMS_WORDS, "اسلحه", "الاسلحه", "سلاح", "السلاح", "قتل", "قتلت", "مقتل", "اصيب", "اصابه", "جرح");
#define LAUNCH_REACH 4 /* tokens back from the attack to the verb launching it, its subject between */

static bool attack_of_trade_or_minds(const ex_view *v, const trig *t) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first, first, end;
    bool sign = false;
    if (t->kind != LEX_EK_ATTACK || !ex_stem_in(doc, tok, &ATTACK_NOUNS_OF_FIGURE))
        return false;
    ex_sentence_tokens(doc, doc->tokens[tok].sentence, &first, &end);
    for (size_t i = first; i < end; i++) {
        /* the trigger, and the verb that launches it ("أطلقت هذه الشركات
         * هجوما"), are no violence named */
        if ((i >= tok && i <= t->e->tok_last) ||
            (i < tok && tok - i <= LAUNCH_REACH && ex_stem_in(doc, i, &LAUNCH_VERBS)))
            continue;
        if (ex_stem_in(doc, i, &EV_VIOLENCE_WORDS) || ex_stem_in(doc, i, &ARMS_WORDS))
            return false;
        sign = sign || ex_stem_in(doc, i, &TRADE_AND_MINDS);
    }
    /* nor another act word: "وقتل عامل في شركة خطوط السكك الحديدية ...
     * في هجوم بالأسلحة" is an attack on a company's worker */
    return sign && !ex_trigger_in(v, first, end, t->e);
}

/* Threats as a noun are talk about a danger, no act: "التهديدات
 * الإرهابية التي أصبحت ماثلة"، "تلقى مع القصبي تهديدات كثيرة"، "لا يقف
 * عند ذلك الحد من التهديدات الخارجية". The verb (هدد) is left to the
 * other readings. */
EX_WORDS(THREAT_NOUNS, "تهديد", "التهديد", "تهديدات", "التهديدات", "تهديدا");

/* and the act threatened is not done: "رسائل تهديد مباشرة بالقتل"،
 * "هدد بقتل"، "متوعدا بالقضاء على" (the act word with ب, a threat
 * word just before it) */
EX_WORDS(THREATENING, "تهديد", "التهديد", "تهديدات", "التهديدات", "تهديدا", "هدد", "هددت", "هددوا", "يهدد",
         "تهدد", "يهددون", "توعد", "توعدت", "توعدوا", "يتوعد", "متوعدا", "مهددا", "مهددين", "وعيد");
#define THREAT_REACH 3 /* tokens back from the act threatened to the threat, an adjective between */

static bool threats_talked_of(const ex_view *v, const trig *t, ex_clause c) {
    const rasad_doc *doc = v->doc;
    size_t tok = t->e->tok_first;
    if (t->kind == LEX_EK_OTHER && tok == t->e->tok_last && ex_stem_in(doc, tok, &THREAT_NOUNS))
        return true;
    return ex_has_proclitic(doc, tok, "\xD8\xA8") && /* ب */
           ev_stem_before(doc, t, c, THREAT_REACH, &THREATENING);
}

/* in the order ev_everyday_sense() asked them before they moved here */
bool ev_figurative_sense(const ex_view *v, const trig *t, ex_clause c) {
    return objection_in_words(v, t, c) || plunder_figure(v, t, c) || verse(v, t) || assails_in_words(v, t, c) ||
           state_snatched(v, t, c) || idea_under_attack(v, t, c) || person_burst(v, t, c) ||
           figure_burst(v, t, c) || cites(v, t) || figurative_blow(v, t, c) || ruin_in_a_figure(v, t, c) ||
           victory_of_no_place(v, t, c) || surprised(v, t, c) || quoted_name(v, t) ||
           attack_of_trade_or_minds(v, t) || threats_talked_of(v, t, c) || siege_of_sanctions(v, t);
}
