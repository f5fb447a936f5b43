/* SPDX-License-Identifier: MIT
 *
 * place_sound.c - resolution: a place name the gazetteer does not know in
 * Arabic (ساريكاميس، تشاتانوجا، سلطان بيلي) geocoded by the sound of its
 * Latin name (translit.h), in the countries the article talks about.
 *
 * A sound key is coarse, and thousands of towns the world over share the
 * short ones, so a candidate counts only in a country the article names
 * (a place of it or the country itself); one in the province or the
 * country named in the same sentence ("في منطقة ساريكاميس في إقليم كارس")
 * beats one named elsewhere. When two places remain equally good, the
 * name stays unresolved: no coordinates are better than a guess.
 */
#include <string.h>

#include "extract/events.h"
#include "knowledge/gazetteer.h"
#include "knowledge/translit.h"
#include "text/clitics.h"

/* How many candidates of one key are weighed. */
#define SOUND_CANDIDATES 64

/* How a candidate stands in the article: its province named in the
 * sentence (100) outweighs its country named there (10), which
 * outweighs its country being the one the article names most (5). 0
 * otherwise: a country named in passing does not license a guess
 * (خولان in a Yemeni story that mentions the United States is no
 * Colonia, New Jersey). */
static int standing(const ex_view *v, const gaz *g, const gaz_place *c, uint32_t sentence, const char *top) {
    int score = 0;
    for (size_t i = 0; i < v->nents && score < 100; i++) {
        const rasad_entity *e = &v->ents[i];
        if (e->kind != RASAD_ENT_PLACE || !e->country || strcmp(e->country, c->country) != 0 ||
            v->doc->tokens[e->tok_first].sentence != sentence)
            continue;
        const gaz_place *p = gaz_place_get(g, e->place_index);
        bool province = c->admin1[0] && p &&
                        (strcmp(p->admin1, c->admin1) == 0 ||
                         (p->kind == GAZ_K_ADMIN1 && strcmp(p->name_en, c->admin1) == 0));
        score = province ? 100 : 10;
    }
    return score ? score : strcmp(c->country, top) == 0 ? 5 : 0;
}

/* Countries where a sound key says too little: GeoNames names their
 * towns in transliterated Arabic, so the gazetteer has their Arabic
 * names and a name it does not know there is another town, not another
 * spelling (الفاخر is not Fujairah); or in pinyin, whose few syllables
 * make thousands of towns sound alike (شينجيانغ is Xinjiang, not
 * Chengyang). */
static bool unheard_country(const char *cc) {
    static const char UNHEARD[] = "SA AE QA BH KW OM YE IQ SY JO LB PS EG LY TN DZ SD CN TW HK MO";
    return strlen(cc) == 2 && strstr(UNHEARD, cc) != NULL;
}

/* The first words of transliterated names (سانت in سانت لويس), which the
 * tagger may take alone. */
static bool name_opener(const char *norm) {
    static const char *const OPENERS[] = {"سانت", "سان", "نيو", "فورت", "بورت", "لوس", "لاس"};
    for (size_t i = 0; i < sizeof OPENERS / sizeof *OPENERS; i++)
        if (strcmp(norm, OPENERS[i]) == 0)
            return true;
    return false;
}

/* A city most readers know without its country (Montreal, Canberra)
 * may be heard where the article does not name its country, when the
 * spellings agree this closely. */
#define WORLD_CITY_POPULATION 300000
#define CLOSE_SOUND 2

/* How good a candidate is, best highest: a close spelling first, then
 * its standing in the article (standing()). 0 when it does not count. */
static int rank(const ex_view *v, const gaz *g, const char *norm, const gaz_place *c, uint32_t sentence,
                const char *top) {
    if (unheard_country(c->country))
        return 0;
    int d = translit_distance(norm, strlen(norm), c->name_en, c->country);
    if (d > GAZ_SOUND_NEAR)
        return 0;
    int s = standing(v, g, c, sentence, top);
    if (s == 0 && !(d <= CLOSE_SOUND && c->population >= WORLD_CITY_POPULATION))
        return 0;
    return (d <= CLOSE_SOUND ? 1000 : 0) + s + 1;
}

/* Is a one-word name an Arabic word: one the news writes with the
 * article or a pronoun (بستان، كرم، حفر، سلطان; not فلوريدا، كشمير)? A
 * tagger's place may be a common word, and a common word sounds like a
 * town somewhere (بستان like Boston). */
static bool arabic_word(const char *norm) {
    if (strchr(norm, ' '))
        return false;
    stem_counts c;
    if (!stem_lexicon_counts(stem_lexicon_default(), norm, strlen(norm), &c))
        return false;
    return c.with_pronoun > 0 || (c.with_article >= 2 && c.with_article * 10 >= c.alone);
}

uint32_t ev_place_by_sound(const ex_view *v, size_t a, const char *norm) {
    const gaz *g = gaz_default();
    /* a name with the article is an Arabic name (العجرمية), not heard */
    if (!g || !norm || strncmp(norm, "\xD8\xA7\xD9\x84", 4) == 0 || arabic_word(norm) ||
        name_opener(norm))
        return GAZ_NONE;
    char key[TRANSLIT_KEY_MAX];
    size_t kl = translit_key_ar(norm, strlen(norm), key);
    if (kl - (key[0] == 'A') < GAZ_SOUND_MIN)
        return GAZ_NONE;
    uint32_t cands[SOUND_CANDIDATES];
    size_t n = gaz_lookup_sound(g, key, kl, cands, SOUND_CANDIDATES);
    uint32_t sentence = v->doc->tokens[a].sentence, best = GAZ_NONE;
    const char *top = n ? v->main_country : "";
    int best_rank = 0;
    bool tie = false;
    for (size_t i = 0; i < n; i++) {
        const gaz_place *c = gaz_place_get(g, cands[i]);
        int r = rank(v, g, norm, c, sentence, top);
        if (r == 0 || r < best_rank)
            continue;
        if (r > best_rank) {
            best = cands[i];
            best_rank = r;
            tie = false;
            continue;
        }
        /* one town twice (a curated row beside GeoNames') is no tie, nor
         * a province and its seat of one name (Şırnak): the town is
         * named, the province would be named as one (إقليم، ولاية) */
        const gaz_place *b = gaz_place_get(g, best);
        if (b->geonameid && b->geonameid == c->geonameid)
            continue;
        if (strcmp(b->name_en, c->name_en) == 0 && strcmp(b->country, c->country) == 0 &&
            (b->kind == GAZ_K_ADMIN1) != (c->kind == GAZ_K_ADMIN1)) {
            best = b->kind == GAZ_K_ADMIN1 ? cands[i] : best;
            continue;
        }
        tie = true;
    }
    return tie ? GAZ_NONE : best;
}
