/* SPDX-License-Identifier: MIT
 *
 * test_lexicon.c - the actor and trigger lexicons (knowledge stage): the
 * built-in tables load, well-known names resolve to their ids and kinds,
 * every form is in matching form, shared forms are flagged, the parser
 * rejects malformed rows without crashing, and loading is fast.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "knowledge/lexicon.h"
#include "rasad.h"
#include "util/embed.h"

EMBED_DECLARE(actors);
EMBED_DECLARE(triggers);

/* The entry a written form resolves to in lex (the first, if shared). */
static const lex_entry *find(const lex_lexicon *lex, const char *written) {
    char norm[512];
    size_t first, len = lex_normalize_form(written, strlen(written), norm, sizeof norm);
    if (len == 0 || lex_lookup(lex, norm, len, &first) == 0)
        return NULL;
    uint32_t e;
    lex_form_at(lex, first, NULL, NULL, &e);
    return lex_entry_get(lex, e);
}

/* Does some entry of class cls own the written form? */
static const lex_entry *find_class(const lex_lexicon *lex, const char *written, unsigned cls) {
    char norm[512];
    size_t first, len = lex_normalize_form(written, strlen(written), norm, sizeof norm);
    size_t n = len ? lex_lookup(lex, norm, len, &first) : 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t e;
        lex_form_at(lex, first + i, NULL, NULL, &e);
        const lex_entry *x = lex_entry_get(lex, e);
        if (x && x->cls == cls)
            return x;
    }
    return NULL;
}

static int id_is(const lex_entry *e, const char *id) { return e && strcmp(e->id, id) == 0; }

static void test_loads(void) {
    const lex_lexicon *lex = lex_default();
    OK(lex != NULL);
    OK(lex_default() == lex);
    OK(lex_entry_count(lex) >= 300 + 150);
    OK(lex_form_count(lex) > 3000);
    size_t actors = 0, triggers = 0;
    for (size_t i = 0; i < lex_entry_count(lex); i++) {
        const lex_entry *e = lex_entry_get(lex, i);
        if (e->cls == LEX_TRIGGER) {
            triggers++;
            OK(e->kind > LEX_EK_NONE && e->kind < LEX_EK_COUNT);
            OK(e->pos > LEX_POS_NONE && e->pos < LEX_POS_COUNT);
            OK(e->acled_type != NULL && e->acled_sub_type != NULL);
        } else {
            actors++;
            OK(e->kind > LEX_AK_NONE && e->kind < LEX_AK_COUNT);
            OK(e->name_en != NULL);
        }
    }
    OK(actors >= 300);
    OK(triggers >= 150);
    OK(lex_entry_get(lex, lex_entry_count(lex)) == NULL);
}

static void test_actors(void) {
    const lex_lexicon *lex = lex_default();
    const lex_entry *e = find(lex, "داعش");
    OK(id_is(e, "ISIS"));
    OK(e && e->cls == LEX_ACTOR && e->kind == LEX_AK_REBEL);
    OK(id_is(find(lex, "تنظيم الدولة الإسلامية في العراق والشام"), "ISIS"));
    /* hamza and teh marbuta variants fold to the same form */
    OK(id_is(find(lex, "الدولة الاسلامية"), "ISIS"));
    OK(id_is(find(lex, "الدولة الإسلاميّة"), "ISIS"));
    OK(id_is(find(lex, "قسد"), "SDF"));
    OK(id_is(find(lex, "قوات سورية الديمقراطية"), "SDF"));
    OK(id_is(find(lex, "وحدات حماية الشعب"), "YPG"));
    OK(id_is(find(lex, "الفرقة الرابعة"), "SYR_GOV"));
    OK(id_is(find(lex, "جبهة النصرة"), "HTS"));
    OK(id_is(find(lex, "جهاز مكافحة الإرهاب"), "IRQ_GOV"));
    OK(id_is(find(lex, "الحشد الشعبي"), "PMF"));
    OK(id_is(find(lex, "البيشمركة"), "PESHMERGA"));
    OK(id_is(find(lex, "التحالف الدولي"), "US_COALITION"));
    OK(id_is(find(lex, "فيلق القدس"), "IRN_MIL"));
    OK(id_is(find(lex, "أنصار الله"), "HOUTHI"));
    OK(id_is(find(lex, "تحالف دعم الشرعية"), "SAU_COALITION"));
    OK(id_is(find(lex, "العشائر"), "TRIBES"));
    e = find(lex, "المرصد السوري لحقوق الإنسان");
    OK(id_is(e, "SOHR"));
    OK(e && e->cls == LEX_SOURCE && e->source_kind == LEX_SK_MONITOR);
    e = find(lex, "فرانس برس");
    OK(id_is(e, "AFP") && e->source_kind == LEX_SK_AGENCY);
    OK(id_is(find(lex, "وكالة الصحافة الفرنسية"), "AFP"));
    OK(id_is(find(lex, "رويترز"), "REUTERS"));
    OK(id_is(find(lex, "واع"), "INA"));
    e = find(lex, "الأمم المتحدة");
    OK(id_is(e, "UN") && e->kind == LEX_AK_IGO && e->source_kind == LEX_SK_IGO);
    e = find(lex, "مسلحون");
    OK(e && e->cls == LEX_ROLE);
    e = find(lex, "قوات الأمن");
    OK(e && e->cls == LEX_ROLE && e->kind == LEX_AK_STATE_FORCES);
    OK(id_is(find(lex, "مدنيين"), "CIVILIANS"));
    OK(id_is(find(lex, "مسلحون مجهولون"), "UNKNOWN"));
    OK(id_is(lex_entry_by_id(lex, "SDF", NULL), "SDF"));
    OK(strcmp(lex_entry_by_id(lex, "SYR_GOV", NULL)->country, "SY") == 0);
    OK(lex_entry_by_id(lex, "NO_SUCH_ID", NULL) == NULL);
    OK(find(lex, "برتقال") == NULL);
}

static void test_triggers(void) {
    const lex_lexicon *lex = lex_default();
    const lex_entry *e = find_class(lex, "غارة", LEX_TRIGGER);
    OK(e && e->kind == LEX_EK_AIRSTRIKE);
    OK(e && strcmp(e->acled_sub_type, "Air/drone strike") == 0 && strcmp(e->cameo, "195") == 0);
    e = find_class(lex, "اشتباكات", LEX_TRIGGER);
    OK(e && e->kind == LEX_EK_ARMED_CLASH && strcmp(e->acled_type, "Battles") == 0);
    e = find_class(lex, "هوجم", LEX_TRIGGER);
    OK(e && e->kind == LEX_EK_ATTACK && (e->flags & LEXF_PASSIVE));
    e = find_class(lex, "هاجموا", LEX_TRIGGER);
    OK(e && e->kind == LEX_EK_ATTACK && e->pos == LEX_POS_VERB && !(e->flags & LEXF_PASSIVE));
    e = find_class(lex, "انتحاري", LEX_TRIGGER);
    OK(e && e->kind == LEX_EK_SUICIDE_BOMBING && e->pos == LEX_POS_PARTICIPLE);
    /* triggers and the event kind each one means */
    static const struct {
        const char *form;
        int kind;
    } KINDS[] = {
        {"غارات", LEX_EK_AIRSTRIKE},
        {"عبوة ناسفة", LEX_EK_IED},
        {"سيارة مفخخة", LEX_EK_CAR_BOMBING},
        {"اغتيال", LEX_EK_ASSASSINATION},
        {"ألقى القبض", LEX_EK_ARREST},
        {"إعدام", LEX_EK_EXECUTION},
        {"مظاهرة", LEX_EK_PROTEST},
        {"انسحب", LEX_EK_WITHDRAWAL},
        {"وقف إطلاق النار", LEX_EK_AGREEMENT},
    };
    for (size_t i = 0; i < sizeof KINDS / sizeof KINDS[0]; i++) {
        e = find_class(lex, KINDS[i].form, LEX_TRIGGER);
        OK(e && e->kind == KINDS[i].kind, "%s", KINDS[i].form);
    }
    e = find_class(lex, "عملية", LEX_TRIGGER);
    OK(e && (e->flags & LEXF_WEAK));
    e = find_class(lex, "مقتل", LEX_TRIGGER);
    OK(e && (e->flags & LEXF_CONTEXT));
    STR_EQ(lex_event_kind_name(LEX_EK_TERRITORY_CAPTURED), "territory_captured");
    STR_EQ(lex_actor_kind_name(LEX_AK_IDENTITY_MILITIA), "identity_militia");
    STR_EQ(lex_source_kind_name(LEX_SK_MONITOR), "monitor");
    STR_EQ(lex_event_kind_name(999), "");
}

/* Forms are sorted, non-empty, in matching form (normalizing them again
 * changes nothing), and a form shared by entries of different ids within
 * one class is flagged ambiguous on one of them. */
static void test_forms(void) {
    const lex_lexicon *lex = lex_default();
    size_t n = lex_form_count(lex), unflagged_shared = 0;
    const char *prev = NULL;
    size_t prev_len = 0;
    for (size_t i = 0; i < n; i++) {
        const char *norm;
        size_t len;
        uint32_t e;
        char again[512];
        lex_form_at(lex, i, &norm, &len, &e);
        OK(norm && len > 0 && strlen(norm) == len);
        OK(e < lex_entry_count(lex));
        OK(norm[0] != ' ' && norm[len - 1] != ' ' && !strstr(norm, "  "));
        size_t k = lex_normalize_form(norm, len, again, sizeof again);
        OK(k == len && memcmp(again, norm, len) == 0);
        if (prev) {
            int c = memcmp(prev, norm, prev_len < len ? prev_len : len);
            OK(c < 0 || (c == 0 && prev_len <= len));
        }
        if (i > 0 && prev_len == len && memcmp(prev, norm, len) == 0) {
            uint32_t pe;
            lex_form_at(lex, i - 1, NULL, NULL, &pe);
            const lex_entry *a = lex_entry_get(lex, pe), *b = lex_entry_get(lex, e);
            int same_class = (a->cls == LEX_TRIGGER) == (b->cls == LEX_TRIGGER);
            if (same_class && strcmp(a->id, b->id) != 0 &&
                !((a->flags | b->flags) & LEXF_AMBIGUOUS)) {
                fprintf(stderr, "shared form %s: %s / %s\n", norm, a->id, b->id);
                unflagged_shared++;
            }
        }
        prev = norm;
        prev_len = len;
    }
    INT_EQ(unflagged_shared, 0);
    OK(lex_form_written(lex, 0) != NULL);
    OK(lex_form_written(lex, n) == NULL);
}

static void test_normalize_form(void) {
    char out[64];
    /* spaces collapse, diacritics and tatweel go, alef/yeh/teh marbuta fold */
    size_t n = lex_normalize_form("  قُوّاتُ   الـأمنِ ", strlen("  قُوّاتُ   الـأمنِ "), out, sizeof out);
    STR_EQ(out, "قوات الامن");
    INT_EQ(n, strlen("قوات الامن"));
    lex_normalize_form("مستشفى الرقة", strlen("مستشفى الرقة"), out, sizeof out);
    STR_EQ(out, "مستشفي الرقه");
    INT_EQ(lex_normalize_form("", 0, out, sizeof out), 0);
    INT_EQ(lex_normalize_form(" \t ", 3, out, sizeof out), 0);
    INT_EQ(lex_normalize_form("a\xff", 2, out, sizeof out), 0); /* invalid UTF-8 */
    INT_EQ(lex_normalize_form("داعش", strlen("داعش"), out, 4), 0); /* does not fit */
}

static void test_parse_errors(void) {
    static const char actors[] = "id\tname_en\tkind\tcountry\tforms_ar\n"
                                 "X1\tOne\trebel\tSY\tواحد|  |اثنان\n"
                                 "X2\tTwo\tnot_a_kind\tSY\tثلاثة\n"
                                 "X3\tThree\trebel\tsyria\tأربعة\n"
                                 "X4\tFour\trebel\n"
                                 "ROLE_Z\tz\tcivilians\t-\tزاي\tother\tambiguous\n"
                                 "X5\tFive\trebel\t-\t\xd9\n";
    static const char triggers[] = "lemma\tkind\tacled_type\tacled_sub_type\tcameo\tpos\tforms_ar\tflags\n"
                                   "ضرب\tattack\tBattles\tArmed clash\t190\tverb\tضرب|ضربت\tweak\n"
                                   "ضرب\tattack\tBattles\tArmed clash\t190\tadverb\tضرب\t-\n"
                                   "ضرب\tattack\tBattles\tArmed clash\t190\tverb\tضرب\tshiny\n";
    lex_lexicon *lex = NULL;
    size_t bad = 0;
    char err[128];
    INT_EQ(lex_parse(actors, sizeof actors - 1, triggers, sizeof triggers - 1, &lex, &bad, err,
                     sizeof err),
           RASAD_OK);
    OK(lex != NULL);
    INT_EQ(lex_entry_count(lex), 3); /* X1, ROLE_Z, ضرب */
    INT_EQ(bad, 7); /* X2, X3, X4, X5 twice (bad form, then no forms), adverb, shiny */
    STR_EQ(err, "actors:3: unknown actor kind");
    const lex_entry *z = lex_entry_by_id(lex, "ROLE_Z", NULL);
    OK(z && z->cls == LEX_ROLE && z->source_kind == LEX_SK_OTHER && (z->flags & LEXF_AMBIGUOUS));
    OK(id_is(find(lex, "اثنان"), "X1"));
    OK(find(lex, "ضربت") && find(lex, "ضربت")->cls == LEX_TRIGGER);
    lex_free(lex);
    /* no input at all is an empty lexicon */
    INT_EQ(lex_parse(NULL, 0, NULL, 0, &lex, NULL, NULL, 0), RASAD_OK);
    INT_EQ(lex_entry_count(lex), 0);
    INT_EQ(lex_lookup(lex, "x", 1, NULL), 0);
    lex_free(lex);
    lex_free(NULL);
}

/* A leading '@' marks a person's name; a definite means noun with a
 * definite adjective also gets its indefinite form (المقاتلات الروسية ->
 * مقاتلات روسية), and only those (الدولة الإسلامية gets none). */
static void test_person_and_indefinite(void) {
    static const char actors[] = "id\tname_en\tkind\tcountry\tforms_ar\n"
                                 "R\tRussia\tstate_forces\tRU\tالمقاتلات الروسية|@فلاديمير بوتين|@ \n"
                                 "I\tIS\trebel\t-\tالدولة الإسلامية\n";
    lex_lexicon *lex = NULL;
    size_t bad = 0;
    INT_EQ(lex_parse(actors, sizeof actors - 1, NULL, 0, &lex, &bad, NULL, 0), RASAD_OK);
    OK(lex != NULL);
    INT_EQ(bad, 0);
    OK(id_is(find(lex, "مقاتلات روسية"), "R"));
    OK(id_is(find(lex, "المقاتلات الروسية"), "R"));
    OK(find(lex, "دولة إسلامية") == NULL);
    char norm[128];
    size_t first = 0, len = lex_normalize_form("فلاديمير بوتين", strlen("فلاديمير بوتين"), norm, sizeof norm);
    OK(len && lex_lookup(lex, norm, len, &first) == 1);
    OK(lex_form_is_person(lex, first));
    STR_EQ(lex_form_written(lex, first), "فلاديمير بوتين");
    len = lex_normalize_form("المقاتلات الروسية", strlen("المقاتلات الروسية"), norm, sizeof norm);
    OK(len && lex_lookup(lex, norm, len, &first) == 1);
    OK(!lex_form_is_person(lex, first));
    OK(!lex_form_is_person(lex, 100000));
    OK(!lex_form_is_person(NULL, 0));
    lex_free(lex);
    /* the built-in lexicon marks the leaders it lists under their groups */
    const lex_lexicon *d = lex_default();
    len = lex_normalize_form("بشار الأسد", strlen("بشار الأسد"), norm, sizeof norm);
    OK(len && lex_lookup(d, norm, len, &first) >= 1 && lex_form_is_person(d, first));
    OK(id_is(find(d, "مقاتلات روسية"), "RUS_MIL"));
}

static void *load_in_thread(void *arg) {
    (void)arg;
    return (void *)lex_default();
}

/* The first lex_default() may race from several threads: all get the one
 * shared table (pthread_once). */
static void test_threads(void) {
    pthread_t t[4];
    void *got[4] = {0};
    for (int i = 0; i < 4; i++)
        OK(pthread_create(&t[i], NULL, load_in_thread, NULL) == 0);
    for (int i = 0; i < 4; i++)
        OK(pthread_join(t[i], &got[i]) == 0);
    for (int i = 0; i < 4; i++)
        OK(got[i] == (void *)lex_default());
}

TEST_MAIN(test_threads, test_person_and_indefinite, test_loads, test_actors, test_triggers, test_forms, test_normalize_form,
          test_parse_errors)
