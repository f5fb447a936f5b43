/* SPDX-License-Identifier: MIT
 *
 * reader.c - articles in: a plain text file (or stdin) is one article; a
 * JSONL file holds one {"id","published","source","title","text"} object
 * a line (unknown fields ignored). Lines are read by io/jsonl_scan.c,
 * which decodes the five fields without building a JSON tree; a line it
 * is not sure of is parsed with jansson, which also gives the errors.
 *
 * A bad record never stops the batch: rasad_reader_next returns an error
 * for that record with a message and line number, and the next call goes
 * on with the next line. Invalid UTF-8 inside a JSONL line is replaced by
 * U+FFFD before parsing (jansson rejects it) and reported as a warning,
 * so the article is kept.
 */
#include <errno.h>
#include <stdarg.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "io/jsonl_scan.h"
#include "rasad.h"
#include "util/buf.h"
#include "util/utf8.h"

struct rasad_reader {
    FILE *f;                  /* NULL when reading memory */
    bool close_f;
    const char *mem;          /* memory input */
    size_t mem_len, mem_pos;
    bool jsonl;
    bool done;
    size_t max_doc_bytes;
    size_t line;              /* lines read so far */
    char *linebuf;            /* getline buffer */
    size_t linecap;
    buf text;                 /* the current article's text (plain) */
    buf clean;                /* the current line with invalid UTF-8 replaced */
    buf dec;                  /* the current line's fields, decoded by jsonl_scan_fields */
    json_t *json;             /* the current parsed line */
    char numbuf[4][24];       /* id, published, source, title given as JSON integers, printed */
    char errmsg[256];
    char warnmsg[160];
};

static void reader_err(rasad_reader *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void reader_err(rasad_reader *r, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(r->errmsg, sizeof r->errmsg, fmt, ap);
    va_end(ap);
}

static bool ends_with(const char *s, const char *suffix) {
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && strcmp(s + a - b, suffix) == 0;
}

static rasad_reader *reader_alloc(unsigned flags, size_t max_doc_bytes) {
    rasad_reader *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    r->jsonl = (flags & RASAD_READ_JSONL) != 0;
    r->max_doc_bytes = max_doc_bytes ? max_doc_bytes : (size_t)16 << 20;
    buf_init(&r->text, NULL);
    buf_init(&r->clean, NULL);
    buf_init(&r->dec, NULL);
    return r;
}

rasad_status rasad_reader_open(const char *path, unsigned flags, size_t max_doc_bytes, rasad_reader **out) {
    if (!path || !out || (flags & ~RASAD_READ_JSONL))
        return RASAD_EINVAL;
    *out = NULL;
    rasad_reader *r = reader_alloc(flags, max_doc_bytes);
    if (!r)
        return RASAD_ENOMEM;
    if (ends_with(path, ".jsonl"))
        r->jsonl = true;
    if (strcmp(path, "-") == 0) {
        r->f = stdin;
    } else {
        r->f = fopen(path, "rb");
        if (!r->f) {
            reader_err(r, "cannot open: %s", strerror(errno));
            *out = r; /* so the caller can read the message */
            return RASAD_EIO;
        }
        r->close_f = true;
    }
    *out = r;
    return RASAD_OK;
}

rasad_status rasad_reader_open_mem(const char *data, size_t len, unsigned flags, size_t max_doc_bytes,
                                   rasad_reader **out) {
    if (!out || (!data && len) || (flags & ~RASAD_READ_JSONL))
        return RASAD_EINVAL;
    rasad_reader *r = reader_alloc(flags, max_doc_bytes);
    if (!r)
        return RASAD_ENOMEM;
    r->mem = data ? data : "";
    r->mem_len = len;
    *out = r;
    return RASAD_OK;
}

/* Next line without its '\n' (and '\r'); false at the end. */
static bool next_line(rasad_reader *r, const char **line, size_t *len) {
    if (!r->f) {
        if (r->mem_pos >= r->mem_len)
            return false;
        const char *s = r->mem + r->mem_pos;
        const char *nl = memchr(s, '\n', r->mem_len - r->mem_pos);
        size_t n = nl ? (size_t)(nl - s) : r->mem_len - r->mem_pos;
        r->mem_pos += n + (nl ? 1 : 0);
        *line = s;
        *len = n;
    } else {
        ssize_t n = getline(&r->linebuf, &r->linecap, r->f);
        if (n < 0)
            return false;
        if (n > 0 && r->linebuf[n - 1] == '\n')
            n--;
        *line = r->linebuf;
        *len = (size_t)n;
    }
    if (*len > 0 && (*line)[*len - 1] == '\r')
        (*len)--;
    r->line++;
    return true;
}

/* Copies line into r->clean with invalid UTF-8 replaced; returns the
 * offset of the first bad byte or SIZE_MAX. A valid line (nearly every
 * one) is not copied: r->clean is left empty and the caller reads the
 * line itself. */
static size_t sanitize(rasad_reader *r, const char *line, size_t len) {
    buf_clear(&r->clean);
    size_t first_bad = SIZE_MAX, run = 0, i = 0;
    for (;;) {
        i = utf8_find_invalid(line, len, i, 1);
        if (i >= len)
            break;
        if (first_bad == SIZE_MAX)
            first_bad = i;
        buf_append(&r->clean, line + run, i - run);
        if (line[i] == '\0')
            buf_append(&r->clean, "\\u0000", 6); /* a raw NUL in JSON text is kept as an escaped one */
        else
            buf_append(&r->clean, "\xEF\xBF\xBD", 3);
        i++;
        run = i;
    }
    if (first_bad != SIZE_MAX)
        buf_append(&r->clean, line + run, len - run);
    return first_bad;
}

static const char *field(rasad_reader *r, const char *name, char *numbuf, size_t numcap) {
    json_t *v = json_object_get(r->json, name);
    if (json_is_string(v))
        return json_string_value(v);
    if (json_is_integer(v)) {
        snprintf(numbuf, numcap, "%lld", (long long)json_integer_value(v));
        return numbuf;
    }
    return "";
}

/* The checks after a line's fields are read, whichever way. */
static rasad_status finish_jsonl(rasad_reader *r, rasad_article *a, size_t bad) {
    a->line = r->line;
    a->warning = bad != SIZE_MAX ? r->warnmsg : NULL;
    if (a->text_len > r->max_doc_bytes) {
        reader_err(r, "%s%sarticle too large: %zu bytes (limit %zu)", a->id, a->id[0] ? ": " : "", a->text_len,
                   r->max_doc_bytes);
        return RASAD_ETOOBIG;
    }
    return RASAD_OK;
}

static rasad_status next_jsonl(rasad_reader *r, rasad_article *a) {
    const char *line;
    size_t len;
    for (;;) {
        if (!next_line(r, &line, &len))
            return RASAD_ENOTFOUND;
        size_t k = 0;
        while (k < len && (line[k] == ' ' || line[k] == '\t'))
            k++;
        if (k < len)
            break; /* blank lines are skipped */
    }
    json_decref(r->json);
    r->json = NULL;
    size_t bad = sanitize(r, line, len);
    if (r->clean.failed)
        return RASAD_ENOMEM;
    if (bad != SIZE_MAX) {
        snprintf(r->warnmsg, sizeof r->warnmsg, "invalid UTF-8 at byte %zu of the line replaced", bad);
        line = r->clean.data;
        len = r->clean.len;
    }
    jsonl_fields jf;
    if (jsonl_scan_fields(line, len, &r->dec, &jf)) {
        if (jf.kind[JSONL_TEXT] != JSONL_STRING) {
            reader_err(r, "no \"text\" string in the record");
            return RASAD_EJSON;
        }
        const char *f[JSONL__NFIELDS];
        for (int k = 0; k < JSONL__NFIELDS; k++)
            f[k] = jf.kind[k] == JSONL_STRING ? r->dec.data + jf.off[k] : "";
        a->text = f[JSONL_TEXT];
        a->text_len = jf.len[JSONL_TEXT];
        a->id = f[JSONL_ID];
        a->published = f[JSONL_PUBLISHED];
        a->source = f[JSONL_SOURCE];
        a->title = f[JSONL_TITLE];
        return finish_jsonl(r, a, bad);
    }
    json_error_t jerr;
    r->json = json_loadb(line, len, JSON_ALLOW_NUL | JSON_DECODE_ANY, &jerr);
    if (!r->json) {
        reader_err(r, "malformed JSON at column %d: %s", jerr.column, jerr.text);
        return RASAD_EJSON;
    }
    if (!json_is_object(r->json)) {
        reader_err(r, "not a JSON object");
        return RASAD_EJSON;
    }
    json_t *text = json_object_get(r->json, "text");
    if (!json_is_string(text)) {
        reader_err(r, "no \"text\" string in the record");
        return RASAD_EJSON;
    }
    a->text = json_string_value(text);
    a->text_len = json_string_length(text);
    /* each field its own number buffer: an integer published, source or
     * title was a NULL string that crashed the caller */
    a->id = field(r, "id", r->numbuf[0], sizeof r->numbuf[0]);
    a->published = field(r, "published", r->numbuf[1], sizeof r->numbuf[1]);
    a->source = field(r, "source", r->numbuf[2], sizeof r->numbuf[2]);
    a->title = field(r, "title", r->numbuf[3], sizeof r->numbuf[3]);
    return finish_jsonl(r, a, bad);
}

static rasad_status next_plain(rasad_reader *r, rasad_article *a) {
    if (r->done)
        return RASAD_ENOTFOUND;
    r->done = true;
    buf_clear(&r->text);
    if (r->f) {
        char chunk[1 << 16];
        size_t n;
        while ((n = fread(chunk, 1, sizeof chunk, r->f)) > 0) {
            if (r->text.len + n > r->max_doc_bytes) {
                reader_err(r, "article too large: more than %zu bytes", r->max_doc_bytes);
                return RASAD_ETOOBIG;
            }
            buf_append(&r->text, chunk, n);
            if (r->text.failed)
                return RASAD_ENOMEM;
        }
        if (ferror(r->f)) {
            reader_err(r, "read error: %s", strerror(errno));
            return RASAD_EIO;
        }
        a->text = r->text.data ? r->text.data : "";
        a->text_len = r->text.len;
    } else {
        if (r->mem_len > r->max_doc_bytes) {
            reader_err(r, "article too large: %zu bytes (limit %zu)", r->mem_len, r->max_doc_bytes);
            return RASAD_ETOOBIG;
        }
        a->text = r->mem;
        a->text_len = r->mem_len;
    }
    a->id = a->published = a->source = a->title = "";
    a->line = 0;
    a->warning = NULL;
    return RASAD_OK;
}

rasad_status rasad_reader_next(rasad_reader *r, rasad_article *a) {
    if (!r || !a)
        return RASAD_EINVAL;
    memset(a, 0, sizeof *a);
    r->errmsg[0] = '\0';
    return r->jsonl ? next_jsonl(r, a) : next_plain(r, a);
}

const char *rasad_reader_errmsg(const rasad_reader *r) { return r ? r->errmsg : "no reader"; }

size_t rasad_reader_line(const rasad_reader *r) { return r && r->jsonl ? r->line : 0; }

void rasad_reader_free(rasad_reader *r) {
    if (!r)
        return;
    if (r->close_f && r->f)
        fclose(r->f);
    json_decref(r->json);
    free(r->linebuf);
    buf_free(&r->text);
    buf_free(&r->clean);
    buf_free(&r->dec);
    free(r);
}
