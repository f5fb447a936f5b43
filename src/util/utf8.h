/* SPDX-License-Identifier: MIT
 *
 * utf8.h - strict UTF-8 decoding and encoding (RFC 3629: no overlongs, no
 * surrogates, nothing above U+10FFFF). Invalid sequences decode as one
 * byte of UTF8_INVALID so callers can replace them with U+FFFD and keep
 * the byte span.
 */
#ifndef RASAD_UTF8_H
#define RASAD_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define UTF8_INVALID (-1)
#define UTF8_REPLACEMENT 0xFFFD /* REPLACEMENT CHARACTER */

/* Decodes the code point at s[0..len). Sets *cp (UTF8_INVALID for a bad
 * byte) and returns the number of bytes consumed (>= 1 when len > 0). */
static inline size_t utf8_decode(const uint8_t *s, size_t len, int32_t *cp) {
    uint8_t c = s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    if (c >= 0xC2 && c <= 0xDF) {
        if (len >= 2 && (s[1] & 0xC0) == 0x80) {
            *cp = ((int32_t)(c & 0x1F) << 6) | (s[1] & 0x3F);
            return 2;
        }
    } else if (c >= 0xE0 && c <= 0xEF) {
        if (len >= 3 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80) {
            int32_t v = ((int32_t)(c & 0x0F) << 12) | ((int32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
            if (v >= 0x800 && (v < 0xD800 || v > 0xDFFF)) {
                *cp = v;
                return 3;
            }
        }
    } else if (c >= 0xF0 && c <= 0xF4) {
        if (len >= 4 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80 && (s[3] & 0xC0) == 0x80) {
            int32_t v = ((int32_t)(c & 0x07) << 18) | ((int32_t)(s[1] & 0x3F) << 12) |
                        ((int32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
            if (v >= 0x10000 && v <= 0x10FFFF) {
                *cp = v;
                return 4;
            }
        }
    }
    *cp = UTF8_INVALID;
    return 1;
}

/* Writes cp as UTF-8 into out (4 bytes of room); returns bytes written. */
static inline size_t utf8_encode(int32_t cp, char *out) {
    uint8_t *o = (uint8_t *)out;
    if (cp < 0x80) {
        o[0] = (uint8_t)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (uint8_t)(0xC0 | (cp >> 6));
        o[1] = (uint8_t)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (uint8_t)(0xE0 | (cp >> 12));
        o[1] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (uint8_t)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (uint8_t)(0xF0 | (cp >> 18));
    o[1] = (uint8_t)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (uint8_t)(0x80 | (cp & 0x3F));
    return 4;
}

#define UTF8_ONES8 0x0101010101010101ull  /* one in every byte of a word */
#define UTF8_HIGHS8 0x8080808080808080ull /* the top bit of every byte */

/* How many of the eight bytes of v (little-endian: byte 0 first), which
 * start at a code point boundary, are surely valid: 8 or 7 when they are
 * ASCII and two-byte sequences (lead C2..DF, then a continuation byte) -
 * 7 when the last byte is a lead whose continuation lies beyond - else 0,
 * and the caller decodes one code point the slow way. Arabic text is
 * exactly such runs, so most of it goes eight bytes at a time. Each test
 * looks at one bit of every byte at once: v << k brings bit 7-k of each
 * byte to its top bit. */
static inline size_t utf8_valid_prefix8(uint64_t v, int nul_is_bad) {
#if !defined(__BYTE_ORDER__) || __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
    (void)v, (void)nul_is_bad;
    return 0; /* the lanes below are little-endian: decode one by one */
#endif
    if (nul_is_bad && ((v - UTF8_ONES8) & ~v & UTF8_HIGHS8))
        return 0; /* a NUL (the test has no false positive without one) */
    uint64_t hi = v & UTF8_HIGHS8;
    if (!hi)
        return 8;
    uint64_t s1 = v << 1, s2 = v << 2;
    uint64_t cont = hi & ~s1; /* 10xxxxxx */
    /* 110xxxxx, and not C0 or C1 (overlong): some of bits 1..4 set */
    uint64_t lead = hi & s1 & ~s2 & ((v & (0x1E * UTF8_ONES8)) + 0x7F * UTF8_ONES8);
    if ((cont | lead) != hi)
        return 0; /* a lead of a longer sequence, or C0/C1 */
    if (cont != lead << 8)
        return 0; /* a continuation without its lead, or a lead without one */
    return (lead >> 56) ? 7 : 8;
}

/* Does any byte of v end a plain JSON string run: '"', '\\' or a byte
 * below 0x20? The top bit of a byte is set below where the byte is under
 * 0x20, '"' or '\\'; a borrow may set a few more, which only sends the
 * word the slow way, never lets a special byte through. */
static inline bool utf8_json_special8(uint64_t v) {
    uint64_t q = v ^ (0x22 * UTF8_ONES8), b = v ^ (0x5C * UTF8_ONES8);
    return ((((v - 0x20 * UTF8_ONES8) & ~v) | ((q - UTF8_ONES8) & ~q) | ((b - UTF8_ONES8) & ~b)) & UTF8_HIGHS8) != 0;
}

/* What else ends a run of utf8_run_end besides an invalid sequence. */
#define UTF8_STOP_NUL 1u  /* a NUL byte */
#define UTF8_STOP_JSON 2u /* a byte a JSON string escapes: '"', '\\' or below 0x20 */

/* Offset of the first byte at or after from that starts an invalid
 * sequence or is one of the stops, or len when there is none: the one
 * scan of the reader's validation and the JSON writer's escaper. Eight
 * bytes go at a time while they are ASCII and two-byte letters
 * (utf8_valid_prefix8), which is nearly all article text; a word that
 * holds a stop, or anything else, goes one code point at a time. The
 * stops are a constant at each call, so the tests of the others fold
 * away. */
static inline size_t utf8_run_end(const uint8_t *p, size_t len, size_t from, unsigned stops) {
    size_t i = from;
    while (i < len) {
        if (len - i >= 8) {
            uint64_t v;
            memcpy(&v, p + i, 8);
            size_t k;
            if (stops & UTF8_STOP_JSON) {
                k = utf8_json_special8(v) ? 0 : utf8_valid_prefix8(v, 0);
            } else {
                k = utf8_valid_prefix8(v, (stops & UTF8_STOP_NUL) != 0);
            }
            if (k) {
                i += k;
                continue;
            }
        }
        uint8_t c = p[i];
        if (c < 0x80) {
            if ((stops & UTF8_STOP_JSON) ? (c < 0x20 || c == '"' || c == '\\')
                                         : (c == 0 && (stops & UTF8_STOP_NUL)))
                return i;
            i++;
            continue;
        }
        int32_t cp;
        size_t n = utf8_decode(p + i, len - i, &cp);
        if (cp == UTF8_INVALID)
            return i;
        i += n;
    }
    return len;
}

/* Offset of the first invalid byte (or NUL when nul_is_bad) at or after
 * from, or len when none. */
size_t utf8_find_invalid(const char *s, size_t len, size_t from, int nul_is_bad);

#endif
