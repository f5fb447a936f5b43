/* SPDX-License-Identifier: MIT
 *
 * translit.c - sound keys of Arabic and Latin place names (translit.h).
 *
 * The classes are coarse on purpose: Arabic writes a foreign g as ج, غ, ك
 * or ق depending on the writer's dialect, a p as ب, a v as ف, and leaves
 * most vowels out, so only the consonants can be compared, and only as
 * classes. What keeps two different towns apart is the key's length and,
 * in the caller, the country the article talks about.
 */
#include "knowledge/translit.h"

#include <stdbool.h>
#include <string.h>
#include <utf8proc.h>

#include "util/utf8.h"

/* The classes: B (b p), T (t th ţ), D (d dh), S (s sh ch ç ş), Z (z zh),
 * K (k q c g gh j kh ğ), F (f v ph), H (h), R, L, M, N. 0 is a letter
 * that leaves no trace (a vowel, w, y, ع, hamza). */

typedef struct key_buf {
    char *out;
    size_t n;
    bool overflow;
} key_buf;

/* Appends class c unless it repeats the last one (a doubled letter). */
static void put(key_buf *k, char c) {
    if (!c || (k->n > 0 && k->out[k->n - 1] == c))
        return;
    if (k->n + 1 >= TRANSLIT_KEY_MAX) {
        k->overflow = true;
        return;
    }
    k->out[k->n++] = c;
}

/* Ends the key: a final h is the ة of Arabic and the -ah of Latin. */
static size_t finish(key_buf *k) {
    if (k->overflow)
        return 0;
    if (k->n > 0 && k->out[k->n - 1] == 'H')
        k->n--;
    k->out[k->n] = '\0';
    return k->n;
}

/* The key class of a Latin sound (0: a vowel, w, y). */
static char latin_class(char u) {
    static const char FROM[] = "bptTdDsSzZkqgGjxfvhlmnr", TO[] = "BBTTDDSSZZKKKKKKFFHLMNR";
    const char *f = strchr(FROM, u);
    return f && u ? TO[f - FROM] : 0;
}

/* The Latin sounds an Arabic letter may write ("" for none). */
static const char *arabic_sounds(int32_t cp, bool initial) {
    switch (cp) {
    case 0x0628: return "bp";    /* ب */
    case 0x067E: return "p";     /* پ */
    case 0x062A: return "tT";    /* ت */
    case 0x0637: return "t";     /* ط */
    case 0x062B: return "Tts";   /* ث */
    case 0x062C: return "jgZ";   /* ج */
    case 0x062D: return "h";     /* ح */
    case 0x062E: return "xh";    /* خ (a Latin k is no خ: Kowloon is not خولان) */
    case 0x062F: return "dD";    /* د */
    case 0x0630: return "Ddz";   /* ذ */
    case 0x0631: return "r";     /* ر */
    case 0x0632: return "zsZ";   /* ز */
    case 0x0633: return "sS";    /* س */
    case 0x0634: return "S";     /* ش */
    case 0x0686: return "S";     /* چ */
    case 0x0635: return "s";     /* ص */
    case 0x0636: return "dD";    /* ض */
    case 0x0638: return "zD";    /* ظ */
    case 0x063A: return "Ggr";   /* غ */
    case 0x0641: return "fv";    /* ف */
    case 0x06A4: return "v";     /* ڤ */
    case 0x0642: return "qkg";   /* ق */
    case 0x0643: case 0x06A9: return "kgqx"; /* ك */
    case 0x06AF: return "g";     /* گ */
    case 0x0644: return "l";
    case 0x0645: return "m";
    case 0x0646: return "n";
    case 0x0647: case 0x0629: return "h"; /* ه ة */
    case 0x0648: return "ouvw";  /* و */
    case 0x064A: case 0x0649: case 0x06CC: return "ieyj"; /* ي ى */
    case 0x0627: case 0x0623: case 0x0625: case 0x0622: case 0x0671:
        return initial ? "aeiou" : "aeo";  /* ا */
    case 0x0639: return "aeiou";  /* ع, mostly a vowel in Latin */
    case 0x0621: case 0x0624: case 0x0626: return ""; /* hamza: nothing */
    default: return NULL;
    }
}

/* The key class of an Arabic letter: that of the first Latin sound it
 * writes (0 for a vowel, hamza, ع); -1 when cp is not an Arabic letter. */
static int arabic_class(int32_t cp) {
    const char *snd = arabic_sounds(cp, false);
    return snd ? latin_class(snd[0]) : -1;
}

size_t translit_key_ar(const char *norm, size_t len, char out[TRANSLIT_KEY_MAX]) {
    key_buf k = {out, 0, false};
    out[0] = '\0';
    const uint8_t *s = (const uint8_t *)norm;
    size_t i = 0;
    /* the article: "الرقه" is "Raqqah" */
    if (len > 6 && memcmp(s, "\xD8\xA7\xD9\x84", 4) == 0)
        i = 4;
    int32_t prev = 0;
    /* a vowel before the first consonant (أوزارك, Ozark) */
    if (i < len) {
        int32_t cp;
        utf8_decode(s + i, len - i, &cp);
        if (cp == 0x0627 || cp == 0x0623 || cp == 0x0625 || cp == 0x0622 || cp == 0x0639)
            put(&k, 'A');
    }
    while (i < len) {
        int32_t cp;
        size_t w = utf8_decode(s + i, len - i, &cp);
        i += w;
        if (cp == ' ' || cp == '-') {
            prev = 0;
            continue;
        }
        int c = arabic_class(cp);
        if (c < 0)
            return 0;
        /* تش is ch, دج is j: the second letter says it */
        if ((cp == 0x0634 && prev == 0x062A) || (cp == 0x062C && prev == 0x062F)) {
            k.n--;
        }
        put(&k, (char)c);
        prev = cp;
    }
    return finish(&k);
}

/* A Latin letter folded to lower-case ASCII (é -> e, ł -> l), or the
 * class letter of a Turkish one whose mark matters ('S' for ç and ş).
 * Returns 0 for a vowel-like letter (ı, ø, æ), -1 for anything else. */
static int latin_letter(int32_t cp) {
    switch (cp) {
    case 0x00E7: case 0x00C7: case 0x015F: case 0x015E: case 0x0219: case 0x0218:
        return 'S';                                  /* ç ş ș */
    case 0x0163: case 0x0162: case 0x021B: case 0x021A: return 't';
    case 0x0131: case 0x0130: case 0x00F8: case 0x00D8: case 0x00E6: case 0x00C6: case 0x0153:
        return 0;                                    /* ı İ ø æ œ */
    case 0x0142: case 0x0141: return 'l';
    case 0x0111: case 0x0110: case 0x00F0: return 'd';
    case 0x00DF: return 's';
    default:
        break;
    }
    if (cp < 0x80) {
        if (cp >= 'A' && cp <= 'Z')
            return cp - 'A' + 'a';
        if (cp >= 'a' && cp <= 'z')
            return cp;
        return -1;
    }
    utf8proc_int32_t dec[4];
    int opts = UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD | UTF8PROC_COMPAT;
    int last = 0;
    utf8proc_ssize_t n = utf8proc_decompose_char(cp, dec, 4, (utf8proc_option_t)opts, &last);
    if (n == 1 && dec[0] >= 'a' && dec[0] <= 'z')
        return dec[0];
    return -1;
}

/* Does a Latin name start with an Arabic article ("Ar Raqqah", "Al-Bab",
 * "Ash Shaykh")? Returns its length with the space or hyphen, else 0. */
static size_t latin_article(const char *a, size_t n) {
    if (n < 4 || (a[0] != 'a' && a[0] != 'e'))
        return 0;
    size_t i = 1;
    if (strchr("ldrstzn", a[i]) == NULL)
        return 0;
    i++;
    if (i < n && a[i] == 'h' && strchr("sdtz", a[1]))
        i++;
    return i < n - 2 && (a[i] == ' ' || a[i] == '-') ? i + 1 : 0;
}

/* The sounds of a Latin name, one code each: consonants as their
 * letter ('c' is read as 'k' or 's'), with 'T' th, 'D' dh, 'S' sh ch ç ş,
 * 'Z' zh, 'G' gh ğ, 'x' kh (and a German ch), 'j' j dj (and a Turkish
 * c); vowels as a e i o u. A consonant written twice is one; the Arabic
 * article of a transliterated name (Ar Raqqah) is left out. Returns the
 * count, 0 when the name is not Latin or too long. */
static size_t latin_units(const char *name, const char *country, char *u, size_t cap) {
    char a[96];
    size_t n = 0, len = strlen(name);
    for (size_t i = 0; i < len;) {
        int32_t cp;
        i += utf8_decode((const uint8_t *)name + i, len - i, &cp);
        int c = cp == ' ' || cp == '-' || cp == '\'' || cp == 0x2019 || cp == 0x02BF || cp == 0x02BE || cp == '.'
                    ? ' '
                    : latin_letter(cp);
        if (c < 0 || n + 1 >= sizeof a)
            return 0;
        a[n++] = c ? (char)c : 'i'; /* ı, ø: a vowel */
    }
    bool turkic = country && (strcmp(country, "TR") == 0 || strcmp(country, "AZ") == 0);
    bool german = country && (strcmp(country, "DE") == 0 || strcmp(country, "AT") == 0 ||
                              strcmp(country, "CH") == 0 || strcmp(country, "NL") == 0);
    size_t m = 0;
#define UNIT(x)                                                                                  \
    do {                                                                                         \
        char u_ = (x);                                                                           \
        if (m > 0 && u[m - 1] == u_ && !strchr("aeiou", u_))                                     \
            break;                                                                               \
        if (m + 1 >= cap)                                                                        \
            return 0;                                                                            \
        u[m++] = u_;                                                                             \
    } while (0)
    for (size_t i = latin_article(a, n); i < n; i++) {
        char c = a[i], d = i + 1 < n ? a[i + 1] : ' ', e = i + 2 < n ? a[i + 2] : ' ';
        if (c == ' ')
            continue;
        if ((c == 's' || c == 't') && d == 'c' && e == 'h') {
            UNIT('S');
            i += 2;
        } else if (d == 'h' && strchr("sczktdpg", c)) {
            static const char FROM[] = "sczktdpg", TO[] = "SSZxTDfG";
            char to = TO[strchr(FROM, c) - FROM];
            UNIT(c == 'c' && german ? 'x' : to);
            i++;
        } else if ((c == 'c' && d == 'k') || (c == 'q' && d == 'u')) {
            UNIT('k');
            i++;
        } else if (c == 'd' && d == 'j') {
            UNIT('j');
            i++;
        } else if (c == 'c') {
            UNIT(turkic ? 'j' : (d == 'e' || d == 'i' || d == 'y') ? 's' : 'k');
        } else if (c == 'x') {
            UNIT('k');
            UNIT('s');
        } else {
            UNIT(c);
        }
    }
#undef UNIT
    return m;
}

size_t translit_key_latin(const char *name, const char *country, char out[TRANSLIT_KEY_MAX]) {
    out[0] = '\0';
    char u[64];
    size_t m = latin_units(name, country, u, sizeof u);
    key_buf k = {out, 0, false};
    if (m > 0 && strchr("aeiou", u[0]))
        put(&k, 'A');
    for (size_t i = 0; i < m; i++)
        put(&k, latin_class(u[i]));
    return m ? finish(&k) : 0;
}

/* ---- how close an Arabic spelling comes to a Latin name ---- */

/* Costs in tenths. A Latin vowel Arabic leaves out is the usual case, an
 * Arabic letter with nothing in Latin is not; a consonant of one with
 * nothing in the other is almost a different name. */
enum {
    SKIP_LATIN_VOWEL = 1, SKIP_LATIN_H = 4, SKIP_LATIN_SEMI = 3, SKIP_CONSONANT = 20,
    SKIP_ARABIC_VOWEL = 6, SKIP_GLIDE = 1, SKIP_FINAL_ALEF = 3, SKIP_AIN = 1, SKIP_ARABIC_H = 6, SKIP_FINAL_H = 1, VOWEL_MISMATCH = 5,
};

static bool is_alef(int32_t cp) {
    return cp == 0x0627 || cp == 0x0623 || cp == 0x0625 || cp == 0x0622 || cp == 0x0671;
}

static bool is_arabic_vowel(int32_t cp) {
    return cp == 0x0627 || cp == 0x0623 || cp == 0x0625 || cp == 0x0622 || cp == 0x0671 || cp == 0x0648 ||
           cp == 0x064A || cp == 0x0649 || cp == 0x06CC;
}

int translit_distance(const char *norm, size_t len, const char *latin, const char *country) {
    char lu[48];
    size_t m = latin_units(latin, country, lu, sizeof lu);
    int32_t ar[48];
    size_t n = 0, i = 0;
    if (len > 6 && memcmp(norm, "\xD8\xA7\xD9\x84", 4) == 0)
        i = 4; /* ال */
    while (i < len) {
        int32_t cp;
        i += utf8_decode((const uint8_t *)norm + i, len - i, &cp);
        if (cp == ' ' || cp == '-')
            continue;
        if (n >= sizeof ar / sizeof *ar)
            return TRANSLIT_FAR;
        /* تش is ch, دج is j */
        if (n > 0 && ((cp == 0x0634 && ar[n - 1] == 0x062A) || (cp == 0x062C && ar[n - 1] == 0x062F))) {
            ar[n - 1] = cp == 0x0634 ? 0x0686 : 0x062C;
            continue;
        }
        ar[n++] = cp;
    }
    if (!m || !n)
        return TRANSLIT_FAR;
    /* d[a][b]: the cheapest way to spell Latin sounds [0, b) with Arabic
     * letters [0, a) */
    int d[49][49];
    for (size_t a = 0; a <= n; a++) {
        for (size_t b = 0; b <= m; b++) {
            int best = a == 0 && b == 0 ? 0 : TRANSLIT_FAR;
            if (b > 0 && d[a][b - 1] < TRANSLIT_FAR) {
                char l = lu[b - 1];
                int c = strchr("aeiou", l) ? SKIP_LATIN_VOWEL : l == 'h' ? SKIP_LATIN_H
                        : (l == 'w' || l == 'y') ? SKIP_LATIN_SEMI : SKIP_CONSONANT;
                best = best < d[a][b - 1] + c ? best : d[a][b - 1] + c;
            }
            if (a > 0 && d[a - 1][b] < TRANSLIT_FAR) {
                int32_t cp = ar[a - 1];
                int c = cp == 0x0639 || cp == 0x0621 || cp == 0x0624 || cp == 0x0626 ? SKIP_AIN
                        : (cp == 0x0647 || cp == 0x0629) && a == n                  ? SKIP_FINAL_H
                        : cp == 0x0647 || cp == 0x062D                              ? SKIP_ARABIC_H
                        /* ايـ opens Elbeyli, يو is a ü (زيوريخ), ـيا ends Marseille */
                        : a == 2 && is_arabic_vowel(cp) && is_alef(ar[0])            ? SKIP_GLIDE
                        : cp == 0x064A && a < n && ar[a] == 0x0648                   ? SKIP_GLIDE
                        : a == n && is_alef(cp)                                     ? SKIP_FINAL_ALEF
                        : is_arabic_vowel(cp)                                       ? SKIP_ARABIC_VOWEL
                                                                                    : SKIP_CONSONANT;
                best = best < d[a - 1][b] + c ? best : d[a - 1][b] + c;
            }
            if (a > 0 && b > 0 && d[a - 1][b - 1] < TRANSLIT_FAR) {
                int32_t cp = ar[a - 1];
                char l = lu[b - 1];
                const char *ok = arabic_sounds(cp, a == 1);
                int c = TRANSLIT_FAR;
                if (ok && l && strchr(ok, l))
                    c = 0;
                else if (is_arabic_vowel(cp) && strchr("aeiou", l))
                    c = VOWEL_MISMATCH;
                if (c < TRANSLIT_FAR && d[a - 1][b - 1] + c < best)
                    best = d[a - 1][b - 1] + c;
            }
            d[a][b] = best;
        }
    }
    return d[n][m];
}

uint64_t translit_key_hash(const char *key, size_t len) {
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)key[i]) * 1099511628211ull;
    return h;
}
