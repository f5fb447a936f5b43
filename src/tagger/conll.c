/* SPDX-License-Identifier: MIT
 *
 * conll.c - the CoNLL reader of the NER tagger (issue 4); see conll.h.
 * Columns are separated by spaces or tabs; a line of only white space
 * ends a sentence; CR before LF is dropped. Words are never copied: the
 * tokens point into the caller's text.
 */
#include "tagger/conll.h"

#include <stdio.h>
#include <string.h>

#include "tagger/tagger.h"
#include "text/clitics.h"
#include "text/normalize.h"
#include "util/utf8.h"
#include "util/grow.h"

static const char *const LABEL_NAMES[TG_NLABELS] = {"O",     "B-PER", "I-PER",  "B-LOC", "I-LOC",
                                                    "B-ORG", "I-ORG", "B-MISC", "I-MISC"};

const char *conll_label_name(unsigned label) { return label < TG_NLABELS ? LABEL_NAMES[label] : "?"; }

bool conll_label_parse(const char *s, size_t len, uint8_t *label) {
    if (len == 1 && s[0] == 'O') {
        *label = TG_O;
        return true;
    }
    if (len < 3 || (s[0] != 'B' && s[0] != 'I') || s[1] != '-')
        return false;
    static const struct { const char *name; int type; } TYPES[] = {
        {"PER", TG_PER}, {"PERS", TG_PER}, {"LOC", TG_LOC}, {"ORG", TG_ORG}, {"MISC", TG_MISC}};
    for (size_t k = 0; k < sizeof TYPES / sizeof TYPES[0]; k++)
        if (len - 2 == strlen(TYPES[k].name) && memcmp(s + 2, TYPES[k].name, len - 2) == 0) {
            *label = (uint8_t)(1 + 2 * TYPES[k].type + (s[0] == 'I'));
            return true;
        }
    return false;
}

static bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f'; }

rasad_status conll_parse(const char *text, size_t len, bool need_labels, conll_doc *out,
                         char *err, size_t errlen) {
    memset(out, 0, sizeof *out);
    if (!text && len)
        return RASAD_EINVAL;
    size_t tcap = 0, scap = 0, line = 0;
    bool in_sent = false;
    rasad_status st = RASAD_OK;
    if (!grow_to(rasad_default_mem(), (void **)&out->sent, &scap, 1, sizeof(size_t)))
        goto nomem;
    out->sent[0] = 0;
    for (size_t p = 0; p < len;) {
        const char *nl = memchr(text + p, '\n', len - p);
        size_t e = nl ? (size_t)(nl - text) : len;
        line++;
        if (e - p > 65535) {
            if (err && errlen)
                snprintf(err, errlen, "line %zu: longer than 65535 bytes", line);
            st = RASAD_EFORMAT;
            goto fail;
        }
        /* columns: first and last non-blank runs */
        size_t a = p;
        while (a < e && is_blank(text[a]))
            a++;
        if (a == e) {
            if (in_sent) {
                if (!grow_to(rasad_default_mem(), (void **)&out->sent, &scap, out->nsent + 2, sizeof(size_t)))
                    goto nomem;
                out->sent[++out->nsent] = out->ntoks;
                in_sent = false;
            }
        } else {
            size_t b = a;
            while (b < e && !is_blank(text[b]))
                b++;
            size_t z = e;
            while (z > b && is_blank(text[z - 1]))
                z--;
            size_t y = z;
            while (y > b && !is_blank(text[y - 1]))
                y--;
            conll_tok t = {text + a, (uint32_t)(b - a), TG_O, false, (uint32_t)line};
            if (y < z && y >= b)
                t.has_label = conll_label_parse(text + y, z - y, &t.label);
            if (need_labels && !t.has_label) {
                if (err && errlen)
                    snprintf(err, errlen, "line %zu: %s", line,
                             y < z && y > b ? "unknown tag in the last column" : "no tag column");
                st = RASAD_EFORMAT;
                goto fail;
            }
            if (!grow_to(rasad_default_mem(), (void **)&out->toks, &tcap, out->ntoks + 1, sizeof(conll_tok)))
                goto nomem;
            out->toks[out->ntoks++] = t;
            in_sent = true;
        }
        p = e + 1;
    }
    if (in_sent) {
        if (!grow_to(rasad_default_mem(), (void **)&out->sent, &scap, out->nsent + 2, sizeof(size_t)))
            goto nomem;
        out->sent[++out->nsent] = out->ntoks;
    }
    return RASAD_OK;
nomem:
    st = RASAD_ENOMEM;
    if (err && errlen)
        snprintf(err, errlen, "out of memory");
fail:
    conll_free(out);
    return st;
}

void conll_free(conll_doc *d) {
    if (!d)
        return;
    rasad_default_mem()->free(d->toks);
    rasad_default_mem()->free(d->sent);
    memset(d, 0, sizeof *d);
}

rasad_status tg_words_from_raw(tg_wordbuf *wb, const conll_tok *toks, size_t n) {
    if (!grow_to(rasad_default_mem(), (void **)&wb->words, &wb->wcap, n ? n : 1, sizeof(tg_word)))
        return RASAD_ENOMEM;
    wb->len = 0;
    /* first pass: normalized bytes; offsets are fixed up after, because
     * the buffer may move while it grows */
    size_t *offs = NULL, ocap = 0;
    rasad_status st = RASAD_OK;
    if (!grow_to(rasad_default_mem(), (void **)&offs, &ocap, 2 * (n ? n : 1), sizeof(size_t)))
        return RASAD_ENOMEM;
    for (size_t i = 0; i < n; i++) {
        const uint8_t *s = (const uint8_t *)toks[i].word;
        size_t len = toks[i].word_len;
        offs[2 * i] = wb->len;
        for (size_t k = 0; k < len;) {
            int32_t cp;
            k += utf8_decode(s + k, len - k, &cp);
            if (!grow_to(rasad_default_mem(), (void **)&wb->bytes, &wb->cap, wb->len + NORM_MAX_OUT + 1, 1)) {
                st = RASAD_ENOMEM;
                goto fail;
            }
            wb->len += norm_codepoint(cp, wb->bytes + wb->len);
        }
        /* a word made only of dropped marks keeps a placeholder form */
        if (wb->len == offs[2 * i]) {
            if (!grow_to(rasad_default_mem(), (void **)&wb->bytes, &wb->cap, wb->len + 2, 1)) {
                st = RASAD_ENOMEM;
                goto fail;
            }
            wb->bytes[wb->len++] = '_';
        }
        offs[2 * i + 1] = wb->len;
    }
    const stem_lexicon *lex = stem_lexicon_default();
    for (size_t i = 0; i < n; i++) {
        tg_word *w = &wb->words[i];
        w->norm = wb->bytes + offs[2 * i];
        w->norm_len = (uint32_t)(offs[2 * i + 1] - offs[2 * i]);
        w->stem = w->norm;
        w->stem_len = w->norm_len;
        if (w->norm_len <= 65535) {
            clitic_piece pieces[RASAD_MAX_SEGMENTS];
            size_t np = clitic_split(lex, w->norm, w->norm_len, pieces);
            for (size_t k = 0; k < np && k < RASAD_MAX_SEGMENTS; k++)
                if (pieces[k].role == RASAD_SEG_STEM && pieces[k].end <= w->norm_len &&
                    pieces[k].start < pieces[k].end) {
                    w->stem = w->norm + pieces[k].start;
                    w->stem_len = (uint32_t)(pieces[k].end - pieces[k].start);
                }
        }
    }
fail:
    rasad_default_mem()->free(offs);
    return st;
}

void tg_wordbuf_free(tg_wordbuf *wb) {
    if (!wb)
        return;
    rasad_default_mem()->free(wb->bytes);
    rasad_default_mem()->free(wb->words);
    memset(wb, 0, sizeof *wb);
}
