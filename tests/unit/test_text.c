/* SPDX-License-Identifier: MIT
 *
 * test_text.c - properties of the text layer that must hold for any
 * input: token spans plus the gaps between them rebuild the input byte for
 * byte (gaps hold only white space, line breaks and ignorable marks);
 * segments cover their token; normalization is idempotent; digits and
 * Latin text pass through; random byte strings never crash; limits fail
 * with their named errors.
 */
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "harness.h"
#include "rasad.h"
#include "text/normalize.h"
#include "util/utf8.h"

/* Checks the span properties of one doc over text[0..len). */
static void check_spans(const char *text, size_t len) {
    rasad_doc *doc = NULL;
    rasad_status st = rasad_doc_new(text, len, NULL, &doc);
    INT_EQ(st, RASAD_OK);
    if (!doc)
        return;
    size_t pos = 0;
    size_t n = rasad_doc_token_count(doc);
    for (size_t i = 0; i < n; i++) {
        const rasad_token *t = rasad_doc_token(doc, i);
        OK(t->start >= pos && t->end > t->start && t->end <= len, "token %zu span %u-%u", i, t->start, t->end);
        /* the gap holds nothing a token should have taken */
        for (size_t g = pos; g < t->start;) {
            int32_t cp;
            size_t k = utf8_decode((const uint8_t *)text + g, t->start - g, &cp);
            norm_class c = norm_classify(cp);
            OK(c == NC_SPACE || c == NC_NEWLINE || c == NC_IGNORABLE, "gap byte %zu has class %d", g, c);
            g += k;
        }
        pos = t->end;
        /* segments cover the token exactly and in order, one stem */
        uint32_t at = t->start;
        int stems = 0;
        for (size_t k = 0; k < t->seg_count; k++) {
            const rasad_segment *s = rasad_doc_segment(doc, t->seg_first + k);
            OK(s->start == at && s->end >= s->start, "segment %zu of token %zu", k, i);
            at = s->end;
            stems += s->role == RASAD_SEG_STEM;
        }
        OK(at == t->end, "segments of token %zu end at %u, token at %u", i, at, t->end);
        INT_EQ(stems, 1);
        OK(t->sentence < rasad_doc_sentence_count(doc));
        OK(utf8_find_invalid(t->norm, t->norm_len, 0, 1) == t->norm_len, "norm of token %zu is valid UTF-8", i);
    }
    for (size_t g = pos; g < len;) {
        int32_t cp;
        size_t k = utf8_decode((const uint8_t *)text + g, len - g, &cp);
        norm_class c = norm_classify(cp);
        OK(c == NC_SPACE || c == NC_NEWLINE || c == NC_IGNORABLE, "trailing gap byte %zu", g);
        g += k;
    }
    rasad_doc_free(doc);
}

static char *norm_of(const char *s) {
    char *out = NULL;
    size_t len = 0;
    if (rasad_normalize(s, strlen(s), RASAD_NORM_DEFAULT, &out, &len) != RASAD_OK)
        return NULL;
    return out;
}

static void test_normalize_rules(void) {
    static const char *cases[][2] = {
        {"أَحْمَدُ", "احمد"},
        {"إسلام آباد ٱلله", "اسلام اباد الله"},
        {"مستشفى", "مستشفي"},
        {"مدينة", "مدينه"},
        {"ســـوريا", "سوريا"},
        {"١٢٣٤٥٦٧٨٩٠", "1234567890"},
        {"۱۲۳", "123"},
        {"، ؛ ؟ ٪ ٫ ٬", ", ; ? % . ,"},
        {"a\xE2\x80\x8F" "b\xE2\x80\x8B" "c\xD8\x9C", "abc"},   /* RLM, ZWSP, ARABIC LETTER MARK */
        {"ﻻ", "لا"},                                        /* U+FEFB lam-alef ligature */
        {"ﺍﻟﺤﺴﻜﺔ", "الحسكه"},                               /* presentation forms */
        {"ABC Reuters", "abc reuters"},
        {"\xFF", "\xEF\xBF\xBD"},
        {"", ""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *got = norm_of(cases[i][0]);
        STR_EQ(got, cases[i][1]);
        rasad_free(got);
    }
}

static void test_normalize_idempotent(void) {
    /* every code point up to U+FFFF, and its normalization normalized again */
    char in[8];
    for (int32_t cp = 1; cp < 0x10000; cp++) {
        if (cp >= 0xD800 && cp <= 0xDFFF)
            continue;
        size_t n = utf8_encode(cp, in);
        char *a = NULL, *b = NULL;
        size_t alen = 0, blen = 0;
        if (rasad_normalize(in, n, 0, &a, &alen) != RASAD_OK || rasad_normalize(a, alen, 0, &b, &blen) != RASAD_OK) {
            OK(0, "normalize failed at U+%04X", (unsigned)cp);
        } else if (alen != blen || memcmp(a, b, alen) != 0) {
            OK(0, "not idempotent at U+%04X", (unsigned)cp);
        }
        rasad_free(a);
        rasad_free(b);
    }
}

static void test_digits_latin_unchanged(void) {
    const char *s = "0123456789 abc-def_ghi 3.14 1,000";
    char *got = norm_of(s);
    STR_EQ(got, s);
    rasad_free(got);
}

static void test_spans_examples(void) {
    const char *samples[] = {
        "",
        "   \n\n  ",
        "أثار الهجوم الأخير لتنظيم “داعش” على سجن الصناعة في مدينة الحسكة.",
        "قال د. أحمد إن 1.5 مليون شخص نزحوا (بحسب الأمم المتحدة)؟ نعم!",
        "راجع https://example.org/a?b=1. وراسلنا على info@example.org #سوريا",
        "وَقَالَ الْمُتَحَدِّثُ: «هَذَا تَنْظِيمٌ» ـــــ ١٠ آلاف",
        "ﺍﻟﺤﺴﻜﺔ ﻻ",
        "bad \xFF\xFE bytes \x00 and NUL",
        "\xE2\x80\x8F\xE2\x80\x8F",
        "a...b… c",
    };
    for (size_t i = 0; i < sizeof samples / sizeof samples[0]; i++)
        check_spans(samples[i], strlen(samples[i]));
    const char nul_text[] = "before\0after";
    check_spans(nul_text, sizeof nul_text - 1);
}

static void test_random_bytes(void) {
    /* random byte strings and random mixes of Arabic fragments never crash
     * and always keep the span properties */
    static const char *frags[] = {"و", "ال", "حسكة", " ", "\n", "َ", "ـ", "١", "2", ".", "،", "“", "»", "\xFF",
                                  "\xD8", "ﻻ", "a", "#", "@", "http://x.y", "(", "؟", "\xE2\x80\x8F", "\x00"};
    unsigned seed = 12345;
    char text[512];
    for (int round = 0; round < 3000; round++) {
        size_t len = 0;
        if (round % 2) {
            while (len < 400) {
                seed = seed * 1103515245u + 12345u;
                const char *f = frags[(seed >> 16) % (sizeof frags / sizeof frags[0])];
                size_t fl = f[0] ? strlen(f) : 1;
                memcpy(text + len, f, fl);
                len += fl;
            }
        } else {
            seed = seed * 1103515245u + 12345u;
            len = (seed >> 16) % 300;
            for (size_t i = 0; i < len; i++) {
                seed = seed * 1103515245u + 12345u;
                text[i] = (char)(seed >> 16);
            }
        }
        check_spans(text, len);
        char *out = NULL;
        size_t olen;
        OK(rasad_normalize(text, len, 0, &out, &olen) == RASAD_OK);
        rasad_free(out);
    }
}

static void test_sentences(void) {
    const char *s = "قال د. أحمد إن 1.5 مليون نزحوا. وأضاف: «انتهى الأمر.» ثم غادر\nسطر جديد";
    rasad_doc *doc = NULL;
    INT_EQ(rasad_doc_new(s, strlen(s), NULL, &doc), RASAD_OK);
    INT_EQ(rasad_doc_sentence_count(doc), 4);
    const rasad_sentence *s1 = rasad_doc_sentence(doc, 1);
    /* the closing guillemet stays in the sentence it closes */
    OK(s1 && strncmp(s + s1->end - 2, "»", 2) == 0);
    rasad_doc_free(doc);
}

/* Text without stops or line breaks is cut into bounded sentences: at a
 * comma once a sentence is long, and at a fixed length without one. */
static void test_sentences_without_stops(void) {
    const char *word = "كلمة ", *comma = "كلمة، ";
    size_t words = 5000, wl = strlen(word), cl = strlen(comma);
    char *text = malloc(words * cl + 1);
    if (!text)
        return;
    size_t len = 0;
    for (size_t i = 0; i < words; i++) {
        bool c = i % 100 == 99; /* a comma after every 100th word */
        memcpy(text + len, c ? comma : word, c ? cl : wl);
        len += c ? cl : wl;
    }
    for (int with_commas = 1; with_commas >= 0; with_commas--) {
        if (!with_commas) /* the same text with the commas turned into words */
            for (size_t i = 0; i + 1 < len; i++)
                if ((unsigned char)text[i] == 0xD8 && (unsigned char)text[i + 1] == 0x8C) /* ARABIC COMMA */
                    memcpy(text + i, "\xD8\xA7", 2);                                          /* ALEF */
        rasad_doc *doc = NULL;
        INT_EQ(rasad_doc_new(text, len, NULL, &doc), RASAD_OK);
        size_t ns = rasad_doc_sentence_count(doc), longest = 0;
        for (size_t k = 0; k < ns; k++) {
            const rasad_sentence *s = rasad_doc_sentence(doc, k);
            if (s->tok_count > longest)
                longest = s->tok_count;
        }
        OK(ns >= 2, "%zu sentences", ns);
        /* with commas: ends at the first comma after 1,536 tokens, at
         * most 101 tokens on (100 words and the comma); without: 2,048 */
        OK(longest <= (with_commas ? 1536u + 101u : 2048u), "longest sentence %zu tokens", longest);
        OK(with_commas || longest == 2048u, "longest sentence %zu tokens", longest);
        rasad_doc_free(doc);
    }
    free(text);
}

static void test_limits_and_errors(void) {
    rasad_options o;
    rasad_options_init(&o);
    o.max_doc_bytes = 10;
    rasad_doc *doc = NULL;
    rasad_error err;
    INT_EQ(rasad_doc_new_ex("01234567890", 11, &o, &doc, &err), RASAD_ETOOBIG);
    OK(doc == NULL);
    rasad_options_init(&o);
    o.max_token_bytes = 8;
    INT_EQ(rasad_doc_new_ex("ok aaaaaaaaaaaa", 15, &o, &doc, &err), RASAD_ETOKEN);
    INT_EQ(err.offset, 3);
    rasad_options_init(&o);
    o.flags = RASAD_OPT_STRICT_UTF8;
    INT_EQ(rasad_doc_new_ex("ab\xFF", 3, &o, &doc, &err), RASAD_EUTF8);
    INT_EQ(err.offset, 2);
    o.flags = 1u << 30;
    INT_EQ(rasad_doc_new("x", 1, &o, &doc), RASAD_EINVAL);
    /* a replaced byte is a warning, with its offset */
    INT_EQ(rasad_doc_new("ab \xFF", 4, NULL, &doc), RASAD_OK);
    INT_EQ(rasad_doc_warning_count(doc), 1);
    STR_EQ(rasad_doc_warning(doc, 0), "invalid UTF-8 at byte 3 replaced");
    rasad_doc_free(doc);
    rasad_doc_free(NULL);
    rasad_ymd d;
    INT_EQ(rasad_ymd_parse("2024-02-29", 10, &d), RASAD_OK);
    INT_EQ(rasad_ymd_parse("2023-02-29", 10, &d), RASAD_EDATE);
    INT_EQ(rasad_ymd_parse("2023-1-01", 9, &d), RASAD_EDATE);
}

static void test_pathological(void) {
    /* 1 MB without spaces fails as one over-long token; 100k diacritics on
     * one letter are one word */
    size_t n = 1 << 20;
    char *big = malloc(n);
    if (!big)
        return;
    memset(big, 'a', n);
    rasad_doc *doc = NULL;
    INT_EQ(rasad_doc_new(big, n, NULL, &doc), RASAD_ETOKEN);
    size_t k = 0;
    memcpy(big, "\xD8\xA8", 2); /* BEH */
    for (k = 2; k + 2 <= 200002; k += 2)
        memcpy(big + k, "\xD9\x8E", 2); /* FATHA */
    rasad_options o;
    rasad_options_init(&o);
    o.max_token_bytes = 1 << 20;
    INT_EQ(rasad_doc_new(big, k, &o, &doc), RASAD_OK);
    INT_EQ(rasad_doc_token_count(doc), 1);
    rasad_doc_free(doc);
    free(big);
}

TEST_MAIN(test_normalize_rules, test_normalize_idempotent, test_digits_latin_unchanged, test_spans_examples,
          test_random_bytes, test_sentences, test_sentences_without_stops, test_limits_and_errors, test_pathological)
