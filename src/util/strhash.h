/* SPDX-License-Identifier: MIT
 *
 * strhash.h - shared utility: the one string hash of the small closed-word
 * tables (date words, extraction word lists). FNV-1a over bytes: the keys
 * are short Arabic words (4-20 bytes), where a byte loop beats anything
 * wider and the spread is good enough for tables kept under half full.
 */
#ifndef RASAD_STRHASH_H
#define RASAD_STRHASH_H

#include <stddef.h>
#include <stdint.h>

static inline uint32_t strhash(const char *s, size_t len) {
    uint32_t h = 2166136261u;
    for (size_t k = 0; k < len; k++) {
        h ^= (unsigned char)s[k];
        h *= 16777619u;
    }
    return h;
}

/* The same hash over a NUL-terminated string; *len receives its length. */
static inline uint32_t strhash_z(const char *s, size_t *len) {
    uint32_t h = 2166136261u;
    const char *p = s;
    for (; *p; p++) {
        h ^= (unsigned char)*p;
        h *= 16777619u;
    }
    *len = (size_t)(p - s);
    return h;
}

#endif
