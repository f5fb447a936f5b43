/* SPDX-License-Identifier: MIT
 *
 * fuzz_model_load.c - the NER model loader (issue 4) on corrupted files.
 * The first byte chooses the mode:
 *   0: the input is a model file as it is;
 *   1: a small valid model (trained once) is mutated: the input is a list
 *      of (offset u16, xor byte) edits, then optionally truncated; the
 *      checksum is recomputed, so the structural checks behind it are
 *      exercised too;
 *   2: like 1, without recomputing the checksum.
 * With the first byte's high bit set, the valid model of modes 1-2 has
 * edge features and a second pass (format 3, model.h).
 * Whatever loads is then used to tag a sentence.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "rasad.h"
#include "tagger/model.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char TINY[] = "قال\tO\nالرئيس\tO\nجورج\tB-PER\nبوش\tI-PER\nفي\tO\nبغداد\tB-LOC\n.\tO\n\n"
                           "اعلنت\tO\nحركة\tO\nحماس\tB-ORG\nفي\tO\nغزة\tB-LOC\n.\tO\n\n";

static uint8_t *bases[2];
static size_t base_lens[2];

static void use(const uint8_t *bytes, size_t len) {
    rasad_model *m = NULL;
    rasad_error err;
    if (rasad_model_load_mem(bytes, len, &m, &err) != RASAD_OK)
        return;
    const char *in = "قال\nالرئيس\nجورج\nبوش\nفي\nبغداد\n.\n";
    char *out = NULL;
    size_t olen;
    if (rasad_ner_tag_conll(m, in, strlen(in), &out, &olen) == RASAD_OK)
        rasad_free(out);
    rasad_model_free(m);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size == 0)
        return 0;
    uint8_t mode = data[0] % 3;
    int edge = data[0] >> 7;
    data++;
    size--;
    if (mode == 0) {
        use(data, size);
        return 0;
    }
    if (!bases[edge]) {
        const char *names[] = {"epochs", "edge", "stack-folds"};
        const char *values[] = {"2", edge ? "127" : "0", "2"};
        void *mdl = NULL;
        if (rasad_ner_train(TINY, strlen(TINY), NULL, 0, names, values, edge ? 3 : 1, NULL, NULL,
                            &mdl, &base_lens[edge], NULL) != RASAD_OK)
            abort();
        bases[edge] = mdl;
    }
    const uint8_t *base = bases[edge];
    size_t base_len = base_lens[edge];
    uint8_t *b = malloc(base_len);
    if (!b)
        return 0;
    memcpy(b, base, base_len);
    size_t len = base_len, i = 0;
    for (; i + 3 <= size; i += 3) {
        size_t off = ((size_t)data[i] | (size_t)data[i + 1] << 8) % base_len;
        b[off] ^= data[i + 2];
    }
    if (i < size) /* a leftover byte truncates */
        len = base_len * data[i] / 256;
    if (mode == 1 && len >= TG_MODEL_HEADER) {
        uint32_t sum = tg_checksum(b + TG_CHECKSUM_FROM, len - TG_CHECKSUM_FROM);
        for (int k = 0; k < 4; k++)
            b[48 + k] = (uint8_t)(sum >> (8 * k));
    }
    use(b, len);
    free(b);
    return 0;
}
