/* SPDX-License-Identifier: MIT
 *
 * store_put.c - storing one article (the embedded store, after output):
 * check the JSON, derive the key, then delete the old rows and insert the
 * new ones under a savepoint, so that a put is all or nothing inside a
 * batch or on its own (a savepoint outside a transaction is one).
 *
 * The rows come from the statements of store_sql.c, which read the
 * article JSON inside SQLite; this file only binds, steps and counts.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/store.h"
#include "util/utf8.h"

/* Runs a prepared statement to its end; SQLite's result code. */
static int run(sqlite3_stmt *s) {
    int rc = sqlite3_step(s);
    sqlite3_reset(s);
    return rc == SQLITE_DONE || rc == SQLITE_ROW ? SQLITE_OK : rc;
}

static rasad_status json_fail(rasad_store *st, rasad_error *err, const char *what) {
    return error_set(err, RASAD_EJSON, SIZE_MAX, "%s: not stored: %s", st->path, what);
}

/* Checks that json is an article object whose lists are arrays; sets
 * *key (caller frees) and the lengths of the lists (events, claims,
 * quotes, entities). Whether their elements are objects is checked by
 * the inserts themselves (store_sql.c). */
static rasad_status check_article(rasad_store *st, const char *json, size_t len, const char *text,
                                  size_t text_len, char **key, long long lengths[4], rasad_error *err) {
    sqlite3_stmt *s = st->stmt[STORE_CHECK];
    rasad_status code = RASAD_OK;
    *key = NULL;
    if (memchr(json, '\0', len))
        return json_fail(st, err, "the article JSON holds a NUL byte");
    int rc = sqlite3_bind_text(s, 1, json, (int)len, SQLITE_STATIC);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(s);
    if (rc != SQLITE_ROW) {
        code = rc == SQLITE_ERROR ? json_fail(st, err, "malformed JSON")
                                  : store_fail(st, err, store_status(rc), "cannot check an article");
        goto done;
    }
    const char *top = (const char *)sqlite3_column_text(s, 0);
    const char *id_type = (const char *)sqlite3_column_text(s, 1);
    if (!top || strcmp(top, "object") != 0) {
        code = json_fail(st, err, "the JSON is not an object");
        goto done;
    }
    if (id_type && strcmp(id_type, "text") != 0 && strcmp(id_type, "null") != 0) {
        code = json_fail(st, err, "\"id\" is not a string");
        goto done;
    }
    if (!sqlite3_column_int(s, 3)) {
        code = json_fail(st, err, "events, claims, quotes and entities must be arrays");
        goto done;
    }
    for (int k = 0; k < 4; k++)
        lengths[k] = sqlite3_column_int64(s, 4 + k);
    const char *id = id_type && id_type[0] == 't' ? (const char *)sqlite3_column_text(s, 2) : NULL;
    size_t id_len = id ? (size_t)sqlite3_column_bytes(s, 2) : 0;
    *key = store_key(id, id_len, text, text_len);
    if (!*key)
        code = error_set(err, RASAD_ENOMEM, SIZE_MAX, "%s: out of memory", st->path);
done:
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return code;
}

/* Binds ?1 key and ?2 json to the statements of a put. */
static int bind_article(rasad_store *st, const char *key, const char *json, size_t len, const char *text,
                        size_t text_len) {
    int rc = SQLITE_OK;
    for (int k = STORE_DELETE; k < STORE__NSTMT && rc == SQLITE_OK; k++) {
        sqlite3_stmt *s = st->stmt[k];
        rc = sqlite3_bind_text(s, 1, key, -1, SQLITE_STATIC);
        if (rc == SQLITE_OK && k != STORE_DELETE)
            rc = sqlite3_bind_text(s, 2, json, (int)len, SQLITE_STATIC);
    }
    if (rc != SQLITE_OK)
        return rc;
    /* the text byte for byte: TEXT when it is valid UTF-8 without NULs,
     * else a BLOB, which SQLite and its clients never re-encode */
    sqlite3_stmt *a = st->stmt[STORE_ARTICLE];
    if (utf8_find_invalid(text, text_len, 0, 1) == text_len)
        rc = sqlite3_bind_text(a, 3, text_len ? text : "", (int)text_len, SQLITE_STATIC);
    else
        rc = sqlite3_bind_blob(a, 3, text, (int)text_len, SQLITE_STATIC);
    if (rc == SQLITE_OK)
        rc = sqlite3_bind_int64(a, 4, (sqlite3_int64)text_len);
    return rc;
}

static void unbind(rasad_store *st) {
    for (int k = STORE_DELETE; k < STORE__NSTMT; k++)
        sqlite3_clear_bindings(st->stmt[k]);
}

rasad_status rasad_store_put_article(rasad_store *st, const char *article_json, size_t len, const char *text,
                                     size_t text_len, rasad_error *err) {
    error_set(err, RASAD_OK, SIZE_MAX, "%s", "");
    if (!st || (!article_json && len) || (!text && text_len))
        return error_set(err, RASAD_EINVAL, SIZE_MAX, "invalid argument");
    if (!text)
        text = "";
    while (len && (article_json[len - 1] == '\n' || article_json[len - 1] == '\r'))
        len--;
    if (len > INT32_MAX || text_len > INT32_MAX) /* SQLite's bind lengths are int */
        return error_set(err, RASAD_ETOOBIG, SIZE_MAX, "%s: not stored: the article is larger than 2 GiB", st->path);
    if (!article_json)
        article_json = "";

    char *key = NULL;
    long long lengths[4] = {0}; /* events, claims, quotes, entities */
    rasad_status code = check_article(st, article_json, len, text, text_len, &key, lengths, err);
    if (code != RASAD_OK)
        return code;
    bool in_savepoint = false;
    int rc = bind_article(st, key, article_json, len, text, text_len);
    if (rc == SQLITE_OK && (rc = run(st->stmt[STORE_SAVEPOINT])) == SQLITE_OK)
        in_savepoint = true;
    if (rc == SQLITE_OK)
        rc = run(st->stmt[STORE_DELETE]);
    /* the counts in the order of rasad_store_counts */
    static const int inserts[6] = {STORE_ARTICLE, STORE_EVENTS, STORE_QUANTITIES,
                                   STORE_CLAIMS,  STORE_QUOTES, STORE_ENTITIES};
    size_t n[6] = {0};
    /* quantities before events: the events' role columns read them */
    static const int order[6] = {0, 2, 1, 3, 4, 5};
    /* an empty list needs no statement (most articles have no events) */
    bool empty[6] = {false, lengths[0] == 0, lengths[0] == 0, lengths[1] == 0, lengths[2] == 0, lengths[3] == 0};
    for (int i = 0; i < 6 && rc == SQLITE_OK; i++) {
        int k = order[i];
        if (empty[k])
            continue;
        rc = run(st->stmt[inserts[k]]);
        if (rc == SQLITE_OK)
            n[k] = (size_t)sqlite3_changes(st->db);
    }
    if (rc != SQLITE_OK) {
        code = store_status(rc);
        /* SQLITE_ERROR here is the "malformed JSON" of store_sql.c's
         * OBJECT(): a list element that is no object */
        store_fail(st, err, code,
                   code == RASAD_EJSON ? "not stored (a list element is no JSON object)" : "cannot store an article");
        if (in_savepoint) {
            run(st->stmt[STORE_ROLLBACK_TO]);
            run(st->stmt[STORE_RELEASE]);
        }
        if (st->in_batch && sqlite3_get_autocommit(st->db)) {
            /* SQLite rolled the whole batch back (disk full, I/O error) */
            st->in_batch = false;
            memset(&st->pending, 0, sizeof st->pending);
        }
        goto done;
    }
    rc = run(st->stmt[STORE_RELEASE]);
    if (rc != SQLITE_OK) { /* outside a batch, RELEASE is the commit */
        code = store_fail(st, err, store_io(rc), "cannot commit an article");
        if (!st->in_batch && !sqlite3_get_autocommit(st->db))
            sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
        goto done;
    }
    rasad_store_counts c = {n[0], n[1], n[2], n[3], n[4], n[5]};
    store_add_counts(st->in_batch ? &st->pending : &st->session, &c);
done:
    unbind(st);
    free(key);
    return code;
}

rasad_status rasad_store_put(rasad_store *st, rasad_doc *doc, rasad_error *err) {
    if (!st || !doc)
        return error_set(err, RASAD_EINVAL, SIZE_MAX, "invalid argument");
    char *json = NULL;
    size_t len = 0, text_len = 0;
    rasad_status code = rasad_doc_render(doc, RASAD_VIEW_ARTICLE, &json, &len);
    if (code != RASAD_OK)
        return error_set(err, code, SIZE_MAX, "%s: cannot render the article: %s", st->path, rasad_strerror(code));
    const char *text = rasad_doc_text(doc, &text_len);
    code = rasad_store_put_article(st, json, len, text, text_len, err);
    rasad_free(json);
    return code;
}
