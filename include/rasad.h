/* SPDX-License-Identifier: MIT
 *
 * rasad.h - the public C API of librasad, an engine that reads Arabic news
 * and turns it into structured conflict-event data.
 *
 * This header is the manual. Everything not declared here is private.
 *
 * Conventions (one for the whole API):
 *  - Text arrives as (pointer, byte length), UTF-8, no NUL terminator
 *    required. Every offset rasad reports is a byte offset into the
 *    caller's original buffer: [start, end).
 *  - Every fallible call returns rasad_status: RASAD_OK (0) or a negative
 *    error code, and delivers results through out-parameters.
 *    rasad_strerror() gives static text for a code.
 *  - Handles are opaque and come in _new/_free (or _load/_free) pairs;
 *    every _free(NULL) does nothing.
 *  - Ownership is stated on every function: "caller frees" or "borrowed,
 *    valid while X lives".
 *  - Thread safety: a rasad_resources handle is read-only after loading and
 *    may be shared by any number of threads. A rasad_doc belongs to one
 *    thread at a time; all of its per-article data lives in its own arena
 *    and is released at once by rasad_doc_free().
 *
 * Pipeline, in the order the library runs it:
 *   text -> tokens (normalize, tokenize, clitics, sentences)
 *        -> mentions (lexicons, tagger, numbers, dates)
 *        -> resolution (geocoding, actors)
 *        -> events / claims / quotes -> output (JSON, JSONL, CSV)
 *
 * Usage, the text layer:
 *
 *     rasad_options o;
 *     rasad_options_init(&o);
 *     rasad_doc *doc = NULL;
 *     rasad_status st = rasad_doc_new(text, len, &o, &doc);
 *     if (st != RASAD_OK) { fprintf(stderr, "%s\n", rasad_strerror(st)); }
 *     for (size_t i = 0; i < rasad_doc_token_count(doc); i++) {
 *         const rasad_token *t = rasad_doc_token(doc, i);
 *         printf("%.*s -> %s\n", (int)(t->end - t->start), text + t->start, t->norm);
 *     }
 *     rasad_doc_free(doc);
 */
#ifndef RASAD_H
#define RASAD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(RASAD_BUILDING) && defined(__GNUC__)
#define RASAD_API __attribute__((visibility("default")))
#else
#define RASAD_API
#endif

/* ==== BEGIN core ==================================================== */

#define RASAD_VERSION_MAJOR 0
#define RASAD_VERSION_MINOR 1
#define RASAD_VERSION_PATCH 0
#define RASAD_VERSION_STRING "0.1.0"
/* Version of the JSON output contract (../shared/SCHEMA.md). */
#define RASAD_SCHEMA_VERSION 1

/* Status codes. 0 is success, errors are negative. */
typedef enum rasad_status {
    RASAD_OK = 0,
    RASAD_ENOMEM = -1,     /* an allocation failed */
    RASAD_EINVAL = -2,     /* a bad argument (NULL handle, unknown option bit) */
    RASAD_EUTF8 = -3,      /* invalid UTF-8 under RASAD_OPT_STRICT_UTF8 */
    RASAD_ETOOBIG = -4,    /* the article exceeds max_doc_bytes */
    RASAD_ETOKEN = -5,     /* a token exceeds max_token_bytes */
    RASAD_EIO = -6,        /* a file could not be read or written */
    RASAD_EFORMAT = -7,    /* a resource file or record is malformed */
    RASAD_EVERSION = -8,   /* a resource file has an unsupported version */
    RASAD_ECHECKSUM = -9,  /* a resource file fails its checksum */
    RASAD_EJSON = -10,     /* a JSON line could not be parsed */
    RASAD_ENOTFOUND = -11, /* nothing matched (lookups) */
    RASAD_EDATE = -12,     /* a date string is not YYYY-MM-DD */
    RASAD_ELIMIT = -13     /* another run-time limit was hit */
} rasad_status;

/* Static English text for a status code; never NULL. */
RASAD_API const char *rasad_strerror(rasad_status code);

/* Library version "MAJOR.MINOR.PATCH" (static). */
RASAD_API const char *rasad_version(void);
/* Unicode version of the linked utf8proc (static). */
RASAD_API const char *rasad_unicode_version(void);

/* Pluggable allocator. Running out of memory returns RASAD_ENOMEM. */
typedef struct rasad_mem {
    void *(*calloc)(size_t nmemb, size_t size);
    void *(*realloc)(void *ptr, size_t size);
    void (*free)(void *ptr);
} rasad_mem;

/* The default allocator (the C library's). */
RASAD_API const rasad_mem *rasad_default_mem(void);

/* Frees memory that a rasad_* call returned as "caller frees with
 * rasad_free". NULL is fine. */
RASAD_API void rasad_free(void *p);

/* A calendar date. 0 in a field means unknown. */
typedef struct rasad_ymd {
    int year;  /* e.g. 2022 */
    int month; /* 1..12, 0 unknown */
    int day;   /* 1..31, 0 unknown */
} rasad_ymd;

/* Parses "YYYY-MM-DD" (exactly 10 bytes, a real calendar day).
 * Returns RASAD_OK or RASAD_EDATE. */
RASAD_API rasad_status rasad_ymd_parse(const char *s, size_t len, rasad_ymd *out);

/* Option bits. Unknown bits are rejected with RASAD_EINVAL. */
#define RASAD_OPT_STRICT_UTF8 (1u << 0) /* fail on invalid UTF-8 instead of U+FFFD */
#define RASAD_OPT_NO_CLITICS (1u << 1)  /* do not split clitics */
#define RASAD_OPT__ALL (RASAD_OPT_STRICT_UTF8 | RASAD_OPT_NO_CLITICS)

typedef struct rasad_resources rasad_resources;

/* Per-article options. Fill with rasad_options_init(), then change fields. */
typedef struct rasad_options {
    unsigned flags;                   /* RASAD_OPT_* bits */
    size_t max_doc_bytes;             /* default 16 MiB; larger articles fail with RASAD_ETOOBIG */
    size_t max_token_bytes;           /* default 4096; longer tokens fail with RASAD_ETOKEN */
    rasad_ymd published;              /* anchors relative dates; year 0 = unknown */
    const rasad_resources *resources; /* borrowed; NULL = the built-in defaults */
} rasad_options;

RASAD_API void rasad_options_init(rasad_options *o);

/* The built-in resources (stem lexicon, gazetteer, actor and trigger
 * lexicons, tagger model), compiled into the library. Loaded once on first
 * use and shared; read-only and safe to use from any number of threads.
 * Borrowed: never free it. NULL only when out of memory. */
RASAD_API const rasad_resources *rasad_resources_default(void);

/* ==== END core ====================================================== */

/* ==== BEGIN text ==================================================== */

/* Normalization flags for rasad_normalize(). */
#define RASAD_NORM_DEFAULT 0u

/* Returns the matching form of a UTF-8 string: presentation forms folded
 * (NFKC through utf8proc), diacritics, Quranic marks and tatweel removed,
 * alef variants -> ALEF, ALEF MAKSURA -> YEH, TEH MARBUTA -> HEH,
 * Arabic-Indic and Persian digits -> ASCII, Arabic punctuation -> ASCII
 * (، ؛ ؟ ٪ ٫ ٬ -> , ; ? % . ,), zero-width and bidi marks dropped, ASCII
 * lower-cased, invalid UTF-8 -> U+FFFD. Idempotent.
 * *out is NUL-terminated; caller frees with rasad_free(). */
RASAD_API rasad_status rasad_normalize(const char *text, size_t len, unsigned flags,
                                       char **out, size_t *out_len);

typedef enum rasad_token_kind {
    RASAD_TOK_WORD = 0,  /* Arabic (or other non-Latin) letters */
    RASAD_TOK_LATIN,     /* Latin letters, may contain digits: F16 */
    RASAD_TOK_NUMBER,    /* 1,000  1.5  ١٠  3000 */
    RASAD_TOK_PUNCT,     /* . , ; : ! ? ، ؛ ؟ - and other punctuation */
    RASAD_TOK_QUOTE,     /* “ ” « » " ' ‘ ’ */
    RASAD_TOK_BRACKET,   /* ( ) [ ] { } */
    RASAD_TOK_URL,       /* http://...  www.... */
    RASAD_TOK_EMAIL,     /* name@host.tld */
    RASAD_TOK_HASHTAG,   /* #word */
    RASAD_TOK_SYMBOL,    /* anything else: emoji, currency, U+FFFD */
    RASAD_TOK__COUNT
} rasad_token_kind;

/* Static lower-case name of a token kind ("word", "number", ...). */
RASAD_API const char *rasad_token_kind_name(rasad_token_kind k);

typedef enum rasad_segment_role {
    RASAD_SEG_PROCLITIC = 0,
    RASAD_SEG_STEM,
    RASAD_SEG_ENCLITIC
} rasad_segment_role;

RASAD_API const char *rasad_segment_role_name(rasad_segment_role r);

/* One clitic segment of a word. Every token has at least one (its stem). */
typedef struct rasad_segment {
    uint32_t start, end; /* byte span in the original text */
    const char *norm;    /* NUL-terminated matching form; borrowed from the doc */
    uint32_t norm_len;   /* bytes of norm */
    uint8_t role;        /* rasad_segment_role */
} rasad_segment;

/* Token flags. */
#define RASAD_TOKF_REPLACED (1u << 0)  /* held invalid UTF-8 or NUL, replaced by U+FFFD in norm */
#define RASAD_TOKF_DIACRITIC (1u << 1) /* diacritics or tatweel were removed from norm */

/* One token. A read-only view into the doc: borrowed, valid while the doc
 * lives. */
typedef struct rasad_token {
    uint32_t start, end;    /* byte span in the original text */
    const char *norm;       /* NUL-terminated matching form */
    uint32_t norm_len;      /* bytes of norm */
    uint32_t sentence;      /* index of its sentence */
    uint32_t seg_first;     /* index of its first segment in the doc */
    uint16_t seg_count;     /* 1..RASAD_MAX_SEGMENTS */
    uint8_t kind;           /* rasad_token_kind */
    uint8_t flags;          /* RASAD_TOKF_* */
    uint32_t stem_seg;      /* index (in the doc) of its stem segment */
} rasad_token;

#define RASAD_MAX_SEGMENTS 6

typedef struct rasad_doc rasad_doc;

/* Runs the text layer over one article: normalization, tokens, clitic
 * segments and sentences. The doc keeps its own copy of the text, so the
 * caller's buffer may be released afterwards; offsets still refer to it.
 * An empty text gives a doc with no tokens. Invalid UTF-8 and NUL bytes
 * become U+FFFD in norm forms and add a warning naming the byte offset
 * (unless RASAD_OPT_STRICT_UTF8, which fails with RASAD_EUTF8).
 * opts may be NULL for defaults. *out: caller frees with rasad_doc_free().
 * On failure *out is NULL. */
RASAD_API rasad_status rasad_doc_new(const char *text, size_t len,
                                     const rasad_options *opts, rasad_doc **out);
RASAD_API void rasad_doc_free(rasad_doc *doc);

/* Byte offset of the problem after rasad_doc_new failed with EUTF8 or
 * ETOKEN on the same options; see rasad_doc_new_ex. */
typedef struct rasad_error {
    rasad_status code;
    size_t offset;   /* byte offset in the input, or SIZE_MAX if none */
    char message[160];
} rasad_error;

/* Like rasad_doc_new, and fills *err (may be NULL) with detail on failure. */
RASAD_API rasad_status rasad_doc_new_ex(const char *text, size_t len,
                                        const rasad_options *opts, rasad_doc **out,
                                        rasad_error *err);

/* The doc's copy of the text (borrowed) and its length. */
RASAD_API const char *rasad_doc_text(const rasad_doc *doc, size_t *len);

RASAD_API size_t rasad_doc_token_count(const rasad_doc *doc);
/* Borrowed; NULL if i is out of range. */
RASAD_API const rasad_token *rasad_doc_token(const rasad_doc *doc, size_t i);
RASAD_API size_t rasad_doc_segment_count(const rasad_doc *doc);
RASAD_API const rasad_segment *rasad_doc_segment(const rasad_doc *doc, size_t i);

/* A byte span [start, end). */
typedef struct rasad_span {
    uint32_t start, end;
} rasad_span;

typedef struct rasad_sentence {
    uint32_t start, end;               /* byte span, from first to last token */
    uint32_t tok_first, tok_count;     /* its tokens */
} rasad_sentence;

RASAD_API size_t rasad_doc_sentence_count(const rasad_doc *doc);
RASAD_API const rasad_sentence *rasad_doc_sentence(const rasad_doc *doc, size_t i);

/* Warnings gathered while reading the article ("invalid UTF-8 at byte 812
 * replaced"). Borrowed NUL-terminated strings, valid while the doc lives. */
RASAD_API size_t rasad_doc_warning_count(const rasad_doc *doc);
RASAD_API const char *rasad_doc_warning(const rasad_doc *doc, size_t i);

/* ==== END text ====================================================== */

/* ==== BEGIN numbers ================================================= */

/* Quantities: counted numbers in the text (SCHEMA.md Quantity), read from
 * digits (10، ١٠، 1,500، 2.5 مليون، 10 آلاف) and number words in any gender
 * and case (خمسة وعشرون، أحد عشر، ثلاثمائة، ألفين), plural counts after
 * gold/GUIDELINES.md (عشرات 30-99, مئات 300-999, آلاف 3000-9999, عشرات
 * الآلاف 30000-99999, بضعة/بضع/عدة N 3N-9N), qualifiers (أكثر من 100 ->
 * min 101; أقل من 50 -> max 49; ما لا يقل عن، على الأقل -> at_least; نحو،
 * حوالي، قرابة، زهاء -> about with min = max) and ranges (بين 14 و18 ألف،
 * من 10 إلى 15، 10-15). The counted noun is the word right after the
 * number (or after من: "المئات من عناصره"). Not quantities: numbers in
 * dates, bare years, percentages, phone numbers, times, ordinals, and a
 * decimal with no scale word. A quantity never crosses a sentence.
 *
 *     const rasad_quantity *q;
 *     size_t n;
 *     if (rasad_doc_quantities(doc, &q, &n) == RASAD_OK)
 *         for (size_t i = 0; i < n; i++)
 *             printf("%s %lld..%lld %.*s\n", rasad_role_name(q[i].role),
 *                    q[i].has_min ? (long long)q[i].min : -1,
 *                    q[i].has_max ? (long long)q[i].max : -1,
 *                    (int)(q[i].end - q[i].start), text + q[i].start);
 */

typedef enum rasad_qualifier {
    RASAD_Q_EXACT = 0,
    RASAD_Q_ABOUT,
    RASAD_Q_AT_LEAST,
    RASAD_Q_MORE_THAN,
    RASAD_Q_AT_MOST,
    RASAD_Q_LESS_THAN,
    RASAD_Q_BETWEEN,
    RASAD_Q_SEVERAL,
    RASAD_Q_TENS,
    RASAD_Q_HUNDREDS,
    RASAD_Q_THOUSANDS
} rasad_qualifier;

typedef enum rasad_role {
    RASAD_ROLE_OTHER = 0,
    RASAD_ROLE_FATALITIES,
    RASAD_ROLE_INJURED,
    RASAD_ROLE_PARTICIPANTS,
    RASAD_ROLE_ESCAPED,
    RASAD_ROLE_DETAINED,
    RASAD_ROLE_DISPLACED,
    RASAD_ROLE_FIGHTERS,
    RASAD_ROLE_MEMBERS,
    RASAD_ROLE_FOREIGNERS
} rasad_role;

/* Static SCHEMA.md names: "exact", "more_than", ...; "fatalities", ... */
RASAD_API const char *rasad_qualifier_name(rasad_qualifier q);
RASAD_API const char *rasad_role_name(rasad_role r);

/* A counted quantity (SCHEMA.md Quantity). */
typedef struct rasad_quantity {
    int64_t min, max;          /* valid when has_min / has_max */
    bool has_min, has_max;
    uint8_t qualifier;         /* rasad_qualifier */
    uint8_t role;              /* rasad_role guessed from the counted noun; extraction may refine */
    uint32_t start, end;       /* byte span of the whole expression, unit included */
    uint32_t unit_start, unit_end; /* byte span of the counted noun; equal when none */
    uint32_t tok_first, tok_last;  /* token range [tok_first, tok_last] */
} rasad_quantity;

/* The quantities of the doc, in text order, never overlapping. Computed
 * on first call (it asks rasad_doc_dates first, to leave date numbers
 * out) and cached; *out is borrowed, valid while the doc lives (NULL with
 * *count 0 when there are none). RASAD_EINVAL for a NULL argument,
 * RASAD_ENOMEM when out of memory. Not thread-safe on one doc. */
RASAD_API rasad_status rasad_doc_quantities(rasad_doc *doc, const rasad_quantity **out,
                                            size_t *count);

/* ==== END numbers =================================================== */

/* ==== BEGIN dates =================================================== */

typedef enum rasad_precision {
    RASAD_PREC_DAY = 0,
    RASAD_PREC_WEEK,
    RASAD_PREC_MONTH,
    RASAD_PREC_QUARTER,
    RASAD_PREC_YEAR
} rasad_precision;

/* Static SCHEMA.md name: "day", "week", "month", "quarter", "year". */
RASAD_API const char *rasad_precision_name(rasad_precision p);

/* A date expression (SCHEMA.md Date). */
typedef struct rasad_date {
    uint32_t start, end;   /* byte span of the expression ("at") */
    rasad_ymd first, last; /* calendar range; year 0 when unresolved */
    bool resolved;         /* false for a relative expression without a published date */
    bool relative;         /* resolved against the published date */
    uint8_t precision;     /* rasad_precision */
    uint32_t tok_first, tok_last;
} rasad_date;

/* The dates of the doc, in text order, never overlapping; relative ones
 * ("أمس", "الخميس الماضي", "قبل ثلاثة أيام", a month without a year)
 * resolved against opts->published, and left unresolved (resolved =
 * false, first/last zero) when its year is 0. Gregorian months in their
 * Egyptian/Gulf, Levantine/Iraqi and Maghrebi names; Hijri dates converted
 * with the tabular Islamic calendar, which can differ by a day or two
 * from a sighted month. The rules are listed in src/mentions/dates.c.
 * Computed on first call and cached. *out is borrowed, valid while the
 * doc lives. Errors: RASAD_EINVAL (NULL argument), RASAD_ENOMEM.
 *
 *     const rasad_date *d; size_t n;
 *     if (rasad_doc_dates(doc, &d, &n) == RASAD_OK && n > 0 && d[0].resolved)
 *         printf("%d-%02d-%02d %s\n", d[0].first.year, d[0].first.month,
 *                d[0].first.day, rasad_precision_name(d[0].precision));
 */
RASAD_API rasad_status rasad_doc_dates(rasad_doc *doc, const rasad_date **out, size_t *count);

/* ==== END dates ===================================================== */

/* ==== BEGIN reader ================================================== */

/* One article read from a text file or a JSONL line. */
typedef struct rasad_article {
    const char *id;        /* NUL-terminated; "" when absent */
    const char *published; /* "YYYY-MM-DD" or "" */
    const char *source;
    const char *title;
    const char *text;      /* the article text; may hold NULs, see text_len */
    size_t text_len;
    size_t line;           /* 1-based line in a JSONL file, 0 for plain text */
    const char *warning;   /* a problem the reader repaired (invalid UTF-8 in a JSONL
                              line), or NULL */
} rasad_article;

typedef struct rasad_reader rasad_reader;

#define RASAD_READ_JSONL (1u << 0) /* one JSON article a line */

/* Opens path ("-" for stdin) for reading articles. A file whose name ends
 * in ".jsonl" is read as JSONL even without RASAD_READ_JSONL.
 * *out: caller frees with rasad_reader_free(). */
RASAD_API rasad_status rasad_reader_open(const char *path, unsigned flags, size_t max_doc_bytes,
                                         rasad_reader **out);
/* Reads from a memory buffer instead (borrowed; must outlive the reader). */
RASAD_API rasad_status rasad_reader_open_mem(const char *data, size_t len, unsigned flags,
                                             size_t max_doc_bytes, rasad_reader **out);
/* Next article. Returns RASAD_OK and fills *a (borrowed until the next
 * call), RASAD_ENOTFOUND at the end, or an error for this record only
 * (RASAD_EJSON, RASAD_ETOOBIG, ...): rasad_reader_errmsg() says why and
 * rasad_reader_line() where; the caller may go on calling next. */
RASAD_API rasad_status rasad_reader_next(rasad_reader *r, rasad_article *a);
RASAD_API const char *rasad_reader_errmsg(const rasad_reader *r);
RASAD_API size_t rasad_reader_line(const rasad_reader *r);
RASAD_API void rasad_reader_free(rasad_reader *r);

/* ==== END reader ==================================================== */

/* ==== BEGIN render ================================================== */

/* What rasad_doc_render writes. */
typedef enum rasad_view {
    RASAD_VIEW_TOKENS = 0, /* one JSON token a line (rasad tokenize --json) */
    RASAD_VIEW_QUANTITIES, /* one JSON Quantity a line (rasad numbers) */
    RASAD_VIEW_DATES,      /* one JSON Date a line (rasad dates) */
    RASAD_VIEW_ENTITIES,   /* one JSON entity a line (rasad entities) */
    RASAD_VIEW_ARTICLE,    /* the SCHEMA.md article on one line (rasad extract) */
    RASAD_VIEW__COUNT
} rasad_view;

/* Renders one view of the doc as JSON lines, each ending in '\n' (none
 * for an empty result). *out is NUL-terminated; caller frees with
 * rasad_free(). */
RASAD_API rasad_status rasad_doc_render(rasad_doc *doc, rasad_view view, char **out, size_t *len);

/* ==== END render ==================================================== */

/* ==== BEGIN knowledge =============================================== */
/* (gazetteer, lexicons, matcher, geocoder: see issue 3) */

/* -- gazetteer -- */

/* A compiled gazetteer: GeoNames cities over 15,000 people (Debian's
 * libgeonames), every country, the first-level divisions of the Arab
 * League countries, Turkey and Iran, and curated Syrian and Iraqi places
 * (data/places.tsv). Read-only after loading; share it across threads.
 *
 *     char *json; size_t len, n;
 *     if (rasad_gazetteer_lookup(rasad_gazetteer_default(), "الحسكة", strlen("الحسكة"),
 *                                &json, &len, &n) == RASAD_OK) {
 *         fwrite(json, 1, len, stdout);  (one Geo object a line, best first)
 *         rasad_free(json);
 *     }
 */
typedef struct rasad_gazetteer rasad_gazetteer;

/* The built-in gazetteer (embedded in the library, loaded once, used in
 * place). Borrowed: never free it. NULL only if it is damaged. */
RASAD_API const rasad_gazetteer *rasad_gazetteer_default(void);

/* Loads a compiled gazetteer file (from `rasad gazetteer import`).
 * Checks magic, version, sizes, checksum and every offset: RASAD_EIO,
 * RASAD_EFORMAT, RASAD_EVERSION, RASAD_ECHECKSUM or RASAD_ENOMEM.
 * *out: caller frees with rasad_gazetteer_free(). */
RASAD_API rasad_status rasad_gazetteer_load(const char *path, rasad_gazetteer **out);
/* NULL and the default gazetteer are ignored. */
RASAD_API void rasad_gazetteer_free(rasad_gazetteer *g);

/* Looks a place name up (any spelling: it is normalized; a leading cue
 * word such as مدينة or محافظة steers the ranking) and writes every
 * candidate as a SCHEMA.md Geo object, one a line, best first by feature
 * and population. *count (may be NULL) gets the number of candidates.
 * Returns RASAD_ENOTFOUND (and *json NULL) when there is none.
 * *json: NUL-terminated, caller frees with rasad_free(). */
RASAD_API rasad_status rasad_gazetteer_lookup(const rasad_gazetteer *g, const char *name, size_t len,
                                              char **json, size_t *json_len, size_t *count);

/* The same for an Arabic spelling the gazetteer does not hold: the
 * places whose Latin name sounds like it (ساريكاميس -> Sarıkamış,
 * تشاتانوجا -> Chattanooga), closest spelling first, anywhere in the
 * world. Extraction does the same in the countries an article names;
 * this lists every candidate, for checking a spelling by hand. */
RASAD_API rasad_status rasad_gazetteer_lookup_sound(const rasad_gazetteer *g, const char *name, size_t len,
                                                    char **json, size_t *json_len, size_t *count);

/* One JSON line describing g: format version, counts of places, names
 * and postings, places by source, bytes and checksum.
 * *json: caller frees with rasad_free(). */
RASAD_API rasad_status rasad_gazetteer_info(const rasad_gazetteer *g, char **json, size_t *json_len);

/* Builds a compiled gazetteer at out_path from GeoNames dump files: a
 * country file such as SY.txt (required), alternateNamesV2.txt and
 * admin1CodesASCII.txt (both may be NULL). err (may be NULL) receives
 * "FILE:LINE: message" on RASAD_EFORMAT. Returns RASAD_OK, RASAD_EIO,
 * RASAD_EFORMAT or RASAD_ENOMEM. */
RASAD_API rasad_status rasad_gazetteer_import(const char *country_path, const char *alternates_path,
                                              const char *admin1_path, const char *out_path,
                                              rasad_error *err);

/* -- matching and entities -- */

/* What a matched name is. */
typedef enum rasad_entity_kind {
    RASAD_ENT_PLACE = 0, /* a gazetteer place, resolved (geo fields) */
    RASAD_ENT_ACTOR,     /* a named actor: ISIS, SDF ... */
    RASAD_ENT_SOURCE,    /* a source of reports: SOHR, REUTERS ... */
    RASAD_ENT_ROLE,      /* an unnamed actor by role: مسلحون، مدنيون */
    RASAD_ENT_TRIGGER    /* an event trigger word: هجوم، غارة */
} rasad_entity_kind;

/* Static lower-case name: "place", "actor", "source", "role", "trigger". */
RASAD_API const char *rasad_entity_kind_name(rasad_entity_kind k);

/* One lexicon or gazetteer match in a doc. Borrowed view: every pointer
 * is valid while the doc lives (strings are never NULL unless said). */
typedef struct rasad_entity {
    uint32_t start, end;         /* byte span; proclitics (و ب ل) left out, direction words
                                    and ريف around a place taken in */
    uint32_t tok_first, tok_last; /* token range [tok_first, tok_last] */
    const char *norm;            /* matching form of the name matched */
    const char *type;            /* SCHEMA.md Entity type: "LOC", "FAC", "ORG", "NORP", "MISC" */
    const char *id;              /* lexicon id ("ISIS", "SOHR"), NULL for none */
    const char *name;            /* English name of the actor / place / trigger gloss, or NULL */
    uint8_t kind;                /* rasad_entity_kind */
    /* places only (kind RASAD_ENT_PLACE): */
    uint8_t precision;           /* 1 town/site, 2 near/district, 3 province or larger */
    uint32_t alternatives;       /* other plausible candidates of the same name */
    uint32_t geonameid;          /* 0 when the place has none */
    double lat, lon;
    const char *country;         /* ISO alpha-2 or "" */
    const char *admin1;          /* "" when unknown */
    const char *feature;         /* GeoNames feature code */
    /* triggers only: */
    const char *event_kind;      /* SCHEMA.md Event kind, e.g. "airstrike"; NULL otherwise */
    const char *acled_type, *acled_sub_type, *cameo; /* NULL when unknown */
    /* internal indexes (built-in gazetteer place id / lexicon entry), UINT32_MAX for none */
    uint32_t place_index, lex_index;
} rasad_entity;

/* Finds the places, actors, sources, roles and triggers of the doc with
 * the built-in gazetteer and lexicons, in text order, non-overlapping
 * (longest match first), and resolves the places in the article's
 * context. Computed on first call and cached. *out borrowed, valid while
 * the doc lives. Returns RASAD_OK, RASAD_EINVAL or RASAD_ENOMEM. */
RASAD_API rasad_status rasad_doc_entities(rasad_doc *doc, const rasad_entity **out, size_t *count);
/* ==== END knowledge ================================================= */

/* ==== BEGIN tagger ================================================== */

/* The named-entity tagger: an averaged structured perceptron over BIO
 * labels for PER, LOC, ORG and MISC, trained on ANERcorp (issue 4).
 *
 *     rasad_model *m = NULL;
 *     if (rasad_model_load("models/ner.bin", &m) != RASAD_OK) ...
 *     char *out; size_t len;
 *     rasad_ner_tag_conll(m, conll_text, conll_len, &out, &len);
 *     fwrite(out, 1, len, stdout);
 *     rasad_free(out);
 *     rasad_model_free(m);
 *
 * A model is read-only after loading and may be shared by any number of
 * threads. The built-in model is used by rasad_doc entity tagging unless
 * the doc's resources name another. */

typedef struct rasad_model rasad_model;

/* Entity types. */
typedef enum rasad_entity_type {
    RASAD_ENT_PER = 0,
    RASAD_ENT_LOC,
    RASAD_ENT_ORG,
    RASAD_ENT_MISC,
    RASAD_ENT__COUNT
} rasad_entity_type;

/* Static names "PER", "LOC", "ORG", "MISC" ("?" out of range). */
RASAD_API const char *rasad_entity_type_name(rasad_entity_type t);

/* Loads a model file. The file is checked in full (magic, format
 * version, every section against the file size, checksum): a corrupted or
 * truncated file fails with RASAD_EFORMAT, RASAD_ECHECKSUM or
 * RASAD_EVERSION (RASAD_EIO when it cannot be read). *out: caller frees
 * with rasad_model_free(). */
RASAD_API rasad_status rasad_model_load(const char *path, rasad_model **out);
/* Like rasad_model_load; on failure fills *err (may be NULL) with a
 * message saying what is wrong. */
RASAD_API rasad_status rasad_model_load_ex(const char *path, rasad_model **out, rasad_error *err);
/* Loads a model from memory (copied; the caller keeps data). */
RASAD_API rasad_status rasad_model_load_mem(const void *data, size_t len, rasad_model **out,
                                            rasad_error *err);
/* The built-in model, compiled into the library and loaded once on first
 * use. Borrowed, never free it; NULL when the library was built without
 * one. */
RASAD_API const rasad_model *rasad_model_default(void);
RASAD_API void rasad_model_free(rasad_model *m);

/* Tags a CoNLL text (one token a line, first column the token, a blank
 * line between sentences, other columns ignored) with model m (NULL = the
 * built-in model). *out gets "token<TAB>tag" lines, blank lines kept
 * between sentences; NUL-terminated, caller frees with rasad_free().
 * RASAD_EFORMAT for a line over 65535 bytes. */
RASAD_API rasad_status rasad_ner_tag_conll(const rasad_model *m, const char *text, size_t len,
                                           char **out, size_t *out_len);

/* Entity-level counts (CoNLL evaluation: an entity is right only when
 * its type and both boundaries match). Index RASAD_ENT__COUNT holds the
 * overall (micro) counts. */
typedef struct rasad_ner_scores {
    size_t tp[RASAD_ENT__COUNT + 1];   /* predicted and correct */
    size_t fp[RASAD_ENT__COUNT + 1];   /* predicted, not in the gold data */
    size_t fn[RASAD_ENT__COUNT + 1];   /* in the gold data, missed */
    size_t tokens, sentences;
    size_t token_correct;              /* tokens whose tag is right */
} rasad_ner_scores;

/* Precision, recall and F1 in percent for type t (RASAD_ENT__COUNT =
 * overall); 0 when undefined. */
RASAD_API void rasad_ner_prf(const rasad_ner_scores *s, int t, double *p, double *r, double *f1);

/* Tags the CoNLL text (which must carry gold tags in its last column) and
 * counts entities against the gold tags. On RASAD_EFORMAT, *err (may be
 * NULL) names the line. */
RASAD_API rasad_status rasad_ner_eval_conll(const rasad_model *m, const char *text, size_t len,
                                            rasad_ner_scores *out, rasad_error *err);

/* Scores a predicted CoNLL file against a gold one (same tokens, tags in
 * the last column; the predicted file may be rasad_ner_tag_conll's
 * output). RASAD_EFORMAT when the token sequences differ. */
RASAD_API rasad_status rasad_ner_score_conll(const char *gold, size_t gold_len, const char *pred,
                                             size_t pred_len, rasad_ner_scores *out,
                                             rasad_error *err);

/* One training hyper-parameter: declared once in the library, listed by
 * `rasad ner train --help`. */
typedef struct rasad_ner_param {
    const char *name; /* option name without "--" */
    const char *type; /* "int", "path" */
    const char *def;  /* default value as text; "" = none */
    const char *help;
} rasad_ner_param;

/* The trainer's hyper-parameter table (static) and its length. */
RASAD_API const rasad_ner_param *rasad_ner_train_params(size_t *count);

/* Progress messages of the trainer ("epoch 3: dev F1 78.2"). */
typedef void (*rasad_log_fn)(const char *msg, void *ctx);

/* Trains a model on the CoNLL text train (gold tags in the last column).
 * With dev (may be NULL), picks the number of epochs by dev F1 and, when
 * the parameter "refit" is 1, retrains on train + dev for that many
 * epochs. names/values: n parameter settings by name (see
 * rasad_ner_train_params; unknown names fail with RASAD_EINVAL). A fixed
 * seed gives a byte-identical model. *model: the model file's bytes,
 * caller frees with rasad_free(). */
RASAD_API rasad_status rasad_ner_train(const char *train, size_t train_len, const char *dev,
                                       size_t dev_len, const char *const *names,
                                       const char *const *values, size_t n, rasad_log_fn log,
                                       void *log_ctx, void **model, size_t *model_len,
                                       rasad_error *err);

/* Induces word clusters for the tagger from unlabeled text (one article a
 * line): each light-stemmed word seen min_count times or more gets four
 * class numbers (exchange clustering into 64, 256, 128 and 16 classes,
 * `passes` passes each, 1..1000) packed into 32 bits. *out:
 * "BITS<TAB>WORD<TAB>COUNT" lines, most frequent first, the format the
 * trainer's "clusters" parameter reads; caller frees with rasad_free().
 * Deterministic. */
RASAD_API rasad_status rasad_ner_clusters(const char *text, size_t len, size_t passes,
                                          size_t min_count, rasad_log_fn log, void *log_ctx,
                                          char **out, size_t *out_len);

/* ==== END tagger ==================================================== */

/* ==== BEGIN extract ================================================= */

/* Events, claims and quotes (SCHEMA.md), the product's main job.
 *
 *     rasad_doc *doc; rasad_doc_new(text, len, &opts, &doc);
 *     const rasad_event *ev; size_t n;
 *     rasad_doc_events(doc, &ev, &n);
 *     for (size_t i = 0; i < n; i++) printf("%s %s\n", ev[i].kind, ev[i].type);
 *     char *json; rasad_doc_render(doc, RASAD_VIEW_ARTICLE, &json, NULL);
 *
 * Every span is a byte span of the original text; every string is
 * borrowed from the doc (or static) and valid while the doc lives. */

/* An actor taking part in an event, or a claim's subject. */
typedef struct rasad_actor_ref {
    bool present;
    uint32_t start, end;  /* the actor as written */
    const char *id;       /* "ISIS", "SDF", ... or NULL */
    const char *name;     /* canonical English name or NULL */
    const char *kind;     /* SCHEMA.md Actor kind ("rebel", ...) or NULL */
    const char *country;  /* ISO alpha-2 or NULL */
} rasad_actor_ref;

typedef struct rasad_modality {
    bool negated, hypothetical, future, reported, unverified;
} rasad_modality;

/* Who a statement is attributed to, and the words that say so. */
typedef struct rasad_attribution {
    bool present;
    uint32_t start, end;         /* the source as written */
    const char *id;              /* "SOHR", "REUTERS", ... or NULL */
    const char *kind;            /* SCHEMA.md Attribution source kind */
    uint32_t cue_start, cue_end; /* the attributing words ("بحسب", "قال ... لوكالة") */
} rasad_attribution;

/* A place as an event or claim names it. */
typedef struct rasad_place_ref {
    uint32_t start, end;
    const rasad_entity *entity; /* the resolved place (its geo fields), or NULL */
    /* a place the gazetteer lacks, told inside one it knows ("في منطقة
     * باراكي باراك بإقليم لوجار"): that province or country, whose geo
     * (precision 3) stands for it; NULL otherwise */
    const rasad_entity *within;
} rasad_place_ref;

typedef struct rasad_event {
    const char *kind;            /* SCHEMA.md Event kind: "attack", "airstrike", ... */
    const char *type, *sub_type; /* ACLED event_type and sub_event_type */
    const char *cameo;           /* CAMEO code */
    uint32_t trigger_start, trigger_end;
    rasad_actor_ref actor1, actor2;
    bool has_target;
    uint32_t target_start, target_end;
    bool has_location;
    rasad_place_ref location;
    bool has_date;
    rasad_date date;             /* from the clause, else the published date made coarser */
    const rasad_quantity *quantities; /* roles set for this event */
    size_t nquantities;
    rasad_attribution attribution;
    rasad_modality modality;
    uint32_t sentence_start, sentence_end; /* the first mentioning sentence */
    const uint32_t *mentions;    /* sentence indexes of every mention (merged reports) */
    size_t nmentions;
    float confidence;
} rasad_event;

typedef struct rasad_claim {
    rasad_quantity quantity;
    rasad_actor_ref subject;
    const rasad_place_ref *locations;
    size_t nlocations;
    bool has_date;
    rasad_date date;
    rasad_attribution attribution;
    rasad_modality modality;
    uint32_t sentence_start, sentence_end;
} rasad_claim;

typedef struct rasad_quote {
    uint32_t speaker_start, speaker_end;
    bool has_role, has_affiliation, has_outlet;
    uint32_t role_start, role_end;
    uint32_t affiliation_start, affiliation_end;
    uint32_t outlet_start, outlet_end;
    uint32_t start, end;         /* the quoted words */
    bool direct;
    uint32_t sentence;
} rasad_quote;

/* The events, claims and quotes of the doc, computed together on the first
 * call of any of them and cached. *out borrowed, valid while the doc
 * lives. */
RASAD_API rasad_status rasad_doc_events(rasad_doc *doc, const rasad_event **out, size_t *count);
RASAD_API rasad_status rasad_doc_claims(rasad_doc *doc, const rasad_claim **out, size_t *count);
RASAD_API rasad_status rasad_doc_quotes(rasad_doc *doc, const rasad_quote **out, size_t *count);

/* Article metadata for the article and CSV views (all optional: NULL or
 * "" for none). The strings are copied. */
RASAD_API rasad_status rasad_doc_set_meta(rasad_doc *doc, const char *id, const char *source);

/* ACLED-style CSV: the header line, and one row per event of the doc.
 * *out NUL-terminated; caller frees with rasad_free(). */
RASAD_API const char *rasad_csv_header(void);
RASAD_API rasad_status rasad_doc_render_csv(rasad_doc *doc, char **out, size_t *len);

/* ==== END extract =================================================== */

/* ==== BEGIN store =================================================== */

/* The embedded store: extracted articles kept in an SQLite file, one row
 * per article, event, event quantity, claim, quote and entity, so that
 * analysts can query them with SQL (bench/notes/store.md shows the table
 * layout and example queries).
 *
 * The article object of SCHEMA.md (RASAD_VIEW_ARTICLE) is the one source
 * of truth: it is stored whole, and the relational rows are derived from
 * it inside SQLite (JSON1), not from the C structs.
 *
 *     rasad_store *st; rasad_error err;
 *     if (rasad_store_open("news.db", &st, &err) != RASAD_OK) { puts(err.message); return; }
 *     rasad_store_begin(st, &err);                 // one transaction for many articles
 *     for (...) rasad_store_put(st, doc, &err);    // or rasad_store_put_article(json, text)
 *     rasad_store_commit(st, &err);
 *     rasad_store_close(st, &err);
 *
 * Thread safety: one rasad_store is used from one thread at a time (it
 * holds one SQLite connection and its prepared statements). Several
 * handles, in threads or processes, may open the same file; writers wait
 * for each other up to a busy timeout of 10 s, then fail with RASAD_EIO.
 *
 * Errors fill *err (may be NULL) with the code and a message that names
 * the file; err->offset is SIZE_MAX. */

/* Version of the store's table layout, kept in the file's
 * PRAGMA user_version. A file from a newer rasad is refused. */
#define RASAD_STORE_VERSION 1

typedef struct rasad_store rasad_store;

/* Opens the store at path, creating the file and its tables when it does
 * not exist or is empty. The connection uses a WAL journal, foreign keys
 * and a busy timeout. Fails with RASAD_EFORMAT for a file that is not an
 * SQLite database or not a rasad store, RASAD_EVERSION for a store of
 * another layout version (the message names both versions), RASAD_EIO
 * when the file cannot be opened or created.
 * *out: caller closes with rasad_store_close(); NULL on failure. */
RASAD_API rasad_status rasad_store_open(const char *path, rasad_store **out, rasad_error *err);

/* Commits an open batch (rasad_store_begin) and closes the store. The
 * handle is freed even when the commit fails (then nothing of the batch
 * is kept and RASAD_EIO is returned). NULL does nothing. */
RASAD_API rasad_status rasad_store_close(rasad_store *st, rasad_error *err);

/* Starts a batch: the articles put until rasad_store_commit() are written
 * in one transaction, which is much faster than one transaction each
 * (the default without a batch). A failed article never leaves rows
 * behind, in a batch or not. RASAD_EINVAL when a batch is already open. */
RASAD_API rasad_status rasad_store_begin(rasad_store *st, rasad_error *err);
/* Commits the open batch (RASAD_OK when none is open). On failure the
 * batch is rolled back and RASAD_EIO returned. */
RASAD_API rasad_status rasad_store_commit(rasad_store *st, rasad_error *err);

/* Stores one article: article_json is the SCHEMA.md article object as
 * rasad_doc_render(RASAD_VIEW_ARTICLE) writes it (len bytes; a trailing
 * newline is fine), text the article's original text (text_len bytes,
 * kept byte for byte; NULs and invalid UTF-8 are stored as a BLOB).
 * The article's key is its "id" when it has one, else "~text:" and 16
 * hex digits of a 64-bit hash of the text (an id that itself starts with
 * "~" is stored as "~" + id, so the two never collide). An article whose
 * key is already stored replaces the old one and all its rows, so storing
 * a feed again is idempotent. Fails with RASAD_EJSON for JSON that is not
 * an article object (no row is written), RASAD_EIO when the database
 * cannot be written (disk full, locked), RASAD_ETOOBIG over 2 GiB,
 * RASAD_ENOMEM. Borrowed inputs. */
RASAD_API rasad_status rasad_store_put_article(rasad_store *st, const char *article_json, size_t len,
                                               const char *text, size_t text_len, rasad_error *err);

/* Renders doc's article view (with the id and source given to
 * rasad_doc_set_meta) and stores it with the doc's text. */
RASAD_API rasad_status rasad_store_put(rasad_store *st, rasad_doc *doc, rasad_error *err);

/* Row counts. */
typedef struct rasad_store_counts {
    size_t articles, events, quantities, claims, quotes, entities;
} rasad_store_counts;

/* What this handle has stored and committed since it was opened
 * (replaced articles count again). */
RASAD_API void rasad_store_session(const rasad_store *st, rasad_store_counts *out);

/* The rows in the whole file. */
RASAD_API rasad_status rasad_store_stats(rasad_store *st, rasad_store_counts *out, rasad_error *err);

/* ==== END store ===================================================== */

#ifdef __cplusplus
}
#endif
#endif /* RASAD_H */
