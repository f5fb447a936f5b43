/* SPDX-License-Identifier: MIT
 *
 * store_batch.c - batches and counts of the embedded store (after
 * output): rasad_store_begin/_commit wrap many puts in one transaction
 * (one WAL append and one sync per batch instead of one per article,
 * which is what keeps storing close to extraction speed), and the row
 * counts of a session or of the whole file.
 */
#include <stdio.h>
#include <string.h>

#include "store/store.h"

rasad_status rasad_store_begin(rasad_store *st, rasad_error *err) {
    store_ok(err);
    if (!st || st->in_batch)
        return error_set(err, RASAD_EINVAL, SIZE_MAX, "%s", st ? "a batch is already open" : "invalid argument");
    /* IMMEDIATE takes the write lock now: a writer that waits, waits here
     * under the busy timeout, not halfway through a batch */
    int rc = sqlite3_exec(st->db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
    if (rc != SQLITE_OK)
        return store_fail(st, err, store_io(rc),
                          "cannot start a batch");
    st->in_batch = true;
    memset(&st->pending, 0, sizeof st->pending);
    return RASAD_OK;
}

rasad_status rasad_store_commit(rasad_store *st, rasad_error *err) {
    store_ok(err);
    if (!st)
        return RASAD_EINVAL;
    if (!st->in_batch)
        return RASAD_OK;
    st->in_batch = false;
    int rc = sqlite3_exec(st->db, "COMMIT", NULL, NULL, NULL);
    if (rc != SQLITE_OK) {
        rasad_status code = store_fail(st, err, store_io(rc),
                                       "cannot commit");
        if (!sqlite3_get_autocommit(st->db))
            sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
        memset(&st->pending, 0, sizeof st->pending);
        return code;
    }
    store_add_counts(&st->session, &st->pending);
    memset(&st->pending, 0, sizeof st->pending);
    return RASAD_OK;
}

void rasad_store_session(const rasad_store *st, rasad_store_counts *out) {
    if (!out)
        return;
    memset(out, 0, sizeof *out);
    if (st)
        *out = st->session;
}

rasad_status rasad_store_stats(rasad_store *st, rasad_store_counts *out, rasad_error *err) {
    store_ok(err);
    if (!st || !out)
        return RASAD_EINVAL;
    static const char *const q[6] = {
        "SELECT count(*) FROM articles", "SELECT count(*) FROM events", "SELECT count(*) FROM quantities",
        "SELECT count(*) FROM claims",   "SELECT count(*) FROM quotes", "SELECT count(*) FROM entities",
    };
    size_t *dst[6] = {&out->articles, &out->events, &out->quantities, &out->claims, &out->quotes, &out->entities};
    for (int k = 0; k < 6; k++) {
        long long n = 0;
        int rc = store_query_int(st->db, q[k], &n);
        if (rc != SQLITE_OK)
            return store_fail(st, err, store_io(rc), "cannot count");
        *dst[k] = n < 0 ? 0 : (size_t)n;
    }
    return RASAD_OK;
}
