/* SPDX-License-Identifier: MIT
 *
 * fuzz_jsonl_scan.c - the JSONL reader's fast path (io/jsonl_scan.c)
 * against jansson on arbitrary lines: whenever the scanner reads a line,
 * jansson must read the same object, and every article field must come
 * out the same (kind, length and bytes). Lines the scanner declines are
 * jansson's alone, so they need no check. Input that is not valid UTF-8
 * or holds a NUL is skipped: the reader replaces those bytes first.
 */
#include <jansson.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "io/jsonl_scan.h"
#include "util/utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const NAMES[JSONL__NFIELDS] = {"id", "published", "source", "title", "text"};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const char *s = (const char *)data;
    if (utf8_find_invalid(s, size, 0, 1) < size)
        return 0;
    buf dec;
    buf_init(&dec, NULL);
    jsonl_fields f;
    if (jsonl_scan_fields(s, size, &dec, &f)) {
        json_error_t err;
        json_t *j = json_loadb(s, size, JSON_ALLOW_NUL | JSON_DECODE_ANY, &err);
        if (!j || !json_is_object(j))
            abort(); /* the scanner read a line jansson rejects */
        for (int k = 0; k < JSONL__NFIELDS; k++) {
            json_t *v = json_object_get(j, NAMES[k]);
            switch (f.kind[k]) {
            case JSONL_ABSENT:
                if (v)
                    abort();
                break;
            case JSONL_STRING:
                if (!json_is_string(v) || json_string_length(v) != f.len[k] ||
                    memcmp(json_string_value(v), dec.data + f.off[k], f.len[k]) != 0 ||
                    dec.data[f.off[k] + f.len[k]] != '\0')
                    abort();
                break;
            default:
                if (!v || json_is_string(v) || json_is_number(v))
                    abort();
                break;
            }
        }
        json_decref(j);
    }
    buf_free(&dec);
    return 0;
}
