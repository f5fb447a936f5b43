/* SPDX-License-Identifier: MIT
 *
 * arena.h - per-article bump allocator. Everything a doc computes lives in
 * its arena and is released at once by arena_free(); nothing inside is
 * freed one by one. Not thread-safe: one arena belongs to one doc.
 */
#ifndef RASAD_ARENA_H
#define RASAD_ARENA_H

#include <stdbool.h>
#include <stddef.h>

#include "rasad.h"

typedef struct arena_block arena_block;

typedef struct arena {
    const rasad_mem *mem; /* allocator for the blocks */
    arena_block *head;    /* newest block first */
    size_t used;          /* bytes used in head */
    size_t cap;           /* bytes available in head */
    size_t total;         /* bytes held in all blocks (for stats and limits) */
} arena;

void arena_init(arena *a, const rasad_mem *mem);
/* Returns size bytes aligned to 16, zeroed; NULL when out of memory or on
 * size overflow. */
void *arena_alloc(arena *a, size_t size);
/* Like arena_alloc, without the zeroing: for memory the caller fills. */
void *arena_alloc_uninit(arena *a, size_t size);
/* Overflow-checked n * size. */
void *arena_alloc_array(arena *a, size_t n, size_t size);
/* Makes room for one more element after the n in use in *arr, an array
 * of *cap elements of elem bytes in a: when it is full, a zeroed copy
 * with twice the room (first when *cap is 0) takes its place (the old
 * one stays in the arena until it is freed). false when out of memory. */
bool arena_grow(arena *a, void **arr, size_t *cap, size_t n, size_t elem, size_t first);
/* Copies len bytes and appends a NUL. */
char *arena_strndup(arena *a, const char *s, size_t len);
/* Releases every block. The arena may be reused after arena_init. */
void arena_free(arena *a);

#endif
