/* SPDX-License-Identifier: MIT
 *
 * hugemem.h - memory for large tables read at random (util): the NER
 * tagger's model and per-thread memo, megabytes each, looked up a few
 * hundred times per sentence at random places. With 4 KB pages nearly
 * every such lookup also misses the TLB; on 2 MB pages the whole table
 * needs a handful of TLB entries. The block is aligned to 2 MB and the
 * kernel asked for huge pages (madvise MADV_HUGEPAGE, where the kernel
 * gives them only on request); where it says no, or on a system without
 * madvise, the memory is ordinary and only the speed differs.
 */
#ifndef RASAD_HUGEMEM_H
#define RASAD_HUGEMEM_H

#include <stddef.h>

/* bytes of uninitialized memory (bytes > 0; as malloc's), 2 MB aligned
 * when bytes is at least 2 MB; NULL when out of memory. Free with
 * huge_free(). */
void *huge_alloc(size_t bytes);
void huge_free(void *p);

#endif
