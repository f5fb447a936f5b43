/* SPDX-License-Identifier: MIT
 *
 * test_translit.c - sound keys and distances between Arabic spellings and
 * Latin place names (knowledge/translit.h), and the gazetteer's sound
 * index: pairs that must meet, pairs that must not, and bad input.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "knowledge/gazetteer.h"
#include "knowledge/translit.h"
#include "rasad.h"

/* The matching form of s (rasad_normalize), in a static buffer. */
static const char *norm(const char *s) {
    static char buf[256];
    char *n = NULL;
    size_t nl = 0;
    if (rasad_normalize(s, strlen(s), RASAD_NORM_DEFAULT, &n, &nl) != RASAD_OK || nl >= sizeof buf)
        return "";
    memcpy(buf, n, nl + 1);
    rasad_free(n);
    return buf;
}

typedef struct pair {
    const char *ar, *latin, *country;
} pair;

/* Spellings of one place: equal keys and a distance the extractor takes. */
static const pair SAME[] = {
    {"ساريكاميس", "Sarıkamış", "TR"},     {"سلطان بيلي", "Sultanbeyli", "TR"},
    {"تشاتانوجا", "Chattanooga", "US"},   {"فيرجسون", "Ferguson", "US"},
    {"زيوريخ", "Zurich", "CH"},           {"الحسكة", "Al Hasakah", "SY"},
    {"باليرمو", "Palermo", "IT"},         {"سيمدينلي", "Şemdinli", "TR"},
    {"فاستيراس", "Västerås", "SE"},       {"مونتريال", "Montreal", "CA"},
    {"ايلبيلي", "Elbeyli", "TR"},         {"شيرناك", "Şırnak", "TR"},
    {"كانبيرا", "Canberra", "AU"},        {"بركي براك", "Baraki Barak", "AF"},
    {"ميلووكي", "Milwaukee", "US"},       {"جيزرا", "Cizre", "TR"},
};

/* Names that sound alike in consonants only: the distance tells them apart. */
static const pair FAR[] = {
    {"نيوجيرسي", "Yonkers", "US"},   /* ج is no k */
    {"خولان", "Kowloon", "HK"},      /* nor is خ */
    {"كشمير", "Kashmor", "PK"},      /* ي against o */
    {"مارسيليا", "Marsala", "IT"},   /* ي against a */
    {"كامونا", "Kamaishi", "JP"},
};

static void test_same(void) {
    for (size_t i = 0; i < sizeof SAME / sizeof *SAME; i++) {
        const pair *p = &SAME[i];
        char ka[TRANSLIT_KEY_MAX], kl[TRANSLIT_KEY_MAX];
        const char *n = norm(p->ar);
        size_t la = translit_key_ar(n, strlen(n), ka), ll = translit_key_latin(p->latin, p->country, kl);
        OK(la >= GAZ_SOUND_MIN && la == ll && strcmp(ka, kl) == 0, "%s [%s] vs %s [%s]", p->ar, ka, p->latin, kl);
        int d = translit_distance(n, strlen(n), p->latin, p->country);
        OK(d <= GAZ_SOUND_NEAR, "%s vs %s: distance %d", p->ar, p->latin, d);
    }
}

static void test_far(void) {
    for (size_t i = 0; i < sizeof FAR / sizeof *FAR; i++) {
        const char *n = norm(FAR[i].ar);
        int d = translit_distance(n, strlen(n), FAR[i].latin, FAR[i].country);
        OK(d > GAZ_SOUND_NEAR, "%s vs %s: distance %d", FAR[i].ar, FAR[i].latin, d);
    }
    /* a vowel before the first consonant: Ozark is not زوريخ */
    char ka[TRANSLIT_KEY_MAX], kl[TRANSLIT_KEY_MAX];
    const char *n = norm("زوريخ");
    translit_key_ar(n, strlen(n), ka);
    translit_key_latin("Ozark", "US", kl);
    OK(strcmp(ka, kl) != 0, "%s = %s", ka, kl);
}

/* Country habits: a Turkish c is a j (Cizre, جزرة), an English one an s
 * before e and i; a German ch is a kh. */
static void test_habits(void) {
    char k[TRANSLIT_KEY_MAX];
    translit_key_latin("Cizre", "TR", k);
    STR_EQ(k, "KZR");
    translit_key_latin("Cincinnati", "US", k);
    STR_EQ(k, "SNSNT");
    translit_key_latin("Aachen", "DE", k);
    STR_EQ(k, "AKN");
    translit_key_latin("As Suwayda", "SY", k); /* the article left out */
    STR_EQ(k, "SD");
}

/* What is not a name gives no key: digits, Latin in an Arabic key, a key
 * longer than the buffer; and a distance says "far" for empty input. */
static void test_bad_input(void) {
    char k[TRANSLIT_KEY_MAX];
    INT_EQ(translit_key_ar("abc", 3, k), 0);
    INT_EQ(translit_key_ar("بغداد 2", strlen("بغداد 2"), k), 0);
    INT_EQ(translit_key_latin("Route 66", "US", k), 0);
    INT_EQ(translit_key_latin("بغداد", "IQ", k), 0);
    INT_EQ(translit_key_ar("", 0, k), 0);
    char longname[400] = "";
    for (int i = 0; i < 40; i++)
        strcat(longname, "بت");
    INT_EQ(translit_key_ar(longname, strlen(longname), k), 0);
    INT_EQ(translit_distance("", 0, "Paris", "FR"), TRANSLIT_FAR);
    INT_EQ(translit_distance(longname, strlen(longname), "Paris", "FR"), TRANSLIT_FAR);
    const char *n = norm("باريس");
    INT_EQ(translit_distance(n, strlen(n), "", "FR"), TRANSLIT_FAR);
}

/* The built-in gazetteer's sound index finds the town, and keys too
 * short to tell towns apart are not looked up. */
static void test_index(void) {
    const gaz *g = gaz_default();
    OK(g != NULL);
    if (!g)
        return;
    const char *n = norm("ساريكاميس");
    char key[TRANSLIT_KEY_MAX];
    size_t kl = translit_key_ar(n, strlen(n), key);
    uint32_t ids[64];
    size_t k = gaz_lookup_sound(g, key, kl, ids, 64);
    bool found = false;
    for (size_t i = 0; i < k; i++)
        found |= strcmp(gaz_place_get(g, ids[i])->name_en, "Sarıkamış") == 0;
    OK(found, "Sarıkamış not under %s", key);
    INT_EQ(gaz_lookup_sound(g, "KR", 2, ids, 64), 0);
    INT_EQ(gaz_lookup_sound(g, key, kl, ids, 0), 0);
}

TEST_MAIN(test_same, test_far, test_habits, test_bad_input, test_index)
