/* SPDX-License-Identifier: MIT
 *
 * hugemem.c - 2 MB aligned memory on huge pages where the kernel gives
 * them (util); see hugemem.h.
 */
#define _DEFAULT_SOURCE /* madvise */
#include "util/hugemem.h"

#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>

#define HUGE_PAGE ((size_t)2 << 20)

void *huge_alloc(size_t bytes) {
    if (bytes == 0)
        return NULL;
    if (bytes < HUGE_PAGE)
        return malloc(bytes);
    /* a whole number of huge pages, so the last one can be huge too */
    if (bytes > SIZE_MAX - (HUGE_PAGE - 1))
        return NULL;
    size_t rounded = (bytes + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1);
    void *p = aligned_alloc(HUGE_PAGE, rounded);
    if (!p)
        return NULL;
#ifdef MADV_HUGEPAGE
    /* advice only: on failure the pages are ordinary ones */
    (void)madvise(p, rounded, MADV_HUGEPAGE);
#endif
    return p;
}

void huge_free(void *p) { free(p); }
