/* SPDX-License-Identifier: MIT
 *
 * tagwork.h - tagging one sentence of prepared words with a model (issue
 * 4), with scratch buffers reused across sentences. Used by tagger.c and
 * the trainer's dev evaluation.
 */
#ifndef RASAD_TG_TAGWORK_H
#define RASAD_TG_TAGWORK_H

#include <stddef.h>
#include <stdint.h>

#include "rasad.h"
#include "tagger/features.h"
#include "tagger/model.h"

typedef struct tg_work {
    tg_tokinfo *ti;
    int64_t *emit; /* cap x TG_NLABELS */
    uint8_t *back; /* cap x TG_NLABELS */
    size_t cap;
} tg_work;

rasad_status tg_work_reserve(tg_work *w, size_t n);
void tg_work_free(tg_work *w);

/* Tags words[0..n) with m, writing labels[0..n). */
rasad_status tg_tag_words(const tagger_model *m, const tg_word *words, size_t n, tg_work *w,
                          uint8_t *labels);

#endif
