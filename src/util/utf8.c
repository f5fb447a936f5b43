/* SPDX-License-Identifier: MIT
 *
 * utf8.c - validation helpers over the inline decoder in utf8.h.
 */
#include "utf8.h"

#include <stdbool.h>
#include <string.h>

#define ONES 0x0101010101010101ull
#define HIGHS 0x8080808080808080ull

/* Eight bytes that are four two-byte sequences (lead C2..DF, then a
 * continuation byte), as Arabic, Hebrew, Cyrillic or Greek letters are.
 * Little-endian lanes: the lead is the low byte of each 16-bit lane. */
static inline bool four_pairs(uint64_t v) {
    if ((v & 0xC0E0C0E0C0E0C0E0ull) != 0x80C080C080C080C0ull)
        return false; /* leads C0..DF, continuations 80..BF */
    /* not C0 or C1 (overlong): some of the lead's bits 1..4 are set, so
     * the lane's bit 15 is set after adding 0x7FFF to them */
    uint64_t x = (v & 0x001E001E001E001Eull) + 0x7FFF7FFF7FFF7FFFull;
    return (x & 0x8000800080008000ull) == 0x8000800080008000ull;
}

size_t utf8_find_invalid(const char *s, size_t len, size_t from, int nul_is_bad) {
    const uint8_t *p = (const uint8_t *)s;
    size_t i = from;
    while (i < len) {
        /* Text is runs of ASCII and runs of two-byte letters: take eight
         * bytes at a time while they are all one or the other (the
         * corpus reader checks every line, so this is worth its lines). */
        if (len - i >= 8) {
            uint64_t v;
            memcpy(&v, p + i, 8);
            if (!(v & HIGHS) && !(nul_is_bad && ((v - ONES) & ~v & HIGHS))) {
                i += 8;
                continue;
            }
            if (four_pairs(v)) {
                i += 8;
                continue;
            }
        }
        if (p[i] < 0x80) {
            if (p[i] == 0 && nul_is_bad)
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
