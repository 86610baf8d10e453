// Non-variadic wrappers around libedit's native API (histedit.h). Swift cannot call C
// variadic functions (el_set, el_get, history), nor read the C globals stdin/stdout/stderr
// under Swift 6's concurrency checking; one small inline function per use solves both.
#ifndef KASKADE_CLIBEDIT_SHIM_H
#define KASKADE_CLIBEDIT_SHIM_H

#include <histedit.h>
#include <stdio.h>
#include <locale.h>
#include <langinfo.h>

typedef char *(*kaskade_prompt_fn)(EditLine *);
typedef unsigned char (*kaskade_command_fn)(EditLine *, int);

static inline FILE *kaskade_stdin(void) { return stdin; }
static inline FILE *kaskade_stdout(void) { return stdout; }
static inline FILE *kaskade_stderr(void) { return stderr; }

static inline EditLine *kaskade_el_init(const char *program) {
    return el_init(program, stdin, stdout, stderr);
}
static inline int kaskade_el_set_prompt(EditLine *el, kaskade_prompt_fn prompt) {
    return el_set(el, EL_PROMPT, prompt);
}
static inline int kaskade_el_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}
static inline int kaskade_el_set_clientdata(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}
static inline void *kaskade_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    el_get(el, EL_CLIENTDATA, &data);
    return data;
}
static inline int kaskade_el_add_function(EditLine *el, const char *name, const char *help, kaskade_command_fn fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}
static inline int kaskade_el_bind(EditLine *el, const char *key, const char *command) {
    return el_set(el, EL_BIND, key, command, NULL);
}
/* Turn the terminal's signal keys off while editing, so that ^C reaches the editor. */
static inline int kaskade_el_tty_no_signals(EditLine *el) {
    return el_set(el, EL_SETTY, "-d", "-isig", NULL);
}
static inline int kaskade_el_set_history(EditLine *el, History *h) {
    return el_set(el, EL_HIST, history, h);
}

static inline int kaskade_history_set_size(History *h, int size) {
    HistEvent event;
    return history(h, &event, H_SETSIZE, size);
}
static inline int kaskade_history_set_unique(History *h, int unique) {
    HistEvent event;
    return history(h, &event, H_SETUNIQUE, unique);
}
static inline int kaskade_history_enter(History *h, const char *line) {
    HistEvent event;
    return history(h, &event, H_ENTER, line);
}
static inline int kaskade_history_load(History *h, const char *path) {
    HistEvent event;
    return history(h, &event, H_LOAD, path);
}
static inline int kaskade_history_save(History *h, const char *path) {
    HistEvent event;
    return history(h, &event, H_SAVE, path);
}

#endif
