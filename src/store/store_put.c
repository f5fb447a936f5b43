/* SPDX-License-Identifier: MIT
 *
 * store_put.c - storing one article (the embedded store, after output):
 * check the JSON, derive the key, then delete the old rows and insert the
 * new ones under a savepoint, so that a put is all or nothing inside a
 * batch or on its own (a savepoint outside a transaction is one).
 *
 * The article JSON is parsed once (store_json.c) and each row's columns are
 * bound from that tree by the column maps of store_sql.c, which say
 * which JSON path fills which column; this file walks the lists, binds,
 * steps and counts.
 */
#include <errno.h>
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
    if (err) {
        err->code = RASAD_EJSON;
        err->offset = SIZE_MAX;
        snprintf(err->message, sizeof err->message, "%s: not stored: %s", st->path, what);
    }
    return RASAD_EJSON;
}

/* The article's lists, in the order of rasad_store_counts after
 * articles (quantities are inside the events). */
static const char *const LISTS[4] = {"events", "claims", "quotes", "entities"};

#define NONE SIZE_MAX /* no such value */

static size_t member(const sj_doc *d, size_t i, const char *key) {
    return sj_member(d, i, key, strlen(key));
}

static int type_of(const sj_doc *d, size_t i) {
    return i == NONE ? -1 : d->nodes[i].type;
}

/* Whether node i is absent, null or an array of objects only. */
static bool objects_or_none(const sj_doc *d, size_t i) {
    if (i == NONE || d->nodes[i].type == SJ_NULL)
        return true;
    if (d->nodes[i].type != SJ_ARRAY)
        return false;
    for (size_t at = i + 1; at < d->nodes[i].next; at = d->nodes[at].next)
        if (d->nodes[at].type != SJ_OBJECT)
            return false;
    return true;
}

/* Checks the whole article before anything is written, so that a bad one
 * leaves no rows: an object, "id" a string or null, each list absent,
 * null or an array of objects, and each event's "quantities" absent or an
 * array of objects. NULL when it is fine, else what is wrong. */
static const char *check_article(const sj_doc *d) {
    if (type_of(d, 0) != SJ_OBJECT)
        return "the JSON is not an object";
    int id = type_of(d, member(d, 0, "id"));
    if (id >= 0 && id != SJ_STRING && id != SJ_NULL)
        return "\"id\" is not a string";
    for (int k = 0; k < 4; k++) {
        size_t list = member(d, 0, LISTS[k]);
        int t = type_of(d, list);
        if (t >= 0 && t != SJ_ARRAY && t != SJ_NULL)
            return "events, claims, quotes and entities must be arrays";
        if (!objects_or_none(d, list))
            return "a list element is no JSON object";
    }
    size_t events = member(d, 0, "events");
    for (size_t e = 0, n = sj_count(d, events); e < n; e++) {
        size_t q = member(d, sj_element(d, events, e), "quantities");
        /* json_each over a null or an object made the first layout's
         * statement fail or read members as rows: no list of quantities */
        if (q != NONE && (d->nodes[q].type != SJ_ARRAY || !objects_or_none(d, q)))
            return "an event's quantities are no array of JSON objects";
    }
    return NULL;
}

/* The value at a dotted path under node i (json_extract's '$.a.b[0].c'
 * is "a.b.0.c"), or NONE when a member is missing or a step goes through
 * something that is no object (or no array for a digit segment). */
static size_t at(const sj_doc *d, size_t i, const char *path) {
    while (i != NONE && *path) {
        const char *end = strchr(path, '.');
        size_t len = end ? (size_t)(end - path) : strlen(path);
        if (path[0] >= '0' && path[0] <= '9')
            i = sj_element(d, i, strtoul(path, NULL, 10));
        else
            i = sj_member(d, i, path, len);
        path += len + (end != NULL);
    }
    return i;
}

/* The digits of number node i, NUL-terminated in buf (cap bytes); NULL
 * when they do not fit (a number of 64 characters or more). */
static const char *number_text(const sj_doc *d, size_t i, char *buf, size_t cap) {
    const sj_node *n = &d->nodes[i];
    if (n->len >= cap)
        return NULL;
    memcpy(buf, d->text + n->start, n->len);
    buf[n->len] = '\0';
    return buf;
}

/* A number node's value as a double (true/false as 1/0); a longer number
 * than any double needs is read from a copy. */
static double real_of(const sj_doc *d, size_t i) {
    const sj_node *n = &d->nodes[i];
    if (n->type == SJ_TRUE || n->type == SJ_FALSE)
        return n->type == SJ_TRUE;
    char buf[64];
    if (number_text(d, i, buf, sizeof buf))
        return strtod(buf, NULL);
    char *copy = malloc(n->len + 1);
    if (!copy)
        return 0.0;
    memcpy(copy, d->text + n->start, n->len);
    copy[n->len] = '\0';
    double x = strtod(copy, NULL);
    free(copy);
    return x;
}

/* An integer node's value in *out; false when it does not fit 64 bits
 * (SQLite's json_extract gives a real then). */
static bool int_of(const sj_doc *d, size_t i, long long *out) {
    char buf[32];
    if (d->nodes[i].type != SJ_INT || !number_text(d, i, buf, sizeof buf))
        return false;
    errno = 0;
    *out = strtoll(buf, NULL, 10);
    return errno == 0;
}

/* Binds node i as json_extract returns it: NULL, 1/0, an integer, a
 * real, the unescaped string, or an object or array as its JSON text
 * (the renderer's JSON has no whitespace to take out). The text must
 * outlive the step. */
static int bind_value(sqlite3_stmt *s, int p, sj_doc *d, size_t i) {
    if (i == NONE)
        return sqlite3_bind_null(s, p);
    const sj_node *n = &d->nodes[i];
    long long x;
    switch (n->type) {
    case SJ_TRUE:
        return sqlite3_bind_int(s, p, 1);
    case SJ_FALSE:
        return sqlite3_bind_int(s, p, 0);
    case SJ_INT:
    case SJ_REAL:
        return int_of(d, i, &x) ? sqlite3_bind_int64(s, p, x) : sqlite3_bind_double(s, p, real_of(d, i));
    case SJ_STRING: {
        size_t len;
        const char *str = sj_string(d, i, &len);
        if (!str)
            return SQLITE_NOMEM;
        return sqlite3_bind_text(s, p, str, (int)len, n->escaped ? SQLITE_TRANSIENT : SQLITE_STATIC);
    }
    case SJ_OBJECT:
    case SJ_ARRAY:
        return sqlite3_bind_text(s, p, d->text + n->start, (int)n->len, SQLITE_STATIC);
    default:
        return sqlite3_bind_null(s, p);
    }
}

/* SQL's order for max(): numbers before text; <0, 0, >0 like strcmp.
 * a and b are neither absent nor null. Text compares its raw bytes. */
static int sql_cmp(const sj_doc *d, size_t a, size_t b) {
    const sj_node *x = &d->nodes[a], *y = &d->nodes[b];
    bool na = x->type != SJ_STRING && x->type != SJ_OBJECT && x->type != SJ_ARRAY;
    bool nb = y->type != SJ_STRING && y->type != SJ_OBJECT && y->type != SJ_ARRAY;
    if (na != nb)
        return na ? -1 : 1;
    if (!na) {
        int c = memcmp(d->text + x->start, d->text + y->start, x->len < y->len ? x->len : y->len);
        return c ? c : (x->len > y->len) - (x->len < y->len);
    }
    long long u, w;
    if (int_of(d, a, &u) && int_of(d, b, &w))
        return (u > w) - (u < w);
    double f = real_of(d, a), g = real_of(d, b);
    return (f > g) - (f < g);
}

/* The largest "min" (or "max") of event's quantities whose role is role,
 * as max(CASE role WHEN ... THEN min END) over their rows; NONE when
 * none. */
static size_t role_max(sj_doc *d, size_t event, const char *role, const char *field) {
    size_t qs = member(d, event, "quantities"), best = NONE;
    size_t rlen = strlen(role);
    for (size_t q = 0, n = sj_count(d, qs); q < n; q++) {
        size_t obj = sj_element(d, qs, q);
        size_t r = member(d, obj, "role");
        if (type_of(d, r) != SJ_STRING)
            continue;
        size_t len;
        const char *str = sj_string(d, r, &len);
        if (!str || len != rlen || memcmp(str, role, rlen) != 0)
            continue;
        size_t v = member(d, obj, field);
        if (v != NONE && d->nodes[v].type != SJ_NULL && (best == NONE || sql_cmp(d, v, best) > 0))
            best = v;
    }
    return best;
}

/* Binds the mapped columns of m from object node obj. */
static int bind_map(sqlite3_stmt *s, const store_map *m, sj_doc *d, size_t obj) {
    int rc = SQLITE_OK;
    for (size_t i = 0; i < m->n && rc == SQLITE_OK; i++) {
        const store_col *c = &m->cols[i];
        int p = m->first + (int)i;
        size_t v;
        switch (c->kind) {
        case STORE_COL_NONEMPTY:
            v = at(d, obj, c->path);
            rc = type_of(d, v) == SJ_STRING && d->nodes[v].len == 0 ? sqlite3_bind_null(s, p)
                                                                     : bind_value(s, p, d, v);
            break;
        case STORE_COL_LENGTH:
            v = at(d, obj, c->path);
            rc = v != NONE ? sqlite3_bind_int64(s, p, (sqlite3_int64)sj_count(d, v)) : sqlite3_bind_null(s, p);
            break;
        case STORE_COL_ROLE_MIN:
        case STORE_COL_ROLE_MAX:
            rc = bind_value(s, p, d, role_max(d, obj, c->path, c->kind == STORE_COL_ROLE_MIN ? "min" : "max"));
            break;
        default:
            rc = bind_value(s, p, d, at(d, obj, c->path));
            break;
        }
    }
    return rc;
}

/* Inserts one row per element of list node with statement which (?1,
 * the key, is bound already) and, for events, their quantities; counts
 * them in *n and *nq. */
static int insert_rows(rasad_store *st, int which, size_t list, size_t *n, size_t *nq) {
    sj_doc *d = &st->json;
    sqlite3_stmt *s = st->stmt[which];
    const store_map *m = store_stmt_map(which);
    int rc = SQLITE_OK;
    size_t i = 0;
    for (size_t obj = list + 1; list != NONE && d->nodes[list].type == SJ_ARRAY && obj < d->nodes[list].next &&
                                rc == SQLITE_OK;
         obj = d->nodes[obj].next, i++) {
        rc = sqlite3_bind_int64(s, 2, (sqlite3_int64)i);
        if (rc == SQLITE_OK)
            rc = bind_map(s, m, d, obj);
        if (rc == SQLITE_OK)
            rc = run(s);
        if (rc == SQLITE_OK)
            ++*n;
        if (which != STORE_EVENTS || rc != SQLITE_OK)
            continue;
        /* the event's quantities: ?2 the event's pos, ?3 their own */
        sqlite3_stmt *q = st->stmt[STORE_QUANTITIES];
        const store_map *qm = store_stmt_map(STORE_QUANTITIES);
        size_t qs = member(d, obj, "quantities");
        rc = sqlite3_bind_int64(q, 2, (sqlite3_int64)i);
        for (size_t j = 0, count = sj_count(d, qs); j < count && rc == SQLITE_OK; j++) {
            rc = sqlite3_bind_int64(q, 3, (sqlite3_int64)j);
            if (rc == SQLITE_OK)
                rc = bind_map(q, qm, d, sj_element(d, qs, j));
            if (rc == SQLITE_OK)
                rc = run(q);
            if (rc == SQLITE_OK)
                ++*nq;
        }
    }
    return rc;
}

/* Binds ?1 key to every statement of a put and the article's own
 * columns (from st->json) to STORE_ARTICLE. */
static int bind_article(rasad_store *st, const char *key, const char *json, size_t len,
                        const char *text, size_t text_len) {
    int rc = SQLITE_OK;
    for (int k = STORE_DELETE; k < STORE__NSTMT && rc == SQLITE_OK; k++)
        rc = sqlite3_bind_text(st->stmt[k], 1, key, -1, SQLITE_STATIC);
    if (rc != SQLITE_OK)
        return rc;
    sqlite3_stmt *a = st->stmt[STORE_ARTICLE];
    rc = sqlite3_bind_text(a, 2, json, (int)len, SQLITE_STATIC);
    /* the text byte for byte: TEXT when it is valid UTF-8 without NULs,
     * else a BLOB, which SQLite and its clients never re-encode */
    if (rc == SQLITE_OK) {
        if (utf8_find_invalid(text, text_len, 0, 1) == text_len)
            rc = sqlite3_bind_text(a, 3, text_len ? text : "", (int)text_len, SQLITE_STATIC);
        else
            rc = sqlite3_bind_blob(a, 3, text, (int)text_len, SQLITE_STATIC);
    }
    if (rc == SQLITE_OK)
        rc = sqlite3_bind_int64(a, 4, (sqlite3_int64)text_len);
    if (rc == SQLITE_OK)
        rc = bind_map(a, store_stmt_map(STORE_ARTICLE), &st->json, 0);
    return rc;
}

static void unbind(rasad_store *st) {
    for (int k = STORE_DELETE; k < STORE__NSTMT; k++)
        sqlite3_clear_bindings(st->stmt[k]);
}

rasad_status rasad_store_put_article(rasad_store *st, const char *article_json, size_t len, const char *text,
                                     size_t text_len, rasad_error *err) {
    if (err) {
        err->code = RASAD_OK;
        err->offset = SIZE_MAX;
        err->message[0] = '\0';
    }
    if (!st || (!article_json && len) || (!text && text_len)) {
        if (err) {
            err->code = RASAD_EINVAL;
            snprintf(err->message, sizeof err->message, "invalid argument");
        }
        return RASAD_EINVAL;
    }
    if (!text)
        text = "";
    while (len && (article_json[len - 1] == '\n' || article_json[len - 1] == '\r'))
        len--;
    if (len > INT32_MAX || text_len > INT32_MAX) { /* SQLite's bind lengths are int */
        if (err) {
            err->code = RASAD_ETOOBIG;
            snprintf(err->message, sizeof err->message, "%s: not stored: the article is larger than 2 GiB",
                     st->path);
        }
        return RASAD_ETOOBIG;
    }
    if (!article_json)
        article_json = "";
    if (memchr(article_json, '\0', len))
        return json_fail(st, err, "the article JSON holds a NUL byte");

    /* one parse of the article; every row is read from it */
    sj_doc *d = &st->json;
    int parsed = sj_parse(d, article_json, len);
    if (parsed == -2) {
        if (err) {
            err->code = RASAD_ENOMEM;
            snprintf(err->message, sizeof err->message, "%s: out of memory", st->path);
        }
        return RASAD_ENOMEM;
    }
    if (parsed != 0)
        return json_fail(st, err, "malformed JSON");
    char *key = NULL;
    rasad_status code = RASAD_OK;
    bool in_savepoint = false;
    size_t n[6] = {0}; /* the counts in the order of rasad_store_counts */
    const char *bad = check_article(d);
    if (bad) {
        code = json_fail(st, err, bad);
        goto done;
    }
    size_t id = member(d, 0, "id"), id_len = 0;
    const char *id_text = type_of(d, id) == SJ_STRING ? sj_string(d, id, &id_len) : "";
    key = id_text ? store_key(id_text, id_len, text, text_len) : NULL;
    if (!key) {
        code = RASAD_ENOMEM;
        if (err) {
            err->code = RASAD_ENOMEM;
            snprintf(err->message, sizeof err->message, "%s: out of memory", st->path);
        }
        goto done;
    }

    int rc = bind_article(st, key, article_json, len, text, text_len);
    if (rc == SQLITE_OK && (rc = run(st->stmt[STORE_SAVEPOINT])) == SQLITE_OK)
        in_savepoint = true;
    if (rc == SQLITE_OK)
        rc = run(st->stmt[STORE_DELETE]);
    if (rc == SQLITE_OK && (rc = run(st->stmt[STORE_ARTICLE])) == SQLITE_OK)
        n[0] = 1;
    static const int inserts[4] = {STORE_EVENTS, STORE_CLAIMS, STORE_QUOTES, STORE_ENTITIES};
    static const int slot[4] = {1, 3, 4, 5};
    for (int k = 0; k < 4 && rc == SQLITE_OK; k++)
        rc = insert_rows(st, inserts[k], member(d, 0, LISTS[k]), &n[slot[k]], &n[2]);
    if (rc != SQLITE_OK) {
        code = store_fail(st, err, store_status(rc), "cannot store an article");
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
    if (!st || !doc) {
        if (err) {
            err->code = RASAD_EINVAL;
            err->offset = SIZE_MAX;
            snprintf(err->message, sizeof err->message, "invalid argument");
        }
        return RASAD_EINVAL;
    }
    char *json = NULL;
    size_t len = 0, text_len = 0;
    rasad_status code = rasad_doc_render(doc, RASAD_VIEW_ARTICLE, &json, &len);
    if (code != RASAD_OK) {
        if (err) {
            err->code = code;
            err->offset = SIZE_MAX;
            snprintf(err->message, sizeof err->message, "%s: cannot render the article: %s", st->path,
                     rasad_strerror(code));
        }
        return code;
    }
    const char *text = rasad_doc_text(doc, &text_len);
    code = rasad_store_put_article(st, json, len, text, text_len, err);
    rasad_free(json);
    return code;
}
