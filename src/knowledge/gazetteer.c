/* SPDX-License-Identifier: MIT
 *
 * gazetteer.c - knowledge stage: loads a compiled gazetteer (format in
 * gaz_build.h) and answers exact name lookups.
 *
 * A file is trusted only after every check has passed: magic, version,
 * header size, total size, the FNV-1a checksum of the payload, every
 * section inside the file, every string offset inside the pool (whose
 * last byte must be NUL, so each string ends inside it), every posting a
 * valid place id, every parent a valid id, and the name index strictly
 * sorted (binary search depends on it). The name index and postings are
 * then used in place; only the place records are expanded into gaz_place
 * structs with string pointers, one allocation for the whole array.
 *
 * The built-in gazetteer is embedded in the library (data/resources.txt,
 * generated at build time by tools/gen_gazetteer) and loaded once with
 * pthread_once, borrowing the embedded bytes.
 */
#include "knowledge/gazetteer.h"

#include <math.h>
#include <stdbool.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "knowledge/gaz_build.h"
#include "knowledge/geocode.h"
#include "knowledge/translit.h"
#include "output/jsonw.h"
#include "text/normalize.h"
#include "util/buf.h"
#include "util/bytes.h"
#include "util/embed.h"

EMBED_DECLARE(gazetteer);

/* One entry of the sound index: a place and the hash of its Latin
 * name's key (translit.h). */
typedef struct gaz_sound {
    uint64_t hash;
    uint32_t id;
} gaz_sound;

struct gaz {
    const unsigned char *data; /* the file */
    size_t size;
    unsigned char *owned;      /* data when we own it, else NULL */
    gaz_place *places;
    uint32_t n_places, n_names, n_postings;
    const unsigned char *names; /* GAZ_NAME_REC records */
    const uint32_t *postings;
    const char *pool;
    uint32_t pool_size;
    uint32_t checksum;
    uint32_t by_source[GAZ_SRC__COUNT];
    /* the places by the sound key of their Latin name, sorted; built on
     * the first lookup by sound (index_sounds), which most uses of the
     * gazetteer never make */
    gaz_sound *sound;
    uint32_t n_sound;
    pthread_mutex_t sound_lock;
    atomic_bool sound_ready;
    int is_default;
};

static const char *const SOURCE_NAMES[GAZ_SRC__COUNT] = {"geonames", "country", "admin1", "curated"};

const char *gaz_source_name(gaz_source s) {
    return (unsigned)s < GAZ_SRC__COUNT ? SOURCE_NAMES[s] : "unknown";
}

static uint32_t get32(const unsigned char *p) {
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* Is [off, off + n * rec) inside a file of size bytes? */
static int section_ok(uint32_t off, uint32_t n, size_t rec, size_t size) {
    if (off % 8 != 0 || off < GAZ_HEADER_SIZE || off > size)
        return 0;
    if ((uint64_t)n * rec > size - off)
        return 0;
    return 1;
}

static uint64_t align8(uint64_t n) { return (n + 7) & ~(uint64_t)7; }

/* Checks the header, the section layout and the pool's last byte, and
 * sets g's counts and section pointers; *off_places receives where the
 * place records start. */
static rasad_status parse_header(gaz *g, uint32_t *off_places_out) {
    const unsigned char *d = g->data;
    size_t size = g->size;
    if (size < GAZ_HEADER_SIZE || memcmp(d, GAZ_MAGIC, 8) != 0)
        return RASAD_EFORMAT;
    if (get32(d + 8) != GAZ_FORMAT_VERSION)
        return RASAD_EVERSION;
    if (get32(d + 12) != GAZ_HEADER_SIZE || get32(d + 16) != size)
        return RASAD_EFORMAT;
    uint32_t sum = gaz_fnv1a(d + GAZ_HEADER_SIZE, size - GAZ_HEADER_SIZE);
    if (sum != get32(d + 20))
        return RASAD_ECHECKSUM;
    g->checksum = sum;
    uint32_t n_places = get32(d + 24), off_places = get32(d + 28);
    uint32_t n_names = get32(d + 32), off_names = get32(d + 36);
    uint32_t n_post = get32(d + 40), off_post = get32(d + 44);
    uint32_t pool_size = get32(d + 48), off_pool = get32(d + 52);
    if (!section_ok(off_places, n_places, GAZ_PLACE_REC, size) ||
        !section_ok(off_names, n_names, GAZ_NAME_REC, size) || !section_ok(off_post, n_post, 4, size) ||
        !section_ok(off_pool, pool_size, 1, size) || pool_size == 0 || n_places >= GAZ_NONE)
        return RASAD_EFORMAT;
    /* the layout is exact: sections follow one another, 8-aligned, and
     * the pool runs to the end, so no count can shrink unnoticed */
    if (off_places != GAZ_HEADER_SIZE || off_names != align8((uint64_t)off_places + (uint64_t)n_places * GAZ_PLACE_REC) ||
        off_post != align8((uint64_t)off_names + (uint64_t)n_names * GAZ_NAME_REC) ||
        off_pool != align8((uint64_t)off_post + (uint64_t)n_post * 4) || pool_size != size - off_pool)
        return RASAD_EFORMAT;
    const char *pool = (const char *)d + off_pool;
    if (pool[pool_size - 1] != '\0')
        return RASAD_EFORMAT;
    g->n_places = n_places;
    g->n_names = n_names;
    g->n_postings = n_post;
    g->names = d + off_names;
    g->postings = (const uint32_t *)(const void *)(d + off_post);
    g->pool = pool;
    g->pool_size = pool_size;
    uint64_t total = 0;
    for (int s = 0; s < GAZ_SRC__COUNT; s++) {
        g->by_source[s] = get32(d + 56 + 4 * (size_t)s);
        total += g->by_source[s];
    }
    if (total != n_places)
        return RASAD_EFORMAT;
    *off_places_out = off_places;
    return RASAD_OK;
}

/* Checks every posting (a place id) and every name record (a string in
 * the pool, strictly after the one before it, its postings following
 * those of the one before). */
static rasad_status check_names(const gaz *g) {
    const char *pool = g->pool;
    uint32_t pool_size = g->pool_size, n_post = g->n_postings, n_places = g->n_places;
    /* postings are read in place as native u32: only little-endian hosts
     * can do that, which the format requires */
    for (uint32_t i = 0; i < n_post; i++)
        if (get32((const unsigned char *)(g->postings + i)) >= n_places || g->postings[i] >= n_places)
            return RASAD_EFORMAT;
    const unsigned char *prev = NULL;
    uint32_t prev_len = 0, next_post = 0;
    for (uint32_t i = 0; i < g->n_names; i++) {
        const unsigned char *r = g->names + (size_t)i * GAZ_NAME_REC;
        uint32_t so = get32(r), sl = get32(r + 4), first = get32(r + 8), cnt = get32(r + 12);
        if (so >= pool_size || sl >= pool_size - so || pool[so + sl] != '\0' || sl == 0)
            return RASAD_EFORMAT;
        if (first != next_post || cnt > n_post - first || cnt == 0)
            return RASAD_EFORMAT;
        next_post = first + cnt;
        const unsigned char *s = (const unsigned char *)pool + so;
        if (prev && bytes_cmp((const char *)prev, prev_len, (const char *)s, sl) >= 0)
            return RASAD_EFORMAT;
        prev = s;
        prev_len = sl;
    }
    if (next_post != n_post)
        return RASAD_EFORMAT;
    return RASAD_OK;
}

/* Expands the place records at off_places into g->places, checking
 * coordinates, parents and string offsets. */
static rasad_status read_places(gaz *g, uint32_t off_places) {
    const unsigned char *d = g->data;
    const char *pool = g->pool;
    uint32_t pool_size = g->pool_size, n_places = g->n_places;
    g->places = calloc(n_places ? n_places : 1, sizeof(gaz_place));
    if (!g->places)
        return RASAD_ENOMEM;
    for (uint32_t i = 0; i < n_places; i++) {
        const unsigned char *r = d + off_places + (size_t)i * GAZ_PLACE_REC;
        gaz_place *p = &g->places[i];
        p->id = i;
        p->geonameid = get32(r);
        p->parent = get32(r + 4);
        p->population = get32(r + 8);
        int32_t la = (int32_t)get32(r + 12), lo = (int32_t)get32(r + 16);
        if (la < -90000000 || la > 90000000 || lo < -180000000 || lo > 180000000)
            return RASAD_EFORMAT;
        if (p->parent != GAZ_NONE && p->parent >= n_places)
            return RASAD_EFORMAT;
        p->lat = la / 1e6;
        p->lon = lo / 1e6;
        const char **strs[6] = {&p->name_en, &p->name_ar, &p->country, &p->admin1, &p->admin2, &p->feature};
        for (int k = 0; k < 6; k++) {
            uint32_t so = get32(r + 20 + 4 * (size_t)k);
            if (so >= pool_size)
                return RASAD_EFORMAT;
            *strs[k] = pool + so;
        }
        p->kind = r[44] < GAZ_K__COUNT ? r[44] : GAZ_K_OTHER;
        p->precision = r[45] >= 1 && r[45] <= 3 ? r[45] : 1;
        p->source = r[46] < GAZ_SRC__COUNT ? r[46] : GAZ_SRC_CURATED;
        p->fclass = r[47];
    }
    return RASAD_OK;
}

/* How many places a lookup by sound lists at most. */
#define GAZ_SOUND_LISTED 64

static int cmp_sound(const void *pa, const void *pb) {
    const gaz_sound *a = pa, *b = pb;
    if (a->hash != b->hash)
        return a->hash < b->hash ? -1 : 1;
    return (a->id > b->id) - (a->id < b->id);
}

/* Indexes every place but the countries (whose Arabic names are all
 * known) by the sound key of its Latin name, for gaz_lookup_sound, once;
 * any thread may ask first. Keys shorter than GAZ_SOUND_MIN are left out:
 * too many towns share them. False when memory ran out (the next call
 * tries again). */
static bool index_sounds(const gaz *cg) {
    gaz *g = (gaz *)cg; /* a cache inside a read-only gazetteer, built under its lock */
    if (atomic_load_explicit(&g->sound_ready, memory_order_acquire))
        return true;
    pthread_mutex_lock(&g->sound_lock);
    if (!atomic_load_explicit(&g->sound_ready, memory_order_relaxed)) {
        gaz_sound *idx = malloc((g->n_places ? g->n_places : 1) * sizeof *idx);
        uint32_t n_idx = 0;
        for (uint32_t i = 0; idx && i < g->n_places; i++) {
            const gaz_place *p = &g->places[i];
            char key[TRANSLIT_KEY_MAX];
            size_t n = p->kind == GAZ_K_COUNTRY ? 0 : translit_key_latin(p->name_en, p->country, key);
            if (n >= GAZ_SOUND_MIN)
                idx[n_idx++] = (gaz_sound){translit_key_hash(key, n), i};
        }
        if (idx) {
            qsort(idx, n_idx, sizeof *idx, cmp_sound);
            g->sound = idx;
            g->n_sound = n_idx;
            atomic_store_explicit(&g->sound_ready, true, memory_order_release);
        }
    }
    pthread_mutex_unlock(&g->sound_lock);
    return g->sound != NULL;
}

static rasad_status parse(gaz *g) {
    uint32_t off_places = 0;
    rasad_status st = parse_header(g, &off_places);
    if (st == RASAD_OK)
        st = check_names(g);
    if (st == RASAD_OK)
        st = read_places(g, off_places);
    return st;
}

rasad_status gaz_load_mem(const void *data, size_t len, int copy, gaz **out) {
    if (!out)
        return RASAD_EINVAL;
    *out = NULL;
    if (!data && len)
        return RASAD_EINVAL;
    gaz *g = calloc(1, sizeof *g);
    if (!g)
        return RASAD_ENOMEM;
    pthread_mutex_init(&g->sound_lock, NULL);
    atomic_init(&g->sound_ready, false);
    rasad_status st;
    if (copy || ((uintptr_t)data % 8) != 0) {
        g->owned = malloc(len ? len : 1);
        if (!g->owned) {
            st = RASAD_ENOMEM;
            goto fail;
        }
        if (len)
            memcpy(g->owned, data, len);
        g->data = g->owned;
    } else {
        g->data = data;
    }
    g->size = len;
    st = parse(g);
    if (st != RASAD_OK)
        goto fail;
    *out = g;
    return RASAD_OK;
fail:
    pthread_mutex_destroy(&g->sound_lock);
    free(g->places);
    free(g->owned);
    free(g);
    return st;
}

rasad_status gaz_load(const char *path, gaz **out) {
    if (!out || !path)
        return RASAD_EINVAL;
    *out = NULL;
    unsigned char *data = NULL;
    rasad_status st = RASAD_EIO;
    FILE *f = fopen(path, "rb");
    if (!f)
        return RASAD_EIO;
    if (fseek(f, 0, SEEK_END) != 0)
        goto fail;
    long end = ftell(f);
    if (end < 0 || fseek(f, 0, SEEK_SET) != 0)
        goto fail;
    if ((unsigned long)end > UINT32_MAX) {
        st = RASAD_EFORMAT;
        goto fail;
    }
    size_t len = (size_t)end;
    data = malloc(len ? len : 1);
    if (!data) {
        st = RASAD_ENOMEM;
        goto fail;
    }
    if (len && fread(data, 1, len, f) != len)
        goto fail;
    fclose(f);
    f = NULL;
    gaz *g = NULL;
    st = gaz_load_mem(data, len, 0, &g);
    if (st != RASAD_OK)
        goto fail;
    g->owned = data; /* malloc'd, so aligned: borrowed in place, freed with g */
    *out = g;
    return RASAD_OK;
fail:
    if (f)
        fclose(f);
    free(data);
    return st;
}

void gaz_free(gaz *g) {
    if (!g || g->is_default)
        return;
    pthread_mutex_destroy(&g->sound_lock);
    free(g->places);
    free(g->sound);
    free(g->owned);
    free(g);
}

static pthread_once_t default_once = PTHREAD_ONCE_INIT;
static gaz *default_gaz;

static void load_default(void) {
    gaz *g = NULL;
    if (gaz_load_mem(EMBED_DATA(gazetteer), EMBED_LEN(gazetteer), 0, &g) == RASAD_OK) {
        g->is_default = 1;
        default_gaz = g;
    }
}

const gaz *gaz_default(void) {
    pthread_once(&default_once, load_default);
    return default_gaz;
}

size_t gaz_place_count(const gaz *g) { return g ? g->n_places : 0; }

const gaz_place *gaz_place_get(const gaz *g, uint32_t id) {
    return g && id < g->n_places ? &g->places[id] : NULL;
}

size_t gaz_name_count(const gaz *g) { return g ? g->n_names : 0; }

void gaz_name_at(const gaz *g, size_t i, const char **norm, size_t *len) {
    if (!g || i >= g->n_names)
        return;
    const unsigned char *r = g->names + i * GAZ_NAME_REC;
    if (norm)
        *norm = g->pool + get32(r);
    if (len)
        *len = get32(r + 4);
}

size_t gaz_name_ids(const gaz *g, size_t i, const uint32_t **ids) {
    if (ids)
        *ids = NULL;
    if (!g || i >= g->n_names)
        return 0;
    const unsigned char *r = g->names + i * GAZ_NAME_REC;
    if (ids)
        *ids = g->postings + get32(r + 8);
    return get32(r + 12);
}

size_t gaz_name_find(const gaz *g, const char *norm, size_t len) {
    if (!g || !norm)
        return SIZE_MAX;
    size_t lo = 0, hi = g->n_names;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const unsigned char *r = g->names + mid * GAZ_NAME_REC;
        int c = bytes_cmp(g->pool + get32(r), get32(r + 4), norm, len);
        if (c == 0)
            return mid;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return SIZE_MAX;
}

size_t gaz_lookup_sound(const gaz *g, const char *key, size_t len, uint32_t *ids, size_t max) {
    if (!g || !key || len < GAZ_SOUND_MIN || !index_sounds(g))
        return 0;
    uint64_t h = translit_key_hash(key, len);
    size_t lo = 0, hi = g->n_sound;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (g->sound[mid].hash < h)
            lo = mid + 1;
        else
            hi = mid;
    }
    size_t n = 0;
    for (size_t i = lo; i < g->n_sound && g->sound[i].hash == h; i++)
        if (n < max)
            ids[n++] = g->sound[i].id;
    return n;
}

size_t gaz_lookup_exact(const gaz *g, const char *norm, size_t len, const uint32_t **ids) {
    if (ids)
        *ids = NULL;
    size_t i = len ? gaz_name_find(g, norm, len) : SIZE_MAX;
    return i == SIZE_MAX ? 0 : gaz_name_ids(g, i, ids);
}

/* ALEF U+0627 and LAM U+0644 in UTF-8: the definite article "ال". */
static const char AL[] = "\xD8\xA7\xD9\x84";

size_t gaz_lookup(const gaz *g, const char *norm, size_t len, const uint32_t **ids) {
    size_t n = gaz_lookup_exact(g, norm, len, ids);
    if (n || !g || !norm || len == 0)
        return n;
    if (len > 4 && !memcmp(norm, AL, 4))
        return gaz_lookup_exact(g, norm + 4, len - 4, ids);
    char tmp[512];
    if (len + 4 > sizeof tmp || (unsigned char)norm[0] < 0x80)
        return 0;
    memcpy(tmp, AL, 4);
    memcpy(tmp + 4, norm, len);
    return gaz_lookup_exact(g, tmp, len + 4, ids);
}

void gaz_get_info(const gaz *g, gaz_info *info) {
    if (!info)
        return;
    memset(info, 0, sizeof *info);
    if (!g)
        return;
    info->version = GAZ_FORMAT_VERSION;
    info->places = g->n_places;
    info->names = g->n_names;
    info->postings = g->n_postings;
    for (int s = 0; s < GAZ_SRC__COUNT; s++)
        info->by_source[s] = g->by_source[s];
    info->bytes = g->size;
    info->checksum = g->checksum;
}

double gaz_distance_km(double lat1, double lon1, double lat2, double lon2) {
    const double r = 6371.0088, rad = 3.14159265358979323846 / 180.0;
    double dlat = (lat2 - lat1) * rad, dlon = (lon2 - lon1) * rad;
    double a = sin(dlat / 2) * sin(dlat / 2) +
               cos(lat1 * rad) * cos(lat2 * rad) * sin(dlon / 2) * sin(dlon / 2);
    if (a > 1)
        a = 1;
    return 2 * r * asin(sqrt(a));
}

/* ---- the public API (rasad.h, "gazetteer") --------------------------- */

/* rasad_gazetteer is the public name of struct gaz; the two are never
 * both defined, so the casts below only rename the pointer. */

const rasad_gazetteer *rasad_gazetteer_default(void) { return (const rasad_gazetteer *)gaz_default(); }

rasad_status rasad_gazetteer_load(const char *path, rasad_gazetteer **out) {
    if (!out)
        return RASAD_EINVAL;
    gaz *g = NULL;
    rasad_status st = gaz_load(path, &g);
    *out = (rasad_gazetteer *)g;
    return st;
}

void rasad_gazetteer_free(rasad_gazetteer *g) { gaz_free((gaz *)g); }

/* The matching form of a name with single spaces, trimmed. */
static rasad_status norm_name(const char *name, size_t len, char **out, size_t *out_len) {
    char *n = NULL;
    size_t nl = 0;
    rasad_status st = rasad_normalize(name, len, RASAD_NORM_DEFAULT, &n, &nl);
    if (st != RASAD_OK)
        return st;
    *out_len = norm_squeeze_spaces(n, nl);
    *out = n;
    return RASAD_OK;
}

/* The places whose Latin name sounds like the Arabic name n (matching
 * form) within GAZ_SOUND_NEAR, closest first, into ids; their count. */
static size_t heard_as(const gaz *g, const char *n, size_t nl, uint32_t ids[GAZ_SOUND_LISTED]) {
    char key[TRANSLIT_KEY_MAX];
    size_t kl = translit_key_ar(n, nl, key);
    size_t k = gaz_lookup_sound(g, key, kl, ids, GAZ_SOUND_LISTED), kept = 0;
    int dist[GAZ_SOUND_LISTED];
    for (size_t i = 0; i < k; i++) {
        const gaz_place *p = gaz_place_get(g, ids[i]);
        int d = translit_distance(n, nl, p->name_en, p->country);
        if (d > GAZ_SOUND_NEAR)
            continue;
        /* insertion: closest first, ties in id order */
        size_t at = kept++;
        while (at > 0 && dist[at - 1] > d) {
            ids[at] = ids[at - 1];
            dist[at] = dist[at - 1];
            at--;
        }
        ids[at] = p->id;
        dist[at] = d;
    }
    return kept;
}

static rasad_status lookup(const rasad_gazetteer *pg, const char *name, size_t len, bool sound, char **json,
                           size_t *json_len, size_t *count) {
    const gaz *g = (const gaz *)pg;
    if (json)
        *json = NULL;
    if (json_len)
        *json_len = 0;
    if (count)
        *count = 0;
    if (!g || !json || (!name && len))
        return RASAD_EINVAL;
    char *n = NULL;
    size_t nl = 0;
    uint32_t *ids = NULL;
    buf out;
    buf_init(&out, NULL);
    rasad_status st = norm_name(name, len, &n, &nl);
    if (st != RASAD_OK)
        goto fail;
    geo_context ctx;
    geo_context_init(&ctx);
    const uint32_t *found = NULL;
    uint32_t heard[GAZ_SOUND_LISTED];
    size_t k = sound ? heard_as(g, n, nl, heard) : gaz_lookup(g, n, nl, &found);
    if (sound)
        found = heard;
    if (k == 0 && !sound) {
        /* "مدينة الحسكة": a cue word, then the name */
        const char *sp = memchr(n, ' ', nl);
        if (sp) {
            geo_cue cue = geo_cue_of(n, (size_t)(sp - n));
            if (cue != GEO_CUE_NONE) {
                ctx.cue = (uint8_t)cue;
                k = gaz_lookup(g, sp + 1, nl - (size_t)(sp + 1 - n), &found);
            }
        }
    }
    if (k == 0) {
        st = RASAD_ENOTFOUND;
        goto fail;
    }
    ids = malloc(k * sizeof *ids);
    if (!ids) {
        st = RASAD_ENOMEM;
        goto fail;
    }
    memcpy(ids, found, k * sizeof *ids);
    if (!sound)
        geo_rank(g, ids, k, &ctx);
    jsonw w;
    for (size_t i = 0; i < k; i++) {
        const gaz_place *p = gaz_place_get(g, ids[i]);
        jw_init(&w, &out);
        uint8_t pr = p->precision;
        if (ctx.cue == GEO_CUE_NEAR && pr < 2)
            pr = 2;
        geo_write_json(&w, p, pr);
        buf_putc(&out, '\n');
    }
    if (out.failed) {
        st = RASAD_ENOMEM;
        goto fail;
    }
    free(ids);
    rasad_free(n);
    if (count)
        *count = k;
    *json = buf_detach(&out, json_len);
    return *json ? RASAD_OK : RASAD_ENOMEM;
fail:
    free(ids);
    rasad_free(n);
    buf_free(&out);
    return st;
}

rasad_status rasad_gazetteer_lookup(const rasad_gazetteer *g, const char *name, size_t len, char **json,
                                    size_t *json_len, size_t *count) {
    return lookup(g, name, len, false, json, json_len, count);
}

rasad_status rasad_gazetteer_lookup_sound(const rasad_gazetteer *g, const char *name, size_t len, char **json,
                                          size_t *json_len, size_t *count) {
    return lookup(g, name, len, true, json, json_len, count);
}

rasad_status rasad_gazetteer_info(const rasad_gazetteer *pg, char **json, size_t *json_len) {
    const gaz *g = (const gaz *)pg;
    if (!g || !json)
        return RASAD_EINVAL;
    gaz_info info;
    gaz_get_info(g, &info);
    buf out;
    buf_init(&out, NULL);
    jsonw w;
    jw_init(&w, &out);
    jw_obj_begin(&w);
    jw_kint(&w, "format_version", info.version);
    jw_kint(&w, "places", info.places);
    jw_kint(&w, "names", info.names);
    jw_kint(&w, "postings", info.postings);
    jw_key(&w, "by_source");
    jw_obj_begin(&w);
    for (int s = 0; s < GAZ_SRC__COUNT; s++)
        jw_kint(&w, gaz_source_name((gaz_source)s), info.by_source[s]);
    jw_obj_end(&w);
    jw_kint(&w, "bytes", (int64_t)info.bytes);
    char hex[16];
    snprintf(hex, sizeof hex, "%08x", (unsigned)info.checksum);
    jw_kcstr(&w, "checksum", hex);
    jw_obj_end(&w);
    buf_putc(&out, '\n');
    if (out.failed) {
        buf_free(&out);
        return RASAD_ENOMEM;
    }
    *json = buf_detach(&out, json_len);
    return *json ? RASAD_OK : RASAD_ENOMEM;
}
