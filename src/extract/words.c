/* SPDX-License-Identifier: MIT
 *
 * words.c - stage 4 helpers: small closed-class word tests and clause
 * bounds. Word lists are written in rasad's matching form (no diacritics,
 * ا for every alef, ه for ة, ي for ى), compared with a token's whole norm
 * or with its stem segment (the word without و ف ب ل ال and pronouns).
 */
#define _GNU_SOURCE /* dl_iterate_phdr */
#include <link.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "extract/extract.h"
#include "util/strhash.h"

/* The word tests run for every token of every clause against lists of
 * 2-60 words; a libc strcmp per list word was a sixth of `rasad extract`,
 * an inline scan still a tenth. Two ways to answer, same answer:
 *
 * - A list in this module's read-only data (a `static const char *const
 *   X[]` of string literals: what every long list is) cannot change, so
 *   it is hashed once, the first time it is seen, and cached by its
 *   address for the life of the process. The cache is shared by all
 *   threads: readers take a slot with one acquire load, a new set is
 *   published with a compare-and-swap.
 * - Anything else (a compound literal on the stack, a list on the heap,
 *   a full cache, no memory) is scanned word by word, comparing the first
 *   two bytes inline before the rest.
 */
static inline bool same_rest(const char *a, const char *b) {
    while (*a == *b) {
        if (!*a)
            return true;
        a++;
        b++;
    }
    return false;
}

/* Is the NUL-terminated n one of words? (the scan) */
static bool scan_list(const char *n, const char *const *words) {
    const char c0 = n[0];
    if (!c0) {
        for (; *words; words++)
            if (!**words)
                return true;
        return false;
    }
    const char c1 = n[1];
    for (; *words; words++) {
        const char *w = *words;
        /* w[0] == c0 != NUL, so w[1] exists */
        if (w[0] == c0 && w[1] == c1 && (!c1 || same_rest(n + 2, w + 2)))
            return true;
    }
    return false;
}

/* ---- read-only ranges of this module -------------------------------- */

#define MAX_RO 8
static struct {
    uintptr_t lo[MAX_RO], hi[MAX_RO];
    size_t n;
} ro;
static pthread_once_t ro_once = PTHREAD_ONCE_INIT;

static int ro_collect(struct dl_phdr_info *info, size_t size, void *self) {
    (void)size;
    uintptr_t me = (uintptr_t)self;
    bool mine = false;
    for (size_t k = 0; k < info->dlpi_phnum; k++) {
        const ElfW(Phdr) *ph = &info->dlpi_phdr[k];
        uintptr_t lo = info->dlpi_addr + ph->p_vaddr;
        if (ph->p_type == PT_LOAD && me >= lo && me - lo < ph->p_memsz)
            mine = true;
    }
    if (!mine)
        return 0;
    /* segments that are never written after relocation: read-only loads
     * (.rodata, where the literals live) and RELRO (.data.rel.ro, where a
     * position-independent `static const char *const X[]` lives) */
    for (size_t k = 0; k < info->dlpi_phnum && ro.n < MAX_RO; k++) {
        const ElfW(Phdr) *ph = &info->dlpi_phdr[k];
        bool ro_load = ph->p_type == PT_LOAD && !(ph->p_flags & PF_W);
        if (ro_load || ph->p_type == PT_GNU_RELRO) {
            ro.lo[ro.n] = info->dlpi_addr + ph->p_vaddr;
            ro.hi[ro.n] = ro.lo[ro.n] + ph->p_memsz;
            ro.n++;
        }
    }
    return 1;
}

static void ro_init(void) { dl_iterate_phdr(ro_collect, (void *)(uintptr_t)&ro_collect); }

static bool is_read_only(const void *p) {
    uintptr_t a = (uintptr_t)p;
    for (size_t k = 0; k < ro.n; k++)
        if (a >= ro.lo[k] && a < ro.hi[k])
            return true;
    return false;
}

/* ---- the cache of hashed lists ---------------------------------------- */

typedef struct wordset {
    const char *const *key; /* the list this set was built from */
    uint64_t bloom[4];      /* bit (hash >> 24) set for each word: most lookups miss, and
                             * this answers them from the line the key is on */
    uint32_t mask;          /* slots - 1, slots a power of two */
    uint32_t *hash;         /* per slot: strhash of the word */
    const char **word;      /* per slot: the word, NULL = empty */
} wordset;

#define CACHE_SLOTS 512 /* distinct lists the code looks up: under 100 */
static _Atomic(wordset *) cache[CACHE_SLOTS];
static atomic_size_t cache_used;

/* A hashed copy of words, or NULL when some word is not in read-only
 * data or memory runs out (the caller then scans). */
static wordset *build_set(const char *const *words) {
    size_t n = 0;
    for (const char *const *w = words; *w; w++, n++)
        if (!is_read_only(*w))
            return NULL;
    if (n > (1u << 16))
        return NULL; /* no list is that long; keeps the sizes below far from overflow */
    size_t slots = 8;
    while (slots < 2 * n + 2)
        slots *= 2;
    wordset *ws = malloc(sizeof *ws + slots * (sizeof(uint32_t) + sizeof(const char *)));
    if (!ws)
        return NULL;
    ws->key = words;
    ws->mask = (uint32_t)(slots - 1);
    ws->word = (const char **)(void *)(ws + 1);
    ws->hash = (uint32_t *)(void *)(ws->word + slots);
    memset(ws->word, 0, slots * sizeof *ws->word);
    memset(ws->bloom, 0, sizeof ws->bloom);
    for (const char *const *w = words; *w; w++) {
        size_t len;
        uint32_t h = strhash_z(*w, &len);
        uint32_t i = h & ws->mask;
        while (ws->word[i])
            i = (i + 1) & ws->mask;
        ws->word[i] = *w;
        ws->hash[i] = h;
        ws->bloom[h >> 30] |= (uint64_t)1 << ((h >> 24) & 63);
    }
    return ws;
}

static const wordset *set_of(const char *const *words) {
    uintptr_t a = (uintptr_t)words;
    /* a compound literal list lives in the caller's frame, a few hundred
     * bytes above this one: never cached, so go straight to the scan */
    char here;
    uintptr_t sp = (uintptr_t)&here;
    if (a - sp < 64 * 1024)
        return NULL;
    size_t i = (size_t)((a >> 3) ^ (a >> 12)) & (CACHE_SLOTS - 1);
    /* the hot path: a cached list (only read-only lists are ever cached,
     * so an address found here needs no range check) */
    for (;; i = (i + 1) & (CACHE_SLOTS - 1)) {
        wordset *ws = atomic_load_explicit(&cache[i], memory_order_acquire);
        if (!ws)
            break;
        if (ws->key == words)
            return ws;
    }
    pthread_once(&ro_once, ro_init);
    if (!is_read_only(words) || atomic_load_explicit(&cache_used, memory_order_relaxed) >= CACHE_SLOTS / 2)
        return NULL;
    wordset *built = build_set(words);
    if (!built)
        return NULL;
    for (size_t probes = 0; probes < CACHE_SLOTS; probes++, i = (i + 1) & (CACHE_SLOTS - 1)) {
        wordset *expect = NULL;
        if (atomic_compare_exchange_strong_explicit(&cache[i], &expect, built, memory_order_acq_rel,
                                                    memory_order_acquire)) {
            atomic_fetch_add_explicit(&cache_used, 1, memory_order_relaxed);
            return built;
        }
        /* the slot is taken: by this list (another thread published it
         * first) or by another one */
        if (expect->key == words) {
            free(built);
            return expect;
        }
    }
    free(built);
    return NULL;
}

/* The filter alone: false means h's word is surely not in the set. */
static inline bool set_maybe(const wordset *ws, uint32_t h) {
    return (ws->bloom[h >> 30] >> ((h >> 24) & 63)) & 1;
}

static bool set_has(const wordset *ws, const char *n, uint32_t h) {
    if (!set_maybe(ws, h))
        return false;
    for (uint32_t i = h & ws->mask; ws->word[i]; i = (i + 1) & ws->mask)
        if (ws->hash[i] == h && strcmp(ws->word[i], n) == 0)
            return true;
    return false;
}

/* Per token: the hashes of its norm and of its stem's norm, and whether
 * the two are the same text. */
typedef struct tok_hash {
    uint32_t whole, stem;
    bool same;
} tok_hash;

rasad_status ex_word_hashes(rasad_doc *doc) {
    if (doc->stage_data[DOC_STAGE_WORDHASH] || doc->ntokens == 0)
        return RASAD_OK;
    tok_hash *th = arena_alloc_array(&doc->arena, doc->ntokens, sizeof *th);
    if (!th)
        return RASAD_ENOMEM;
    for (size_t i = 0; i < doc->ntokens; i++) {
        const rasad_token *t = &doc->tokens[i];
        const rasad_segment *st = doc_tok_stem(doc, i);
        size_t len;
        th[i].whole = strhash_z(t->norm, &len);
        /* one segment is the whole word */
        th[i].same = t->seg_count <= 1 ? st->norm == t->norm || strcmp(st->norm, t->norm) == 0
                                       : st->norm_len == t->norm_len && strcmp(st->norm, t->norm) == 0;
        th[i].stem = th[i].same ? th[i].whole : strhash_z(st->norm, &len);
    }
    doc->stage_data[DOC_STAGE_WORDHASH] = th;
    return RASAD_OK;
}

static bool word_in(const rasad_doc *doc, size_t tok, const char *const *words, bool stem) {
    if (tok >= doc->ntokens)
        return false;
    const wordset *ws = set_of(words);
    const tok_hash *th = doc->stage_data[DOC_STAGE_WORDHASH];
    if (ws && th) {
        /* the usual case, answered from the token's hashes and the set's
         * filter: the token and segment records (elsewhere in memory) are
         * read only when the filter lets a hash through */
        th += tok;
        uint32_t hs = stem ? th->stem : th->whole;
        if (set_maybe(ws, hs) && set_has(ws, stem ? doc_tok_stem(doc, tok)->norm : doc->tokens[tok].norm, hs))
            return true;
        return stem && !th->same && set_maybe(ws, th->whole) && set_has(ws, doc->tokens[tok].norm, th->whole);
    }
    const char *whole = doc->tokens[tok].norm;
    const char *sn = stem ? doc_tok_stem(doc, tok)->norm : whole;
    if (!ws) {
        if (scan_list(sn, words))
            return true;
        /* a listed form that keeps its ال; nothing new when the stem is
         * the whole word */
        return stem && strcmp(sn, whole) != 0 && scan_list(whole, words);
    }
    size_t len;
    uint32_t hw = strhash_z(whole, &len);
    bool same = !stem || strcmp(sn, whole) == 0;
    if (set_has(ws, sn, same ? hw : strhash_z(sn, &len)))
        return true;
    return !same && set_has(ws, whole, hw);
}

bool ex_word_in(const rasad_doc *doc, size_t tok, const char *const *words) {
    return word_in(doc, tok, words, false);
}

bool ex_stem_in(const rasad_doc *doc, size_t tok, const char *const *words) {
    return word_in(doc, tok, words, true);
}

bool ex_has_proclitic(const rasad_doc *doc, size_t tok, const char *clitic) {
    if (tok >= doc->ntokens)
        return false;
    const rasad_token *t = &doc->tokens[tok];
    for (size_t k = 0; k < t->seg_count; k++) {
        const rasad_segment *s = &doc->segments[t->seg_first + k];
        if (s->role == RASAD_SEG_PROCLITIC && strcmp(s->norm, clitic) == 0)
            return true;
    }
    return false;
}

bool ex_is_boundary(const rasad_doc *doc, size_t tok) {
    const rasad_token *t = &doc->tokens[tok];
    if (t->kind == RASAD_TOK_PUNCT)
        return strchr(";:.!?", t->norm[0]) != NULL;
    return t->kind == RASAD_TOK_BRACKET;
}

void ex_sentence_tokens(const rasad_doc *doc, uint32_t s, size_t *first, size_t *end) {
    const rasad_sentence *sn = &doc->sentences[s];
    *first = sn->tok_first;
    *end = (size_t)sn->tok_first + sn->tok_count;
}

/* A clause runs from the trigger back to the previous boundary and on to
 * the next one, within the sentence. Commas do not end a clause: Arabic
 * news strings long clauses together with them. */
ex_clause ex_clause_around(const rasad_doc *doc, size_t tok) {
    size_t first, end;
    ex_sentence_tokens(doc, doc->tokens[tok].sentence, &first, &end);
    ex_clause c = {tok, tok};
    while (c.first > first && !ex_is_boundary(doc, c.first - 1))
        c.first--;
    while (c.last + 1 < end && !ex_is_boundary(doc, c.last + 1))
        c.last++;
    return c;
}
