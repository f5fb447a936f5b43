/* SPDX-License-Identifier: MIT
 *
 * fuzz_conll.c - the CoNLL reader and the CoNLL entry points of the NER
 * tagger (issue 4) on arbitrary bytes. The first byte chooses: bit 0,
 * labels required by the parser; bit 1, also tag with the built-in model
 * and score the input against itself.
 */
#include <stdint.h>
#include <string.h>

#include "rasad.h"
#include "tagger/conll.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size == 0)
        return 0;
    uint8_t opt = data[0];
    const char *text = (const char *)data + 1;
    size_t len = size - 1;
    conll_doc d;
    char err[160];
    if (conll_parse(text, len, opt & 1, &d, err, sizeof err) == RASAD_OK) {
        tg_wordbuf wb = {0};
        for (size_t s = 0; s < d.nsent; s++)
            if (tg_words_from_raw(&wb, d.toks + d.sent[s], d.sent[s + 1] - d.sent[s]) != RASAD_OK)
                break;
        tg_wordbuf_free(&wb);
        conll_free(&d);
    }
    if (opt & 2) {
        char *out = NULL;
        size_t olen;
        if (rasad_ner_tag_conll(NULL, text, len, &out, &olen) == RASAD_OK) {
            rasad_ner_scores sc;
            rasad_error e;
            /* the tagger's output re-reads with the same tokens */
            rasad_ner_score_conll(out, olen, out, olen, &sc, &e);
            rasad_free(out);
        }
        rasad_ner_scores s;
        rasad_error e2;
        rasad_ner_eval_conll(NULL, text, len, &s, &e2);
    }
    return 0;
}
