/* SPDX-License-Identifier: MIT
 *
 * acled.c - stage 4: ACLED event type, sub-event type and CAMEO code for
 * an event, from its kind and its actors (ACLED codebook, as
 * ../shared/gold/GUIDELINES.md applies it):
 *   - an attack by an armed group on armed forces or a guarded site is a
 *     battle (Armed clash); on civilians it is Violence against civilians;
 *   - air and drone strikes, shelling, bombs and IEDs are Explosions/Remote
 *     violence whoever the target;
 *   - a capture of territory is "Government regains territory" when state
 *     forces take it, else "Non-state actor overtakes territory";
 *   - arrests, prison breaks, agreements are Strategic developments.
 * Inter codes: 1 state forces, 2 rebels, 3 political militias, 4 identity
 * militias, 5 rioters, 6 protesters, 7 civilians, 8 external/other forces.
 */
#include <string.h>

#include "extract/extract.h"
#include "knowledge/lexicon.h"


static bool civilian(const rasad_actor_ref *a) {
    return a->present && ((a->kind && strcmp(a->kind, "civilians") == 0) || (a->id && strcmp(a->id, "CIVILIANS") == 0));
}

static bool state(const rasad_actor_ref *a) { return a->present && a->kind && strcmp(a->kind, "state_forces") == 0; }

typedef struct acled_row {
    const char *kind, *type, *sub_type, *cameo;
} acled_row;

static const acled_row ROWS[] = {
    {"attack", "Battles", "Armed clash", "190"},
    {"armed_clash", "Battles", "Armed clash", "190"},
    {"airstrike", "Explosions/Remote violence", "Air/drone strike", "195"},
    {"drone_strike", "Explosions/Remote violence", "Air/drone strike", "195"},
    {"shelling", "Explosions/Remote violence", "Shelling/artillery/missile attack", "194"},
    {"explosion", "Explosions/Remote violence", "Remote explosive/landmine/IED", "183"},
    {"suicide_bombing", "Explosions/Remote violence", "Suicide bomb", "1831"},
    {"car_bombing", "Explosions/Remote violence", "Remote explosive/landmine/IED", "1832"},
    {"ied", "Explosions/Remote violence", "Remote explosive/landmine/IED", "183"},
    {"assassination", "Violence against civilians", "Attack", "186"},
    {"abduction", "Violence against civilians", "Abduction/forced disappearance", "181"},
    {"arrest", "Strategic developments", "Arrests", "173"},
    {"prison_break", "Strategic developments", "Other", "190"},
    {"execution", "Violence against civilians", "Attack", "186"},
    {"protest", "Protests", "Peaceful protest", "141"},
    {"riot", "Riots", "Violent demonstration", "145"},
    {"looting", "Strategic developments", "Looting/property destruction", "191"},
    {"territory_captured", "Battles", "Non-state actor overtakes territory", "190"},
    {"withdrawal", "Strategic developments", "Non-violent transfer of territory", "087"},
    {"agreement", "Strategic developments", "Agreement", "057"},
    {"other", "Strategic developments", "Other", "190"},
};

void ex_acled_classify(rasad_event *e) {
    const acled_row *row = NULL;
    for (size_t i = 0; i < sizeof ROWS / sizeof ROWS[0]; i++)
        if (e->kind && strcmp(ROWS[i].kind, e->kind) == 0)
            row = &ROWS[i];
    if (!row)
        row = &ROWS[sizeof ROWS / sizeof ROWS[0] - 1];
    /* sexual violence keeps the sub-type its trigger gave it (ACLED:
     * Violence against civilians / Sexual violence) */
    if (e->sub_type && strcmp(e->sub_type, "Sexual violence") == 0)
        return;
    /* events.c marks an attack whose counted victims are civilians */
    bool on_civilians = e->type && strcmp(e->type, "Violence against civilians") == 0;
    e->type = row->type;
    /* an interception keeps its sub-type (the pointer the event stage
     * set, not a lexicon's string: the lexicon's "other" triggers are
     * too often no development for a sub-type of their own) */
    if (strcmp(row->kind, "other") != 0 || e->sub_type != EX_DISRUPTED_WEAPONS)
        e->sub_type = row->sub_type;
    if (!e->cameo || !*e->cameo)
        e->cameo = row->cameo;
    if (strcmp(row->kind, "attack") == 0 && (on_civilians || (civilian(&e->actor2) && !e->has_target))) {
        e->type = "Violence against civilians";
        e->sub_type = "Attack";
    }
    if (strcmp(row->kind, "territory_captured") == 0 && state(&e->actor1))
        e->sub_type = "Government regains territory";
}

int ex_acled_inter(const rasad_actor_ref *a) {
    if (!a->present || !a->kind)
        return 0;
    static const struct {
        const char *kind;
        int code;
    } INTER[] = {{"state_forces", 1}, {"rebel", 2},     {"political_militia", 3}, {"identity_militia", 4},
                 {"rioters", 5},      {"protesters", 6}, {"civilians", 7},         {"external", 8},
                 {"igo", 8},          {"ngo", 8},        {"media", 7},             {"researcher", 7},
                 {"other", 8}};
    for (size_t i = 0; i < sizeof INTER / sizeof INTER[0]; i++)
        if (strcmp(INTER[i].kind, a->kind) == 0)
            return INTER[i].code;
    return 0;
}
