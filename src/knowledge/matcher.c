/* SPDX-License-Identifier: MIT
 *
 * matcher.c - knowledge stage: the word-level trie matcher of matcher.h.
 *
 * Layout: words are interned in an open-addressing table (string pool +
 * per-word offset, length, hash); trie edges live in a second
 * open-addressing table keyed by (parent node + 1) << 32 | word id, so a
 * node with thousands of children (the root) costs no more than a leaf.
 * Both tables stay at most half full. Scanning hashes each token once per
 * key it tries and allocates nothing, so one matcher serves many threads.
 */
#include "knowledge/matcher.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "knowledge/gazetteer.h"
#include "knowledge/lexicon.h"

/* UTF-8 bytes of the clitic letters (second byte; all start with 0xD8/0xD9). */
#define AR_ALEF_0 0xD8 /* ARABIC LETTER ALEF U+0627 = D8 A7 */
#define AR_ALEF_1 0xA7
#define AR_BEH_0 0xD8 /* ARABIC LETTER BEH U+0628 = D8 A8 */
#define AR_BEH_1 0xA8
#define AR_FEH_0 0xD9 /* ARABIC LETTER FEH U+0641 = D9 81 */
#define AR_FEH_1 0x81
#define AR_KAF_0 0xD9 /* ARABIC LETTER KAF U+0643 = D9 83 */
#define AR_KAF_1 0x83
#define AR_LAM_0 0xD9 /* ARABIC LETTER LAM U+0644 = D9 84 */
#define AR_LAM_1 0x84
#define AR_WAW_0 0xD9 /* ARABIC LETTER WAW U+0648 = D9 88 */
#define AR_WAW_1 0x88
#define AR_TEH_0 0xD8 /* ARABIC LETTER TEH U+062A = D8 AA */
#define AR_TEH_1 0xAA
#define AR_HEH_0 0xD9 /* ARABIC LETTER HEH U+0647 = D9 87 (also TEH MARBUTA's matching form) */
#define AR_HEH_1 0x87
#define AR_NOON_1 0x86 /* ARABIC LETTER NOON U+0646 = D9 86 */
#define AR_MEEM_1 0x85 /* ARABIC LETTER MEEM U+0645 = D9 85 */
#define AR_YEH_1 0x8A  /* ARABIC LETTER YEH U+064A = D9 8A */

#define MAX_WORD_BYTES 255
#define MAX_KEYS 8

struct matcher {
    /* interned words */
    char *pool;
    size_t pool_len, pool_cap;
    uint32_t *w_off, *w_len;
    uint8_t *w_first;  /* 1 when the word begins some pattern */
    size_t nwords, words_cap;
    uint64_t *w_slots; /* hash >> 32 in the high half, word id + 1 in the low; 0 = empty */
    uint64_t *w_bloom; /* one bit per word hash, 8 bits per slot: small enough for L1 */
    uint64_t *f_bloom; /* the same for the words that begin a pattern */
    size_t bloom_mask; /* bits - 1 */
    size_t w_mask;
    /* trie nodes (0 is the root) */
    match_payload *pay;
    uint8_t *depth;
    size_t nnodes, nodes_cap;
    size_t npatterns;
    /* edges */
    uint64_t *e_key; /* 0 = empty */
    uint32_t *e_child;
    size_t nedges, e_mask;
};

/* MurmurHash3's 64-bit finalizer: every output bit depends on every
 * input bit, so the low bits used as a table index are well spread. */
static inline uint64_t mix64(uint64_t x) {
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdull;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ull;
    x ^= x >> 33;
    return x;
}

/* A fast 64-bit hash of a short byte string: 8 bytes at a time, each mixed
 * with a multiply, then the last 1..8 bytes in one or two loads that may
 * overlap the block before (a byte loop over the tail was a third of the
 * lookup: every token is hashed a few times), then the finalizer above
 * (a bare product has poor low bits: Arabic words share their first
 * bytes, 0xD8/0xD9, and would pile up in a few slots). Not for adversaries:
 * the tables are built from our own data, and probing is bounded by the
 * load factor whatever the input. */
static inline uint64_t hash_bytes(const char *s, size_t len) {
    uint64_t h = 0x9E3779B97F4A7C15ull ^ (len * 0xff51afd7ed558ccdull);
    const char *p = s;
    size_t n = len;
    while (n > 8) {
        uint64_t v;
        memcpy(&v, p, 8);
        h = (h ^ v) * 0xbf58476d1ce4e5b9ull;
        h ^= h >> 31;
        p += 8;
        n -= 8;
    }
    uint64_t v = 0;
    if (len >= 8) {
        memcpy(&v, s + len - 8, 8);
    } else if (len >= 4) {
        uint32_t a, b;
        memcpy(&a, s, 4);
        memcpy(&b, s + len - 4, 4);
        v = a | (uint64_t)b << 32;
    } else {
        for (size_t i = 0; i < len; i++)
            v |= (uint64_t)(unsigned char)s[i] << (8 * i);
    }
    return mix64(h ^ v);
}

/* realloc to n elements of size sz, overflow-checked. */
static void *grow_array(void *p, size_t n, size_t sz) {
    if (sz && n > SIZE_MAX / sz)
        return NULL;
    return realloc(p, n * sz);
}

matcher *matcher_new(void) {
    matcher *m = calloc(1, sizeof *m);
    if (!m)
        return NULL;
    m->w_mask = 1023;
    m->w_slots = calloc(m->w_mask + 1, sizeof *m->w_slots);
    m->bloom_mask = (m->w_mask + 1) * 8 - 1;
    m->w_bloom = calloc((m->bloom_mask + 1) / 64, sizeof *m->w_bloom);
    m->f_bloom = calloc((m->bloom_mask + 1) / 64, sizeof *m->f_bloom);
    m->e_mask = 1023;
    m->e_key = calloc(m->e_mask + 1, sizeof *m->e_key);
    m->e_child = calloc(m->e_mask + 1, sizeof *m->e_child);
    m->nodes_cap = 256;
    m->pay = calloc(m->nodes_cap, sizeof *m->pay);
    m->depth = calloc(m->nodes_cap, 1);
    if (!m->w_slots || !m->w_bloom || !m->f_bloom || !m->e_key || !m->e_child || !m->pay || !m->depth)
        goto fail;
    m->pay[0] = (match_payload){MATCH_NONE, 0, 0};
    m->nnodes = 1;
    return m;
fail:
    matcher_free(m);
    return NULL;
}

void matcher_free(matcher *m) {
    if (!m)
        return;
    free(m->pool);
    free(m->w_off);
    free(m->w_len);
    free(m->w_first);
    free(m->w_slots);
    free(m->w_bloom);
    free(m->f_bloom);
    free(m->pay);
    free(m->depth);
    free(m->e_key);
    free(m->e_child);
    free(m);
}

/* a[0..len) == b[0..len) for the short words of the tables, without a
 * libc call: two overlapping 8-byte loads cover 8..16 bytes, a byte loop
 * the shorter ones. */
static inline bool same_bytes(const char *a, const char *b, size_t len) {
    if (len >= 8 && len <= 16) {
        uint64_t x0, y0, x1, y1;
        memcpy(&x0, a, 8);
        memcpy(&y0, b, 8);
        memcpy(&x1, a + len - 8, 8);
        memcpy(&y1, b + len - 8, 8);
        return x0 == y0 && x1 == y1;
    }
    if (len < 8) {
        for (size_t i = 0; i < len; i++)
            if (a[i] != b[i])
                return false;
        return true;
    }
    return memcmp(a, b, len) == 0;
}

/* Word id of s[0..len), or MATCH_NONE, looked up behind filter bloom
 * (w_bloom: every word; f_bloom: words that begin a pattern). */
static uint32_t word_find_in(const matcher *m, const uint64_t *bloom, const char *s, size_t len) {
    uint64_t h = hash_bytes(s, len);
    uint32_t h32 = (uint32_t)(h >> 32);
    /* Most tokens are no pattern word. The filter (32 KB for the built-in
     * matcher) turns away ~95% of them without touching the slot table,
     * whose random reads miss the cache; the slot holds the hash, so
     * most of the rest stop at the slot too. */
    size_t b = (size_t)(h >> 20) & m->bloom_mask;
    if (!(bloom[b >> 6] >> (b & 63) & 1))
        return MATCH_NONE;
    for (size_t i = (size_t)h & m->w_mask;; i = (i + 1) & m->w_mask) {
        uint64_t slot = m->w_slots[i];
        if (!slot)
            return MATCH_NONE;
        if ((uint32_t)(slot >> 32) != h32)
            continue;
        uint32_t id = (uint32_t)slot - 1;
        if (m->w_len[id] == len && same_bytes(m->pool + m->w_off[id], s, len))
            return id;
    }
}

static inline uint32_t word_find(const matcher *m, const char *s, size_t len) {
    return word_find_in(m, m->w_bloom, s, len);
}

static inline void bloom_set(uint64_t *bloom, size_t mask, uint64_t h) {
    size_t b = (size_t)(h >> 20) & mask;
    bloom[b >> 6] |= 1ull << (b & 63);
}

static bool word_rehash(matcher *m) {
    size_t cap = (m->w_mask + 1) * 2;
    uint64_t *slots = calloc(cap, sizeof *slots);
    size_t bmask = cap * 8 - 1;
    uint64_t *bloom = calloc((bmask + 1) / 64, sizeof *bloom);
    uint64_t *fbloom = calloc((bmask + 1) / 64, sizeof *fbloom);
    if (!slots || !bloom || !fbloom) {
        free(slots);
        free(bloom);
        free(fbloom);
        return false;
    }
    for (size_t id = 0; id < m->nwords; id++) {
        uint64_t h = hash_bytes(m->pool + m->w_off[id], m->w_len[id]);
        size_t i = (size_t)h & (cap - 1);
        while (slots[i])
            i = (i + 1) & (cap - 1);
        slots[i] = (h >> 32) << 32 | ((uint64_t)id + 1);
        bloom_set(bloom, bmask, h);
        if (m->w_first[id])
            bloom_set(fbloom, bmask, h);
    }
    free(m->w_slots);
    free(m->w_bloom);
    free(m->f_bloom);
    m->w_slots = slots;
    m->w_bloom = bloom;
    m->f_bloom = fbloom;
    m->w_mask = cap - 1;
    m->bloom_mask = bmask;
    return true;
}

/* Interns s[0..len); MATCH_NONE when out of memory. */
static uint32_t word_intern(matcher *m, const char *s, size_t len) {
    uint32_t id = word_find(m, s, len);
    if (id != MATCH_NONE)
        return id;
    if ((m->nwords + 1) * 2 > m->w_mask + 1 && !word_rehash(m))
        return MATCH_NONE;
    if (m->nwords == m->words_cap) {
        size_t cap = m->words_cap ? m->words_cap * 2 : 1024;
        uint32_t *o = grow_array(m->w_off, cap, sizeof *o);
        if (!o)
            return MATCH_NONE;
        m->w_off = o;
        uint32_t *l = grow_array(m->w_len, cap, sizeof *l);
        if (!l)
            return MATCH_NONE;
        m->w_len = l;
        uint8_t *fl = realloc(m->w_first, cap);
        if (!fl)
            return MATCH_NONE;
        m->w_first = fl;
        m->words_cap = cap;
    }
    if (m->pool_len + len + 1 > m->pool_cap) {
        size_t cap = m->pool_cap ? m->pool_cap : 4096;
        while (cap < m->pool_len + len + 1)
            cap *= 2;
        char *p = realloc(m->pool, cap);
        if (!p)
            return MATCH_NONE;
        m->pool = p;
        m->pool_cap = cap;
    }
    if (m->pool_len > UINT32_MAX - len - 1 || m->nwords >= UINT32_MAX - 1)
        return MATCH_NONE;
    memcpy(m->pool + m->pool_len, s, len);
    m->pool[m->pool_len + len] = '\0';
    id = (uint32_t)m->nwords++;
    m->w_off[id] = (uint32_t)m->pool_len;
    m->w_len[id] = (uint32_t)len;
    uint64_t h = hash_bytes(s, len);
    m->w_first[id] = 0;
    m->pool_len += len + 1;
    size_t i = (size_t)h & m->w_mask;
    while (m->w_slots[i])
        i = (i + 1) & m->w_mask;
    m->w_slots[i] = (h >> 32) << 32 | ((uint64_t)id + 1);
    bloom_set(m->w_bloom, m->bloom_mask, h);
    return id;
}

static inline uint64_t edge_key(uint32_t parent, uint32_t word) {
    return ((uint64_t)parent + 1) << 32 | word;
}

/* Child of parent by word, or MATCH_NONE. */
static inline uint32_t edge_find(const matcher *m, uint32_t parent, uint32_t word) {
    uint64_t k = edge_key(parent, word);
    for (size_t i = (size_t)mix64(k) & m->e_mask;; i = (i + 1) & m->e_mask) {
        if (m->e_key[i] == k)
            return m->e_child[i];
        if (!m->e_key[i])
            return MATCH_NONE;
    }
}

static bool edge_rehash(matcher *m) {
    size_t cap = (m->e_mask + 1) * 2;
    uint64_t *keys = calloc(cap, sizeof *keys);
    uint32_t *kids = calloc(cap, sizeof *kids);
    if (!keys || !kids) {
        free(keys);
        free(kids);
        return false;
    }
    for (size_t j = 0; j <= m->e_mask; j++) {
        if (!m->e_key[j])
            continue;
        size_t i = (size_t)mix64(m->e_key[j]) & (cap - 1);
        while (keys[i])
            i = (i + 1) & (cap - 1);
        keys[i] = m->e_key[j];
        kids[i] = m->e_child[j];
    }
    free(m->e_key);
    free(m->e_child);
    m->e_key = keys;
    m->e_child = kids;
    m->e_mask = cap - 1;
    return true;
}

/* Child of parent by word, created when missing; MATCH_NONE when out of
 * memory. */
static uint32_t edge_get_or_add(matcher *m, uint32_t parent, uint32_t word) {
    uint32_t c = edge_find(m, parent, word);
    if (c != MATCH_NONE)
        return c;
    if ((m->nedges + 1) * 2 > m->e_mask + 1 && !edge_rehash(m))
        return MATCH_NONE;
    if (m->nnodes == m->nodes_cap) {
        size_t cap = m->nodes_cap * 2;
        match_payload *p = grow_array(m->pay, cap, sizeof *p);
        if (!p)
            return MATCH_NONE;
        m->pay = p;
        uint8_t *d = realloc(m->depth, cap);
        if (!d)
            return MATCH_NONE;
        m->depth = d;
        m->nodes_cap = cap;
    }
    if (m->nnodes >= UINT32_MAX - 1)
        return MATCH_NONE;
    c = (uint32_t)m->nnodes++;
    m->pay[c] = (match_payload){MATCH_NONE, 0, 0};
    m->depth[c] = (uint8_t)(m->depth[parent] + 1);
    uint64_t k = edge_key(parent, word);
    size_t i = (size_t)mix64(k) & m->e_mask;
    while (m->e_key[i])
        i = (i + 1) & m->e_mask;
    m->e_key[i] = k;
    m->e_child[i] = c;
    m->nedges++;
    return c;
}

rasad_status matcher_add(matcher *m, const char *norm, size_t len, uint32_t place, uint32_t lex_form) {
    if (!m || !norm)
        return RASAD_EINVAL;
    /* Split into words first, so a bad pattern leaves the trie untouched. */
    size_t ws[MATCH_MAX_WORDS], wl[MATCH_MAX_WORDS], nw = 0;
    size_t i = 0;
    while (i < len) {
        while (i < len && norm[i] == ' ')
            i++;
        size_t s = i;
        while (i < len && norm[i] != ' ')
            i++;
        if (i > s) {
            if (nw == MATCH_MAX_WORDS || i - s > MAX_WORD_BYTES)
                return RASAD_EINVAL;
            ws[nw] = s;
            wl[nw++] = i - s;
        }
    }
    if (nw == 0)
        return RASAD_EINVAL;
    uint32_t node = 0;
    for (size_t k = 0; k < nw; k++) {
        uint32_t w = word_intern(m, norm + ws[k], wl[k]);
        if (w == MATCH_NONE)
            return RASAD_ENOMEM;
        if (k == 0 && !m->w_first[w]) {
            m->w_first[w] = 1;
            bloom_set(m->f_bloom, m->bloom_mask, hash_bytes(norm + ws[k], wl[k]));
        }
        node = edge_get_or_add(m, node, w);
        if (node == MATCH_NONE)
            return RASAD_ENOMEM;
    }
    match_payload *p = &m->pay[node];
    if (p->place == MATCH_NONE && p->lex_count == 0)
        m->npatterns++;
    if (place != MATCH_NONE && p->place == MATCH_NONE)
        p->place = place;
    if (lex_form != MATCH_NONE) {
        if (p->lex_count == 0) {
            p->lex_first = lex_form;
            p->lex_count = 1;
        } else if (lex_form == p->lex_first + p->lex_count) {
            p->lex_count++;
        }
        /* a non-adjacent form of the same norm is dropped: the lexicon
         * sorts equal norms together, so this only guards odd callers */
    }
    return RASAD_OK;
}

size_t matcher_word_count(const matcher *m) { return m ? m->nwords : 0; }
size_t matcher_node_count(const matcher *m) { return m ? m->nnodes : 0; }
size_t matcher_pattern_count(const matcher *m) { return m ? m->npatterns : 0; }

size_t matcher_memory(const matcher *m) {
    if (!m)
        return 0;
    return sizeof *m + m->pool_cap + m->words_cap * (2 * sizeof(uint32_t) + 1) +
           (m->w_mask + 1) * sizeof(uint64_t) + (m->bloom_mask + 1) / 4 + m->nodes_cap * (sizeof(match_payload) + 1) +
           (m->e_mask + 1) * (sizeof(uint64_t) + sizeof(uint32_t));
}

match_payload matcher_payload(const matcher *m, uint32_t node) {
    if (!m || node >= m->nnodes)
        return (match_payload){MATCH_NONE, 0, 0};
    return m->pay[node];
}

uint32_t matcher_depth(const matcher *m, uint32_t node) {
    return (m && node < m->nnodes) ? m->depth[node] : 0;
}

static inline bool is_terminal(const matcher *m, uint32_t node) {
    return m->pay[node].place != MATCH_NONE || m->pay[node].lex_count > 0;
}

/* One way the first token can stand for a pattern word. */
typedef struct first_key {
    uint32_t word;
    uint16_t skip;
    uint8_t kind; /* match_key */
} first_key;

static inline bool starts2(const char *s, size_t len, unsigned char b0, unsigned char b1) {
    return len >= 2 && (unsigned char)s[0] == b0 && (unsigned char)s[1] == b1;
}

static void add_key(const matcher *m, first_key *keys, size_t *n, const char *s, size_t len,
                    size_t skip, uint8_t kind) {
    if (*n >= MAX_KEYS || len == 0 || skip > UINT16_MAX)
        return;
    /* only words that begin a pattern: common words that occur inside
     * multi-word names (في، من) stop at the filter */
    uint32_t w = word_find_in(m, m->f_bloom, s, len);
    if (w == MATCH_NONE)
        return;
    for (size_t i = 0; i < *n; i++)
        if (keys[i].word == w)
            return;
    keys[(*n)++] = (first_key){w, (uint16_t)skip, kind};
}

static inline bool ends2(const char *s, size_t len, unsigned char b0, unsigned char b1) {
    return len >= 2 && (unsigned char)s[len - 2] == b0 && (unsigned char)s[len - 1] == b1;
}

/* Length of a pronoun enclitic at the end of s (ه ها هم هما هن كم نا ني),
 * 0 when none. */
static size_t pronoun_suffix(const char *s, size_t len) {
    static const unsigned char SUF[][6] = {
        /* longest first; bytes after the D9 lead of each letter */
        {AR_HEH_1, AR_MEEM_1, 0xA7 /* ALEF is D8 A7 */},
        {AR_HEH_1, 0xA7}, {AR_HEH_1, AR_MEEM_1}, {AR_HEH_1, AR_NOON_1}, {AR_KAF_1, AR_MEEM_1},
        {AR_NOON_1, 0xA7}, {AR_NOON_1, AR_YEH_1}, {AR_HEH_1},
    };
    static const uint8_t SUF_N[] = {3, 2, 2, 2, 2, 2, 2, 1};
    for (size_t k = 0; k < sizeof SUF_N; k++) {
        size_t n = SUF_N[k], b = 2 * n;
        if (len < b)
            continue;
        const unsigned char *e = (const unsigned char *)s + len - b;
        bool ok = true;
        for (size_t c = 0; c < n && ok; c++) {
            unsigned char lead = SUF[k][c] == 0xA7 ? 0xD8 : 0xD9;
            ok = e[2 * c] == lead && e[2 * c + 1] == SUF[k][c];
        }
        if (ok)
            return b;
    }
    return 0;
}

/* Forms a token takes once a pronoun enclitic is undone in ways the
 * segmenter's stem does not show (written to buf, at most 2):
 *  - the verb ending وا loses its ا before a pronoun: هاجموه -> هاجموا;
 *  - a feminine noun's ة is written ت before one: مبايعتها (stem مبايعت)
 *    -> مبايعه.
 * off[k] is where the form begins in the token's norm. */
static size_t enclitic_variants(const matcher_token *t, char buf[2][MAX_WORD_BYTES + 1], const char *out[2],
                                size_t out_len[2], size_t off[2]) {
    size_t n = 0;
    /* this runs on every token: look for the و first (one to three
     * letters from the end), the pronoun only then */
    size_t p = 0;
    for (size_t b = 2; b <= 6 && !p; b += 2)
        if (t->norm_len >= b + 6 && ends2(t->norm, t->norm_len - b, AR_WAW_0, AR_WAW_1) &&
            pronoun_suffix(t->norm, t->norm_len) == b)
            p = b;
    if (p && t->norm_len - p + 2 <= MAX_WORD_BYTES) {
        size_t l = t->norm_len - p;
        memcpy(buf[n], t->norm, l);
        buf[n][l] = (char)AR_ALEF_0;
        buf[n][l + 1] = (char)AR_ALEF_1;
        out[n] = buf[n], out_len[n] = l + 2, off[n] = 0;
        n++;
    }
    if (t->stem && t->stem_len >= 6 && t->stem_len <= MAX_WORD_BYTES &&
        (size_t)t->stem_off + t->stem_len < t->norm_len && ends2(t->stem, t->stem_len, AR_TEH_0, AR_TEH_1)) {
        memcpy(buf[n], t->stem, t->stem_len);
        buf[n][t->stem_len - 2] = (char)AR_HEH_0;
        buf[n][t->stem_len - 1] = (char)AR_HEH_1;
        out[n] = buf[n], out_len[n] = t->stem_len, off[n] = t->stem_off;
        n++;
    }
    return n;
}

/* A quick look whether enclitic_variants can give anything: و before
 * what may be a pronoun, or a stem ending in ت and a pronoun at the end.
 * Most tokens fail here, on a few byte compares. */
static inline __attribute__((always_inline)) bool may_have_variants(const matcher_token *t) {
    size_t len = t->norm_len;
    if (len < 8)
        return false;
    const unsigned char *e = (const unsigned char *)t->norm + len;
    /* و + ه | و + (ه ك ن)X | و + هما: a و 1-3 letters from the end */
    if (e[-4] == AR_WAW_0 && e[-3] == AR_WAW_1)
        return e[-2] == AR_HEH_0 && e[-1] == AR_HEH_1;
    if (len >= 10 && e[-6] == AR_WAW_0 && e[-5] == AR_WAW_1 && e[-4] == 0xD9 &&
        (e[-3] == AR_HEH_1 || e[-3] == AR_KAF_1 || e[-3] == AR_NOON_1))
        return true;
    if (len >= 12 && e[-8] == AR_WAW_0 && e[-7] == AR_WAW_1 && e[-5] == AR_HEH_1)
        return true;
    if (!t->stem || t->stem_len < 6 || (size_t)t->stem_off + t->stem_len >= len)
        return false;
    return ends2(t->stem, t->stem_len, AR_TEH_0, AR_TEH_1) && pronoun_suffix(t->norm, len) != 0;
}

/* Adds the first-token keys of enclitic_variants (kept out of line: its
 * buffers would weigh on the hot loop). */
static __attribute__((noinline)) void add_variant_keys(const matcher *m, const matcher_token *t, first_key *keys,
                                                       size_t *n) {
    char vb[2][MAX_WORD_BYTES + 1];
    const char *v[2];
    size_t vl[2], vo[2];
    size_t nv = enclitic_variants(t, vb, v, vl, vo);
    for (size_t k = 0; k < nv; k++)
        add_key(m, keys, n, v[k], vl[k], vo[k], vo[k] ? MATCH_KEY_STEM : MATCH_KEY_WHOLE);
}

/* The child of node by token t with its enclitic undone, when that child
 * ends a pattern; MATCH_NONE otherwise. Out of line like the above. */
static __attribute__((noinline)) uint32_t variant_terminal(const matcher *m, uint32_t node, const matcher_token *t) {
    char vb[2][MAX_WORD_BYTES + 1];
    const char *v[2];
    size_t vl[2], vo[2];
    size_t nv = enclitic_variants(t, vb, v, vl, vo);
    for (size_t q = 0; q < nv; q++) {
        if (vo[q] != 0)
            continue; /* a proclitic inside a name: not a name word */
        uint32_t wv = word_find(m, v[q], vl[q]);
        uint32_t cv = wv == MATCH_NONE ? MATCH_NONE : edge_find(m, node, wv);
        if (cv != MATCH_NONE && is_terminal(m, cv))
            return cv;
    }
    return MATCH_NONE;
}

/* The candidate forms of the first token, best first (see matcher.h). */
static size_t first_keys(const matcher *m, const matcher_token *t, first_key keys[MAX_KEYS]) {
    size_t n = 0;
    const char *s = t->norm;
    size_t len = t->norm_len;
    add_key(m, keys, &n, s, len, 0, MATCH_KEY_WHOLE);

    /* Up to three strings to try: after the conjunction, after the
     * preposition, and "ال" + rest for "لل". Each keeps its skip. */
    const char *cand[3];
    size_t cand_len[3], cand_skip[3], nc = 0, lal_at = SIZE_MAX;
    char lal[MAX_WORD_BYTES + 2];
    size_t off = 0;
    /* Whatever is stripped, at least three letters must remain: a
     * two-letter rest is too often a word's own letters (باب is not
     * ب + اب, the Yemeni town Ibb). */
    if ((starts2(s, len, AR_WAW_0, AR_WAW_1) || starts2(s, len, AR_FEH_0, AR_FEH_1)) && len >= 8) {
        off = 2;
        cand[nc] = s + off, cand_len[nc] = len - off, cand_skip[nc++] = off;
    }
    const char *r = s + off;
    size_t rl = len - off;
    if (rl >= 8 && (starts2(r, rl, AR_BEH_0, AR_BEH_1) || starts2(r, rl, AR_KAF_0, AR_KAF_1) ||
                    starts2(r, rl, AR_LAM_0, AR_LAM_1))) {
        if (starts2(r, rl, AR_LAM_0, AR_LAM_1) && starts2(r + 2, rl - 2, AR_LAM_0, AR_LAM_1)) {
            /* لل + X is ل + ال + X: rebuild "ال" + X (the alef is not written) */
            if (rl - 2 + 2 <= sizeof lal) {
                lal[0] = (char)AR_ALEF_0;
                lal[1] = (char)AR_ALEF_1;
                memcpy(lal + 2, r + 2, rl - 2);
                /* the span starts after لل: the text holds no "ال" to keep */
                lal_at = nc;
                cand[nc] = lal, cand_len[nc] = rl, cand_skip[nc++] = off + 4;
            }
        } else {
            cand[nc] = r + 2, cand_len[nc] = rl - 2, cand_skip[nc++] = off + 2;
        }
    }
    for (size_t i = 0; i < nc; i++)
        add_key(m, keys, &n, cand[i], cand_len[i], cand_skip[i], MATCH_KEY_STRIPPED);
    /* the segmenter's stem comes after our own stripping because it has
     * lost the "ال" that names usually carry (بالحسكه -> حسكه) */
    if (t->stem && t->stem_len >= 6 && t->stem_len < len) {
        /* a stem right after an "ال" segment has dropped it: that is the
         * NO_AL case, which callers treat with care (السوريه -> سوريه) */
        bool after_al = false;
        if (t->stem_off >= 4 && t->stem_off <= len) {
            const char *pre = t->norm + t->stem_off - 4;
            after_al = starts2(pre, 4, AR_ALEF_0, AR_ALEF_1) && starts2(pre + 2, 2, AR_LAM_0, AR_LAM_1);
        }
        add_key(m, keys, &n, t->stem, t->stem_len, t->stem_off, after_al ? MATCH_KEY_NO_AL : MATCH_KEY_STEM);
    }
    /* an enclitic undone (هاجموه -> هاجموا, مبايعتها -> مبايعه) */
    if (may_have_variants(t))
        add_variant_keys(m, t, keys, &n);

    /* Last resort: the text carries "ال" the pattern lacks. */
    const char *al[4];
    size_t al_len[4], al_skip[4], na = 0;
    al[na] = s, al_len[na] = len, al_skip[na++] = 0;
    for (size_t i = 0; i < nc; i++)
        /* the rebuilt "ال" + X already skips لل: X is at that skip */
        al[na] = cand[i], al_len[na] = cand_len[i], al_skip[na++] = i == lal_at ? cand_skip[i] - 4 : cand_skip[i];
    for (size_t i = 0; i < na; i++) {
        const char *a = al[i];
        size_t alen = al_len[i];
        /* X sits 4 bytes after the start in every case: after "ال" in
         * the norm, and after "لل" for the rebuilt "ال" + X */
        if (alen >= 10 && starts2(a, alen, AR_ALEF_0, AR_ALEF_1) &&
            starts2(a + 2, alen - 2, AR_LAM_0, AR_LAM_1))
            add_key(m, keys, &n, a + 4, alen - 4, al_skip[i] + 4, MATCH_KEY_NO_AL);
    }
    return n;
}

size_t matcher_scan(const matcher *m, const matcher_token *toks, size_t n, match_fn fn, void *ctx) {
    if (!m || !toks)
        return 0;
    size_t reported = 0;
    size_t i = 0;
    while (i < n) {
        first_key keys[MAX_KEYS];
        size_t nk = first_keys(m, &toks[i], keys);
        match best = {0};
        size_t best_len = 0;
        for (size_t k = 0; k < nk; k++) {
            uint32_t node = edge_find(m, 0, keys[k].word);
            if (node == MATCH_NONE)
                continue;
            match cur = {(uint32_t)i, (uint32_t)i, node, keys[k].skip, keys[k].kind, 0};
            if (is_terminal(m, node) && best_len < 1) {
                best = cur;
                best_len = 1;
            }
            for (size_t j = i + 1; j < n; j++) {
                const matcher_token *t = &toks[j];
                uint32_t w = word_find(m, t->norm, t->norm_len);
                uint32_t child = w == MATCH_NONE ? MATCH_NONE : edge_find(m, node, w);
                size_t len_here = j - i + 1;
                if (child != MATCH_NONE && is_terminal(m, child) && len_here > best_len) {
                    best = cur;
                    best.tok_last = (uint32_t)j;
                    best.node = child;
                    best.last_stem = 0;
                    best_len = len_here;
                }
                /* an enclitic on the last word: its stem may end a match */
                if (t->stem && t->stem_len && t->stem_len < t->norm_len && t->stem_off == 0) {
                    uint32_t ws = word_find(m, t->stem, t->stem_len);
                    uint32_t cs = ws == MATCH_NONE ? MATCH_NONE : edge_find(m, node, ws);
                    if (cs != MATCH_NONE && is_terminal(m, cs) && len_here > best_len) {
                        best = cur;
                        best.tok_last = (uint32_t)j;
                        best.node = cs;
                        best.last_stem = 1;
                        best_len = len_here;
                    }
                }
                /* or its enclitic undone (... هاجموه، ... مبايعتها) */
                if (len_here > best_len && may_have_variants(t)) {
                    uint32_t cv = variant_terminal(m, node, t);
                    if (cv != MATCH_NONE) {
                        best = cur;
                        best.tok_last = (uint32_t)j;
                        best.node = cv;
                        best.last_stem = 0; /* the span keeps the pronoun */
                        best_len = len_here;
                    }
                }
                if (child == MATCH_NONE)
                    break;
                node = child;
            }
        }
        if (best_len) {
            reported++;
            if (fn && !fn(&best, ctx))
                break;
            i += best_len;
        } else {
            i++;
        }
    }
    return reported;
}

/* True when s holds a byte >= 0x80 (a non-ASCII letter). */
static bool has_non_ascii(const char *s, size_t len) {
    for (size_t i = 0; i < len; i++)
        if ((unsigned char)s[i] >= 0x80)
            return true;
    return false;
}

rasad_status matcher_build(const gaz *g, const lex_lexicon *lex, matcher **out) {
    if (!out)
        return RASAD_EINVAL;
    *out = NULL;
    rasad_status st = RASAD_ENOMEM;
    matcher *m = matcher_new();
    if (!m)
        goto fail;
    if (g) {
        size_t nn = gaz_name_count(g);
        for (size_t i = 0; i < nn && i < MATCH_NONE; i++) {
            const char *s = NULL;
            size_t len = 0;
            gaz_name_at(g, i, &s, &len);
            if (!s || !has_non_ascii(s, len))
                continue;
            st = matcher_add(m, s, len, (uint32_t)i, MATCH_NONE);
            if (st == RASAD_ENOMEM)
                goto fail;
        }
    }
    if (lex) {
        size_t nf = lex_form_count(lex);
        for (size_t i = 0; i < nf && i < MATCH_NONE; i++) {
            const char *s = NULL;
            size_t len = 0;
            lex_form_at(lex, i, &s, &len, NULL);
            if (!s)
                continue;
            st = matcher_add(m, s, len, MATCH_NONE, (uint32_t)i);
            if (st == RASAD_ENOMEM)
                goto fail;
        }
    }
    *out = m;
    return RASAD_OK;
fail:
    matcher_free(m);
    return RASAD_ENOMEM;
}

static pthread_once_t default_once = PTHREAD_ONCE_INIT;
static matcher *default_matcher;
static uint64_t default_build_ns;

static void default_init(void) {
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    matcher *m = NULL;
    if (matcher_build(gaz_default(), lex_default(), &m) == RASAD_OK)
        default_matcher = m;
    clock_gettime(CLOCK_MONOTONIC, &t1);
    default_build_ns = (uint64_t)(t1.tv_sec - t0.tv_sec) * 1000000000ull + (uint64_t)(t1.tv_nsec - t0.tv_nsec);
}

const matcher *matcher_default(void) {
    pthread_once(&default_once, default_init);
    return default_matcher;
}

uint64_t matcher_default_build_ns(void) {
    return default_build_ns;
}
