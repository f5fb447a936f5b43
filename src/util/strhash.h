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

/* FNV-1a run from the last byte to the first: the hash of a word with a
 * prefix taken off is a step of the hash of the whole, so a scanner that
 * looks a word up with and without its clitic letters (و، ب، ال ...)
 * hashes it once. strhash_back(STRHASH_SEED, s, len) hashes s[0..len);
 * strhash_back(h, p, n) prepends p[0..n) to whatever h hashed. */
#define STRHASH_SEED 2166136261u
static inline uint32_t strhash_back(uint32_t h, const char *s, size_t len) {
    while (len > 0) {
        h ^= (unsigned char)s[--len];
        h *= 16777619u;
    }
    return h;
}

#endif
