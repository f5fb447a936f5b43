/* SPDX-License-Identifier: MIT
 *
 * core.c - what every stage shares: status texts, versions, the default
 * allocator, options and calendar-date parsing.
 */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "rasad.h"

const char *rasad_strerror(rasad_status code) {
    switch (code) {
    case RASAD_OK: return "ok";
    case RASAD_ENOMEM: return "out of memory";
    case RASAD_EINVAL: return "invalid argument";
    case RASAD_EUTF8: return "invalid UTF-8";
    case RASAD_ETOOBIG: return "article too large";
    case RASAD_ETOKEN: return "token too long";
    case RASAD_EIO: return "input/output error";
    case RASAD_EFORMAT: return "malformed resource or record";
    case RASAD_EVERSION: return "unsupported format version";
    case RASAD_ECHECKSUM: return "checksum mismatch";
    case RASAD_EJSON: return "malformed JSON";
    case RASAD_ENOTFOUND: return "not found";
    case RASAD_EDATE: return "not a date YYYY-MM-DD";
    case RASAD_ELIMIT: return "limit exceeded";
    }
    return "unknown error";
}

const char *rasad_version(void) { return RASAD_VERSION_STRING; }

const char *rasad_unicode_version(void) { return utf8proc_unicode_version(); }

static const rasad_mem default_mem = {calloc, realloc, free};

const rasad_mem *rasad_default_mem(void) { return &default_mem; }

void rasad_free(void *p) { free(p); }

void rasad_options_init(rasad_options *o) {
    if (!o)
        return;
    memset(o, 0, sizeof *o);
    o->max_doc_bytes = (size_t)16 << 20;
    o->max_token_bytes = 64 * 1024;
}

static int days_in_month(int y, int m) {
    static const int dm[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return dm[m - 1];
}

rasad_status rasad_ymd_parse(const char *s, size_t len, rasad_ymd *out) {
    if (!s || !out || len != 10 || s[4] != '-' || s[7] != '-')
        return RASAD_EDATE;
    int v[3] = {0, 0, 0};
    const int at[3] = {0, 5, 8}, w[3] = {4, 2, 2};
    for (int k = 0; k < 3; k++)
        for (int i = 0; i < w[k]; i++) {
            char c = s[at[k] + i];
            if (c < '0' || c > '9')
                return RASAD_EDATE;
            v[k] = v[k] * 10 + (c - '0');
        }
    if (v[0] < 1 || v[1] < 1 || v[1] > 12 || v[2] < 1 || v[2] > days_in_month(v[0], v[1]))
        return RASAD_EDATE;
    out->year = v[0];
    out->month = v[1];
    out->day = v[2];
    return RASAD_OK;
}
