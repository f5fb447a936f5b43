/* SPDX-License-Identifier: MIT
 *
 * translit.h - knowledge stage: sound keys that let an Arabic spelling of
 * a foreign place meet the place's Latin name.
 *
 * Most of GeoNames' towns outside the Arab world have no Arabic name in
 * the gazetteer, and Arabic news spells them as it hears them: ساريكاميس
 * (Sarıkamış), سيفاري (Sévaré), تشاتانوجا (Chattanooga). Both spellings
 * are reduced to the consonants they share, in classes wide enough for
 * the usual correspondences (ج غ ك ق خ for g, k, q, j, kh; ف for f and v;
 * ب for b and p; ت ط ث for t and th ...): vowels, w, y, ع and hamza are
 * dropped, a letter doubled is one, and a final h (ة, -ah) is dropped;
 * a vowel before the first consonant is kept, as 'A' (Ozark is not
 * زوريخ).
 * Both keys then read "SRKMS", "SFR", "STNK".
 *
 * A key is short ASCII (at most TRANSLIT_KEY_MAX - 1 letters), NUL-ended.
 */
#ifndef RASAD_TRANSLIT_H
#define RASAD_TRANSLIT_H

#include <stddef.h>
#include <stdint.h>

#define TRANSLIT_KEY_MAX 32

/* The key of an Arabic name in matching form (rasad_normalize: alef and
 * yeh folded, no diacritics), words separated by spaces. An article ال
 * at the start is left out. Returns the key's length; 0 when the name
 * holds a letter that is neither Arabic nor a space, or the key would be
 * too long. */
size_t translit_key_ar(const char *norm, size_t len, char out[TRANSLIT_KEY_MAX]);

/* The key of a Latin name as GeoNames writes it ("Sarıkamış", "Ar
 * Raqqah", "Sévaré"), read with the spelling habits of its country
 * (ISO alpha-2, may be NULL or ""): a Turkish c is a j, a German ch a kh.
 * Returns the key's length; 0 when the name is not Latin or too long. */
size_t translit_key_latin(const char *name, const char *country, char out[TRANSLIT_KEY_MAX]);

/* How far an Arabic spelling (matching form) is from a Latin name, in
 * tenths: a Latin vowel Arabic does not write costs 1, a long vowel of
 * one against another vowel 5, an Arabic letter Latin lacks 6, a
 * consonant of one missing in the other 20. Keys that agree can still be
 * far apart (نيوجيرسي and Yonkers: ج is no k). TRANSLIT_FAR when they
 * cannot be compared. */
#define TRANSLIT_FAR 10000
int translit_distance(const char *norm, size_t len, const char *latin, const char *country);

/* FNV-1a 64 of a key, what the gazetteer's sound index sorts by. */
uint64_t translit_key_hash(const char *key, size_t len);

#endif
