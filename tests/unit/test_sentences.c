/* SPDX-License-Identifier: MIT
 *
 * test_sentences.c - the sentence splitter (src/text/sentences.c) and
 * quotations: a stop inside a quotation that goes on is no sentence end
 * (the quote keeps its closing mark and its speaker), a stop before the
 * closing mark is, and an unclosed mark never holds the rest of a
 * paragraph or article together.
 */
#include <string.h>

#include "harness.h"
#include "rasad.h"

/* The sentence index of the first token whose text starts with word
 * (a whole token's text), or -1. */
static long sentence_of(const rasad_doc *doc, const char *text, const char *word) {
    size_t n = rasad_doc_token_count(doc), wl = strlen(word);
    for (size_t i = 0; i < n; i++) {
        const rasad_token *t = rasad_doc_token(doc, i);
        if (t->end - t->start == wl && memcmp(text + t->start, word, wl) == 0)
            return (long)t->sentence;
    }
    return -1;
}

static rasad_doc *doc_of(const char *s) {
    rasad_doc *doc = NULL;
    INT_EQ(rasad_doc_new(s, strlen(s), NULL, &doc), RASAD_OK);
    return doc;
}

/* "(...)" and full stops inside a quotation that goes on */
static void test_quote_goes_on(void) {
    const char *s = "وقال إن \"الاشتباكات مستمرة منذ صباح اليوم (...) وترافقت مع قصف. ونفذت الطائرات 21 غارة\". "
                    "وأضاف أن «القتلى 6. والجرحى 10» مشيرا إلى ذلك.";
    rasad_doc *doc = doc_of(s);
    if (!doc)
        return;
    INT_EQ(rasad_doc_sentence_count(doc), 2);
    INT_EQ(sentence_of(doc, s, "وترافقت"), 0);
    INT_EQ(sentence_of(doc, s, "ونفذت"), 0);
    INT_EQ(sentence_of(doc, s, "والجرحى"), 1);
    INT_EQ(sentence_of(doc, s, "مشيرا"), 1);
    rasad_doc_free(doc);
}

/* a stop right before the closing mark ends the sentence, with the mark */
static void test_stop_before_closing_mark(void) {
    const char *s = "وأضاف: «انتهى الأمر.» ثم غادر. وقال: \"لن نعود.\" ثم صمت.";
    rasad_doc *doc = doc_of(s);
    if (!doc)
        return;
    INT_EQ(rasad_doc_sentence_count(doc), 4);
    const rasad_sentence *s0 = rasad_doc_sentence(doc, 0);
    OK(s0 && strncmp(s + s0->end - 2, "»", 2) == 0);
    INT_EQ(sentence_of(doc, s, "ثم"), 1);
    const rasad_sentence *s2 = rasad_doc_sentence(doc, 2);
    OK(s2 && s[s2->end - 1] == '"');
    rasad_doc_free(doc);
}

/* an unclosed mark: the next opening mark comes before any closing one,
 * so the stops between end their sentences */
static void test_unclosed_quote(void) {
    const char *s = "وقال داود أوغلو \"إن العناصر الأولى تكشف أن التفجير انتحاري. وأضاف رئيس الحكومة "
                    "\"لكننا لم نصل بعد إلى حكم نهائي\". وتابع أن المنفذ لم يعرف.";
    rasad_doc *doc = doc_of(s);
    if (!doc)
        return;
    INT_EQ(rasad_doc_sentence_count(doc), 3);
    INT_EQ(sentence_of(doc, s, "وأضاف"), 1);
    INT_EQ(sentence_of(doc, s, "وتابع"), 2);
    rasad_doc_free(doc);
}

/* a straight quote written against the next word after a stop opens the
 * next sentence's quotation; it does not close the sentence before */
static void test_straight_quote_after_stop(void) {
    const char *s = "انتهى الاجتماع. \"لن نعود\" قال الوزير.";
    rasad_doc *doc = doc_of(s);
    if (!doc)
        return;
    INT_EQ(rasad_doc_sentence_count(doc), 2);
    INT_EQ(sentence_of(doc, s, "\""), 1);
    rasad_doc_free(doc);
}

/* the open quotation lapses at a line break and after QUOTE_SPAN_MAX
 * tokens, even when a closing mark comes later */
static void test_quote_span_capped(void) {
    const char *s = "قال «الوضع صعب.\nوالجرحى كثر» ثم غادر.";
    rasad_doc *doc = doc_of(s);
    if (doc) {
        INT_EQ(sentence_of(doc, s, "والجرحى"), 1);
        rasad_doc_free(doc);
    }
    /* «كلمة. كلمة كلمة ... (200 words) » */
    char buf[4096];
    size_t len = 0;
    const char *head = "قال «الوضع صعب. ";
    memcpy(buf, head, strlen(head));
    len = strlen(head);
    for (int k = 0; k < 200; k++) {
        memcpy(buf + len, "كلمة ", strlen("كلمة "));
        len += strlen("كلمة ");
    }
    memcpy(buf + len, "» ثم.", strlen("» ثم."));
    len += strlen("» ثم.");
    buf[len] = '\0';
    doc = doc_of(buf);
    if (doc) {
        INT_EQ(rasad_doc_sentence_count(doc), 2);
        rasad_doc_free(doc);
    }
    /* within the span, the same quotation stays one sentence */
    doc = doc_of("قال «الوضع صعب. كلمة كلمة» ثم.");
    if (doc) {
        INT_EQ(rasad_doc_sentence_count(doc), 1);
        rasad_doc_free(doc);
    }
}

/* marks alone, at the ends, and nested: no crash, sane counts */
static void test_marks_at_edges(void) {
    static const char *const CASES[] = {"\"", "«", "»", ". \"", "\"هو.", "«هو. »", "“هو. ”", "«قال \"نعم. لا\" هو. ثم»."};
    for (size_t k = 0; k < sizeof CASES / sizeof CASES[0]; k++) {
        rasad_doc *doc = doc_of(CASES[k]);
        if (!doc)
            continue;
        OK(rasad_doc_sentence_count(doc) <= 2, "case %zu", k);
        rasad_doc_free(doc);
    }
    /* straight quotes nested in guillemets change nothing */
    const char *s = "«قال \"نعم. لا\" هو. ثم» انتهى.";
    rasad_doc *doc = doc_of(s);
    if (doc) {
        INT_EQ(rasad_doc_sentence_count(doc), 1);
        rasad_doc_free(doc);
    }
}

/* a line break that folds a sentence of some length before a
 * preposition goes on; a title's break, a break after a stop, and a break
 * before any other word end the sentence */
static void test_folded_line(void) {
    const char *s = "كما قتل تفجيران انتحاريان 13 شخصا على الأقل يوم الأربعاء\n في شمال الكاميرون. وقالت الشرطة ذلك.\n"
                    "مقتل 5 في هجوم\nفي مدينة حلب قتل 5 أشخاص.\nانتهى الاجتماع في المدينة أمس بعد ساعات من النقاش\nوقال مسؤول ذلك.";
    rasad_doc *doc = doc_of(s);
    if (!doc)
        return;
    INT_EQ(sentence_of(doc, s, "شمال"), sentence_of(doc, s, "تفجيران"));
    INT_EQ(sentence_of(doc, s, "وقالت"), sentence_of(doc, s, "تفجيران") + 1);
    OK(sentence_of(doc, s, "حلب") > sentence_of(doc, s, "هجوم"), "a title's break ends it");
    OK(sentence_of(doc, s, "مسؤول") > sentence_of(doc, s, "الاجتماع"), "a break before no preposition ends it");
    rasad_doc_free(doc);
}

TEST_MAIN(test_quote_goes_on, test_stop_before_closing_mark, test_unclosed_quote, test_straight_quote_after_stop,
          test_quote_span_capped, test_marks_at_edges, test_folded_line)
