/* SPDX-License-Identifier: MIT
 *
 * event_counts.c - stage 4, event frames: the counts of a frame. The quantities of
 * the trigger's sentence with an event role (killed, injured, detained
 * ...), read in its clause or sentence and outside quoted speech, and
 * whether the frame's dead are civilians.
 */
#include <string.h>

#include "extract/extract.h"
#include "knowledge/lexicon.h"
#include "extract/events.h"

EX_WORDS(PARTICIPATE, "شارك", "شاركت", "يشارك", "تشارك", "بمشاركه", "مشاركه", "شاركوا");

static bool event_role(uint8_t r) {
    return r == RASAD_ROLE_FATALITIES || r == RASAD_ROLE_INJURED || r == RASAD_ROLE_ESCAPED ||
           r == RASAD_ROLE_DETAINED || r == RASAD_ROLE_DISPLACED || r == RASAD_ROLE_PARTICIPANTS;
}

/* Is token tok inside quotation marks opened earlier in its sentence? */
static bool in_quotes(const rasad_doc *doc, size_t tok, size_t sent_first) {
    bool open = false;
    for (size_t i = sent_first; i < tok; i++) {
        const rasad_token *t = &doc->tokens[i];
        if (t->kind != RASAD_TOK_QUOTE)
            continue;
        if (strcmp(t->norm, "\xE2\x80\x9C") == 0 || strcmp(t->norm, "\xC2\xAB") == 0)
            open = true; /* “ « */
        else if (strcmp(t->norm, "\xE2\x80\x9D") == 0 || strcmp(t->norm, "\xC2\xBB") == 0)
            open = false; /* ” » */
        else
            open = !open; /* a straight quote toggles */
    }
    return open;
}

void ev_find_quantities(const ex_view *v, ex_clause c, size_t trigger_tok, size_t sent_first, size_t sent_end,
                        ex_frame *f) {
    const rasad_doc *doc = v->doc;
    bool participate = false;
    for (size_t i = sent_first; i < sent_end; i++)
        if (ex_stem_in(doc, i, &PARTICIPATE))
            participate = true;
    for (size_t i = ex_qty_from(v, sent_first), in = ex_qty_to(v, sent_end); i < in && f->nqty < 8; i++) {
        rasad_quantity q = v->qty[i];
        if (q.tok_first < sent_first || q.tok_last >= sent_end)
            continue;
        q.role = ex_role_in_context(v, &q);
        if (participate && (q.role == RASAD_ROLE_MEMBERS || q.role == RASAD_ROLE_FIGHTERS))
            q.role = RASAD_ROLE_PARTICIPANTS;
        /* the people an arrest verb or noun counts after it are the
         * detained ("اعتقلت الشرطة 15 مشتبهاً بهم") */
        if (f->kind == LEX_EK_ARREST && q.tok_first > trigger_tok && q.tok_first <= c.last &&
            !ex_counts_things(doc, &q) && (q.role == RASAD_ROLE_OTHER || q.role == RASAD_ROLE_MEMBERS || q.role == RASAD_ROLE_FIGHTERS))
            q.role = RASAD_ROLE_DETAINED;
        if (!event_role(q.role))
            continue;
        /* a count someone is quoted as claiming, in a sentence that says
         * it could not be verified ("أعلن أن “المئات من عناصره كسروا
         * القيد”، من دون أن يتسنى التحقق"), is that party's claim, not
         * the incident's count: claims.c takes it */
        if (in_quotes(v->doc, q.tok_first, sent_first) &&
            ex_modality(v, sent_first, q.tok_first, sent_end).unverified)
            continue;
        f->qty[f->nqty++] = q;
    }
}

/* Does the frame count civilians among its dead or wounded? The counted
 * noun is the quantity's last token or the one after it. */
bool ev_civilian_toll(const ex_view *v, const ex_frame *f) {
    EX_WORDS(CIVILIAN_NOUNS, "مدني", "مدنيا", "مدنيين", "مدنيون", "اطفال", "طفلا", "طفل",
             "نساء", "امراه", "مواطنا", "مواطنين", "مواطنون");
    for (size_t k = 0; k < f->nqty; k++) {
        const rasad_quantity *q = &f->qty[k];
        if (q->role != RASAD_ROLE_FATALITIES && q->role != RASAD_ROLE_INJURED)
            continue;
        if (ex_stem_in(v->doc, q->tok_last, &CIVILIAN_NOUNS) || ex_stem_in(v->doc, q->tok_last + 1, &CIVILIAN_NOUNS))
            return true;
    }
    return false;
}
