/* SPDX-License-Identifier: MIT
 *
 * fuzz_jsonl.c - the JSONL article reader on arbitrary bytes: every record
 * either parses or fails alone, and the batch goes on to the end.
 */
#include <stdint.h>
#include <stdlib.h>

#include "rasad.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    rasad_reader *r = NULL;
    if (rasad_reader_open_mem((const char *)data, size, RASAD_READ_JSONL, 4096, &r) != RASAD_OK)
        return 0;
    rasad_article a;
    rasad_status st;
    size_t guard = 0;
    while ((st = rasad_reader_next(r, &a)) != RASAD_ENOTFOUND && guard++ < 100000) {
        if (st == RASAD_OK) {
            rasad_doc *doc = NULL;
            if (rasad_doc_new(a.text, a.text_len, NULL, &doc) == RASAD_OK)
                rasad_doc_free(doc);
        } else if (st == RASAD_ENOMEM) {
            break;
        }
    }
    rasad_reader_free(r);
    return 0;
}
