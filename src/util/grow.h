/* SPDX-License-Identifier: MIT
 *
 * grow.h - the one growth step of the arrays built an element at a time
 * (util): tokens and segments, lexicon forms and entries, gazetteer rows
 * and names, date lists, a generator's tables. Inline, so that the
 * build-time tools that cannot link librasad use it too.
 */
#ifndef RASAD_GROW_H
#define RASAD_GROW_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "rasad.h"

/* Makes room for need elements of elem bytes in *arr, whose capacity is
 * *cap elements: the capacity doubles (from 16) until need fits, so n
 * appends cost O(n). mem allocates (NULL: the C library's realloc, for
 * arrays their owner frees with free()). Returns false, with *arr and *cap
 * unchanged, when the size would overflow or the allocation fails. */
static inline bool grow_to(const rasad_mem *mem, void **arr, size_t *cap, size_t need, size_t elem) {
    if (need <= *cap)
        return true;
    size_t ncap = *cap ? *cap : 16;
    while (ncap < need) {
        if (ncap > SIZE_MAX / 2)
            return false;
        ncap *= 2;
    }
    if (elem && ncap > SIZE_MAX / elem)
        return false;
    void *p = mem ? mem->realloc(*arr, ncap * elem) : realloc(*arr, ncap * elem);
    if (!p)
        return false;
    *arr = p;
    *cap = ncap;
    return true;
}

#endif
