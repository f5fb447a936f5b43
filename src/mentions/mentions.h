/* SPDX-License-Identifier: MIT
 *
 * mentions.h - stage 2 scanners over a tokenized doc. Each fills its
 * cached array in the doc's arena (doc.h) once; the public
 * rasad_doc_quantities / rasad_doc_dates call them.
 */
#ifndef RASAD_MENTIONS_H
#define RASAD_MENTIONS_H

#include "doc.h"

/* numbers.c: quantities (SCHEMA.md Quantity). */
rasad_status numbers_scan(rasad_doc *doc);
/* dates.c: date expressions (SCHEMA.md Date). */
rasad_status dates_scan(rasad_doc *doc);

#endif
