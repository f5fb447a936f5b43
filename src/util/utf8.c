/* SPDX-License-Identifier: MIT
 *
 * utf8.c - validation over the inline scanner in utf8.h.
 */
#include "utf8.h"

size_t utf8_find_invalid(const char *s, size_t len, size_t from, int nul_is_bad) {
    const uint8_t *p = (const uint8_t *)s;
    /* two calls, so that each has its stops constant */
    return nul_is_bad ? utf8_run_end(p, len, from, UTF8_STOP_NUL) : utf8_run_end(p, len, from, 0);
}
