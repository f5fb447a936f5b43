/* SPDX-License-Identifier: MIT
 *
 * jsonl_scan.h - input stage: the fast path of the JSONL article reader.
 * It reads the few fields an article needs (id, published, source, title,
 * text) from one line without building a JSON tree, for the plain lines
 * that make up nearly every corpus. Anything it is not sure to read
 * exactly as jansson would (a number in one of those fields, an escape in
 * a key, a surrogate escape, deep nesting, any syntax error) makes it give
 * up, and the reader parses the line with jansson as before: same values,
 * same error messages.
 */
#ifndef RASAD_JSONL_SCAN_H
#define RASAD_JSONL_SCAN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/buf.h"

enum { JSONL_ID, JSONL_PUBLISHED, JSONL_SOURCE, JSONL_TITLE, JSONL_TEXT, JSONL__NFIELDS };

enum {
    JSONL_ABSENT = 0, /* the key does not occur */
    JSONL_STRING,     /* a string: its decoded bytes are dec[off, off+len), NUL after them */
    JSONL_OTHER       /* null, true, false, an object or an array */
};

typedef struct jsonl_fields {
    uint8_t kind[JSONL__NFIELDS]; /* JSONL_ABSENT / _STRING / _OTHER; the last occurrence wins */
    size_t off[JSONL__NFIELDS];   /* offset of a string's bytes in dec->data */
    size_t len[JSONL__NFIELDS];   /* its length in bytes (may hold NULs from \u0000) */
} jsonl_fields;

/* Reads line[0..len), which must be valid UTF-8 without raw NULs (the
 * reader's sanitize step ensures it), as one JSON object. Returns true and
 * fills *f, with the strings decoded into dec (cleared first), when the
 * line is in the subset this scanner reads exactly as
 * json_loadb(JSON_ALLOW_NUL | JSON_DECODE_ANY) would; false when the line
 * must go to jansson (then *f and dec hold nothing useful). Also false
 * when dec runs out of memory. */
bool jsonl_scan_fields(const char *line, size_t len, buf *dec, jsonl_fields *f);

#endif
