/* SPDX-License-Identifier: MIT
 *
 * event_date.c - stage 4, event frames: when it happened. The date of the
 * sentence nearest the trigger, else the week before the published date
 * (the text says nothing more precise).
 */
#include <string.h>

#include "extract/extract.h"
#include "knowledge/lexicon.h"
#include "extract/events.h"

bool ev_find_date(const ex_view *v, const trig *t, size_t sent_first, size_t sent_end, rasad_event *ev) {
    const rasad_doc *doc = v->doc;
    const rasad_date *best = NULL;
    size_t best_dist = SIZE_MAX;
    for (size_t i = ex_date_from(v, sent_first), in = ex_date_to(v, sent_end); i < in; i++) {
        const rasad_date *d = &v->dates[i];
        if (d->tok_first < sent_first || d->tok_last >= sent_end)
            continue;
        size_t tok = t->e->tok_first;
        size_t dist = d->tok_first > tok ? d->tok_first - tok : tok - d->tok_last;
        if (dist < best_dist) {
            best = d;
            best_dist = dist;
        }
    }
    if (best) {
        ev->has_date = true;
        ev->date = *best;
        return true;
    }
    ev->has_date = ex_published_window(doc, 7, &ev->date);
    return false;
}
