/* SPDX-License-Identifier: MIT
 *
 * error.c - shared utility: error_set (error.h).
 */
#include "util/error.h"

#include <stdarg.h>
#include <stdio.h>

rasad_status error_set(rasad_error *err, rasad_status code, size_t offset, const char *fmt, ...) {
    if (!err)
        return code;
    err->code = code;
    err->offset = offset;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
    return code;
}
