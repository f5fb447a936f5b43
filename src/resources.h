/* SPDX-License-Identifier: MIT
 *
 * resources.h - the private layout of rasad_resources: every loaded,
 * read-only resource the pipeline consults. Built once, then shared by all
 * threads without locks; nothing here is written after loading.
 */
#ifndef RASAD_RESOURCES_H
#define RASAD_RESOURCES_H

#include "rasad.h"

typedef struct stem_lexicon stem_lexicon;   /* text/clitics.h */
typedef struct rasad_gazetteer rasad_gazetteer_t;
typedef struct lex_lexicon lex_lexicon;     /* knowledge/lexicon.h */
typedef struct tagger_model tagger_model;   /* tagger/model.h */

/* A NULL field means the built-in resource, which its stage loads lazily
 * on first use (stem_lexicon_default, gaz_default, lex_default,
 * tagger_model_default), so a caller that only tokenizes never pays for
 * the gazetteer or the model. */
struct rasad_resources {
    const stem_lexicon *stems;          /* known stems, for clitic decisions */
    const void *gazetteer;              /* knowledge/gazetteer.h */
    const void *lexicon;                /* knowledge/lexicon.h: actors, triggers, places */
    const void *tagger;                 /* tagger/model.h */
    bool owned;                         /* false for the built-in, process-wide instance */
};

#endif
