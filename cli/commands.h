/* SPDX-License-Identifier: MIT
 *
 * commands.h - one entry point per subcommand (cli/cmd_*.c).
 */
#ifndef RASAD_COMMANDS_H
#define RASAD_COMMANDS_H

int cmd_tokenize(int argc, char **argv);
int cmd_normalize(int argc, char **argv);
int cmd_numbers(int argc, char **argv);
int cmd_dates(int argc, char **argv);
int cmd_gazetteer(int argc, char **argv);
int cmd_entities(int argc, char **argv);
int cmd_ner(int argc, char **argv);
int cmd_extract(int argc, char **argv);

#endif
