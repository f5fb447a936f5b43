/* SPDX-License-Identifier: MIT
 *
 * normalize.c - stage 1 of the text layer: what each code point is (for
 * the tokenizer) and what it becomes in the matching form.
 *
 * The matching form follows the usual Arabic IR conventions (Larkey et
 * al.'s light normalization, which the gold scorer also applies):
 *   - presentation forms (U+FB50..U+FDFF, U+FE70..U+FEFF) are folded with
 *     Unicode compatibility normalization (utf8proc, NFKC), so a lam-alef
 *     ligature becomes two letters;
 *   - harakat, shadda, sukun, superscript alef, Quranic annotation marks
 *     and tatweel are removed;
 *   - alef variants become ALEF, ALEF MAKSURA becomes YEH, TEH MARBUTA
 *     becomes HEH, Persian KEHEH/FARSI YEH become KAF/YEH;
 *   - Arabic-Indic and Persian digits become ASCII;
 *   - Arabic punctuation becomes its ASCII counterpart;
 *   - zero-width and bidi controls are dropped;
 *   - ASCII letters are lower-cased.
 * Every rule maps a code point to zero or more code points that are fixed
 * points of the same rules, which makes the normalization idempotent.
 *
 * The tables for U+0000..U+07FF are built once (pthread_once) and are
 * read-only afterwards, so any number of threads may normalize at once.
 */
#include "normalize.h"

#include <pthread.h>
#include <stdint.h>
#include <string.h>
#include <utf8proc.h>

#include "rasad.h"
#include "util/utf8.h"

/* Arabic code points named by the rules above. */
enum {
    ARABIC_COMMA = 0x060C,           /* ، */
    ARABIC_SEMICOLON = 0x061B,       /* ؛ */
    ARABIC_LETTER_MARK = 0x061C,     /* bidi control */
    ARABIC_QUESTION_MARK = 0x061F,   /* ؟ */
    ALEF_WITH_MADDA_ABOVE = 0x0622,  /* آ */
    ALEF_WITH_HAMZA_ABOVE = 0x0623,  /* أ */
    ALEF_WITH_HAMZA_BELOW = 0x0625,  /* إ */
    ALEF = 0x0627,                   /* ا */
    TEH_MARBUTA = 0x0629,            /* ة */
    TATWEEL = 0x0640,                /* ـ */
    HEH = 0x0647,                    /* ه */
    ALEF_MAKSURA = 0x0649,           /* ى */
    YEH = 0x064A,                    /* ي */
    ARABIC_PERCENT_SIGN = 0x066A,    /* ٪ */
    ARABIC_DECIMAL_SEPARATOR = 0x066B,   /* ٫ */
    ARABIC_THOUSANDS_SEPARATOR = 0x066C, /* ٬ */
    SUPERSCRIPT_ALEF = 0x0670,       /* ٰ */
    ALEF_WASLA = 0x0671,             /* ٱ */
    KEHEH = 0x06A9,                  /* ک */
    KAF = 0x0643,                    /* ك */
    FARSI_YEH = 0x06CC,              /* ی */
    ARABIC_FULL_STOP = 0x06D4        /* ۔ */
};

norm_entry norm_table[NORM_TABLE_SIZE];
static pthread_once_t norm_once = PTHREAD_ONCE_INIT;

static int is_quote(int32_t cp) {
    switch (cp) {
    case '"': case '\'': case 0x00AB: case 0x00BB: case 0x2018: case 0x2019: case 0x201A:
    case 0x201B: case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2039: case 0x203A:
    case 0x300C: case 0x300D: case 0x300E: case 0x300F: case 0xFF02:
        return 1;
    default:
        return 0;
    }
}

static int is_bracket(int32_t cp) {
    switch (cp) {
    case '(': case ')': case '[': case ']': case '{': case '}': case 0xFD3E: case 0xFD3F:
    case 0xFF08: case 0xFF09: case 0x2045: case 0x2046: case 0x3008: case 0x3009:
        return 1;
    default:
        return 0;
    }
}

static int is_ignorable(int32_t cp) {
    return (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) ||
           (cp >= 0x2060 && cp <= 0x2064) || (cp >= 0x2066 && cp <= 0x2069) ||
           cp == ARABIC_LETTER_MARK || cp == 0xFEFF || cp == 0x00AD;
}

static int is_arabic_mark(int32_t cp) {
    return (cp >= 0x0610 && cp <= 0x061A) || (cp >= 0x064B && cp <= 0x065F) ||
           cp == SUPERSCRIPT_ALEF || (cp >= 0x06D6 && cp <= 0x06ED) || cp == TATWEEL;
}

/* The class of cp from Unicode data, for code points outside the table. */
static norm_class classify_slow(int32_t cp) {
    if (cp == UTF8_INVALID || cp == 0)
        return NC_INVALID;
    if (is_ignorable(cp))
        return NC_IGNORABLE;
    if (is_quote(cp))
        return NC_QUOTE;
    if (is_bracket(cp))
        return NC_BRACKET;
    if (cp == '\n' || cp == '\r' || cp == '\v' || cp == '\f' || cp == 0x85 || cp == 0x2028 ||
        cp == 0x2029)
        return NC_NEWLINE;
    if (cp >= 0x0600 && cp <= 0x06FF) {
        if (is_arabic_mark(cp))
            return NC_MARK;
        if (norm_digit_value(cp) >= 0)
            return NC_DIGIT;
    }
    if (cp >= '0' && cp <= '9')
        return NC_DIGIT;
    if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'))
        return NC_LATIN;
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: {
        /* Latin script blocks: Latin-1 Supplement .. Latin Extended-B,
         * Latin Extended Additional */
        if ((cp >= 0x00C0 && cp <= 0x024F) || (cp >= 0x1E00 && cp <= 0x1EFF))
            return NC_LATIN;
        if (cp >= 0xFE70 && cp <= 0xFE7F)
            return NC_MARK; /* spacing forms of the harakat */
        return NC_LETTER;
    }
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
        return NC_MARK;
    case UTF8PROC_CATEGORY_ND:
        return NC_SYMBOL; /* digits of other scripts are not numbers to us */
    case UTF8PROC_CATEGORY_ZS:
        return NC_SPACE;
    case UTF8PROC_CATEGORY_ZL: case UTF8PROC_CATEGORY_ZP:
        return NC_NEWLINE;
    case UTF8PROC_CATEGORY_CC:
        return (cp == '\t') ? NC_SPACE : NC_SYMBOL;
    case UTF8PROC_CATEGORY_CF:
        return NC_IGNORABLE;
    case UTF8PROC_CATEGORY_PC: case UTF8PROC_CATEGORY_PD: case UTF8PROC_CATEGORY_PS:
    case UTF8PROC_CATEGORY_PE: case UTF8PROC_CATEGORY_PI: case UTF8PROC_CATEGORY_PF:
    case UTF8PROC_CATEGORY_PO:
        return NC_PUNCT;
    default:
        return NC_SYMBOL;
    }
}

/* The matching-form code point of cp (0 = dropped), for cp < 0x800 and the
 * handful of other code points with a fixed mapping. */
static int32_t map_simple(int32_t cp) {
    if (cp >= 'A' && cp <= 'Z')
        return cp + 32;
    if (is_ignorable(cp) || is_arabic_mark(cp))
        return 0;
    int d = norm_digit_value(cp);
    if (d >= 0)
        return '0' + d;
    switch (cp) {
    case ALEF_WITH_MADDA_ABOVE: case ALEF_WITH_HAMZA_ABOVE: case ALEF_WITH_HAMZA_BELOW:
    case ALEF_WASLA:
        return ALEF;
    case ALEF_MAKSURA: case FARSI_YEH:
        return YEH;
    case TEH_MARBUTA:
        return HEH;
    case KEHEH:
        return KAF;
    case ARABIC_COMMA: case ARABIC_THOUSANDS_SEPARATOR:
        return ',';
    case ARABIC_SEMICOLON:
        return ';';
    case ARABIC_QUESTION_MARK:
        return '?';
    case ARABIC_PERCENT_SIGN:
        return '%';
    case ARABIC_DECIMAL_SEPARATOR: case ARABIC_FULL_STOP:
        return '.';
    default:
        return cp;
    }
}

static void norm_build_table(void) {
    for (int32_t cp = 0; cp < NORM_TABLE_SIZE; cp++) {
        norm_table[cp].cls = (uint8_t)classify_slow(cp);
        int32_t m = map_simple(cp);
        norm_table[cp].map = (uint16_t)(m == cp ? NORM_SELF : m);
    }
}

void norm_init(void) { pthread_once(&norm_once, norm_build_table); }

norm_class norm_classify(int32_t cp) {
    if (cp >= 0 && cp < NORM_TABLE_SIZE) {
        pthread_once(&norm_once, norm_build_table);
        return (norm_class)norm_table[cp].cls;
    }
    if (cp >= 0xFB50 && cp <= 0xFEFF && cp != 0xFEFF && !is_bracket(cp)) {
        /* presentation forms: the class of what they fold to */
        char tmp[NORM_MAX_OUT];
        if (norm_codepoint(cp, tmp) == 0)
            return NC_MARK;
        return NC_LETTER;
    }
    return classify_slow(cp);
}

/* Folds a presentation form with NFKC and normalizes the result. Spaces
 * that the compatibility mapping puts before isolated harakat are dropped
 * with the harakat. The decomposition is composed again before the
 * letters are mapped: ﺉ (YEH WITH HAMZA ABOVE, isolated form) decomposes
 * to ي + HAMZA ABOVE, and without composing the mark would be dropped as
 * a haraka, leaving ي where the plain letter ئ keeps its hamza. */
static size_t norm_presentation(int32_t cp, char *out) {
    utf8proc_int32_t buf[24];
    utf8proc_ssize_t n = utf8proc_decompose_char(cp, buf, 24, UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE, NULL);
    if (n <= 0 || n > 24)
        return utf8_encode(cp, out);
    n = utf8proc_normalize_utf32(buf, n, UTF8PROC_COMPOSE);
    if (n <= 0)
        return utf8_encode(cp, out);
    size_t len = 0;
    for (utf8proc_ssize_t i = 0; i < n; i++) {
        int32_t c = buf[i];
        if (c == ' ')
            continue;
        int32_t m = (c < NORM_TABLE_SIZE) ? map_simple(c) : c;
        /* a decomposed alef + hamza/madda mark recombines to ALEF: the
         * mark itself is dropped by map_simple */
        if (m && len + 4 <= NORM_MAX_OUT)
            len += utf8_encode(m, out + len);
    }
    return len;
}

size_t norm_codepoint(int32_t cp, char *out) {
    if (cp >= 0 && cp < 0x80) {
        out[0] = (char)((cp >= 'A' && cp <= 'Z') ? cp + 32 : cp);
        return 1;
    }
    if (cp == UTF8_INVALID || cp == 0)
        return utf8_encode(UTF8_REPLACEMENT, out);
    if (cp < NORM_TABLE_SIZE) {
        pthread_once(&norm_once, norm_build_table);
        uint16_t m = norm_table[cp].map;
        if (m == 0)
            return 0;
        return utf8_encode(m == NORM_SELF ? cp : m, out);
    }
    if (is_ignorable(cp))
        return 0;
    if (cp >= 0xFB50 && cp <= 0xFEFE && !is_bracket(cp))
        return norm_presentation(cp, out);
    return utf8_encode(cp, out);
}

size_t norm_squeeze_spaces(char *s, size_t len) {
    size_t w = 0;
    int space = 0;
    for (size_t r = 0; r < len; r++) {
        char c = s[r];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = w > 0;
            continue;
        }
        if (space)
            s[w++] = ' ';
        space = 0;
        s[w++] = c;
    }
    s[w] = '\0';
    return w;
}

rasad_status rasad_normalize(const char *text, size_t len, unsigned flags, char **out, size_t *out_len) {
    if (!out || (!text && len) || flags != RASAD_NORM_DEFAULT)
        return RASAD_EINVAL;
    *out = NULL;
    if (out_len)
        *out_len = 0;
    /* a code point of 1..4 bytes expands to at most NORM_MAX_OUT bytes */
    if (len > (SIZE_MAX - 1) / NORM_MAX_OUT)
        return RASAD_ETOOBIG;
    const rasad_mem *mem = rasad_default_mem();
    size_t cap = len * 2 + NORM_MAX_OUT + 1;
    char *dst = mem->calloc(1, cap);
    if (!dst)
        return RASAD_ENOMEM;
    size_t o = 0;
    const uint8_t *p = (const uint8_t *)text;
    for (size_t i = 0; i < len;) {
        int32_t cp;
        size_t n = utf8_decode(p + i, len - i, &cp);
        if (cap - o < NORM_MAX_OUT + 1) {
            size_t ncap = cap * 2;
            char *nd = mem->realloc(dst, ncap);
            if (!nd) {
                mem->free(dst);
                return RASAD_ENOMEM;
            }
            dst = nd;
            cap = ncap;
        }
        o += norm_codepoint(cp, dst + o);
        i += n;
    }
    dst[o] = '\0';
    *out = dst;
    if (out_len)
        *out_len = o;
    return RASAD_OK;
}
