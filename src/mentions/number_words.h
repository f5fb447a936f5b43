/* SPDX-License-Identifier: MIT
 *
 * number_words.h - stage 2 (mentions): the word tables the quantity
 * scanner (numbers.c) reads. One table keyed by the normalized matching
 * form (normalize.h: ة->ه, ى->ي, alef variants->ا, no diacritics) tells,
 * for each word it knows, what it is as a number word, as a counted noun
 * with a role, as role context, and whether it can never be a counted
 * noun (prepositions, particles, verbs) or marks a date.
 *
 * The table is sorted once (pthread_once) and then read-only, so any
 * number of threads may look words up. Lookups are binary searches on
 * the norm string: no allocation.
 */
#ifndef RASAD_NUMBER_WORDS_H
#define RASAD_NUMBER_WORDS_H

#include <stddef.h>
#include <stdint.h>

/* What a word is as a number word. */
typedef enum nw_kind {
    NW_NONE = 0,
    NW_UNIT,       /* 1..9 in any gender and case: ثلاث، ثلاثه، اثنين */
    NW_ONE_OF,     /* احد / احدي: "one (of)", 1; starts احد عشر */
    NW_TWO_TEEN,   /* اثنا / اثني / اثنتا / اثنتي: 2, mostly before عشر */
    NW_TEN,        /* عشر / عشره: 10, or the teen suffix after a unit */
    NW_TENS,       /* 20..90: عشرون، عشرين */
    NW_HUNDRED,    /* 100..900: مائه، مئتين، ثلاثمائه */
    NW_SCALE,      /* الف، مليون، مليار (and the accusative الفا) */
    NW_SCALE_DUAL, /* الفان، الفين، مليونين: twice the scale */
    NW_SCALE_PL,   /* الاف، ملايين، مليارات: plural scale */
    NW_VAGUE,      /* عشرات (10), مئات (100): plural counts */
    NW_FEW         /* بضع، بضعه، عده: "a few", 3..9 times what follows */
} nw_kind;

/* Flags of a word. */
#define NWF_STOP 0x01     /* never a counted noun: preposition, particle, verb */
#define NWF_MONTH 0x02    /* a month name (Gregorian, Levantine or Hijri) */
#define NWF_YEAR_CUE 0x04 /* عام، سنه، منذ: a 4-digit number after it is a year */
#define NWF_NEG 0x08      /* negation: لم، لا، لن، ما (keeps احد from meaning "one") */
#define NWF_PERCENT 0x10  /* المائه، المئه after في / ب: "per cent" */
#define NWF_ORD_CUE 0x20  /* رقم: the number after it is a label */
#define NWF_QSTART 0x40   /* may open a qualifier or range (numbers.c patterns) */
#define NWF_DUAL 0x80     /* a dual noun: counts two by itself (شهيدين) */
#define NWF_MEASURE 0x100 /* a measure or a currency (طن، كيلومتر، دولار): what it counts is no one */

typedef struct nw_entry {
    const char *norm;   /* the normalized word */
    int64_t value;      /* number value for the number kinds */
    uint8_t kind;       /* nw_kind */
    uint8_t noun_role;  /* rasad_role when the word is a counted noun, else 0 */
    uint8_t before_role; /* rasad_role it gives a quantity right after it ("مقتل") */
    uint8_t after_role; /* rasad_role it gives a quantity right before it ("قتلوا") */
    uint16_t flags;     /* NWF_* */
} nw_entry;

/* Prefixes nw_lookup may strip (in this order: conjunction, preposition,
 * article). */
#define NWP_CONJ 0x01 /* و ف */
#define NWP_PREP 0x02 /* ب ل ك */
#define NWP_DEF 0x04  /* ال (or the ل of لل) */

/* Exact lookup of the normalized word s[0..len); NULL when unknown. */
const nw_entry *nw_find(const char *s, size_t len);

/* Looks s up whole, then with a leading conjunction, preposition and/or
 * article stripped (e.g. وبالعشرات -> عشرات). Only an entry for which
 * accept(e) is true ends the search (so والي "governor" is not read as
 * و + الي when the caller wants number words). *prefixes gets the NWP_*
 * bits stripped and *prefix_letters how many letters they took. */
const nw_entry *nw_lookup(const char *s, size_t len, int (*accept)(const nw_entry *e),
                          unsigned *prefixes, size_t *prefix_letters);

/* What nw_lookup sees at each step: the entry (or NULL) of the word
 * with `prefixes` stripped, taking `letters` letters. */
typedef struct nw_hit {
    const nw_entry *e;
    unsigned prefixes;
    size_t letters;
} nw_hit;

#define NW_STEPS 4 /* whole, after و/ف, after ب/ك/ل, after ال */

/* Fills out[] with one hit per step that applies, in order, and returns
 * how many; out[0] is always the whole word. Lets a caller that needs
 * several kinds of entry look each form up only once. */
size_t nw_lookup_steps(const char *s, size_t len, nw_hit out[NW_STEPS]);

/* Accept predicates for nw_lookup. */
int nw_is_number(const nw_entry *e);
int nw_is_noun(const nw_entry *e);
int nw_any(const nw_entry *e);

#endif
