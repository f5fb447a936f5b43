/* SPDX-License-Identifier: MIT
 *
 * normalize.h - the matching form of Arabic text, one code point at a time
 * (stage 1 of the text layer). The original text is never altered: callers
 * keep byte offsets into it and write the matching form beside it.
 */
#ifndef RASAD_NORMALIZE_H
#define RASAD_NORMALIZE_H

#include <stddef.h>
#include <stdint.h>

/* Most bytes one code point can normalize to (a presentation-form
 * ligature such as U+FDFA expands to 18 letters, 3 bytes each). */
#define NORM_MAX_OUT 96

/* Code point classes the tokenizer needs. */
typedef enum norm_class {
    NC_SPACE = 0,   /* white space, including NBSP */
    NC_NEWLINE,     /* line and paragraph separators */
    NC_LETTER,      /* Arabic and other non-Latin letters */
    NC_LATIN,       /* Latin letters */
    NC_DIGIT,       /* ASCII, Arabic-Indic, Persian digits */
    NC_MARK,        /* diacritics, tatweel, Quranic marks: part of a word, dropped from norm */
    NC_IGNORABLE,   /* zero-width and bidi marks: dropped, do not break words */
    NC_PUNCT,       /* punctuation */
    NC_QUOTE,       /* quotation marks */
    NC_BRACKET,     /* brackets */
    NC_SYMBOL,      /* anything else */
    NC_INVALID      /* an invalid byte or NUL */
} norm_class;

norm_class norm_classify(int32_t cp);

/* The table behind the two functions above for U+0000..U+07FF, where
 * nearly all Arabic news text lives. norm_init() builds it once (thread
 * safe); after that the tokenizer's hot loop reads it directly. */
#define NORM_TABLE_SIZE 0x800
#define NORM_SELF 0xFFFF
typedef struct norm_entry {
    uint8_t cls;  /* norm_class */
    uint16_t map; /* the code point it becomes, 0 = dropped, NORM_SELF = itself */
} norm_entry;
extern norm_entry norm_table[NORM_TABLE_SIZE];
void norm_init(void);

/* Writes the matching form of cp to out (NORM_MAX_OUT bytes of room) and
 * returns its length; 0 means the code point is dropped. cp may be
 * UTF8_INVALID, which writes U+FFFD. */
size_t norm_codepoint(int32_t cp, char *out);

/* Collapses each run of white space (space, tab, CR, LF) in s[0..len) to
 * one space and trims both ends, in place; writes a NUL (s needs len + 1
 * bytes) and returns the new length. Multi-word names are compared in this
 * form. */
size_t norm_squeeze_spaces(char *s, size_t len);

/* Is cp an Arabic letter (after normalization)? */
static inline int norm_is_arabic_letter(int32_t cp) {
    return (cp >= 0x0620 && cp <= 0x064A) || (cp >= 0x066E && cp <= 0x06D3) || cp == 0x06D5 ||
           (cp >= 0x06EE && cp <= 0x06FF && !(cp >= 0x06F0 && cp <= 0x06F9));
}

/* Digit value of an ASCII, Arabic-Indic or Persian digit, else -1. */
static inline int norm_digit_value(int32_t cp) {
    if (cp >= '0' && cp <= '9')
        return cp - '0';
    if (cp >= 0x0660 && cp <= 0x0669) /* ARABIC-INDIC DIGIT ZERO..NINE */
        return cp - 0x0660;
    if (cp >= 0x06F0 && cp <= 0x06F9) /* EXTENDED ARABIC-INDIC DIGIT ZERO..NINE */
        return cp - 0x06F0;
    return -1;
}

#endif
