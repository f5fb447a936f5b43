/* SPDX-License-Identifier: MIT
 *
 * resources.h - the private layout of rasad_resources: every loaded,
 * read-only resource the pipeline consults. Built once, then shared by all
 * threads without locks; nothing here is written after loading.
 */
#ifndef RASAD_RESOURCES_H
#define RASAD_RESOURCES_H

#include "rasad.h"

typedef struct stem_lexicon stem_lexicon; /* text/clitics.h */

/* A NULL field means the built-in resource, which its stage loads lazily
 * on first use (stem_lexicon_default, tagger_model_default), so a caller
 * that only tokenizes never pays for the model. The gazetteer and the
 * lexicons are always the built-in ones (gaz_default, lex_default) for
 * now: a field for them belongs here when a caller can swap them. */
struct rasad_resources {
    const stem_lexicon *stems; /* known stems, for clitic decisions */
    const void *tagger;        /* tagger/model.h */
};

#endif
