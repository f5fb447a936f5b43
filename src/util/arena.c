/* SPDX-License-Identifier: MIT
 *
 * arena.c - bump allocation in growing blocks (see arena.h).
 */
#include "arena.h"

#include <stdint.h>
#include <string.h>

struct arena_block {
    arena_block *next;
    size_t size;
    /* payload follows, 16-byte aligned */
};

#define ARENA_ALIGN 16u
#define ARENA_HEADER ((sizeof(arena_block) + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1))
#define ARENA_MIN_BLOCK (64u * 1024u)

void arena_init(arena *a, const rasad_mem *mem) {
    memset(a, 0, sizeof *a);
    a->mem = mem ? mem : rasad_default_mem();
}

/* Blocks come from malloc, not calloc: most of an arena is strings that
 * are written at once (the text copy, the token norms), and zeroing a
 * block nobody reads cost 3-8% of the text layer (memset in the
 * profile). arena_alloc() zeroes what it hands out; arena_alloc_uninit()
 * does not. */
void *arena_alloc_uninit(arena *a, size_t size) {
    size_t need = (size + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
    if (need < size)
        return NULL; /* overflow */
    if (!a->head || a->cap - a->used < need) {
        size_t payload = a->total < ARENA_MIN_BLOCK ? ARENA_MIN_BLOCK : a->total;
        if (payload < need)
            payload = need;
        if (payload > SIZE_MAX - ARENA_HEADER)
            return NULL;
        arena_block *b = a->mem->realloc(NULL, ARENA_HEADER + payload); /* malloc */
        if (!b)
            return NULL;
        b->next = a->head;
        b->size = payload;
        a->head = b;
        a->used = 0;
        a->cap = payload;
        a->total += payload;
    }
    char *p = (char *)a->head + ARENA_HEADER + a->used;
    a->used += need;
    return p;
}

void *arena_alloc(arena *a, size_t size) {
    void *p = arena_alloc_uninit(a, size);
    if (p)
        memset(p, 0, size);
    return p;
}

void *arena_alloc_array(arena *a, size_t n, size_t size) {
    if (size && n > SIZE_MAX / size)
        return NULL;
    return arena_alloc(a, n * size);
}

bool arena_grow(arena *a, void **arr, size_t *cap, size_t n, size_t elem, size_t first) {
    if (n < *cap)
        return true;
    if (*cap > SIZE_MAX / 2)
        return false;
    size_t ncap = *cap ? *cap * 2 : first;
    void *p = arena_alloc_array(a, ncap, elem);
    if (!p)
        return false;
    if (n)
        memcpy(p, *arr, n * elem);
    *arr = p;
    *cap = ncap;
    return true;
}

char *arena_strndup(arena *a, const char *s, size_t len) {
    if (len == SIZE_MAX)
        return NULL;
    char *p = arena_alloc_uninit(a, len + 1);
    if (!p)
        return NULL;
    if (len)
        memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

void arena_free(arena *a) {
    arena_block *b = a->head;
    while (b) {
        arena_block *next = b->next;
        a->mem->free(b);
        b = next;
    }
    a->head = NULL;
    a->used = a->cap = a->total = 0;
}
