/* SPDX-License-Identifier: MIT
 *
 * resources.c - the built-in resources, gathered once and shared by every
 * thread. Each stage loads its own part lazily through its *_default()
 * function; this handle only bundles them so callers can swap them.
 */
#include "resources.h"

#include <pthread.h>

#include "text/clitics.h"

static rasad_resources builtin;
static pthread_once_t builtin_once = PTHREAD_ONCE_INIT;

static void builtin_load(void) {
    builtin.stems = stem_lexicon_default();
}

const rasad_resources *rasad_resources_default(void) {
    pthread_once(&builtin_once, builtin_load);
    return &builtin;
}
