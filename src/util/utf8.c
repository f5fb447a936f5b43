/* SPDX-License-Identifier: MIT
 *
 * utf8.c - validation helpers over the inline decoder in utf8.h.
 */
#include "utf8.h"

#include <string.h>

size_t utf8_find_invalid(const char *s, size_t len, size_t from, int nul_is_bad) {
    const uint8_t *p = (const uint8_t *)s;
    size_t i = from;
    while (i < len) {
        if (len - i >= 8) {
            uint64_t v;
            memcpy(&v, p + i, 8);
            size_t k = utf8_valid_prefix8(v, nul_is_bad);
            if (k) {
                i += k;
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
