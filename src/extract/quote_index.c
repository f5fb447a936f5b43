/* SPDX-License-Identifier: MIT
 *
 * quote_index.c - stage 4, quotes: the article's names indexed once, so
 * that "is the word after this speech verb a name given earlier?"
 * (qt_known_name_at) costs a lookup instead of a scan of every earlier
 * token and tagger person. On a long article (one joined 10 MB text) the
 * scans were a third of all the time and grew with the square of the
 * length. The answers are the scans' answers exactly:
 *
 *   - a norm table: every distinct token norm, its first token and the
 *     chain of its later tokens; per norm, found on first use, the first
 *     token of that norm preceded by a word that can start a name (the
 *     surname rule asks only whether such a token comes before j);
 *   - a suffix table: the last one, two and three words of every tagger
 *     person of two words or more, each with the first person (in text
 *     order) ending in those words.
 *
 * Built on first use per article, in the doc's arena; a failed build
 * leaves st->names NULL and the callers scan as before.
 */
#include <string.h>

#include "extract/extract.h"
#include "extract/quotes.h"

#define NONE UINT32_MAX
#define UNSET (UINT32_MAX - 1)

struct qt_names {
    const ex_view *v;
    const ex_tok_hash *th;
    uint32_t *norm_tok;  /* per slot: first token of the norm + 1, 0 empty */
    uint32_t *norm_good; /* per slot: first token of the norm after a name start, NONE or UNSET */
    size_t norm_mask, norm_count;
    uint32_t *next_same; /* per token: the next token with the same norm, or NONE */
    uint32_t *suf_ner;   /* per slot: the first tagger person with this suffix + 1, 0 empty */
    uint8_t *suf_m;      /* per slot: how many words the suffix has */
    size_t suf_mask;
};

/* A power of two at least twice n (the tables stay half empty). */
static size_t table_size(size_t n) {
    size_t c = 16;
    while (c < n * 2 && c < SIZE_MAX / 4)
        c *= 2;
    return c;
}

/* The hash of the m words from token t. */
static uint32_t words_hash(const ex_tok_hash *th, size_t t, size_t m) {
    uint32_t h = (uint32_t)m * 0x9E3779B1u;
    for (size_t k = 0; k < m; k++)
        h = (h ^ th[t + k].whole) * 0x85EBCA6Bu + 0x27D4EB2Fu;
    return h ^ (h >> 15);
}

static bool same_words(const rasad_doc *doc, size_t a, size_t b, size_t m) {
    for (size_t k = 0; k < m; k++)
        if (!qt_same_norm(doc, a + k, b + k))
            return false;
    return true;
}

/* The slot of token t's norm in the norm table (its own or an empty one). */
static size_t norm_slot(const qt_names *ix, size_t t) {
    const rasad_doc *doc = ix->v->doc;
    size_t s = ix->th[t].whole & ix->norm_mask;
    while (ix->norm_tok[s] && !qt_same_norm(doc, ix->norm_tok[s] - 1, t))
        s = (s + 1) & ix->norm_mask;
    return s;
}

/* The slot of the m words from token t in the suffix table. */
static size_t suffix_slot(const qt_names *ix, size_t t, size_t m) {
    const tagger_entity *ner = ix->v->ner;
    size_t s = words_hash(ix->th, t, m) & ix->suf_mask;
    while (ix->suf_ner[s]) {
        const tagger_entity *p = &ner[ix->suf_ner[s] - 1];
        if (ix->suf_m[s] == m && same_words(ix->v->doc, p->tok_last + 1 - m, t, m))
            break;
        s = (s + 1) & ix->suf_mask;
    }
    return s;
}

/* Doubles the norm table (sized by the distinct norms, a few times fewer
 * than the tokens of a long article; the old table stays in the arena). */
static bool grow_norms(qt_names *ix, arena *a) {
    size_t oc = ix->norm_mask + 1, nc = oc * 2;
    uint32_t *ot = ix->norm_tok, *og = ix->norm_good;
    if (nc > SIZE_MAX / 2 / sizeof *ot)
        return false;
    ix->norm_tok = arena_alloc_array(a, nc, sizeof *ix->norm_tok);
    ix->norm_good = arena_alloc_array(a, nc, sizeof *ix->norm_good);
    if (!ix->norm_tok || !ix->norm_good)
        return false;
    ix->norm_mask = nc - 1;
    for (size_t s = 0; s < oc; s++) {
        if (!ot[s])
            continue;
        size_t d = ix->th[ot[s] - 1].whole & ix->norm_mask;
        while (ix->norm_tok[d])
            d = (d + 1) & ix->norm_mask;
        ix->norm_tok[d] = ot[s];
        ix->norm_good[d] = og[s];
    }
    return true;
}

static qt_names *build(const ex_view *v) {
    rasad_doc *doc = v->doc;
    const ex_tok_hash *th = doc->stage_data[DOC_STAGE_WORDHASH];
    size_t n = doc->ntokens;
    if (!th || n >= UNSET || v->nner >= UNSET)
        return NULL;
    qt_names *ix = arena_alloc(&doc->arena, sizeof *ix);
    if (!ix)
        return NULL;
    ix->v = v;
    ix->th = th;
    size_t nc = 1024, sc = table_size(v->nner * 3);
    ix->norm_tok = arena_alloc_array(&doc->arena, nc, sizeof *ix->norm_tok);
    ix->norm_good = arena_alloc_array(&doc->arena, nc, sizeof *ix->norm_good);
    ix->next_same = arena_alloc_array(&doc->arena, n ? n : 1, sizeof *ix->next_same);
    ix->suf_ner = arena_alloc_array(&doc->arena, sc, sizeof *ix->suf_ner);
    ix->suf_m = arena_alloc_array(&doc->arena, sc, sizeof *ix->suf_m);
    if (!ix->norm_tok || !ix->norm_good || !ix->next_same || !ix->suf_ner || !ix->suf_m)
        return NULL;
    ix->norm_mask = nc - 1;
    ix->suf_mask = sc - 1;
    /* the chains are built through norm_good, which holds each norm's
     * latest token until the memo takes the slot over */
    for (size_t t = 0; t < n; t++) {
        ix->next_same[t] = NONE;
        size_t s = norm_slot(ix, t);
        if (!ix->norm_tok[s]) {
            ix->norm_tok[s] = (uint32_t)t + 1;
            if (++ix->norm_count * 2 > ix->norm_mask + 1) {
                if (!grow_norms(ix, &doc->arena))
                    return NULL;
                s = norm_slot(ix, t);
            }
        } else
            ix->next_same[ix->norm_good[s]] = (uint32_t)t;
        ix->norm_good[s] = (uint32_t)t;
    }
    for (size_t s = 0; s <= ix->norm_mask; s++)
        ix->norm_good[s] = UNSET;
    /* a one-word person never matches (qt_suffix_match); the first person
     * with a suffix keeps it */
    for (size_t e = 0; e < v->nner; e++) {
        const tagger_entity *p = &v->ner[e];
        if (p->type != TG_PER || p->tok_last <= p->tok_first || p->tok_last >= n)
            continue;
        size_t len = p->tok_last - p->tok_first + 1;
        for (size_t m = 1; m <= 3 && m <= len; m++) {
            size_t s = suffix_slot(ix, p->tok_last + 1 - m, m);
            if (!ix->suf_ner[s]) {
                ix->suf_ner[s] = (uint32_t)e + 1;
                ix->suf_m[s] = (uint8_t)m;
            }
        }
    }
    return ix;
}

qt_names *qt_names_get(quote_state *st) {
    if (!st->names && !st->names_failed) {
        st->names = build(st->v);
        st->names_failed = st->names == NULL;
    }
    return st->names;
}

/* Can token k start a name (the word before a surname, as the scan in
 * qt_known_name_at tests it)? */
static bool name_start(const ex_view *v, size_t k) {
    const rasad_doc *doc = v->doc;
    return doc->tokens[k].kind == RASAD_TOK_WORD && !qt_definite(doc, k) && qt_name_word(v, k, false) &&
           !qt_has_enclitic(doc, k);
}

bool qt_names_surname_before(qt_names *ix, size_t j) {
    size_t s = norm_slot(ix, j);
    if (!ix->norm_tok[s])
        return false;
    if (ix->norm_good[s] == UNSET) {
        uint32_t k = ix->norm_tok[s] - 1;
        while (k != NONE && !(k >= 1 && name_start(ix->v, k - 1)))
            k = ix->next_same[k];
        ix->norm_good[s] = k;
    }
    return ix->norm_good[s] != NONE && ix->norm_good[s] < j;
}

size_t qt_names_person_before(qt_names *ix, size_t j, size_t b) {
    const rasad_doc *doc = ix->v->doc;
    size_t best = SIZE_MAX;
    for (size_t m = 1; m <= 3; m++) {
        if (j + m - 1 > b || j + m - 1 >= doc->ntokens || doc->tokens[j + m - 1].kind != RASAD_TOK_WORD)
            break;
        if (m == 1 && strlen(doc->tokens[j].norm) < 6)
            continue;
        size_t s = suffix_slot(ix, j, m);
        if (!ix->suf_ner[s])
            continue;
        size_t e = ix->suf_ner[s] - 1;
        if (ix->v->ner[e].tok_last < j && e < best)
            best = e;
    }
    return best;
}
