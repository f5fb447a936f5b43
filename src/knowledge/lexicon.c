/* SPDX-License-Identifier: MIT
 *
 * lexicon.c - loader of the actor and event-trigger lexicons (knowledge
 * stage). Parses data/actors.tsv and data/triggers.tsv (compiled into the
 * library, see data/resources.txt) into a table of entries and a sorted
 * table of surface forms in rasad's matching form. The built-in lexicon is
 * parsed once under pthread_once and is read-only afterwards, so threads
 * share it. The parser takes arbitrary bytes: a malformed line is skipped
 * and reported, never trusted.
 *
 * Formats (tab-separated, '#' starts a comment line, the first other line
 * is the header):
 *   actors.tsv   id  name_en  kind  country  forms_ar  [source  [flags]]
 *   triggers.tsv lemma  kind  acled_type  acled_sub_type  cameo  pos  forms_ar  flags
 * forms_ar is '|'-separated; '-' or an empty field means "none".
 */
#include "knowledge/lexicon.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rasad.h"
#include "text/normalize.h"
#include "util/arena.h"
#include "util/bytes.h"
#include "util/embed.h"
#include "util/grow.h"
#include "util/utf8.h"

EMBED_DECLARE(actors);
EMBED_DECLARE(triggers);

/* Longest normalized form kept; longer ones are rejected as malformed. */
#define LEX_MAX_FORM 512
/* Most columns any row has. */
#define LEX_MAX_COLS 8

typedef struct lex_form {
    const char *norm;    /* matching form, NUL-terminated (in the arena) */
    const char *written; /* the form as written in the TSV (in the arena) */
    uint32_t len;        /* bytes of norm */
    uint32_t entry;      /* index into entries */
    uint8_t person;      /* 1 when written with a leading '@': the form is a person's name */
} lex_form;

struct lex_lexicon {
    arena mem;          /* every string */
    lex_entry *entries; /* malloc'd, n_entries used */
    size_t n_entries, cap_entries;
    lex_form *forms; /* malloc'd, sorted by norm then entry */
    size_t n_forms, cap_forms;
    struct lex_idref *by_id; /* entries sorted by id (malloc'd) */
};

/* ---- names ------------------------------------------------------------ */

static const char *const CLASS_NAMES[] = {"", "actor", "source", "role", "trigger"};
static const char *const ACTOR_KIND_NAMES[] = {
    "",          "state_forces", "rebel",    "political_militia", "identity_militia",
    "rioters",   "protesters",   "civilians", "external",         "igo",
    "ngo",       "media",        "researcher", "other"};
static const char *const SOURCE_KIND_NAMES[] = {"",   "agency",     "monitor", "official", "igo",
                                                "researcher", "group", "media",   "other"};
static const char *const EVENT_KIND_NAMES[] = {
    "",           "attack",        "armed_clash",   "airstrike",       "drone_strike",
    "shelling",   "explosion",     "suicide_bombing", "car_bombing",   "ied",
    "assassination", "abduction",  "arrest",        "prison_break",    "execution",
    "protest",    "riot",          "looting",       "territory_captured", "withdrawal",
    "agreement",  "other"};
static const char *const POS_NAMES[] = {"", "verb", "noun", "participle"};

#define NAME_AT(table, i) ((i) < sizeof(table) / sizeof(table[0]) ? (table)[i] : "")

const char *lex_class_name(unsigned cls) { return NAME_AT(CLASS_NAMES, cls); }
const char *lex_actor_kind_name(unsigned kind) { return NAME_AT(ACTOR_KIND_NAMES, kind); }
const char *lex_source_kind_name(unsigned kind) { return NAME_AT(SOURCE_KIND_NAMES, kind); }
const char *lex_event_kind_name(unsigned kind) { return NAME_AT(EVENT_KIND_NAMES, kind); }

/* Index of field f[0..n) in table (skipping the empty name at 0), or 0. */
static unsigned name_index(const char *const *table, size_t count, const char *f, size_t n) {
    for (size_t i = 1; i < count; i++)
        if (strlen(table[i]) == n && memcmp(table[i], f, n) == 0)
            return (unsigned)i;
    return 0;
}
#define NAME_INDEX(table, f, n) name_index(table, sizeof(table) / sizeof(table[0]), f, n)

/* ---- normalization of a written form ---------------------------------- */

size_t lex_normalize_form(const char *s, size_t len, char *out, size_t outsize) {
    char tmp[NORM_MAX_OUT];
    size_t o = 0;
    int pending_space = 0;
    if (!s || !out || outsize == 0)
        return 0;
    for (size_t i = 0; i < len;) {
        int32_t cp;
        i += utf8_decode((const uint8_t *)s + i, len - i, &cp);
        if (cp == UTF8_INVALID || cp == 0)
            return 0; /* a form must be clean text */
        norm_class c = norm_classify(cp);
        if (c == NC_SPACE || c == NC_NEWLINE || c == NC_PUNCT || c == NC_QUOTE ||
            c == NC_BRACKET) {
            pending_space = o > 0;
            continue;
        }
        size_t k = norm_codepoint(cp, tmp);
        for (size_t j = 0; j < k; j++) {
            /* a folded presentation form may itself contain spaces */
            if (tmp[j] == ' ') {
                pending_space = o > 0;
                continue;
            }
            if (pending_space) {
                if (o + 1 >= outsize)
                    return 0;
                out[o++] = ' ';
                pending_space = 0;
            }
            if (o + 1 >= outsize)
                return 0;
            out[o++] = tmp[j];
        }
    }
    out[o] = '\0';
    return o;
}

/* ---- parsing ---------------------------------------------------------- */

typedef struct field {
    const char *s;
    size_t n;
} field;

typedef struct parse_ctx {
    lex_lexicon *lex;
    const char *file; /* "actors" or "triggers" */
    size_t line;
    size_t *bad;
    char *err;
    size_t errlen;
    int oom;
} parse_ctx;

static void complain(parse_ctx *c, const char *msg) {
    if (c->bad)
        (*c->bad)++;
    if (c->err && c->errlen && c->err[0] == '\0')
        snprintf(c->err, c->errlen, "%s:%zu: %s", c->file, c->line, msg);
}

static int is_blank(char ch) { return ch == ' ' || ch == '\r'; }

static field trim(const char *s, size_t n) {
    while (n && is_blank(s[0])) {
        s++;
        n--;
    }
    while (n && is_blank(s[n - 1]))
        n--;
    return (field){s, n};
}

/* Splits a line at tabs into at most LEX_MAX_COLS fields; returns the
 * number of fields, or LEX_MAX_COLS + 1 if there are more. */
static size_t split(const char *s, size_t n, field *f) {
    size_t k = 0, start = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i == n || s[i] == '\t') {
            if (k == LEX_MAX_COLS)
                return LEX_MAX_COLS + 1;
            f[k++] = trim(s + start, i - start);
            start = i + 1;
        }
    }
    return k;
}

static int is_none(field f) { return f.n == 0 || (f.n == 1 && f.s[0] == '-'); }

static const char *dup_field(parse_ctx *c, field f) {
    if (is_none(f))
        return NULL;
    char *p = arena_strndup(&c->lex->mem, f.s, f.n);
    if (!p)
        c->oom = 1;
    return p;
}

/* Parses comma-separated flags; returns 0 and *out, or -1 on an unknown one. */
static int parse_flags(field f, uint16_t *out) {
    static const struct {
        const char *name;
        uint16_t bit;
    } FLAGS[] = {{"passive", LEXF_PASSIVE}, {"weak", LEXF_WEAK},         {"context", LEXF_CONTEXT},
                 {"plural", LEXF_PLURAL},   {"ambiguous", LEXF_AMBIGUOUS}};
    *out = 0;
    if (is_none(f))
        return 0;
    size_t i = 0;
    while (i < f.n) {
        size_t j = i;
        while (j < f.n && f.s[j] != ',')
            j++;
        field w = trim(f.s + i, j - i);
        int known = 0;
        for (size_t k = 0; k < sizeof FLAGS / sizeof FLAGS[0]; k++) {
            if (strlen(FLAGS[k].name) == w.n && memcmp(FLAGS[k].name, w.s, w.n) == 0) {
                *out |= FLAGS[k].bit;
                known = 1;
            }
        }
        if (!known && w.n)
            return -1;
        i = j + 1;
    }
    return 0;
}

/* Appends one normalized form; returns 0, or -1 when out of memory. */
static int push_form(parse_ctx *c, const char *norm, size_t nlen, field w, uint32_t e, uint8_t person) {
    lex_lexicon *lex = c->lex;
    if (!grow_to(NULL, (void **)&lex->forms, &lex->cap_forms, lex->n_forms + 1, sizeof(lex_form))) {
        c->oom = 1;
        return -1;
    }
    lex_form *fm = &lex->forms[lex->n_forms];
    fm->norm = arena_strndup(&lex->mem, norm, nlen);
    fm->written = arena_strndup(&lex->mem, w.s, w.n);
    if (!fm->norm || !fm->written) {
        c->oom = 1;
        return -1;
    }
    fm->len = (uint32_t)nlen;
    fm->entry = e;
    fm->person = person;
    lex->n_forms++;
    return 0;
}

/* Nouns of armed means that news write both definite and indefinite with
 * a nationality adjective: القوات الروسية and قوات روسية, المقاتلات
 * الروسية and مقاتلات روسية. */
static const char *const MEANS_NOUNS[] = {"قوات",   "طائرات", "مقاتلات", "طيران", "قاذفات",  "مروحيات",
                                          "بوارج",  "سفن",    "مدفعيه",  "دبابات", "مسيرات", "جنود", NULL};

#define AL_BYTES 4 /* "ال": ARABIC LETTER ALEF U+0627, LAM U+0644 */
static bool starts_al(const char *s, size_t n) { return n > AL_BYTES && memcmp(s, "\xd8\xa7\xd9\x84", AL_BYTES) == 0; }

/* The indefinite variant of a form like "المقاتلات الروسية" (every word
 * with ال, the first a noun of MEANS_NOUNS, two words or more) written
 * into out; returns its length, or 0 when the form has none. */
static size_t indefinite_variant(const char *norm, size_t nlen, char *out, size_t outsize) {
    size_t o = 0, words = 0, i = 0;
    while (i < nlen) {
        size_t j = i;
        while (j < nlen && norm[j] != ' ')
            j++;
        if (!starts_al(norm + i, j - i))
            return 0;
        const char *w = norm + i + AL_BYTES;
        size_t wl = j - i - AL_BYTES;
        if (words == 0) {
            bool means = false;
            for (const char *const *m = MEANS_NOUNS; *m && !means; m++)
                means = strlen(*m) == wl && memcmp(*m, w, wl) == 0;
            if (!means)
                return 0;
        }
        if (o + wl + 2 > outsize)
            return 0;
        if (words)
            out[o++] = ' ';
        memcpy(out + o, w, wl);
        o += wl;
        words++;
        i = j + 1;
    }
    if (words < 2)
        return 0;
    out[o] = '\0';
    return o;
}

/* Adds every '|'-separated form of f for entry e (and the indefinite
 * variant of a means noun's form); returns how many. A form written with
 * a leading '@' is a person's name. */
static size_t add_forms(parse_ctx *c, field f, uint32_t e) {
    char norm[LEX_MAX_FORM], alt[LEX_MAX_FORM];
    size_t added = 0, i = 0;
    while (i < f.n && !c->oom) {
        size_t j = i;
        while (j < f.n && f.s[j] != '|')
            j++;
        field w = trim(f.s + i, j - i);
        i = j + 1;
        uint8_t person = 0;
        if (w.n && w.s[0] == '@') {
            person = 1;
            w = trim(w.s + 1, w.n - 1);
        }
        if (w.n == 0)
            continue;
        size_t nlen = lex_normalize_form(w.s, w.n, norm, sizeof norm);
        if (nlen == 0) {
            complain(c, "a form normalizes to nothing or is too long");
            continue;
        }
        if (push_form(c, norm, nlen, w, e, person))
            break;
        added++;
        size_t alen = indefinite_variant(norm, nlen, alt, sizeof alt);
        if (alen && push_form(c, alt, alen, w, e, person))
            break;
    }
    return added;
}

static int valid_country(field f) {
    return f.n == 2 && f.s[0] >= 'A' && f.s[0] <= 'Z' && f.s[1] >= 'A' && f.s[1] <= 'Z';
}

/* Appends entry e with the surface forms of column forms; a row with no
 * usable form is refused with a message. Shared by both TSV files. */
static void add_entry(parse_ctx *c, lex_entry *e, field forms) {
    e->line = c->line > UINT32_MAX ? UINT32_MAX : (uint32_t)c->line;
    if (c->oom)
        return;
    lex_lexicon *lex = c->lex;
    if (lex->n_entries >= UINT32_MAX ||
        !grow_to(NULL, (void **)&lex->entries, &lex->cap_entries, lex->n_entries + 1, sizeof(lex_entry))) {
        c->oom = 1;
        return;
    }
    size_t mark = lex->n_forms;
    if (add_forms(c, forms, (uint32_t)lex->n_entries) == 0) {
        lex->n_forms = mark;
        if (!c->oom)
            complain(c, "no surface forms");
        return;
    }
    lex->entries[lex->n_entries++] = *e;
}

/* One actors.tsv row. */
static void parse_actor(parse_ctx *c, field *f, size_t nf) {
    lex_entry e = {0};
    if (nf < 5 || nf > 7) {
        complain(c, "expected 5 to 7 tab-separated columns");
        return;
    }
    if (is_none(f[0]) || is_none(f[1])) {
        complain(c, "missing id or name_en");
        return;
    }
    e.kind = (uint8_t)NAME_INDEX(ACTOR_KIND_NAMES, f[2].s, f[2].n);
    if (!e.kind) {
        complain(c, "unknown actor kind");
        return;
    }
    if (!is_none(f[3]) && !valid_country(f[3])) {
        complain(c, "country is not an ISO alpha-2 code");
        return;
    }
    if (nf >= 6 && !is_none(f[5])) {
        e.source_kind = (uint8_t)NAME_INDEX(SOURCE_KIND_NAMES, f[5].s, f[5].n);
        if (!e.source_kind) {
            complain(c, "unknown source kind");
            return;
        }
    }
    if (nf >= 7 && parse_flags(f[6], &e.flags)) {
        complain(c, "unknown flag");
        return;
    }
    /* Roles are unnamed actors; agencies, monitors and media are chiefly
     * sources of reports; everyone else is an actor that may be quoted. */
    if (f[0].n > 5 && memcmp(f[0].s, "ROLE_", 5) == 0)
        e.cls = LEX_ROLE;
    else if (e.source_kind == LEX_SK_AGENCY || e.source_kind == LEX_SK_MONITOR ||
             e.source_kind == LEX_SK_MEDIA)
        e.cls = LEX_SOURCE;
    else
        e.cls = LEX_ACTOR;
    e.id = dup_field(c, f[0]);
    e.name_en = dup_field(c, f[1]);
    e.country = dup_field(c, f[3]);
    add_entry(c, &e, f[4]);
}

/* One triggers.tsv row. */
static void parse_trigger(parse_ctx *c, field *f, size_t nf) {
    lex_entry e = {0};
    if (nf < 7 || nf > 8) {
        complain(c, "expected 7 or 8 tab-separated columns");
        return;
    }
    if (is_none(f[0])) {
        complain(c, "missing lemma");
        return;
    }
    e.cls = LEX_TRIGGER;
    e.kind = (uint8_t)NAME_INDEX(EVENT_KIND_NAMES, f[1].s, f[1].n);
    if (!e.kind) {
        complain(c, "unknown event kind");
        return;
    }
    e.pos = (uint8_t)NAME_INDEX(POS_NAMES, f[5].s, f[5].n);
    if (!e.pos) {
        complain(c, "unknown part of speech");
        return;
    }
    if (nf == 8 && parse_flags(f[7], &e.flags)) {
        complain(c, "unknown flag");
        return;
    }
    e.id = dup_field(c, f[0]);
    e.name_en = EVENT_KIND_NAMES[e.kind];
    e.acled_type = dup_field(c, f[2]);
    e.acled_sub_type = dup_field(c, f[3]);
    e.cameo = dup_field(c, f[4]);
    add_entry(c, &e, f[6]);
}

static void parse_file(parse_ctx *c, const char *text, size_t len, int triggers) {
    int seen_header = 0;
    field f[LEX_MAX_COLS];
    c->line = 0;
    for (size_t i = 0; i < len && !c->oom;) {
        size_t j = i;
        while (j < len && text[j] != '\n')
            j++;
        const char *s = text + i;
        size_t n = j - i;
        i = j + 1;
        c->line++;
        if (c->line == 1 && n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) {
            s += 3; /* a byte order mark */
            n -= 3;
        }
        field whole = trim(s, n);
        if (whole.n == 0 || whole.s[0] == '#')
            continue;
        size_t nf = split(s, n, f);
        if (!seen_header) {
            seen_header = 1;
            const char *want = triggers ? "lemma" : "id";
            if (f[0].n == strlen(want) && memcmp(f[0].s, want, f[0].n) == 0)
                continue;
            complain(c, "missing header line");
        }
        if (triggers)
            parse_trigger(c, f, nf);
        else
            parse_actor(c, f, nf);
    }
}

/* ---- sorting and lookup ----------------------------------------------- */

static int cmp_form(const void *pa, const void *pb) {
    const lex_form *a = pa, *b = pb;
    int r = bytes_cmp(a->norm, a->len, b->norm, b->len);
    if (r)
        return r;
    return a->entry < b->entry ? -1 : a->entry > b->entry;
}

typedef struct lex_idref {
    const char *id; /* the entry's id */
    uint32_t entry; /* its index */
} lex_idref;

static int cmp_id(const void *pa, const void *pb) {
    const lex_idref *a = pa, *b = pb;
    int r = strcmp(a->id, b->id);
    if (r)
        return r;
    return a->entry < b->entry ? -1 : a->entry > b->entry;
}

static int finish(lex_lexicon *lex) {
    if (lex->n_forms > 1) {
        qsort(lex->forms, lex->n_forms, sizeof(lex_form), cmp_form);
        /* the same form listed twice for one entry counts once */
        size_t w = 1;
        for (size_t r = 1; r < lex->n_forms; r++) {
            if (cmp_form(&lex->forms[r], &lex->forms[w - 1]) != 0)
                lex->forms[w++] = lex->forms[r];
        }
        lex->n_forms = w;
    }
    if (lex->n_entries) {
        if (lex->n_entries > SIZE_MAX / sizeof(lex_idref))
            return -1;
        lex->by_id = malloc(lex->n_entries * sizeof(lex_idref));
        if (!lex->by_id)
            return -1;
        for (size_t i = 0; i < lex->n_entries; i++)
            lex->by_id[i] = (lex_idref){lex->entries[i].id, (uint32_t)i};
        qsort(lex->by_id, lex->n_entries, sizeof(lex_idref), cmp_id);
    }
    return 0;
}

/* ---- public (library-private) API ------------------------------------- */

int lex_parse(const char *actors, size_t actors_len, const char *triggers, size_t triggers_len,
              lex_lexicon **out, size_t *bad_lines, char *err, size_t errlen) {
    lex_lexicon *lex = NULL;
    if (!out)
        return RASAD_EINVAL;
    *out = NULL;
    if (bad_lines)
        *bad_lines = 0;
    if (err && errlen)
        err[0] = '\0';
    lex = calloc(1, sizeof *lex);
    if (!lex)
        goto fail;
    arena_init(&lex->mem, NULL);
    parse_ctx c = {lex, "actors", 0, bad_lines, err, errlen, 0};
    if (actors)
        parse_file(&c, actors, actors_len, 0);
    c.file = "triggers";
    if (triggers && !c.oom)
        parse_file(&c, triggers, triggers_len, 1);
    if (c.oom || finish(lex))
        goto fail;
    *out = lex;
    return RASAD_OK;
fail:
    lex_free(lex);
    return RASAD_ENOMEM;
}

void lex_free(lex_lexicon *lex) {
    if (!lex)
        return;
    free(lex->entries);
    free(lex->forms);
    free(lex->by_id);
    arena_free(&lex->mem);
    free(lex);
}

static lex_lexicon *default_lex;
static pthread_once_t default_once = PTHREAD_ONCE_INIT;

static void load_default(void) {
    lex_lexicon *lex = NULL;
    if (lex_parse(EMBED_DATA(actors), EMBED_LEN(actors), EMBED_DATA(triggers),
                  EMBED_LEN(triggers), &lex, NULL, NULL, 0) == RASAD_OK)
        default_lex = lex;
}

const lex_lexicon *lex_default(void) {
    pthread_once(&default_once, load_default);
    return default_lex;
}

size_t lex_entry_count(const lex_lexicon *lex) { return lex ? lex->n_entries : 0; }

const lex_entry *lex_entry_get(const lex_lexicon *lex, size_t i) {
    return lex && i < lex->n_entries ? &lex->entries[i] : NULL;
}

const lex_entry *lex_entry_by_id(const lex_lexicon *lex, const char *id, size_t *index) {
    if (!lex || !id || !lex->by_id)
        return NULL;
    size_t lo = 0, hi = lex->n_entries;
    while (lo < hi) { /* first index whose id >= id */
        size_t mid = lo + (hi - lo) / 2;
        if (strcmp(lex->by_id[mid].id, id) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == lex->n_entries || strcmp(lex->by_id[lo].id, id) != 0)
        return NULL;
    if (index)
        *index = lex->by_id[lo].entry;
    return &lex->entries[lex->by_id[lo].entry];
}

size_t lex_form_count(const lex_lexicon *lex) { return lex ? lex->n_forms : 0; }

void lex_form_at(const lex_lexicon *lex, size_t i, const char **norm, size_t *len,
                 uint32_t *entry) {
    const lex_form *f = lex && i < lex->n_forms ? &lex->forms[i] : NULL;
    if (norm)
        *norm = f ? f->norm : NULL;
    if (len)
        *len = f ? f->len : 0;
    if (entry)
        *entry = f ? f->entry : UINT32_MAX;
}

bool lex_form_is_person(const lex_lexicon *lex, size_t i) {
    return lex && i < lex->n_forms && lex->forms[i].person;
}

const char *lex_form_written(const lex_lexicon *lex, size_t i) {
    return lex && i < lex->n_forms ? lex->forms[i].written : NULL;
}

size_t lex_lookup(const lex_lexicon *lex, const char *norm, size_t len, size_t *first) {
    if (first)
        *first = 0;
    if (!lex || !norm)
        return 0;
    size_t lo = 0, hi = lex->n_forms;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (bytes_cmp(lex->forms[mid].norm, lex->forms[mid].len, norm, len) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    size_t end = lo;
    while (end < lex->n_forms &&
           bytes_cmp(lex->forms[end].norm, lex->forms[end].len, norm, len) == 0)
        end++;
    if (first)
        *first = lo;
    return end - lo;
}
