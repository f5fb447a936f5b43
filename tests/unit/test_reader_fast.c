/* SPDX-License-Identifier: MIT
 *
 * test_reader_fast.c - the input and output stages' fast paths give what
 * the plain ones did: utf8_find_invalid (eight bytes at a time) against a
 * byte-wise reference on every one- to three-byte sequence at several
 * offsets and on random buffers; the JSON writer's string escaper, on the
 * same buffers, against the escapes RFC 8259 asks for, written out one
 * code point at a time, and through jansson's parser; jsonl_scan_fields on
 * plain lines, escapes, nesting, duplicate keys, and the lines it must
 * leave to jansson.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "io/jsonl_scan.h"
#include "output/jsonw.h"
#include "util/utf8.h"

/* The definition: the first code point that does not decode (or a NUL
 * when nul_is_bad), one at a time. */
static size_t ref_find_invalid(const char *s, size_t len, size_t from, int nul_is_bad) {
    const uint8_t *p = (const uint8_t *)s;
    for (size_t i = from; i < len;) {
        int32_t cp;
        size_t n = utf8_decode(p + i, len - i, &cp);
        if (cp == UTF8_INVALID || (cp == 0 && nul_is_bad))
            return i;
        i += n;
    }
    return len;
}

/* What RFC 8259 and jsonw.h ask of a string, written from them one code
 * point at a time: each invalid byte becomes U+FFFD, '"' and '\\' take a
 * backslash, \n \t \r their short escapes, the other control characters
 * \u00XX (lower-case hex), and everything else goes out as it came. */
static void ref_escaped(buf *o, const char *s, size_t len) {
    const uint8_t *p = (const uint8_t *)s;
    buf_putc(o, '"');
    for (size_t i = 0; i < len;) {
        int32_t cp;
        size_t n = utf8_decode(p + i, len - i, &cp);
        char esc[16];
        if (cp == UTF8_INVALID)
            buf_puts(o, "\xEF\xBF\xBD");
        else if (cp == '"' || cp == '\\')
            buf_putc(o, '\\'), buf_putc(o, (char)cp);
        else if (cp == '\n' || cp == '\t' || cp == '\r')
            buf_putc(o, '\\'), buf_putc(o, cp == '\n' ? 'n' : cp == '\t' ? 't' : 'r');
        else if (cp < 0x20)
            snprintf(esc, sizeof esc, "\\u%04x", (unsigned)cp), buf_puts(o, esc);
        else
            buf_append(o, s + i, n);
        i += n;
    }
    buf_putc(o, '"');
}

static void check_escape(const char *bytes, size_t len) {
    buf a, b;
    buf_init(&a, NULL);
    buf_init(&b, NULL);
    jsonw w;
    jw_init(&w, &a);
    jw_str(&w, bytes, len);
    ref_escaped(&b, bytes, len);
    OK(a.len == b.len && memcmp(a.data, b.data, a.len) == 0, "escaped %zu bytes differently", len);
    /* and jansson reads the string back (a NUL in it included) */
    json_t *j = json_loadb(a.data, a.len, JSON_DECODE_ANY | JSON_ALLOW_NUL, NULL);
    OK(j && json_is_string(j), "jansson rejects the escape of %zu bytes", len);
    json_decref(j);
    buf_free(&a);
    buf_free(&b);
}

/* Keys: the one-pass copy for short ASCII keys and the general path. */
static void test_keys(void) {
    static const char *const KEYS[] = {"start", "", "a\"b", "tab\there", "\xd9\x82\xd8\xa7\xd9\x84",
                                       "a_key_of_exactly_forty_seven_bytes_long_xxxxxxx",
                                       "a_key_of_exactly_forty_eight_bytes_long_xxxxxxxx",
                                       "a_key_longer_than_the_fast_path_takes_in_one_go_at_all", "bad\xff"};
    for (size_t k = 0; k < sizeof KEYS / sizeof KEYS[0]; k++) {
        for (size_t pre = 0; pre < 300; pre += 7) { /* the buffer's room varies */
            buf a, b;
            buf_init(&a, NULL);
            buf_init(&b, NULL);
            for (size_t i = 0; i < pre; i++)
                buf_putc(&a, 'x'), buf_putc(&b, 'x');
            jsonw w;
            jw_init(&w, &a);
            jw_key(&w, KEYS[k]);
            ref_escaped(&b, KEYS[k], strlen(KEYS[k]));
            buf_putc(&b, ':');
            OK(a.len == b.len && memcmp(a.data, b.data, a.len) == 0, "key %zu after %zu bytes", k, pre);
            buf_free(&a);
            buf_free(&b);
        }
    }
}

static void check_both(const char *bytes, size_t len, size_t from) {
    if (from == 0)
        check_escape(bytes, len);
    for (int nul = 0; nul < 2; nul++) {
        size_t want = ref_find_invalid(bytes, len, from, nul);
        size_t got = utf8_find_invalid(bytes, len, from, nul);
        if (got != want) {
            INT_EQ(got, want);
            return;
        }
    }
}

/* Every sequence of 1-4 bytes with "interesting" values, placed at each
 * offset of a run of Arabic letters or ASCII, in an exact-size heap copy
 * so an over-read shows under ASan. */
static void test_utf8_exhaustive(void) {
    static const uint8_t V[] = {0x00, 0x41, 0x7F, 0x80, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xD8,
                                0xD9, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF};
    const size_t nv = sizeof V;
    static const char *const BG[] = {"\xd8\xa7\xd9\x84\xd8\xac\xd9\x8a\xd8\xb4\xd8\xa7\xd9\x84", "abcdefghijklmnop",
                                     "\xd8\xa7 b\xd9\x84\xd8\xac x\xd8\xb4 "};
    size_t checks = 0;
    for (size_t bg = 0; bg < 3; bg++) {
        for (size_t n = 1; n <= 3; n++) {
            size_t combos = 1;
            for (size_t k = 0; k < n; k++)
                combos *= nv;
            for (size_t c = 0; c < combos; c++) {
                uint8_t seq[4];
                size_t x = c;
                for (size_t k = 0; k < n; k++, x /= nv)
                    seq[k] = V[x % nv];
                for (size_t at = 0; at <= 12; at += 3) {
                    size_t blen = strlen(BG[bg]);
                    size_t len = at + n + (blen > at ? blen - at : 0);
                    char *b = malloc(len);
                    if (!b)
                        return;
                    memcpy(b, BG[bg], at < blen ? at : blen);
                    for (size_t k = (at < blen ? at : blen); k < at; k++)
                        b[k] = 'q';
                    memcpy(b + at, seq, n);
                    if (blen > at)
                        memcpy(b + at + n, BG[bg] + at, blen - at);
                    check_both(b, len, 0);
                    check_both(b, len, at);
                    free(b);
                    checks++;
                }
            }
        }
    }
    OK(checks > 10000);
    /* four-byte sequences, valid and not */
    static const char *const FOUR[] = {"\xf0\x9f\x98\x80", "\xf4\x8f\xbf\xbf", "\xf4\x90\x80\x80", "\xf0\x8f\xbf\xbf"};
    for (size_t k = 0; k < 4; k++) {
        char b[24];
        memcpy(b, "\xd8\xa7\xd8\xa7\xd8\xa7\xd8\xa7", 8);
        memcpy(b + 8, FOUR[k], 4);
        memcpy(b + 12, "abcdefghijkl", 12);
        for (size_t len = 8; len <= sizeof b; len++)
            check_both(b, len, 0);
    }
}

static void test_utf8_random(void) {
    srand(20261124);
    static const uint8_t PICK[] = {' ', 'a', 0xD8, 0xD9, 0xA7, 0x84, 0x8A, 0xC1, 0xE2,
                                   0x80, 0x00, 0xF0, 0x9F, '"', '\\', '\n', 0x1F, 0x7F};
    for (int round = 0; round < 20000; round++) {
        size_t len = (size_t)(rand() % 40);
        char *b = malloc(len ? len : 1);
        if (!b)
            return;
        for (size_t i = 0; i < len; i++)
            b[i] = (char)(rand() % 4 == 0 ? (uint8_t)rand() : PICK[rand() % (int)sizeof PICK]);
        check_both(b, len, 0);
        if (len)
            check_both(b, len, (size_t)rand() % len);
        free(b);
    }
}

static const char *field_str(const buf *dec, const jsonl_fields *f, int k) {
    return f->kind[k] == JSONL_STRING ? dec->data + f->off[k] : NULL;
}

static void test_scan_fields(void) {
    buf dec;
    buf_init(&dec, NULL);
    jsonl_fields f;
    const char *l1 = "{\"id\": \"a1\", \"published\": \"2015-07-21\", \"source\": \"s\", \"title\": null, "
                     "\"text\": \"\xd9\x82\xd8\xa7\xd9\x84 \\\"x\\\" \\u0627\\n\\ud83d\\ude00\\/\\\\\"}";
    OK(jsonl_scan_fields(l1, strlen(l1), &dec, &f));
    STR_EQ(field_str(&dec, &f, JSONL_ID), "a1");
    STR_EQ(field_str(&dec, &f, JSONL_PUBLISHED), "2015-07-21");
    STR_EQ(field_str(&dec, &f, JSONL_SOURCE), "s");
    INT_EQ(f.kind[JSONL_TITLE], JSONL_OTHER);
    STR_EQ(field_str(&dec, &f, JSONL_TEXT), "\xd9\x82\xd8\xa7\xd9\x84 \"x\" \xd8\xa7\n\xf0\x9f\x98\x80/\\");

    const char *l2 = " {\"text\":\"a\",\"x\":{\"k\":[1,-2.5e10,true,false,null,{},[]]},\"text\":\"b\\u0000c\"} ";
    OK(jsonl_scan_fields(l2, strlen(l2), &dec, &f));
    INT_EQ(f.len[JSONL_TEXT], 3); /* the last "text" wins; \u0000 is kept */
    OK(memcmp(field_str(&dec, &f, JSONL_TEXT), "b\0c", 4) == 0);
    INT_EQ(f.kind[JSONL_ID], JSONL_ABSENT);

    const char *l3 = "{}";
    OK(jsonl_scan_fields(l3, strlen(l3), &dec, &f));
    INT_EQ(f.kind[JSONL_TEXT], JSONL_ABSENT);

    /* left to jansson */
    static const char *const NO[] = {
        "{\"id\": 12, \"text\": \"x\"}",        "{\"text\": \"\\ud800\"}",      "{\"te\\u0078t\": \"a\"}",
        "{\"text\": \"a\",}",                   "[{\"text\": \"a\"}]",          "{\"text\": \"a\"} x",
        "{\"text\": \"a\", \"n\": 01}",         "{\"text\": \"a\", \"n\": 1e400}",
        "{\"text\": \"a\", \"n\": 1234567890123456789}", "{\"text\": \"tab\there\"}", "{\"text\": \"a\", \"x\": nulls}",
        "{\"text\": \"\\x\"}",                  "{\"text\": \"\\u06\"}",         "{\"text\": \"a\"",
        "\xef\xbb\xbf{\"text\": \"a\"}",        "{\"text\": \"a\", \"x\": [1 2]}", "{\"text\" \"a\"}",
    };
    for (size_t k = 0; k < sizeof NO / sizeof NO[0]; k++)
        OK(!jsonl_scan_fields(NO[k], strlen(NO[k]), &dec, &f), "line %zu", k);

    /* nesting deeper than the scanner follows goes to jansson too */
    char deep[200];
    size_t n = 0;
    n += (size_t)snprintf(deep, sizeof deep, "{\"text\":\"a\",\"x\":");
    for (int d = 0; d < 40; d++)
        deep[n++] = '[';
    for (int d = 0; d < 40; d++)
        deep[n++] = ']';
    deep[n++] = '}';
    OK(!jsonl_scan_fields(deep, n, &dec, &f));
    buf_free(&dec);
}

TEST_MAIN(test_utf8_exhaustive, test_utf8_random, test_keys, test_scan_fields)
