/* SPDX-License-Identifier: MIT
 *
 * store_json.h - the embedded store's JSON reader (after output): parses
 * one article object into a flat array of nodes that point into the text,
 * with no allocation per value, so that each row's columns can be read
 * from one parse (the article JSON is the source of every row).
 *
 * Strict JSON (RFC 8259); anything else, nesting deeper than
 * SJ_MAX_DEPTH, a \u0000 or a lone surrogate escape is refused as
 * malformed. Safe on arbitrary bytes.
 */
#ifndef RASAD_STORE_JSON_H
#define RASAD_STORE_JSON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define SJ_MAX_DEPTH 64

enum { SJ_NULL, SJ_TRUE, SJ_FALSE, SJ_INT, SJ_REAL, SJ_STRING, SJ_OBJECT, SJ_ARRAY };

typedef struct {
    uint8_t type;  /* SJ_* */
    bool escaped;  /* a string with escapes: decode with sj_string() */
    size_t start;  /* a string's bytes between the quotes, else the value's first byte */
    size_t len;    /* their length (a container: up to its closing bracket) */
    size_t next;   /* the index after this node and its descendants */
} sj_node;

/* A parsed document; children of a container follow it (an object's as
 * key, value, key, value...), and a node's next sibling is nodes[n.next]. */
typedef struct {
    const char *text;
    sj_node *nodes;
    size_t n, cap;
    char *scratch;  /* a decoded string */
    size_t scratch_cap;
} sj_doc;

/* Parses text[0..len) (one JSON value, whitespace around it allowed)
 * into d, reusing d's arrays. Returns 0, -1 when malformed, -2 when out
 * of memory. d->text points into text, which must outlive the reads. */
int sj_parse(sj_doc *d, const char *text, size_t len);
/* Frees d's arrays (not d). */
void sj_free(sj_doc *d);

/* The value of member key[0..klen) of object node i (the first one when
 * the key repeats, as SQLite's json_extract), or SIZE_MAX when i is
 * SIZE_MAX, no object, or has no such member. */
size_t sj_member(const sj_doc *d, size_t i, const char *key, size_t klen);
/* Element k of array node i, or SIZE_MAX. */
size_t sj_element(const sj_doc *d, size_t i, size_t k);
/* How many elements array node i has (0 when it is no array). */
size_t sj_count(const sj_doc *d, size_t i);
/* The bytes of string node i, unescaped (escaped ones are decoded into
 * d->scratch, valid until the next call); NULL when out of memory. */
const char *sj_string(sj_doc *d, size_t i, size_t *len);

#endif
