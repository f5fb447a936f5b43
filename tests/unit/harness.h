/* SPDX-License-Identifier: MIT
 *
 * harness.h - the tiny unit-test harness (no framework): OK, INT_EQ,
 * STR_EQ record failures with file and line and go on; TEST_MAIN runs the
 * listed test functions and exits non-zero when any check failed.
 */
#ifndef RASAD_HARNESS_H
#define RASAD_HARNESS_H

#include <stdio.h>
#include <string.h>

static int harness_checks, harness_failures;

#define OK(cond, ...)                                                                            \
    do {                                                                                         \
        harness_checks++;                                                                        \
        if (!(cond)) {                                                                           \
            harness_failures++;                                                                  \
            fprintf(stderr, "%s:%d: FAIL %s: ", __FILE__, __LINE__, #cond);                     \
            fprintf(stderr, " " __VA_ARGS__);                                                   \
            fputc('\n', stderr);                                                                 \
        }                                                                                        \
    } while (0)

#define INT_EQ(got, want)                                                                        \
    do {                                                                                         \
        long long g_ = (long long)(got), w_ = (long long)(want);                                 \
        harness_checks++;                                                                        \
        if (g_ != w_) {                                                                          \
            harness_failures++;                                                                  \
            fprintf(stderr, "%s:%d: FAIL %s == %s: got %lld, want %lld\n", __FILE__, __LINE__,  \
                    #got, #want, g_, w_);                                                        \
        }                                                                                        \
    } while (0)

#define STR_EQ(got, want)                                                                        \
    do {                                                                                         \
        const char *g_ = (got), *w_ = (want);                                                    \
        harness_checks++;                                                                        \
        if (!g_ || !w_ || strcmp(g_, w_) != 0) {                                                 \
            harness_failures++;                                                                  \
            fprintf(stderr, "%s:%d: FAIL %s == %s: got \"%s\", want \"%s\"\n", __FILE__,       \
                    __LINE__, #got, #want, g_ ? g_ : "(null)", w_ ? w_ : "(null)");              \
        }                                                                                        \
    } while (0)

typedef void (*harness_fn)(void);

#define TEST_MAIN(...)                                                                           \
    int main(void) {                                                                             \
        harness_fn fns[] = {__VA_ARGS__};                                                        \
        for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++)                                  \
            fns[i]();                                                                            \
        printf("%d checks, %d failed\n", harness_checks, harness_failures);                      \
        return harness_failures ? 1 : 0;                                                         \
    }

#endif
