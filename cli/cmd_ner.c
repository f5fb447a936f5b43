/* SPDX-License-Identifier: MIT
 *
 * cmd_ner.c - rasad ner: train, evaluate and run the named-entity tagger
 * (issue 4) on CoNLL files (one token a line, the tag in the last column,
 * a blank line between sentences).
 *
 *   rasad ner train --train FILE [--dev FILE] -o MODEL [--PARAM VALUE ...]
 *   rasad ner eval [--model MODEL] FILE
 *   rasad ner tag [--model MODEL] FILE|-
 *   rasad ner score GOLD PRED
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "rasad.h"

static void usage(FILE *out) {
    fprintf(out, "usage: rasad ner train --train FILE [--dev FILE] -o MODEL [--PARAM VALUE ...]\n"
                 "       rasad ner eval [--model MODEL] FILE\n"
                 "       rasad ner tag [--model MODEL] FILE|-\n"
                 "       rasad ner score GOLD PRED\n"
                 "       rasad ner clusters [--passes N] [--min-count N] FILE|-\n\n"
                 "The named-entity tagger (PER, LOC, ORG, MISC in BIO tags) on CoNLL files:\n"
                 "one token a line, the tag in the last column, a blank line between sentences.\n"
                 "  train  trains an averaged perceptron; with --dev the epoch count is picked on dev\n"
                 "  eval   tags FILE and prints entity-level precision, recall and F1 against its tags\n"
                 "  tag    writes token<TAB>tag lines, blank lines kept\n"
                 "  score  compares predicted tags with gold tags\n"
                 "  clusters  induces word clusters from unlabeled text (for train --clusters)\n"
                 "Without --model the built-in model is used.\n"
                 "'rasad ner train --help' lists the training parameters.\n");
}

static char *read_all(const char *path, size_t *len) {
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f) {
        cli_error("%s: cannot open", path);
        return NULL;
    }
    char *d = NULL;
    size_t n = 0, cap = 0;
    for (;;) {
        if (cap - n < 65536) {
            size_t nc = cap ? cap * 2 : 1u << 20;
            char *nd = nc > cap ? realloc(d, nc) : NULL;
            if (!nd) {
                cli_error("%s: out of memory", path);
                free(d);
                if (f != stdin)
                    fclose(f);
                return NULL;
            }
            d = nd;
            cap = nc;
        }
        size_t got = fread(d + n, 1, cap - n - 1, f);
        n += got;
        if (got == 0)
            break;
    }
    int bad = ferror(f);
    if (f != stdin)
        fclose(f);
    if (bad) {
        cli_error("%s: read error", path);
        free(d);
        return NULL;
    }
    d[n] = '\0';
    *len = n;
    return d;
}

static rasad_model *load_model(const char *path, int *rc) {
    *rc = EXIT_OK;
    if (!path) {
        if (!rasad_model_default()) {
            cli_error("ner: this library has no built-in model; give --model MODEL");
            *rc = EXIT_DATA;
        }
        return NULL;
    }
    rasad_model *m = NULL;
    rasad_error err;
    if (rasad_model_load_ex(path, &m, &err) != RASAD_OK) {
        cli_error("%s", err.message);
        *rc = EXIT_DATA;
        return NULL;
    }
    return m;
}

static void log_line(const char *msg, void *ctx) {
    (void)ctx;
    fprintf(stderr, "rasad: ner: %s\n", msg);
}

static void train_usage(FILE *out) {
    fprintf(out, "usage: rasad ner train --train FILE [--dev FILE] -o MODEL [--PARAM VALUE ...]\n\n"
                 "parameters:\n");
    size_t n;
    const rasad_ner_param *p = rasad_ner_train_params(&n);
    for (size_t i = 0; i < n; i++)
        fprintf(out, "  --%-10s %-4s  %s%s%s%s\n", p[i].name, p[i].type, p[i].help,
                p[i].def[0] ? " (default " : "", p[i].def, p[i].def[0] ? ")" : "");
}

static int cmd_train(int argc, char **argv) {
    const char *train = NULL, *dev = NULL, *outp = NULL;
    const char **names = calloc((size_t)argc + 1, sizeof *names);
    const char **values = calloc((size_t)argc + 1, sizeof *values);
    size_t np = 0, nparams;
    const rasad_ner_param *params = rasad_ner_train_params(&nparams);
    char *ttext = NULL, *dtext = NULL;
    void *model = NULL;
    int rc = EXIT_USAGE;
    if (!names || !values) {
        cli_error("out of memory");
        rc = EXIT_DATA;
        goto done;
    }
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (cli_is_help(a)) {
            train_usage(stdout);
            rc = EXIT_OK;
            goto done;
        }
        if (i + 1 >= argc) {
            cli_error("ner train: %s needs a value", a);
            goto done;
        }
        if (strcmp(a, "--train") == 0)
            train = argv[++i];
        else if (strcmp(a, "--dev") == 0)
            dev = argv[++i];
        else if (strcmp(a, "-o") == 0 || strcmp(a, "--output") == 0)
            outp = argv[++i];
        else {
            size_t k = 0;
            while (k < nparams && !(a[0] == '-' && a[1] == '-' && strcmp(a + 2, params[k].name) == 0))
                k++;
            if (k == nparams) {
                cli_error("ner train: unknown option '%s' (see rasad ner train --help)", a);
                goto done;
            }
            names[np] = params[k].name;
            values[np++] = argv[++i];
        }
    }
    if (!train || !outp) {
        train_usage(stderr);
        goto done;
    }
    rc = EXIT_DATA;
    size_t tlen = 0, dlen = 0;
    ttext = read_all(train, &tlen);
    if (!ttext || (dev && !(dtext = read_all(dev, &dlen))))
        goto done;
    size_t mlen = 0;
    rasad_error err;
    rasad_status st = rasad_ner_train(ttext, tlen, dtext, dlen, names, values, np, log_line, NULL,
                                      &model, &mlen, &err);
    if (st != RASAD_OK) {
        cli_error("ner train: %s", err.message);
        rc = st == RASAD_EINVAL ? EXIT_USAGE : EXIT_DATA;
        goto done;
    }
    FILE *f = fopen(outp, "wb");
    if (!f || fwrite(model, 1, mlen, f) != mlen || fclose(f) != 0) {
        cli_error("%s: cannot write the model", outp);
        goto done;
    }
    fprintf(stderr, "rasad: ner train: wrote %s (%zu bytes)\n", outp, mlen);
    rc = EXIT_OK;
done:
    free(names);
    free(values);
    free(ttext);
    free(dtext);
    rasad_free(model);
    return rc;
}

static void print_scores(const rasad_ner_scores *s) {
    double p, r, f;
    size_t gold = s->tp[RASAD_ENT__COUNT] + s->fn[RASAD_ENT__COUNT];
    size_t pred = s->tp[RASAD_ENT__COUNT] + s->fp[RASAD_ENT__COUNT];
    printf("processed %zu tokens with %zu phrases; found: %zu phrases; correct: %zu.\n", s->tokens,
           gold, pred, s->tp[RASAD_ENT__COUNT]);
    rasad_ner_prf(s, RASAD_ENT__COUNT, &p, &r, &f);
    printf("accuracy: %6.2f%%; precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f\n",
           s->tokens ? 100.0 * (double)s->token_correct / (double)s->tokens : 0.0, p, r, f);
    for (int t = 0; t < RASAD_ENT__COUNT; t++) {
        rasad_ner_prf(s, t, &p, &r, &f);
        printf("%17s: precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f  %zu\n",
               rasad_entity_type_name((rasad_entity_type)t), p, r, f, s->tp[t] + s->fp[t]);
    }
}

static int cmd_eval(int argc, char **argv, bool tag) {
    const char *mpath = NULL, *file = NULL;
    for (int i = 1; i < argc; i++) {
        if (cli_is_help(argv[i])) {
            usage(stdout);
            return EXIT_OK;
        }
        if (strcmp(argv[i], "--model") == 0 || strcmp(argv[i], "-m") == 0) {
            if (i + 1 >= argc) {
                cli_error("ner: --model needs a file");
                return EXIT_USAGE;
            }
            mpath = argv[++i];
        } else if (argv[i][0] == '-' && argv[i][1] != '\0') {
            cli_error("ner: unknown option '%s'", argv[i]);
            return EXIT_USAGE;
        } else if (file) {
            cli_error("ner: one input file only");
            return EXIT_USAGE;
        } else {
            file = argv[i];
        }
    }
    if (!file) {
        usage(stderr);
        return EXIT_USAGE;
    }
    int rc;
    rasad_model *m = load_model(mpath, &rc);
    if (rc != EXIT_OK)
        return rc;
    size_t len;
    char *text = read_all(file, &len);
    if (!text) {
        rasad_model_free(m);
        return EXIT_DATA;
    }
    rc = EXIT_OK;
    if (tag) {
        char *out = NULL;
        size_t olen = 0;
        rasad_status st = rasad_ner_tag_conll(m, text, len, &out, &olen);
        if (st == RASAD_EFORMAT) {
            cli_error("%s: a line is longer than 65535 bytes", file);
            rc = EXIT_DATA;
        } else if (st != RASAD_OK) {
            cli_error("%s: %s", file, rasad_strerror(st));
            rc = EXIT_DATA;
        } else if (!cli_write(out, olen)) {
            cli_error("write error");
            rc = EXIT_DATA;
        }
        rasad_free(out);
    } else {
        rasad_ner_scores s;
        rasad_error err;
        if (rasad_ner_eval_conll(m, text, len, &s, &err) != RASAD_OK) {
            cli_error("%s: %s", file, err.message);
            rc = EXIT_DATA;
        } else {
            print_scores(&s);
        }
    }
    free(text);
    rasad_model_free(m);
    return rc;
}

static int cmd_score(int argc, char **argv) {
    if (argc != 3 || cli_is_help(argv[1])) {
        usage(argc == 2 && cli_is_help(argv[1]) ? stdout : stderr);
        return argc == 2 && cli_is_help(argv[1]) ? EXIT_OK : EXIT_USAGE;
    }
    size_t gl, pl;
    char *g = read_all(argv[1], &gl);
    char *p = g ? read_all(argv[2], &pl) : NULL;
    int rc = EXIT_DATA;
    if (g && p) {
        rasad_ner_scores s;
        rasad_error err;
        if (rasad_ner_score_conll(g, gl, p, pl, &s, &err) != RASAD_OK) {
            cli_error("ner score: %s", err.message);
        } else {
            print_scores(&s);
            rc = EXIT_OK;
        }
    }
    free(g);
    free(p);
    return rc;
}

static int cmd_clusters(int argc, char **argv) {
    long passes = 4, min_count = 5;
    const char *file = NULL;
    for (int i = 1; i < argc; i++) {
        if (cli_is_help(argv[i])) {
            printf("usage: rasad ner clusters [--passes N] [--min-count N] FILE|-\n\n"
                   "Induces word clusters from unlabeled text, one article a line (see\n"
                   "tools/gen_saudinews_text.py), by exchange clustering of the words seen\n"
                   "--min-count times; prints BITS<TAB>WORD<TAB>COUNT lines for\n"
                   "'rasad ner train --clusters'. Defaults: --passes 4 --min-count 5.\n");
            return EXIT_OK;
        }
        if ((strcmp(argv[i], "--passes") == 0 || strcmp(argv[i], "--min-count") == 0) &&
            i + 1 < argc) {
            char *end;
            long v = strtol(argv[i + 1], &end, 10);
            if (*end || v < 1 || v > 100000) {
                cli_error("ner clusters: %s wants a number from 1 to 100000", argv[i]);
                return EXIT_USAGE;
            }
            if (argv[i][2] == 'p')
                passes = v;
            else
                min_count = v;
            i++;
        } else if (!file && (argv[i][0] != '-' || argv[i][1] == '\0')) {
            file = argv[i];
        } else {
            cli_error("ner clusters: unexpected argument '%s'", argv[i]);
            return EXIT_USAGE;
        }
    }
    if (!file) {
        cli_error("ner clusters: give FILE or -");
        return EXIT_USAGE;
    }
    size_t len, olen;
    char *text = read_all(file, &len), *out = NULL;
    if (!text)
        return EXIT_DATA;
    rasad_status st = rasad_ner_clusters(text, len, (size_t)passes, (size_t)min_count, log_line,
                                         NULL, &out, &olen);
    free(text);
    if (st != RASAD_OK) {
        cli_error("ner clusters: %s", rasad_strerror(st));
        return EXIT_DATA;
    }
    int rc = cli_write(out, olen) ? EXIT_OK : EXIT_DATA;
    rasad_free(out);
    return rc;
}

int cmd_ner(int argc, char **argv) {
    if (argc < 2) {
        usage(stderr);
        return EXIT_USAGE;
    }
    if (cli_is_help(argv[1])) {
        usage(stdout);
        return EXIT_OK;
    }
    if (strcmp(argv[1], "train") == 0)
        return cmd_train(argc - 1, argv + 1);
    if (strcmp(argv[1], "eval") == 0)
        return cmd_eval(argc - 1, argv + 1, false);
    if (strcmp(argv[1], "tag") == 0)
        return cmd_eval(argc - 1, argv + 1, true);
    if (strcmp(argv[1], "score") == 0)
        return cmd_score(argc - 1, argv + 1);
    if (strcmp(argv[1], "clusters") == 0)
        return cmd_clusters(argc - 1, argv + 1);
    cli_error("ner: unknown subcommand '%s' (train, eval, tag, score)", argv[1]);
    return EXIT_USAGE;
}
