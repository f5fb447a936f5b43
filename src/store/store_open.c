/* SPDX-License-Identifier: MIT
 *
 * store_open.c - opening, batching and closing the embedded store (the
 * stage after output): one SQLite connection per rasad_store.
 *
 * A file is recognised as a rasad store by PRAGMA application_id (set to
 * STORE_APP_ID when the tables are created) and its layout by PRAGMA
 * user_version (RASAD_STORE_VERSION). An empty file, or none, gets the
 * tables; a database with other tables and no application id is somebody
 * else's and is refused rather than written into.
 *
 * The connection runs with a WAL journal (readers do not block the writer
 * and one batch is one append to the log), synchronous=NORMAL (in WAL mode
 * a crash can lose the last batches but never corrupts the file),
 * foreign keys on (replacing an article cascades to its rows) and a busy
 * timeout, so two writers wait for each other instead of failing at once.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/store.h"

#define STORE_APP_ID 0x72617364 /* "rasd" */
#define BUSY_TIMEOUT_MS 10000
#define STORE_PAGE_SIZE "16384"

rasad_status store_status(int rc) {
    switch (rc & 0xff) {
    case SQLITE_OK:
    case SQLITE_DONE:
    case SQLITE_ROW: return RASAD_OK;
    case SQLITE_NOMEM: return RASAD_ENOMEM;
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT: return RASAD_EFORMAT;
    case SQLITE_ERROR: return RASAD_EJSON; /* in a put, a JSON function refused its input */
    default: return RASAD_EIO;            /* BUSY, FULL, IOERR, READONLY, CANTOPEN, ... */
    }
}

rasad_status store_io(int rc) {
    return (rc & 0xff) == SQLITE_NOMEM ? RASAD_ENOMEM : RASAD_EIO;
}

rasad_status store_fail(const rasad_store *st, rasad_error *err, rasad_status code, const char *what) {
    const char *detail = st && st->db ? sqlite3_errmsg(st->db) : rasad_strerror(code);
    return error_set(err, code, SIZE_MAX, "%s: %s: %s", st && st->path ? st->path : "store", what, detail);
}

void store_ok(rasad_error *err) { error_set(err, RASAD_OK, SIZE_MAX, "ok"); }

/* One integer from a PRAGMA or query; SQLite's result code. */
int store_query_int(sqlite3 *db, const char *sql, long long *out) {
    sqlite3_stmt *s = NULL;
    int rc = sqlite3_prepare_v2(db, sql, -1, &s, NULL);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(s);
        *out = rc == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
        rc = rc == SQLITE_ROW || rc == SQLITE_DONE ? SQLITE_OK : rc;
    }
    sqlite3_finalize(s);
    return rc;
}

/* Creates the tables of a new store in one transaction. */
static int create_tables(sqlite3 *db) {
    char pragmas[96];
    snprintf(pragmas, sizeof pragmas, "PRAGMA application_id=%d;PRAGMA user_version=%d;", STORE_APP_ID,
             RASAD_STORE_VERSION);
    /* 16 KiB pages: an article's text and JSON (4-8 KB each) take fewer
     * overflow pages and the WAL fewer writes than with 4 KiB; the CPU of
     * storing the 20 MB sample fell by 14%, the file grew by 7% (bench/notes/store.md).
     * Only an empty file takes it, before its first table. */
    int rc = sqlite3_exec(db, "PRAGMA page_size=" STORE_PAGE_SIZE, NULL, NULL, NULL);
    if (rc != SQLITE_OK)
        return rc;
    rc = sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
    if (rc != SQLITE_OK)
        return rc;
    /* another process may have created them while we looked */
    long long n = 0;
    rc = store_query_int(db, "SELECT count(*) FROM sqlite_master", &n);
    if (rc == SQLITE_OK && n == 0)
        rc = sqlite3_exec(db, store_schema_sql, NULL, NULL, NULL);
    if (rc == SQLITE_OK && n == 0)
        rc = sqlite3_exec(db, pragmas, NULL, NULL, NULL);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
    if (rc != SQLITE_OK)
        sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
    return rc;
}

/* Checks that db is a rasad store of our version, creating the tables in
 * an empty file. */
static rasad_status check_layout(rasad_store *st, rasad_error *err) {
    long long app = 0, version = 0, tables = 0;
    int rc = store_query_int(st->db, "PRAGMA application_id", &app);
    if (rc == SQLITE_OK)
        rc = store_query_int(st->db, "PRAGMA user_version", &version);
    if (rc == SQLITE_OK)
        rc = store_query_int(st->db, "SELECT count(*) FROM sqlite_master", &tables);
    if (rc != SQLITE_OK) {
        rasad_status code = store_status(rc);
        return store_fail(st, err, code == RASAD_EJSON ? RASAD_EFORMAT : code,
                          code == RASAD_EFORMAT ? "not an SQLite database" : "cannot read");
    }
    if (app == 0 && tables == 0) {
        rc = create_tables(st->db);
        if (rc != SQLITE_OK)
            return store_fail(st, err, store_io(rc),
                              "cannot create the tables");
        if ((rc = store_query_int(st->db, "PRAGMA application_id", &app)) != SQLITE_OK ||
            (rc = store_query_int(st->db, "PRAGMA user_version", &version)) != SQLITE_OK)
            return store_fail(st, err, RASAD_EIO, "cannot read");
    }
    if (app != STORE_APP_ID)
        return error_set(err, RASAD_EFORMAT, SIZE_MAX,
                         "%s: an SQLite database, but not a rasad store (application_id %lld)", st->path, app);
    if (version != RASAD_STORE_VERSION)
        return error_set(err, RASAD_EVERSION, SIZE_MAX, "%s: store layout version %lld, this rasad reads version %d%s",
                         st->path, version, RASAD_STORE_VERSION,
                         version > RASAD_STORE_VERSION ? " (written by a newer rasad)" : "");
    return RASAD_OK;
}

rasad_status rasad_store_open(const char *path, rasad_store **out, rasad_error *err) {
    store_ok(err);
    if (!out || !path || !*path)
        return error_set(err, RASAD_EINVAL, SIZE_MAX, "invalid argument");
    *out = NULL;
    rasad_status code = RASAD_ENOMEM;
    rasad_store *st = calloc(1, sizeof *st);
    size_t plen = strlen(path);
    if (!st || !(st->path = malloc(plen + 1))) {
        error_set(err, RASAD_ENOMEM, SIZE_MAX, "%s: out of memory", path);
        goto fail;
    }
    memcpy(st->path, path, plen + 1);
    int rc = sqlite3_open_v2(path, &st->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
    if (rc != SQLITE_OK) {
        code = store_fail(st, err, rc == SQLITE_NOMEM ? RASAD_ENOMEM : RASAD_EIO, "cannot open");
        goto fail;
    }
    sqlite3_extended_result_codes(st->db, 1);
    sqlite3_busy_timeout(st->db, BUSY_TIMEOUT_MS);
    if ((code = check_layout(st, err)) != RASAD_OK)
        goto fail;
    /* journal_mode answers with the mode it got; a file on a system
     * without shared memory stays in its old mode, which is still correct */
    rc = sqlite3_exec(st->db, "PRAGMA journal_mode=WAL;PRAGMA synchronous=NORMAL;PRAGMA foreign_keys=ON;",
                      NULL, NULL, NULL);
    if (rc != SQLITE_OK) {
        code = store_fail(st, err, store_io(rc),
                          "cannot set up the connection");
        goto fail;
    }
    for (int k = 0; k < STORE__NSTMT; k++) {
        rc = sqlite3_prepare_v3(st->db, store_stmt_sql(k), -1, SQLITE_PREPARE_PERSISTENT, &st->stmt[k], NULL);
        if (rc != SQLITE_OK) {
            code = store_fail(st, err, store_status(rc) == RASAD_ENOMEM ? RASAD_ENOMEM : RASAD_EFORMAT,
                              "cannot prepare the store's statements");
            goto fail;
        }
    }
    *out = st;
    return RASAD_OK;
fail:
    if (st) {
        for (int k = 0; k < STORE__NSTMT; k++)
            sqlite3_finalize(st->stmt[k]);
        sqlite3_close(st->db);
        free(st->path);
        free(st);
    }
    return code;
}

rasad_status rasad_store_close(rasad_store *st, rasad_error *err) {
    store_ok(err);
    if (!st)
        return RASAD_OK;
    rasad_status code = rasad_store_commit(st, err);
    for (int k = 0; k < STORE__NSTMT; k++)
        sqlite3_finalize(st->stmt[k]);
    if (sqlite3_close(st->db) != SQLITE_OK && code == RASAD_OK)
        code = store_fail(st, err, RASAD_EIO, "cannot close");
    free(st->path);
    free(st);
    return code;
}
