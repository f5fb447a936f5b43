/* SPDX-License-Identifier: MIT
 *
 * store_key.c - the key an article is stored under (the embedded store).
 *
 * An article with an id is stored under that id, so putting the same
 * feed again replaces its rows instead of adding copies. An article
 * without one is keyed by its text: "~text:" and the 16 hex digits of a
 * 64-bit FNV-1a hash (at a million articles, the chance of any collision
 * is about 3e-8). Real ids that begin with '~' get one more '~', so a key
 * starting "~t" is always derived and "~~" always a real id: the two
 * kinds can never collide.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/store.h"

#define KEY_ESCAPE '~'
#define TEXT_PREFIX "~text:"

uint64_t store_hash64(const char *s, size_t len) {
    uint64_t h = 0xcbf29ce484222325u; /* FNV-1a 64-bit offset basis */
    for (size_t i = 0; i < len; i++) {
        h ^= (unsigned char)s[i];
        h *= 0x100000001b3u; /* FNV 64-bit prime */
    }
    return h;
}

char *store_key(const char *id, size_t id_len, const char *text, size_t text_len) {
    if (id_len == 0) {
        char *k = malloc(sizeof TEXT_PREFIX + 16);
        if (k)
            snprintf(k, sizeof TEXT_PREFIX + 16, TEXT_PREFIX "%016llx",
                     (unsigned long long)store_hash64(text, text_len));
        return k;
    }
    size_t esc = id[0] == KEY_ESCAPE;
    if (id_len > SIZE_MAX - 2)
        return NULL;
    char *k = malloc(id_len + esc + 1);
    if (!k)
        return NULL;
    k[0] = KEY_ESCAPE;
    memcpy(k + esc, id, id_len);
    k[id_len + esc] = '\0';
    return k;
}
