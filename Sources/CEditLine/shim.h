// Swift cannot call libedit's variadic el_set/el_get/history, so each use gets a fixed-signature
// static inline wrapper here. Swift code calls these; the C spellings stay in this file.
#ifndef BYTELENS_CEDITLINE_SHIM_H
#define BYTELENS_CEDITLINE_SHIM_H

#include <histedit.h>
#include <stdio.h>

typedef char *(*bl_prompt_fn)(EditLine *);
typedef unsigned char (*bl_command_fn)(EditLine *, int);

static inline EditLine *bl_el_init(const char *prog) {
  return el_init(prog, stdin, stdout, stderr);
}
static inline int bl_el_set_prompt(EditLine *el, bl_prompt_fn fn) {
  return el_set(el, EL_PROMPT, fn);
}
static inline int bl_el_set_editor(EditLine *el, const char *mode) {
  return el_set(el, EL_EDITOR, mode);
}
static inline int bl_el_set_signal(EditLine *el, int on) {
  return el_set(el, EL_SIGNAL, on);
}
static inline int bl_el_set_history(EditLine *el, History *h) {
  return el_set(el, EL_HIST, history, h);
}
static inline int bl_el_add_function(EditLine *el, const char *name, const char *help,
                                     bl_command_fn fn) {
  return el_set(el, EL_ADDFN, name, help, fn);
}
static inline int bl_el_bind(EditLine *el, const char *key, const char *function) {
  return el_set(el, EL_BIND, key, function, NULL);
}
static inline int bl_el_set_client_data(EditLine *el, void *data) {
  return el_set(el, EL_CLIENTDATA, data);
}
static inline void *bl_el_get_client_data(EditLine *el) {
  void *data = NULL;
  el_get(el, EL_CLIENTDATA, &data);
  return data;
}

static inline History *bl_history_init(void) { return history_init(); }
static inline int bl_history_set_size(History *h, int size) {
  HistEvent ev;
  return history(h, &ev, H_SETSIZE, size);
}
static inline int bl_history_set_unique(History *h, int unique) {
  HistEvent ev;
  return history(h, &ev, H_SETUNIQUE, unique);
}
static inline int bl_history_enter(History *h, const char *line) {
  HistEvent ev;
  return history(h, &ev, H_ENTER, line);
}
static inline int bl_history_load(History *h, const char *path) {
  HistEvent ev;
  return history(h, &ev, H_LOAD, path);
}
static inline int bl_history_save(History *h, const char *path) {
  HistEvent ev;
  return history(h, &ev, H_SAVE, path);
}

#endif
