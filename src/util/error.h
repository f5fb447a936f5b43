/* SPDX-License-Identifier: MIT
 *
 * error.h - shared utility: filling a caller's rasad_error (include/rasad.h)
 * in one place, so that every entry point that takes one (rasad_doc_new_ex,
 * the store) writes its code, byte offset and message the same way.
 */
#ifndef RASAD_ERROR_H
#define RASAD_ERROR_H

#include <stddef.h>

#include "rasad.h"

/* Sets err (nothing when NULL) to code, offset (SIZE_MAX: no position in
 * an input) and the printf-style message, cut to the message buffer.
 * Returns code, so a failure path can end with `return error_set(...)`. */
rasad_status error_set(rasad_error *err, rasad_status code, size_t offset, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

#endif
