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

/* Resizes *arr to n elements of elem bytes (one byte when that is 0),
 * keeping its contents; mem allocates (NULL: the C library's realloc).
 * Returns false, with *arr unchanged, when the size would overflow or the
 * allocation fails. For arrays that share one capacity (grow_to below
 * keeps one of its own). */
static inline bool resize_to(const rasad_mem *mem, void **arr, size_t n, size_t elem) {
    if (elem && n > SIZE_MAX / elem)
        return false;
    size_t bytes = n * elem;
    if (bytes == 0)
        bytes = 1;
    void *p = mem ? mem->realloc(*arr, bytes) : realloc(*arr, bytes);
    if (!p)
        return false;
    *arr = p;
    return true;
}

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
    if (!resize_to(mem, arr, ncap, elem))
        return false;
    *cap = ncap;
    return true;
}

#endif
