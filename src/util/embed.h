/* SPDX-License-Identifier: MIT
 *
 * embed.h - files compiled into the library (data/resources.txt lists
 * them; CMakeLists.txt pulls each in with .incbin). EMBED_DECLARE(x)
 * declares rasad_embed_x; EMBED_SPAN(x, &len) gives its bytes and length.
 * The bytes are followed by one NUL, so text resources are C strings.
 */
#ifndef RASAD_EMBED_H
#define RASAD_EMBED_H

#include <stddef.h>

#define EMBED_DECLARE(name)                                                                      \
    extern const unsigned char rasad_embed_##name[];                                             \
    extern const unsigned char rasad_embed_##name##_end[]

#define EMBED_DATA(name) ((const char *)rasad_embed_##name)
#define EMBED_LEN(name) ((size_t)(rasad_embed_##name##_end - rasad_embed_##name))

#endif
