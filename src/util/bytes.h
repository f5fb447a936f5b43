/* SPDX-License-Identifier: MIT
 *
 * bytes.h - shared utility: the one order of the sorted name tables
 * (lexicon forms, gazetteer names, place words): byte strings compared as
 * memcmp compares them, a string before every longer one it begins.
 */
#ifndef RASAD_BYTES_H
#define RASAD_BYTES_H

#include <stddef.h>
#include <string.h>

/* <0, 0 or >0 as a[0..an) sorts before, with or after b[0..bn). */
static inline int bytes_cmp(const char *a, size_t an, const char *b, size_t bn) {
    int r = memcmp(a, b, an < bn ? an : bn);
    if (r)
        return r;
    return an < bn ? -1 : an > bn;
}

#endif
