/* SPDX-License-Identifier: MIT
 *
 * store.h - the private layout of a rasad_store (the embedded SQLite
 * store, the stage after output): one connection, the statements that
 * derive an article's rows from its JSON, prepared once per handle, and
 * the counters of what was stored.
 */
#ifndef RASAD_STORE_H
#define RASAD_STORE_H

#include <sqlite3.h>
#include <stdbool.h>
#include <stdint.h>

#include "rasad.h"
#include "util/error.h"

/* The statements of one put, in the order they run. */
enum {
    STORE_CHECK = 0,   /* is the JSON an article object? its id */
    STORE_SAVEPOINT,   /* SAVEPOINT: one put is all or nothing */
    STORE_RELEASE,
    STORE_ROLLBACK_TO,
    STORE_DELETE,      /* the old article and (by cascade) its rows */
    STORE_ARTICLE,
    STORE_QUANTITIES,  /* before events: events read their role totals from it */
    STORE_EVENTS,
    STORE_CLAIMS,
    STORE_QUOTES,
    STORE_ENTITIES,
    STORE__NSTMT
};

struct rasad_store {
    sqlite3 *db;
    char *path;                     /* for messages */
    sqlite3_stmt *stmt[STORE__NSTMT];
    bool in_batch;                  /* between rasad_store_begin and _commit */
    rasad_store_counts pending;     /* stored in the open batch, not yet committed */
    rasad_store_counts session;     /* committed through this handle */
};

/* The SQL that creates a new store's tables, indexes and views (one
 * string of statements for sqlite3_exec). */
extern const char store_schema_sql[];
/* The text of statement STORE_* (prepared once per handle). */
const char *store_stmt_sql(int which);

/* Fills *err with code and "PATH: what: SQLite's message"; returns code. */
rasad_status store_fail(const rasad_store *st, rasad_error *err, rasad_status code, const char *what);
/* The rasad_status for an SQLite result code (EJSON for a JSON error). */
rasad_status store_status(int sqlite_rc);
/* RASAD_ENOMEM for SQLITE_NOMEM, else RASAD_EIO. */
rasad_status store_io(int sqlite_rc);

/* The key of an article: its id, "~" + id for an id starting with '~',
 * or "~text:" + 16 hex digits of a hash of the text when it has no id
 * (id_len 0). Returns a NUL-terminated string the caller frees with
 * free(), or NULL when out of memory. */
char *store_key(const char *id, size_t id_len, const char *text, size_t text_len);

/* Sets *err (may be NULL) to RASAD_OK. */
void store_ok(rasad_error *err);

/* Runs sql and reads one integer of its first row into *out (0 when no
 * row); SQLite's result code. */
int store_query_int(sqlite3 *db, const char *sql, long long *out);

static inline void store_add_counts(rasad_store_counts *to, const rasad_store_counts *from) {
    to->articles += from->articles;
    to->events += from->events;
    to->quantities += from->quantities;
    to->claims += from->claims;
    to->quotes += from->quotes;
    to->entities += from->entities;
}

/* 64-bit FNV-1a of len bytes. */
uint64_t store_hash64(const char *s, size_t len);

#endif
