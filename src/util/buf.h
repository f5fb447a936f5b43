/* SPDX-License-Identifier: MIT
 *
 * buf.h - a growable byte buffer on the heap, for output and scratch text.
 */
#ifndef RASAD_BUF_H
#define RASAD_BUF_H

#include <stdbool.h>
#include <stddef.h>

#include "rasad.h"

typedef struct buf {
    char *data;           /* NUL-terminated when len < cap */
    size_t len, cap;
    const rasad_mem *mem;
    bool failed;          /* an allocation failed; later appends do nothing */
} buf;

void buf_init(buf *b, const rasad_mem *mem);
bool buf_reserve(buf *b, size_t extra);
void buf_append(buf *b, const char *s, size_t len);
void buf_puts(buf *b, const char *s);
void buf_putc(buf *b, char c);
void buf_printf(buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_clear(buf *b);
/* Gives up ownership of the data (NUL-terminated) to the caller. */
char *buf_detach(buf *b, size_t *len);
void buf_free(buf *b);

#endif
