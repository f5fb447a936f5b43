/* SPDX-License-Identifier: MIT
 *
 * clitics.c - stage 2b of the text layer: splits a normalized Arabic word
 * into proclitics, one stem and an enclitic (see clitics.h), deciding each
 * split against the stem lexicon data/stems.tsv (built by
 * tools/gen_stems.py from word counts over Saudi news, with a hand-written
 * keep-whole list in data/stems-extra.txt).
 *
 * The lexicon gives, per normalized form X: F (X seen as a whole word), A
 * (ال+X seen, where that ال is the article), E (X seen with a pronoun
 * enclitic of two or more letters), P (X seen after a preposition ب ل ك)
 * and flags ('w' keep whole; 'r' the word ال+X is one word, not article +
 * X). It is parsed once (pthread_once)
 * into an open-addressing hash table that is read-only afterwards, so all
 * threads share it. clitic_split() allocates nothing.
 *
 * The scoring rule, in units of 1/16 bit (16 * log2):
 *
 *   keep whole:   against a split with a proclitic, lg(A + P) of the word
 *                 + KNOWN_BONUS (it stands after ال or a preposition, so
 *                 it is a unit of its own); against a split with only an
 *                 enclitic, lg(16 A) + KNOWN_BONUS (the article never
 *                 comes before a pronoun); at least lg(F) - SURFACE_PENALTY;
 *                 UNKNOWN_SCORE for a word the corpus never showed;
 *   split P+S+E:  lg(C) - cost(P) - cost(E), with C = F + A + E of the
 *                 stem S (the word's own count is taken out of C when it
 *                 was counted there, i.e. S + a two-letter enclitic);
 *   P + ال + S:   lg(max(A of S, DEF_PSEUDO)) - cost(P before ال), where
 *                 the floor DEF_PSEUDO needs three letters in S and an
 *                 unknown S has them;
 *   ال + S alone: always when S is known and not flagged 'r', because the
 *                 article is by far the most productive prefix; for an
 *                 unknown S, lg(DEF_PSEUDO).
 *
 * In words: a split wins when the stem, paid for with a cost per clitic
 * (roughly -log of how often that clitic is attached), is more frequent
 * than the evidence that the word is a unit of its own, so ليبيا (stem
 * يبيا unknown), بغداد (غداد) and وزارة (seen as الوزارة، بوزارة) stay
 * whole, while والعراق (stem عراق seen 2700 times with ال) splits. The
 * keep-whole list covers the cases the counts get wrong (والي "governor"
 * against و + إلى). Grammar cuts the candidates down first: ال never
 * takes a pronoun enclitic, س only comes before an imperfect verb (ي ت ن
 * ا), stems have two letters at least. A chosen stem must itself stay
 * whole, which makes splitting idempotent.
 */
#include "clitics.h"
#include "stem_lexicon.h"

#include <limits.h>
#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "util/embed.h"
#include "util/hugemem.h"

EMBED_DECLARE(stems);

/* The letters clitics are made of, as UTF-8 (all two bytes). */
#define L_ALEF "\xd8\xa7" /* U+0627 ARABIC LETTER ALEF */
#define L_BEH "\xd8\xa8"  /* U+0628 ARABIC LETTER BEH */
#define L_TEH "\xd8\xaa"  /* U+062A ARABIC LETTER TEH */
#define L_SEEN "\xd8\xb3" /* U+0633 ARABIC LETTER SEEN */
#define L_FEH "\xd9\x81"  /* U+0641 ARABIC LETTER FEH */
#define L_KAF "\xd9\x83"  /* U+0643 ARABIC LETTER KAF */
#define L_LAM "\xd9\x84"  /* U+0644 ARABIC LETTER LAM */
#define L_MEEM "\xd9\x85" /* U+0645 ARABIC LETTER MEEM */
#define L_NOON "\xd9\x86" /* U+0646 ARABIC LETTER NOON */
#define L_HEH "\xd9\x87"  /* U+0647 ARABIC LETTER HEH (also TEH MARBUTA, normalized) */
#define L_WAW "\xd9\x88"  /* U+0648 ARABIC LETTER WAW */
#define L_YEH "\xd9\x8a"  /* U+064A ARABIC LETTER YEH (also ALEF MAKSURA, normalized) */
#define L_ART L_ALEF L_LAM /* ال, the article */

#define LETTER 2u          /* bytes of one Arabic letter */
#define MIN_STEM (2 * LETTER)
#define MAX_WORD 255u      /* longer "words" are kept whole (and not in the lexicon) */
#define MAX_DEPTH 8        /* recursion for the stem-stays-whole check */

#define FLAG_WHOLE 1u      /* 'w' */
#define FLAG_RADICAL 2u    /* 'r' */

/* A cost given in natural-log units, as 1/16 bits: x * 16 / ln 2. */
#define NAT(x) ((int)((x) * 23.083 + 0.5))

/* A known word keeps this much of an edge over splits, so a split must
 * explain the word clearly better than the word explains itself. */
#define KNOWN_BONUS NAT(0.5)
/* A word seen with the article is a unit (the article never stands before
 * a pronoun), so against a split with an enclitic its A count weighs this
 * many times over: كثيرة (الكثيرة seen 133 times) stays whole although
 * كثير is ten times as frequent. */
#define ARTICLE_WEIGHT 16u
/* The surface count of a word counts for this much less than evidence
 * that it stands on its own (see split_rec). */
#define SURFACE_PENALTY NAT(6.0)
/* The score of keeping a word the corpus never showed: a split then needs
 * a stem seen about e^(2 + cost) times. */
#define UNKNOWN_SCORE NAT(2.0)
/* How often an unknown ال+S is assumed to occur when P + ال + S is
 * scored: proper names absent from the corpus (بالحسكة) still split. */
#define DEF_PSEUDO 50u
#define SCORE_ALWAYS 1000000

enum { PRE_PLAIN, PRE_ART, PRE_SIN };

typedef struct prefix_seq {
    const char *text;     /* the proclitics run together */
    uint8_t len;          /* bytes of text */
    uint8_t npieces;      /* proclitic pieces */
    uint8_t piece[3];     /* bytes of each piece */
    uint8_t kind;         /* PRE_* */
    int cost;             /* 1/16 bits; for PRE_ART, of what comes before ال */
} prefix_seq;

#define P1(t, a, k, c) {t, (uint8_t)(sizeof t - 1), 1, {a, 0, 0}, k, NAT(c)}
#define P2(t, a, b, k, c) {t, (uint8_t)(sizeof t - 1), 2, {a, b, 0}, k, NAT(c)}
#define P3(t, a, b, d, k, c) {t, (uint8_t)(sizeof t - 1), 3, {a, b, d}, k, NAT(c)}

/* conjunction (و ف)? then preposition (ب ك ل) or future س? then ال?,
 * with ل + ال written لل (one piece). Costs: و is the commonest prefix,
 * ك the rarest; before ال the prefixes are unambiguous and cheap. */
static const prefix_seq PREFIXES[] = {
    P1(L_WAW, 2, PRE_PLAIN, 1.5),
    P1(L_FEH, 2, PRE_PLAIN, 2.5),
    P1(L_BEH, 2, PRE_PLAIN, 2.0),
    P1(L_KAF, 2, PRE_PLAIN, 3.0),
    P1(L_LAM, 2, PRE_PLAIN, 2.0),
    P1(L_SEEN, 2, PRE_SIN, 2.0),
    P2(L_WAW L_BEH, 2, 2, PRE_PLAIN, 3.5),
    P2(L_WAW L_KAF, 2, 2, PRE_PLAIN, 4.5),
    P2(L_WAW L_LAM, 2, 2, PRE_PLAIN, 3.5),
    P2(L_WAW L_SEEN, 2, 2, PRE_SIN, 3.5),
    P2(L_FEH L_BEH, 2, 2, PRE_PLAIN, 4.5),
    P2(L_FEH L_KAF, 2, 2, PRE_PLAIN, 5.5),
    P2(L_FEH L_LAM, 2, 2, PRE_PLAIN, 4.5),
    P2(L_FEH L_SEEN, 2, 2, PRE_SIN, 4.5),
    P1(L_ART, 4, PRE_ART, 0.0),
    P2(L_WAW L_ART, 2, 4, PRE_ART, 0.7),
    P2(L_FEH L_ART, 2, 4, PRE_ART, 1.2),
    P2(L_BEH L_ART, 2, 4, PRE_ART, 0.8),
    P2(L_KAF L_ART, 2, 4, PRE_ART, 1.5),
    P1(L_LAM L_LAM, 4, PRE_ART, 0.8),
    P3(L_WAW L_BEH L_ART, 2, 2, 4, PRE_ART, 1.5),
    P3(L_WAW L_KAF L_ART, 2, 2, 4, PRE_ART, 2.2),
    P2(L_WAW L_LAM L_LAM, 2, 4, PRE_ART, 1.5),
    P3(L_FEH L_BEH L_ART, 2, 2, 4, PRE_ART, 2.0),
    P3(L_FEH L_KAF L_ART, 2, 2, 4, PRE_ART, 2.7),
    P2(L_FEH L_LAM L_LAM, 2, 4, PRE_ART, 2.0),
};
#define NPREFIXES (sizeof PREFIXES / sizeof PREFIXES[0])

typedef struct suffix {
    const char *text;
    uint8_t len;
    bool counted;         /* counted in the lexicon's E column */
    int cost;
} suffix;

#define S(t, counted, c) {t, (uint8_t)(sizeof t - 1), counted, NAT(c)}

/* Third-person pronouns are common in news, first and second person rare;
 * single-letter ي and ك also end nisba adjectives and names. */
static const suffix SUFFIXES[] = {
    S(L_HEH, false, 2.0),          S(L_HEH L_ALEF, true, 1.8),
    S(L_HEH L_MEEM, true, 2.0),    S(L_HEH L_MEEM L_ALEF, true, 3.0),
    S(L_HEH L_NOON, true, 3.0),    S(L_KAF L_MEEM, true, 3.0),
    S(L_KAF L_MEEM L_ALEF, true, 4.0), S(L_KAF L_NOON, true, 4.0),
    S(L_NOON L_ALEF, true, 2.5),   S(L_NOON L_YEH, false, 5.0),
    S(L_YEH, false, 5.0),          S(L_KAF, false, 5.0),
};
#define NSUFFIXES (sizeof SUFFIXES / sizeof SUFFIXES[0])

/* ---- the lexicon --------------------------------------------------------- */

typedef struct stem_entry {
    uint32_t key;         /* offset of the form in text */
    uint8_t len;          /* bytes of the form */
    uint8_t flags;        /* FLAG_* */
    uint32_t f, a, e, p;  /* counts, see the top of this file */
    uint8_t nseg;         /* the form's own split (precomputed by the generator): pieces; 0 = not known */
    uint8_t stem_at;      /* index of the stem piece */
    uint8_t cut[RASAD_MAX_SEGMENTS]; /* end of each piece, in bytes */
} stem_entry;

typedef struct stem_slot {
    uint32_t hash;
    uint32_t idx;         /* entry index + 1; 0 = empty */
} stem_slot;

/* The most frequent words with their split, in two tables small enough
 * to stay in cache (32 bytes a slot, key inline): most tokens of a news
 * text are found with a single cache line read, most of them in the
 * smaller table. */
#define HOT_KEY 24u
#define HOT_SLOTS 131072u  /* 4 MB: 96% of the tokens of Saudi news */
#define HOT_WORDS 65536u
#define TOP_SLOTS 16384u   /* 512 KB, fits in L2: 77% of the tokens */
#define TOP_WORDS 8192u

typedef struct hot_slot {
    uint8_t len;          /* bytes of key; 0 = empty */
    uint8_t nseg;         /* pieces */
    uint8_t stem_at;      /* index of the stem piece */
    uint8_t cut[5];       /* end of each piece */
    uint64_t key[HOT_KEY / 8]; /* the word, zero-padded */
} hot_slot;

struct stem_lexicon {
    const char *text;     /* the embedded TSV; borrowed, static */
    uint64_t *filter;     /* FILTER_BITS bits, one per form hash; or NULL */
    hot_slot *top;        /* TOP_SLOTS slots, or NULL */
    hot_slot *hot;        /* HOT_SLOTS slots, or NULL */
    stem_entry *entries;
    size_t nentries;
    stem_slot *slots;
    size_t mask;          /* slots - 1, a power of two minus one */
    bool cached;          /* entries hold their own split */
};

/* Hashes eight bytes at a time (multiply-xorshift); words are short, so
 * this is a few instructions where a byte-wise hash would be dozens. */
static uint32_t hash_bytes(const char *s, size_t n) {
    uint64_t h = 0x9E3779B97F4A7C15u ^ n;
    while (n >= 8) {
        uint64_t v;
        memcpy(&v, s, 8);
        h = (h ^ v) * 0xBF58476D1CE4E5B9u;
        h ^= h >> 29;
        s += 8, n -= 8;
    }
    uint64_t v = 0;
    memcpy(&v, s, n);
    h = (h ^ v) * 0x94D049BB133111EBu;
    h ^= h >> 31;
    return (uint32_t)h;
}

/* Hashes a word of at most HOT_KEY bytes, given zero-padded as three
 * 64-bit words: three multiplies. The memo and both hot tables are
 * indexed by this one hash (the memo by its top bits, the tables by its
 * low bits), so a word answered by the memo or a hot table costs no
 * hash_bytes() at all; that is computed only for the lexicon proper. */
static uint64_t key_hash(const uint64_t *k, size_t len) {
    uint64_t h = (k[0] * 0x9E3779B97F4A7C15u) ^ (k[1] * 0xC2B2AE3D27D4EB4Fu) ^
                 (k[2] * 0x165667B19E3779F9u) ^ len;
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9u;
    return h;
}

/* A bit per form hash, small enough for L2 (128 KB): most stems tried for
 * an unknown word are not in the lexicon, and the filter answers that
 * without touching the big slot table. */
#define FILTER_BITS (1u << 20)
#define FILTER_BIT(h) (((h) >> 11) & (FILTER_BITS - 1))

static const stem_entry *lex_find_h(const stem_lexicon *lex, const char *s, size_t n, uint32_t h) {
    if (lex->filter && !((lex->filter[FILTER_BIT(h) / 64] >> (FILTER_BIT(h) % 64)) & 1))
        return NULL;
    for (size_t i = h & lex->mask;; i = (i + 1) & lex->mask) {
        const stem_slot *sl = &lex->slots[i];
        if (sl->idx == 0)
            return NULL;
        if (sl->hash == h) {
            const stem_entry *e = &lex->entries[sl->idx - 1];
            if (e->len == n && memcmp(lex->text + e->key, s, n) == 0)
                return e;
        }
    }
}

static const stem_entry *lex_find(const stem_lexicon *lex, const char *s, size_t n) {
    if (n == 0 || n > MAX_WORD)
        return NULL;
    return lex_find_h(lex, s, n, hash_bytes(s, n));
}

bool stem_lexicon_counts(const stem_lexicon *lex, const char *norm, size_t len, stem_counts *out) {
    const stem_entry *e = lex ? lex_find(lex, norm, len) : NULL;
    *out = e ? (stem_counts){e->f, e->a, e->e, e->p} : (stem_counts){0, 0, 0, 0};
    return e != NULL;
}

/* Parses a decimal count, saturating; advances *p past it. */
static uint32_t parse_count(const char **p, const char *end) {
    uint64_t v = 0;
    const char *s = *p;
    while (s < end && *s >= '0' && *s <= '9') {
        v = v * 10 + (uint64_t)(*s - '0');
        if (v > UINT32_MAX / 4)
            v = UINT32_MAX / 4;
        s++;
    }
    *p = s;
    return (uint32_t)v;
}

/* Parses the split column (role letter and letter count of each piece,
 * "p1p2s4") into e's cached split; false unless it is well formed: the
 * pieces cover the form, proclitics first, one stem, at most one
 * enclitic. */
static bool parse_split(const char *p, const char *end, stem_entry *e) {
    size_t k = 0, at = 0, stems = 0, encl = 0;
    while (p < end) {
        char role = *p++;
        const char *q = p;
        uint32_t letters = parse_count(&p, end);
        if (p == q || letters == 0 || k >= 5 || letters > MAX_WORD)
            return false;
        at += letters * LETTER;
        if (at > e->len)
            return false;
        if (role == 'p') {
            if (stems)
                return false;
        } else if (role == 's') {
            if (stems++)
                return false;
            e->stem_at = (uint8_t)k;
        } else if (role == 'e') {
            if (!stems || encl++)
                return false;
        } else {
            return false;
        }
        e->cut[k++] = (uint8_t)at;
    }
    if (at != e->len || stems != 1)
        return false;
    e->nseg = (uint8_t)k;
    return true;
}

/* Parses one line "form\tF\tA\tE\tP[\tflags[\tsplit]]" into *e; false if
 * malformed. */
static bool parse_line(const char *base, const char *s, const char *end, stem_entry *e) {
    const char *tab = memchr(s, '\t', (size_t)(end - s));
    if (!tab || tab == s || (size_t)(tab - s) > MAX_WORD || (size_t)(s - base) > UINT32_MAX)
        return false;
    e->key = (uint32_t)(s - base);
    e->len = (uint8_t)(tab - s);
    e->flags = 0;
    const char *p = tab + 1;
    uint32_t *cols[4] = {&e->f, &e->a, &e->e, &e->p};
    for (int c = 0; c < 4; c++) {
        if (c > 0) {
            if (p >= end || *p != '\t')
                return false;
            p++;
        }
        const char *q = p;
        *cols[c] = parse_count(&p, end);
        if (p == q)
            return false;
    }
    if (p < end && *p == '\t')
        for (p++; p < end && *p != '\t'; p++)
            e->flags |= (uint8_t)(*p == 'w' ? FLAG_WHOLE : *p == 'r' ? FLAG_RADICAL : 0);
    e->nseg = 1; /* no split column: whole */
    e->stem_at = 0;
    e->cut[0] = e->len;
    if (p < end && *p == '\t' && !parse_split(p + 1, end, e))
        e->nseg = 0; /* unreadable: computed when asked */
    return true;
}

static size_t split_rec(const stem_lexicon *lex, const char *w, size_t len,
                        clitic_piece out[RASAD_MAX_SEGMENTS], int depth);

/* Zeroed memory for the lookup tables, on 2 MB pages where the kernel
 * offers them (util/hugemem.h): the tables are probed at random, and with
 * 4 KB pages nearly every probe of the 4 MB hot table also missed the
 * TLB. Freed with free() (huge_free is free). */
static void *table_calloc(size_t n, size_t size) {
    if (size && n > SIZE_MAX / size)
        return NULL;
    size_t bytes = n * size;
    if (bytes == 0)
        bytes = 1;
    void *p = huge_alloc(bytes);
    if (p)
        memset(p, 0, bytes);
    return p;
}

/* The k-th largest of v[0..n) (k < n, counting from 0), by Wirth's
 * selection (Hoare's partition around v[k], keeping the side that holds
 * k); v is reordered. */
static uint32_t kth_largest(uint32_t *v, size_t n, size_t k) {
    ptrdiff_t l = 0, r = (ptrdiff_t)n - 1, kk = (ptrdiff_t)k;
    while (l < r) {
        uint32_t x = v[kk];
        ptrdiff_t i = l, j = r;
        do {
            while (v[i] > x)
                i++;
            while (x > v[j])
                j--;
            if (i <= j) {
                uint32_t t = v[i];
                v[i++] = v[j];
                v[j--] = t;
            }
        } while (i <= j);
        if (j < kk)
            l = i;
        if (kk < i)
            r = j;
    }
    return v[kk];
}

/* The lowest count t >= 1 such that at most nwords of the words that fit
 * a hot slot have a count of at least t (capped at UINT32_MAX / 4): one
 * more than the (nwords + 1)-th largest count. 0 when out of memory. */
static uint32_t hot_threshold(const stem_lexicon *lex, size_t nwords) {
    uint32_t *f = malloc((lex->nentries ? lex->nentries : 1) * sizeof *f);
    if (!f)
        return 0;
    size_t n = 0;
    for (size_t i = 0; i < lex->nentries; i++)
        if (lex->entries[i].len <= HOT_KEY)
            f[n++] = lex->entries[i].f;
    uint64_t t = n <= nwords ? 1 : (uint64_t)kth_largest(f, n, nwords) + 1;
    free(f);
    return t < UINT32_MAX / 4 ? (uint32_t)t : UINT32_MAX / 4;
}

/* A table of nslots with the (at most nwords) most frequent words that
 * fit; NULL when out of memory, which only costs speed. */
static hot_slot *build_hot(const stem_lexicon *lex, size_t nwords, size_t nslots) {
    /* the lowest count that still admits at most nwords words */
    uint32_t lo = hot_threshold(lex, nwords);
    if (lo == 0)
        return NULL;
    hot_slot *hot = table_calloc(nslots, sizeof *hot);
    if (!hot)
        return NULL;
    for (size_t i = 0; i < lex->nentries; i++) {
        const stem_entry *e = &lex->entries[i];
        if (e->f < lo || e->len > HOT_KEY || e->nseg < 1 || e->nseg > 5)
            continue;
        uint64_t k[HOT_KEY / 8] = {0, 0, 0};
        memcpy((char *)k, lex->text + e->key, e->len);
        size_t j = (size_t)(key_hash(k, e->len) & (nslots - 1));
        while (hot[j].len)
            j = (j + 1) & (nslots - 1);
        hot[j].len = e->len;
        hot[j].nseg = e->nseg;
        hot[j].stem_at = e->stem_at;
        memcpy(hot[j].cut, e->cut, e->nseg);
        memcpy((char *)hot[j].key, lex->text + e->key, e->len);
    }
    return hot;
}

static stem_lexicon default_lex;
static const stem_lexicon *default_ptr;
static pthread_once_t default_once = PTHREAD_ONCE_INIT;

static void load_default(void) {
    const char *text = EMBED_DATA(stems);
    size_t len = EMBED_LEN(stems);
    const char *end = text + len;
    size_t lines = 1;
    for (const char *p = text; p < end; p++)
        lines += (*p == '\n');
    size_t nslots = 16;
    while (nslots < 2 * lines) {
        if (nslots > SIZE_MAX / 4 / sizeof(stem_slot))
            return;
        nslots *= 2;
    }
    if (lines > SIZE_MAX / sizeof(stem_entry))
        return;
    stem_entry *entries = table_calloc(lines, sizeof *entries);
    stem_slot *slots = table_calloc(nslots, sizeof *slots);
    if (!entries || !slots)
        goto fail;
    size_t n = 0, mask = nslots - 1;
    for (const char *s = text; s < end;) {
        const char *nl = memchr(s, '\n', (size_t)(end - s));
        const char *eol = nl ? nl : end;
        stem_entry e;
        if (*s != '#' && n < lines && parse_line(text, s, eol, &e)) {
            uint32_t h = hash_bytes(text + e.key, e.len);
            size_t i = h & mask;
            bool dup = false;
            for (; slots[i].idx; i = (i + 1) & mask) {
                const stem_entry *o = &entries[slots[i].idx - 1];
                if (slots[i].hash == h && o->len == e.len &&
                    memcmp(text + o->key, text + e.key, e.len) == 0) {
                    dup = true; /* the first line wins */
                    break;
                }
            }
            if (!dup) {
                entries[n] = e;
                slots[i].hash = h;
                slots[i].idx = (uint32_t)(n + 1);
                n++;
            }
        }
        s = eol + 1;
    }
    default_lex.text = text;
    default_lex.entries = entries;
    default_lex.nentries = n;
    default_lex.slots = slots;
    default_lex.mask = mask;
    default_lex.cached = true;
    uint64_t *filter = calloc(FILTER_BITS / 64, sizeof *filter);
    if (filter)
        for (size_t i = 0; i < n; i++) {
            uint32_t h = hash_bytes(text + entries[i].key, entries[i].len);
            filter[FILTER_BIT(h) / 64] |= (uint64_t)1 << (FILTER_BIT(h) % 64);
        }
    default_lex.filter = filter; /* NULL only costs speed */
    default_lex.top = build_hot(&default_lex, TOP_WORDS, TOP_SLOTS);
    default_lex.hot = build_hot(&default_lex, HOT_WORDS, HOT_SLOTS);
    default_ptr = &default_lex;
    return; /* kept for the life of the process */
fail:
    free(entries);
    free(slots);
}

const stem_lexicon *stem_lexicon_default(void) {
    pthread_once(&default_once, load_default);
    return default_ptr;
}

/* ---- scoring --------------------------------------------------------------- */

/* 16 * log2(1 + x), to 1/16 bit. */
static int lg16(uint64_t x) {
    x += 1;
    int msb = 63 - __builtin_clzll(x);
    uint64_t frac = msb >= 4 ? (x >> (msb - 4)) & 15 : (x << (4 - msb)) & 15;
    return msb * 16 + (int)frac;
}

static bool starts_with(const char *w, size_t len, const char *p, size_t plen) {
    return plen <= len && memcmp(w, p, plen) == 0;
}

/* Only words of letters from the Arabic block (two-byte UTF-8 lead D8-DB
 * and one continuation byte) are split; everything else stays whole. */
static bool all_arabic(const char *w, size_t len) {
    if (len % LETTER)
        return false;
    for (size_t i = 0; i < len; i += LETTER) {
        unsigned char a = (unsigned char)w[i], b = (unsigned char)w[i + 1];
        if (a < 0xD8 || a > 0xDB || (b & 0xC0) != 0x80)
            return false;
    }
    return true;
}

/* Does s begin with a proclitic sequence that ends in the article? */
static bool has_article_prefix(const char *s, size_t n) {
    for (size_t i = 0; i < NPREFIXES; i++)
        if (PREFIXES[i].kind == PRE_ART && starts_with(s, n, PREFIXES[i].text, PREFIXES[i].len))
            return true;
    return false;
}

static uint64_t total(const stem_entry *e) {
    return e ? (uint64_t)e->f + e->a + e->e : 0;
}

/* Count of S as a stem before an enclitic: a final ت may be ة (قوتهم =
 * قوة + هم) and a final و may be وا (قتلوه = قتلوا + ه). */
static uint64_t stem_count_before_enclitic(const stem_lexicon *lex, const char *s, size_t n) {
    uint64_t c = total(lex_find(lex, s, n));
    char buf[MAX_WORD + LETTER];
    if (n >= LETTER && n + LETTER <= MAX_WORD) {
        memcpy(buf, s, n);
        if (memcmp(s + n - LETTER, L_TEH, LETTER) == 0) {
            memcpy(buf + n - LETTER, L_HEH, LETTER);
            uint64_t v = total(lex_find(lex, buf, n));
            if (v > c)
                c = v;
        } else if (memcmp(s + n - LETTER, L_WAW, LETTER) == 0) {
            memcpy(buf + n, L_ALEF, LETTER);
            uint64_t v = total(lex_find(lex, buf, n + LETTER));
            if (v > c)
                c = v;
        }
    }
    return c;
}

static size_t whole(size_t len, clitic_piece out[RASAD_MAX_SEGMENTS]) {
    out[0].start = 0;
    out[0].end = (uint16_t)(len > UINT16_MAX ? UINT16_MAX : len);
    out[0].role = RASAD_SEG_STEM;
    return 1;
}

/* Does the stem w[a..b) stay whole when split on its own? */
static bool stem_stays_whole(const stem_lexicon *lex, const char *w, size_t a, size_t b, int depth) {
    clitic_piece tmp[RASAD_MAX_SEGMENTS];
    return split_rec(lex, w + a, b - a, tmp, depth + 1) == 1;
}

static size_t split_rec(const stem_lexicon *lex, const char *w, size_t len,
                        clitic_piece out[RASAD_MAX_SEGMENTS], int depth) {
    if (!lex || len < MIN_STEM + LETTER || len > MAX_WORD || depth > MAX_DEPTH ||
        !all_arabic(w, len))
        return whole(len, out);
    const stem_entry *we = lex_find(lex, w, len);
    if (we && (we->flags & FLAG_WHOLE))
        return whole(len, out);

    /* What keeping the word whole scores against a split with a proclitic
     * (the word seen after the article or a preposition, which cannot
     * stack on a proclitic of its own) and against one with only an
     * enclitic (the word seen with the article, which never stands before
     * a pronoun). A bare surface count is weak evidence: و + verb is often
     * more frequent than the verb alone (وقال). */
    int whole_pro = UNKNOWN_SCORE, whole_enc = UNKNOWN_SCORE;
    if (we && total(we) + we->p > 0) {
        int surface = lg16(we->f) - SURFACE_PENALTY;
        whole_pro = lg16((uint64_t)we->a + we->p) + KNOWN_BONUS;
        whole_enc = lg16((uint64_t)we->a * ARTICLE_WEIGHT) + KNOWN_BONUS;
        if (whole_pro < surface)
            whole_pro = surface;
        if (whole_enc < surface)
            whole_enc = surface;
    }
    int best = INT_MIN;
    const prefix_seq *best_p = NULL;
    const suffix *best_s = NULL;

    /* The prefixes and suffixes the word has (NULL = none), in table
     * order; only the first letter or two need comparing. */
    const prefix_seq *pres[NPREFIXES + 1];
    const suffix *sufs[NSUFFIXES + 1];
    size_t npre = 0, nsuf = 0;
    pres[npre++] = NULL;
    sufs[nsuf++] = NULL;
    for (size_t i = 0; i < NPREFIXES; i++)
        if (PREFIXES[i].text[1] == w[1] && starts_with(w, len, PREFIXES[i].text, PREFIXES[i].len))
            pres[npre++] = &PREFIXES[i];
    for (size_t j = 0; j < NSUFFIXES; j++)
        if (SUFFIXES[j].text[SUFFIXES[j].len - 1] == w[len - 1] &&
            memcmp(w + len - SUFFIXES[j].len, SUFFIXES[j].text, SUFFIXES[j].len) == 0)
            sufs[nsuf++] = &SUFFIXES[j];

    for (size_t i = 0; i < npre; i++) {
        const prefix_seq *p = pres[i];
        size_t plen = p ? p->len : 0;
        for (size_t j = 0; j < nsuf; j++) {
            const suffix *sf = sufs[j];
            size_t slen = sf ? sf->len : 0;
            if (!p && !sf)
                continue;
            if (plen + slen + MIN_STEM > len)
                continue;
            const char *s = w + plen;
            size_t n = len - plen - slen;
            int score;
            if (n == 2 * LETTER && memcmp(s, L_ART, n) == 0)
                continue; /* the article is no stem */
            if (p && p->kind == PRE_ART) {
                if (sf)
                    continue; /* the article never takes a pronoun */
                const stem_entry *se = lex_find(lex, s, n);
                if (se && (se->flags & FLAG_RADICAL))
                    continue; /* ال+S is one word (التزام) */
                if (!se && (n < 3 * LETTER || has_article_prefix(s, n)))
                    continue; /* an unknown stem after ال has three letters
                               * (وكالتا is not و + ك + ال + تا) and no
                               * article of its own (the splits would
                               * chain: لللل...) */
                if (p->npieces == 1 && plen == 2 * LETTER &&
                    memcmp(p->text, L_ART, plen) == 0) {
                    score = se ? SCORE_ALWAYS : lg16(DEF_PSEUDO);
                } else {
                    /* a two-letter S gets no floor (وكالتا is not و + ك +
                     * ال + تا) */
                    uint64_t a = se ? se->a : 0;
                    if (a < DEF_PSEUDO && n >= 3 * LETTER)
                        a = DEF_PSEUDO;
                    score = lg16(a) - p->cost;
                }
            } else {
                if (p && p->kind == PRE_SIN) {
                    /* the future prefix س comes before an imperfect verb,
                     * which has three letters at least */
                    if (n < 3 * LETTER || !(starts_with(s, n, L_YEH, LETTER) || starts_with(s, n, L_TEH, LETTER) ||
                          starts_with(s, n, L_NOON, LETTER) || starts_with(s, n, L_ALEF, LETTER)))
                        continue;
                }
                if (sf && n >= MIN_STEM + 2 * LETTER && starts_with(s, n, L_ART, 2 * LETTER)) {
                    /* ال + X + pronoun only when ال+X is one word */
                    const stem_entry *re = lex_find(lex, s + 2 * LETTER, n - 2 * LETTER);
                    if (!re || !(re->flags & FLAG_RADICAL))
                        continue;
                }
                uint64_t c = sf ? stem_count_before_enclitic(lex, s, n) : total(lex_find(lex, s, n));
                if (!p && sf && sf->counted && we) /* the word itself was counted in E of S */
                    c = c > we->f ? c - we->f : 0;
                if (c == 0)
                    continue;
                score = lg16(c) - (p ? p->cost : 0) - (sf ? sf->cost : 0);
            }
            if (score > (p ? whole_pro : whole_enc) && score > best &&
                stem_stays_whole(lex, w, plen, len - slen, depth)) {
                best = score;
                best_p = p;
                best_s = sf;
            }
        }
    }
    if (!best_p && !best_s)
        return whole(len, out);

    size_t k = 0, at = 0;
    if (best_p)
        for (size_t q = 0; q < best_p->npieces; q++) {
            out[k].start = (uint16_t)at;
            at += best_p->piece[q];
            out[k].end = (uint16_t)at;
            out[k++].role = RASAD_SEG_PROCLITIC;
        }
    size_t stem_end = len - (best_s ? best_s->len : 0);
    out[k].start = (uint16_t)at;
    out[k].end = (uint16_t)stem_end;
    out[k++].role = RASAD_SEG_STEM;
    if (best_s) {
        out[k].start = (uint16_t)stem_end;
        out[k].end = (uint16_t)len;
        out[k++].role = RASAD_SEG_ENCLITIC;
    }
    return k;
}

static const hot_slot *hot_find(const hot_slot *t, size_t nslots, uint64_t h, const uint64_t *k,
                                size_t len) {
    if (!t)
        return NULL;
    for (size_t j = (size_t)(h & (nslots - 1)); t[j].len; j = (j + 1) & (nslots - 1))
        if (t[j].len == len && t[j].key[0] == k[0] && t[j].key[1] == k[1] && t[j].key[2] == k[2])
            return &t[j];
    return NULL;
}

/* Could any candidate of split_rec() match? Every prefix begins with و ف
 * ب ك ل س or the ا of ال, every suffix ends in ه ا م ن ي ك; a word with
 * neither stays whole without a lookup. */
/* The letters as bits over the second UTF-8 byte (80-BF), one mask per
 * lead byte (D8, D9): a shift and a test instead of a loop of byte
 * compares (may_have_clitic was 4.6% of the profile of --stage text). */
#define LBIT(c) ((uint64_t)1 << ((c) - 0x80))
#define FIRST_D8 (LBIT(0xA8) | LBIT(0xB3) | LBIT(0xA7))                 /* ب س ا */
#define FIRST_D9 (LBIT(0x88) | LBIT(0x81) | LBIT(0x83) | LBIT(0x84))    /* و ف ك ل */
#define LAST_D8 LBIT(0xA7)                                             /* ا */
#define LAST_D9 (LBIT(0x87) | LBIT(0x85) | LBIT(0x86) | LBIT(0x8A) | LBIT(0x83)) /* ه م ن ي ك */

static bool letter_in(unsigned char lead, unsigned char c, uint64_t d8, uint64_t d9) {
    if ((c & 0xC0) != 0x80)
        return false;
    uint64_t m = lead == 0xD8 ? d8 : lead == 0xD9 ? d9 : 0;
    return (m >> (c - 0x80)) & 1;
}

static bool may_have_clitic(const char *w, size_t len) {
    return letter_in((unsigned char)w[0], (unsigned char)w[1], FIRST_D8, FIRST_D9) ||
           letter_in((unsigned char)w[len - 2], (unsigned char)w[len - 1], LAST_D8, LAST_D9);
}

/* Expands a split stored in the lexicon. */
static size_t cached_pieces(size_t nseg, size_t stem_at, const uint8_t *cut,
                            clitic_piece out[RASAD_MAX_SEGMENTS]) {
    size_t at = 0;
    for (size_t j = 0; j < nseg; j++) {
        out[j].start = (uint16_t)at;
        out[j].end = cut[j];
        out[j].role = (uint8_t)(j < stem_at ? RASAD_SEG_PROCLITIC
                                : j == stem_at ? RASAD_SEG_STEM
                                               : RASAD_SEG_ENCLITIC);
        at = cut[j];
    }
    return nseg;
}

size_t clitic_split_computed(const stem_lexicon *lex, const char *norm, size_t len,
                             clitic_piece out[RASAD_MAX_SEGMENTS]) {
    if (!norm)
        return whole(0, out);
    return split_rec(lex, norm, len, out, 0);
}

/* ---- the per-thread memo --------------------------------------------------
 *
 * News repeats its words: a few thousand forms make up most tokens, and an
 * article repeats its own names and unknown words. A small direct-mapped
 * table per thread (MEMO_SLOTS slots of 32 bytes, the layout of the hot
 * tables) remembers the last decision for each slot, so a repeated word is
 * answered from L1/L2 without hashing into the 4 MB hot table or the big
 * lexicon, and an unknown word is scored once, not at each occurrence.
 * Measured on 8000 SaudiNewsNet articles (rasad-bench --stage text): see
 * bench/notes/text.md. Only the built-in lexicon is memoized: it is
 * immutable for the life of the process, so a decision never goes stale.
 * The table is allocated on a thread's first use and freed at its exit. */
#define MEMO_BITS 14u
#define MEMO_SLOTS (1u << MEMO_BITS)

static _Thread_local hot_slot *tl_memo;
static _Thread_local bool tl_memo_failed;
static pthread_key_t memo_key;
static bool memo_key_ok;
static pthread_once_t memo_once = PTHREAD_ONCE_INIT;

/* Runs in the exiting thread itself: later calls there (from other
 * destructors) go without a memo instead of into freed memory. */
static void memo_free(void *p) {
    tl_memo = NULL;
    tl_memo_failed = true;
    free(p);
}

static void memo_key_init(void) {
    memo_key_ok = pthread_key_create(&memo_key, memo_free) == 0;
}

/* This thread's memo, or NULL when it cannot have one (out of memory). */
static hot_slot *memo_get(void) {
    if (tl_memo || tl_memo_failed)
        return tl_memo;
    pthread_once(&memo_once, memo_key_init);
    hot_slot *m = memo_key_ok ? calloc(MEMO_SLOTS, sizeof *m) : NULL;
    if (m && pthread_setspecific(memo_key, m) != 0) {
        free(m);
        m = NULL;
    }
    tl_memo = m;
    tl_memo_failed = m == NULL;
    return m;
}

/* A memo slot from key_hash(): its top bits (the hot tables use the low
 * ones); a collision only evicts. */
static size_t memo_index(uint64_t kh) {
    return (size_t)(kh >> (64 - MEMO_BITS));
}

/* The lookups behind the memo: hot tables, lexicon, then scoring. */
/* k and kh: the key and key_hash() of a word of at most HOT_KEY bytes, or
 * k NULL for a longer one. */
static size_t split_lookup(const stem_lexicon *lex, const char *norm, size_t len, const uint64_t *k,
                           uint64_t kh, bool use_top, clitic_piece out[RASAD_MAX_SEGMENTS]) {
    if (k) {
        const hot_slot *hs = use_top ? hot_find(lex->top, TOP_SLOTS, kh, k, len) : NULL;
        if (!hs)
            hs = hot_find(lex->hot, HOT_SLOTS, kh, k, len);
        if (hs)
            return cached_pieces(hs->nseg, hs->stem_at, hs->cut, out);
    }
    const stem_entry *e = lex_find_h(lex, norm, len, hash_bytes(norm, len));
    if (e && e->nseg >= 1 && e->nseg <= RASAD_MAX_SEGMENTS)
        return cached_pieces(e->nseg, e->stem_at, e->cut, out);
    return split_rec(lex, norm, len, out, 0);
}

size_t clitic_split(const stem_lexicon *lex, const char *norm, size_t len,
                    clitic_piece out[RASAD_MAX_SEGMENTS]) {
    if (!norm)
        return whole(0, out);
    if (!lex || !lex->cached || len < MIN_STEM + LETTER || len > MAX_WORD)
        return split_rec(lex, norm, len, out, 0);
    if (!may_have_clitic(norm, len))
        return whole(len, out);
    if (len > HOT_KEY)
        return split_lookup(lex, norm, len, NULL, 0, true, out);
    /* the word zero-padded like the keys, compared eight bytes at a time */
    uint64_t k[HOT_KEY / 8] = {0, 0, 0};
    memcpy((char *)k, norm, len);
    uint64_t kh = key_hash(k, len);
    hot_slot *m = lex == default_ptr ? memo_get() : NULL;
    if (!m)
        return split_lookup(lex, norm, len, k, kh, true, out);
    /* The lookups are bound by memory latency, not by work: the hot
     * table's slot starts loading together with the memo's instead of
     * after its miss, and the top table (the most frequent words, which
     * the memo holds anyway) is skipped, one cache miss fewer per memo
     * miss. */
    if (lex->hot)
        __builtin_prefetch(&lex->hot[kh & (HOT_SLOTS - 1)]);
    hot_slot *ms = &m[memo_index(kh)];
    if (ms->len == len && ms->key[0] == k[0] && ms->key[1] == k[1] && ms->key[2] == k[2])
        return cached_pieces(ms->nseg, ms->stem_at, ms->cut, out);
    size_t n = split_lookup(lex, norm, len, k, kh, false, out);
    if (n >= 1 && n <= sizeof ms->cut) {
        ms->len = (uint8_t)len;
        ms->nseg = (uint8_t)n;
        ms->stem_at = 0;
        for (size_t j = 0; j < n; j++) {
            ms->cut[j] = (uint8_t)out[j].end;
            if (out[j].role == RASAD_SEG_STEM)
                ms->stem_at = (uint8_t)j;
        }
        memcpy(ms->key, k, sizeof ms->key);
    }
    return n;
}
