/* SPDX-License-Identifier: MIT
 *
 * attribution.c - stage 4: who a sentence attributes its report to. Two
 * shapes cover most news writing:
 *   - a preposition before the source: بحسب / حسب / وفقا لـ / وفق /
 *     نقلا عن / طبقا لـ / استنادا إلى ("بحسب ما أفاد المرصد السوري");
 *   - a reporting verb with the source as its subject: قال / أفاد / ذكر /
 *     أعلن / أكد / أوضح / نقل ("وذكر المرصد أن ...", "قالت مصادر محلية").
 * The source is a lexicon source or actor, a tagger entity, a name in
 * quotation marks after an outlet noun ("موقع "مسار برس"", the first of
 * "وكالتا الأنباء «دوغان» و«الأناضول»"), or an anonymous "مصادر ..." (id
 * null); "تقارير صدرت عن الأمم المتحدة" is the UN's. When none follows
 * the verb, the source is its subject before it ("كان التحالف ... قد
 * قال", "ناشطين من المعارضة يقولون"), or the definite phrase right after
 * it that names no known source ("أفادت الخلية الإعلامية بأن", "أعلن
 * الشيخ مال الله العبيدي،"). The cue span runs from the cue word to the
 * word before the source.
 *
 * A report goes on over several sentences, and two shapes name its
 * source only by reference to an earlier one (attribution_chain.c):
 * a definite noun ("وأضافت الصحيفة", "وأشار البيان", "المصدر الذي")
 * and a verb with no subject ("وأشار إلى أن ...", "وأضاف أن").
 */
#include <string.h>

#include "extract/extract.h"
#include "extract/quotes.h"
#include "knowledge/lexicon.h"

/* how far after the cue the source may start */
#define ATTR_REACH 6

EX_WORDS(PREP_CUES, "بحسب", "حسب", "وفقا", "وفق", "نقلا", "طبقا", "استنادا");
EX_WORDS(VERB_CUES, "قال", "قالت", "افاد", "افادت", "ذكر", "ذكرت", "اعلن", "اعلنت", "اكد",
         "اكدت", "اوضح", "اوضحت", "نقل", "نقلت", "اشار", "اشارت", "كشف", "كشفت",
         "اورد", "اوردت", "بث", "بثت", "نشر", "نشرت", "قالوا", "ذكروا", "افادوا",
         "يقول", "تقول", "يؤكد", "تؤكد", "اضاف", "اضافت", "تابع", "تابعت",
         "يقولون", "اكدوا", "اشاروا", "اعلنوا", "كشفوا", "بينت", "تحدث", "تحدثت", "تحدثوا",
         /* "ونوه ناشطون من المنطقة إلى أنه", "صرح مصدر", "وثق المرصد" */
         "نوه", "نوهت", "نوهوا", "لفت", "لفتت", "صرح", "صرحت", "وثق", "وثقت",
         "اضافوا");
EX_WORDS(ANON, "مصادر", "مصدر", "شهود", "ناشطون", "ناشطين", "مسؤول", "مسؤولون", "مسؤولين",
         "تقارير", "وسائل");
EX_WORDS(REPORT_NOUNS, "تقارير", "تقرير");
/* words that may stand between a cue and its source */
EX_WORDS(FILLERS, "ما", "عن", "لـ", "الي", "ل", "افاد", "افادت", "ذكر", "ذكرت", "اعلن",
         "اعلنت", "اورد", "اوردت", "نقل", "نقلت", "قال", "قالت", "وكاله", "صحيفه",
         "قناه", "موقع", "تقرير", "تقارير", "بيان", "احصائيات", "حصيله", "وكالتا", "وكالات",
         "صحيفتا", "الانباء", "لفت", "لفتت", "اشار", "اشارت", "اوضح", "اوضحت", "اكد", "اكدت");

/* A verb takes no ك or ب: "كلفت الحكومة" (assigned) is no "لفت"
 * (pointed out). */
static bool noun_proclitic(const rasad_doc *doc, size_t i) {
    return ex_has_proclitic(doc, i, "\xD9\x83") || ex_has_proclitic(doc, i, "\xD9\x88\xD9\x83") || /* ك وك */
           ex_has_proclitic(doc, i, "\xD8\xA8") || ex_has_proclitic(doc, i, "\xD9\x88\xD8\xA8");   /* ب وب */
}

bool ex_attr_cue(const rasad_doc *doc, size_t i) {
    return (ex_stem_in(doc, i, &PREP_CUES) || (ex_stem_in(doc, i, &VERB_CUES) && !noun_proclitic(doc, i))) &&
           !qt_definite(doc, i);
}

static const char *source_kind_of(const ex_view *v, const rasad_entity *e) {
    (void)v;
    if (e->lex_index != UINT32_MAX) {
        const lex_lexicon *lex = lex_default();
        const lex_entry *le = lex ? lex_entry_get(lex, e->lex_index) : NULL;
        if (le) {
            if (le->source_kind != LEX_SK_NONE)
                return lex_source_kind_name(le->source_kind);
            if (le->kind == LEX_AK_STATE_FORCES)
                return "official";
            if (le->kind == LEX_AK_IGO)
                return "igo";
            return "group";
        }
    }
    return "other";
}

EX_WORDS(NOT_SOURCE_NEXT, "ان", "بان", "الي", "في", "عن", "الذي", "التي", "الذين", "ل", "لـ", "من");

/* A source starting at token i, or false. */
static bool source_at(const ex_view *v, size_t i, size_t end, rasad_attribution *a) {
    const rasad_doc *doc = v->doc;
    const rasad_entity *e = ex_entity_at(v, i);
    if (e && (e->kind == RASAD_ENT_SOURCE || e->kind == RASAD_ENT_ACTOR ||
              (e->kind == RASAD_ENT_PLACE && e->id))) {
        a->present = true;
        a->start = e->start;
        a->end = e->end;
        a->id = e->id;
        a->kind = source_kind_of(v, e);
        return true;
    }
    const tagger_entity *t = ex_ner_at(v, i);
    if (t && (t->type == TG_PER || t->type == TG_ORG)) {
        a->present = true;
        a->start = doc->tokens[t->tok_first].start;
        a->end = doc->tokens[t->tok_last].end;
        a->id = NULL;
        a->kind = t->type == TG_PER ? "other" : "media";
        return true;
    }
    if (ex_stem_in(doc, i, &ANON)) {
        /* "مصادر محلية", "مصدر عسكري": the noun and one adjective */
        a->present = true;
        a->start = doc->tokens[i].start;
        a->end = doc->tokens[i].end;
        if (i + 1 < end && doc->tokens[i + 1].kind == RASAD_TOK_WORD && !ex_entity_at(v, i + 1) &&
            !ex_word_in(doc, i + 1, &NOT_SOURCE_NEXT))
            a->end = doc->tokens[i + 1].end;
        a->id = NULL;
        a->kind = "other";
        /* "تقارير صدرت عن الأمم المتحدة", "تقرير للأمم المتحدة": whose.
         * A person's لـ names whom he spoke to ("مسؤول تركي لوكالة فرانس
         * برس"), not whose he is. */
        bool report = ex_stem_in(doc, i, &REPORT_NOUNS);
        for (size_t k = i + 1; k < end && k <= i + 3; k++) {
            const rasad_entity *o = ex_entity_at(v, k);
            bool by = (report && ex_has_proclitic(doc, k, "ل")) ||
                      (k > i + 1 && ex_word_in(doc, k - 1, &PREP_ABOUT));
            if (o && o->tok_first == k && by && (o->kind == RASAD_ENT_SOURCE || o->kind == RASAD_ENT_ACTOR)) {
                a->start = o->start;
                a->end = o->end;
                a->id = o->id;
                a->kind = source_kind_of(v, o);
                break;
            }
        }
        return true;
    }
    return false;
}

/* Is token i the start of an act's word ("أعلن الجيش مقتل 20": the
 * announcement's object, not its subject)? */
static bool act_word(const ex_view *v, size_t i) {
    const rasad_entity *e = ex_entity_at(v, i);
    return e && e->kind == RASAD_ENT_TRIGGER && e->tok_first == i;
}

/* Words that end a source phrase read without the lexicon. */
EX_WORDS(PHRASE_END, "ان", "بان", "انه", "انها", "انهم", "بانه", "بانها", "في", "عن", "الي",
         "علي", "امس", "اليوم", "ايضا", "خلال", "مع", "من", "الذي", "التي", "بعد",
         "قبل", "منذ");

/* The definite phrase right after a reporting verb, as its subject
 * ("أفادت الخلية الإعلامية بأن", "أعلن الشيخ مال الله العبيدي،"): up to
 * five words, to a comma, a preposition or أن. A title noun in the
 * construct state opens such a phrase too: its genitive chain makes it
 * definite ("قال قائد شرطة ولاية يوبي إن", "أفاد مدير إعلام شرطة
 * المحافظة بأن"). */
static bool phrase_source(const ex_view *v, size_t j, size_t end, rasad_attribution *a) {
    const rasad_doc *doc = v->doc;
    if (j >= end || doc->tokens[j].kind != RASAD_TOK_WORD || ex_word_in(doc, j, &PHRASE_END))
        return false;
    bool construct = ex_stem_in(doc, j, &QT_ROLE_NOUNS) && !qt_has_enclitic(doc, j) &&
                     doc->tokens[j].seg_count == 1 && j + 1 < end && doc->tokens[j + 1].kind == RASAD_TOK_WORD &&
                     !ex_word_in(doc, j + 1, &PHRASE_END);
    if (strncmp(doc->tokens[j].norm, "\xD8\xA7\xD9\x84", 4) != 0 && !construct)
        return false;
    size_t l = j;
    while (l + 1 < end && l + 1 < j + 5 && doc->tokens[l + 1].kind == RASAD_TOK_WORD &&
           !ex_word_in(doc, l + 1, &PHRASE_END) && !ex_has_proclitic(doc, l + 1, "ل") &&
           !ex_word_in(doc, l + 1, &QT_LAM) && /* "قائد قوات محلية لـ«رويترز»" */
           !ex_has_proclitic(doc, l + 1, "ب") && !act_word(v, l + 1))
        l++;
    a->present = true;
    a->start = doc->tokens[j].start;
    a->end = doc->tokens[l].end;
    a->id = NULL;
    a->kind = "other";
    return true;
}

/* The subject before a reporting verb: the nearest source within a few
 * words, with no stop between. */
#define SUBJECT_REACH 8
static bool subject_before(const ex_view *v, size_t i, size_t first, size_t end, rasad_attribution *a) {
    const rasad_doc *doc = v->doc;
    for (size_t k = 1; k <= SUBJECT_REACH && i >= first + k; k++) {
        size_t j = i - k;
        if (doc->tokens[j].kind == RASAD_TOK_PUNCT && doc->tokens[j].norm[0] != ',')
            return false;
        /* the first word of an entity that ends before the verb */
        const rasad_entity *e = ex_entity_at(v, j);
        const tagger_entity *t = ex_ner_at(v, j);
        size_t at = e ? e->tok_first : t ? t->tok_first : j;
        if (at != j)
            continue;
        if (ex_has_proclitic(doc, j, "ل") || ex_has_proclitic(doc, j, "ب"))
            continue;
        if (source_at(v, j, end, a))
            return true;
    }
    return false;
}

/* A name in quotation marks as the source: after an outlet noun
 * ("موقع "مسار برس"", "وكالتا الأنباء «دوغان» و«الأناضول»": the first),
 * or right after the verb and before أن or a comma ("قال «مكتب أخبار
 * سوريا» إن"). A known source inside the marks keeps its id. */
#define QUOTED_NAME_WORDS 5
EX_WORDS(NEWS_WORD, "الانباء");
EX_WORDS(OUTLET_PLURALS, "وكالتا", "وكالات", "صحيفتا", "صحف");
EX_WORDS(AFTER_QUOTED_NAME, "ان", "بان", "انه", "انها", "و");
static bool quoted_source(const ex_view *v, size_t j, size_t verb, size_t end, rasad_attribution *a) {
    const rasad_doc *doc = v->doc;
    if (!qt_opening_quote(&doc->tokens[j]) || j + 2 >= end)
        return false;
    size_t close = qt_closing_quote(doc, j);
    if (close == SIZE_MAX || close <= j + 1 || close >= end || close - j > QUOTED_NAME_WORDS + 1)
        return false;
    for (size_t k = j + 1; k < close; k++)
        if (doc->tokens[k].kind != RASAD_TOK_WORD)
            return false;
    /* the outlet that reports, not the one spoken to ("قال لـ«الوطن»",
     * "صرح لوكالة «رويترز»") */
    size_t o = j - 1;
    if (o > verb + 1 && ex_word_in(doc, o, &NEWS_WORD))
        o--;
    bool outlet = (ex_stem_in(doc, o, &QT_OUTLET_NOUNS) || ex_word_in(doc, o, &OUTLET_PLURALS)) &&
                  !ex_has_proclitic(doc, o, "\xD9\x84"); /* ل */
    bool then = close + 1 < end && (ex_word_in(doc, close + 1, &AFTER_QUOTED_NAME) ||
                                    (doc->tokens[close + 1].kind == RASAD_TOK_PUNCT &&
                                     doc->tokens[close + 1].norm[0] == ','));
    if (!(outlet && j > verb + 1) && !(j == verb + 1 && then))
        return false;
    if (source_at(v, j + 1, close, a) && a->end <= doc->tokens[close].start)
        return true;
    a->present = true;
    a->start = doc->tokens[j + 1].start;
    a->end = doc->tokens[close - 1].end;
    a->id = NULL;
    a->kind = "media";
    return true;
}

/* A title and the person holding it ("قال وزير النقل اليمني بدر محمد
 * باسلمة"): the tagger's person within a few words after the title
 * noun, before أن or punctuation, is the source. */
#define TITLE_REACH 10
EX_WORDS(ADMIN_UNITS, "ولايه", "محافظه", "مدينه", "قضاء", "ناحيه", "بلده", "قريه", "منطقه", "مقاطعه",
         "اقليم", "مديريه", "بلديه", "حي", "مخيم");
static bool titled_person(const ex_view *v, size_t j, size_t end, rasad_attribution *a) {
    const rasad_doc *doc = v->doc;
    if (!ex_stem_in(doc, j, &QT_ROLE_NOUNS) || ex_has_proclitic(doc, j, "ل"))
        return false;
    for (size_t k = j + 1; k < end && k <= j + TITLE_REACH; k++) {
        /* "قائد الشرطة الاتحادية، الفريق رائد شاكر جودت" */
        if (doc->tokens[k].kind == RASAD_TOK_PUNCT && doc->tokens[k].norm[0] == ',')
            continue;
        if (doc->tokens[k].kind != RASAD_TOK_WORD || ex_word_in(doc, k, &QT_THAT))
            return false;
        const tagger_entity *t = ex_ner_at(v, k);
        /* a one-word "person" after the noun of an administrative unit
         * ends the genitive chain: a place ("قائد شرطة ولاية يوبي") */
        bool chained = t && t->tok_last == k && k > j + 1 && ex_word_in(doc, k - 1, &ADMIN_UNITS);
        if (t && t->type == TG_PER && t->tok_first == k && !chained) {
            a->present = true;
            /* a one-word title right before the name is read with it
             * ("الباحث سامر الخطيب"), as the quotes' speakers are */
            a->start = doc->tokens[k == j + 1 ? j : k].start;
            a->end = doc->tokens[t->tok_last].end;
            a->id = NULL;
            a->kind = "other";
            return true;
        }
    }
    return false;
}

/* Definite nouns that stand for a source named earlier ("وأضافت
 * الصحيفة", "وأشار البيان", "وقال المصدر"): the source a few sentences
 * back that these words introduced is meant. */
EX_WORDS(ANAPHOR_NOUNS, "صحيفه", "وكاله", "بيان", "مصدر", "مصادر", "موقع", "قناه", "تقرير",
         "شبكه", "مسؤول", "ناشطون", "ناشط", "منظمه", "مرصد", "خليه");

/* The source a is a definite noun of that kind, alone or with one
 * adjective ("الصحيفة", "المصادر", "الصحيفة التركية"), and names no
 * known source; its token is *noun. */
static bool anaphoric(const ex_view *v, const rasad_attribution *a, size_t *noun) {
    const rasad_doc *doc = v->doc;
    if (!a->present || a->id)
        return false;
    size_t tf = ex_tok_at_byte(doc, a->start), tl = ex_tok_at_byte(doc, a->end ? a->end - 1 : 0);
    if (tf == SIZE_MAX || tl == SIZE_MAX || tl < tf || tl > tf + 1 || !qt_definite(doc, tf) ||
        !ex_stem_in(doc, tf, &ANAPHOR_NOUNS))
        return false;
    /* a role word of the lexicon ("المصدر": unnamed sources) is still a
     * reference; a named entity is not */
    const rasad_entity *e = ex_entity_at(v, tf);
    if (e && e->id)
        return false;
    *noun = tf;
    return true;
}

/* A sentence that opens with a reporting verb and no subject ("وأشار
 * إلى أن ...", "وأضاف أن", "وقالت: «...»"): the speaker is the one of
 * the sentences before. The lead-in up to أن or the quotation is read as
 * the quotes read a bare one (qt_bare_lead_in): it names nobody. */
#define BARE_LEAD 8
EX_WORDS(LEADING_WORDS, "كما", "ثم");
EX_WORDS(OBJECT_VERBS, "نقل", "نقلت", "نشر", "نشرت", "بث", "بثت", "كشف", "كشفت"); /* take an object */
static bool bare_verb(const ex_view *v, size_t first, size_t end, size_t *verb) {
    const rasad_doc *doc = v->doc;
    size_t i = first;
    if (i < end && ex_word_in(doc, i, &LEADING_WORDS))
        i++;
    if (i + 1 >= end || !ex_stem_in(doc, i, &VERB_CUES) || qt_definite(doc, i) || noun_proclitic(doc, i) ||
        ex_stem_in(doc, i, &OBJECT_VERBS) || qt_has_enclitic(doc, i))
        return false;
    for (size_t k = i + 1; k < end && k <= i + BARE_LEAD; k++) {
        const rasad_token *t = &doc->tokens[k];
        /* a short quoted name right after the verb is its subject
         * ("وأشارت «ساما» في تقريرها"), not the words said */
        if (qt_opening_quote(t) && (k == i + 1 || doc->tokens[k - 1].norm[0] != ':')) {
            size_t close = qt_closing_quote(doc, k);
            if (close != SIZE_MAX && close - k <= QUOTED_NAME_WORDS + 1)
                return false;
        }
        if (ex_word_in(doc, k, &QT_THAT) || qt_opening_quote(t) || (t->kind == RASAD_TOK_PUNCT && t->norm[0] == ':')) {
            *verb = i;
            return qt_bare_lead_in(v, i + 1, k - 1);
        }
        if (t->kind == RASAD_TOK_PUNCT && t->norm[0] != ',')
            return false;
    }
    return false;
}

/* Whom a reporting verb's words were said to ("قال لـ«الشرق الأوسط»
 * مصدر", "صرح لوكالة رويترز"): a name after لـ, which is not the
 * source; the source may come after it. Returns the name's last token
 * (its closing quotation mark), or SIZE_MAX. After بحسب, وفقا لـ the
 * لـ belongs to the cue and the name is the source (pass 0). */
static size_t addressee_end(const ex_view *v, size_t j, size_t end) {
    const rasad_doc *doc = v->doc;
    size_t k = j;
    if (ex_word_in(doc, k, &QT_LAM)) {
        k++;
        if (k < end && qt_opening_quote(&doc->tokens[k])) {
            size_t close = qt_closing_quote(doc, k);
            return close != SIZE_MAX && close < end && close - k <= QUOTED_NAME_WORDS + 1 ? close : SIZE_MAX;
        }
    } else if (!ex_has_proclitic(doc, k, "ل")) {
        return SIZE_MAX;
    }
    if (k >= end)
        return SIZE_MAX;
    const rasad_entity *e = ex_entity_at(v, k);
    if (e && e->tok_first == k && (e->kind == RASAD_ENT_SOURCE || e->kind == RASAD_ENT_ACTOR))
        return e->tok_last;
    const tagger_entity *t = ex_ner_at(v, k);
    if (t && t->tok_first == k && t->type == TG_ORG)
        return t->tok_last;
    return SIZE_MAX;
}

EX_WORDS(PUBLISH_VERBS, "نشر", "نشرت", "بث", "بثت");

rasad_attribution ex_attribution_own(const ex_view *v, uint32_t sentence, ex_attr_how *how, size_t *noun) {
    const rasad_doc *doc = v->doc;
    rasad_attribution a;
    memset(&a, 0, sizeof a);
    *how = EX_ATTR_NONE;
    *noun = SIZE_MAX;
    size_t first, end;
    ex_sentence_tokens(doc, sentence, &first, &end);
    /* every pass below (and bare_verb) starts at a token whose stem is a
     * cue of PREP_CUES or VERB_CUES: most sentences have none, and one
     * scan answers them instead of three */
    size_t any = first;
    while (any < end && !ex_stem_in(doc, any, &PREP_CUES) && !ex_stem_in(doc, any, &VERB_CUES))
        any++;
    if (any == end)
        return a;
    for (int pass = 0; pass < 3; pass++) {
        ex_words *cues = pass == 0 ? &PREP_CUES : &VERB_CUES;
        if (pass == 1) {
            size_t verb;
            if (bare_verb(v, first, end, &verb)) {
                a.cue_start = doc->tokens[verb].start;
                a.cue_end = doc->tokens[verb].end;
                *how = EX_ATTR_BARE;
                return a;
            }
        }
        for (size_t i = any; i < end; i++) { /* no cue before any */
            /* a verb, not the noun or adjective sharing its letters
             * ("التابع" is no تابع) */
            if (!ex_stem_in(doc, i, cues) || qt_definite(doc, i) || (cues == &VERB_CUES && noun_proclitic(doc, i)))
                continue;
            if (pass == 2) {
                /* a verb with its subject before it, or an unknown one
                 * after it */
                /* what نشر / بث is followed by is what was published
                 * ("ونشر الفيديو بعد أسبوع"), not who published it */
                bool published = ex_stem_in(doc, i, &PUBLISH_VERBS);
                /* "وأوضح لـ«عكاظ» المتحدث الرسمي": after whom it was said to */
                size_t past = i + 1 < end ? addressee_end(v, i + 1, end) : SIZE_MAX;
                size_t after = past == SIZE_MAX ? i + 1 : past + 1;
                if (subject_before(v, i, first, end, &a) || (!published && phrase_source(v, after, end, &a))) {
                    a.cue_start = doc->tokens[i].start;
                    a.cue_end = doc->tokens[i].end;
                    goto found;
                }
                memset(&a, 0, sizeof a);
                continue;
            }
            size_t reach = i + ATTR_REACH;
            for (size_t j = i + 1; j < end && j <= reach; j++) {
                size_t past = pass == 1 && j == i + 1 ? addressee_end(v, j, end) : SIZE_MAX;
                if (past != SIZE_MAX) {
                    reach += past - j + 1;
                    j = past;
                    continue;
                }
                if (quoted_source(v, j, i, end, &a) || titled_person(v, j, end, &a) || source_at(v, j, end, &a)) {
                    a.cue_start = doc->tokens[i].start;
                    a.cue_end = doc->tokens[j - 1].end;
                    goto found;
                }
                if (!ex_stem_in(doc, j, &FILLERS) && doc->tokens[j].kind != RASAD_TOK_QUOTE)
                    break;
            }
        }
    }
    return a;
found:
    *how = anaphoric(v, &a, noun) ? EX_ATTR_ANAPHOR : EX_ATTR_OWN;
    return a;
}
