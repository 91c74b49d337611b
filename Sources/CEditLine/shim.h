// libedit, loaded at run time: a batch run (-c, a script, a pipe) never needs it, and linking it
// made every run load it and its libraries (tinfo, bsd, md) at startup. Only an interactive
// session on a terminal calls bl_libedit_load. Swift cannot call libedit's variadic
// el_set/el_get/history, so each use gets a fixed-signature static inline wrapper here, taking
// the loaded table; Swift code calls these, and the C spellings stay in this file.
#ifndef BYTELENS_CEDITLINE_SHIM_H
#define BYTELENS_CEDITLINE_SHIM_H

#include <dlfcn.h>
#include <histedit.h>
#include <stddef.h>
#include <stdio.h>

typedef char *(*bl_prompt_fn)(EditLine *);
typedef unsigned char (*bl_command_fn)(EditLine *, int);

// The libedit functions bytelens calls, from dlsym.
typedef struct bl_libedit {
  EditLine *(*el_init)(const char *, FILE *, FILE *, FILE *);
  int (*el_set)(EditLine *, int, ...);
  int (*el_get)(EditLine *, int, ...);
  void (*el_end)(EditLine *);
  const char *(*el_gets)(EditLine *, int *);
  const LineInfo *(*el_line)(EditLine *);
  int (*el_insertstr)(EditLine *, const char *);
  void (*el_deletestr)(EditLine *, int);
  int (*el_source)(EditLine *, const char *);
  History *(*history_init)(void);
  void (*history_end)(History *);
  int (*history)(History *, HistEvent *, int, ...);
} bl_libedit;

// Loads libedit into *lib: the library `name` names, or NULL for the system's. Returns NULL,
// or why it could not (dlerror's text, or the name of a missing function), valid until the
// next dl call.
static inline const char *bl_libedit_load(bl_libedit *lib, const char *name) {
  static const char *const names[] = {
#ifdef __APPLE__
      "libedit.3.dylib", "libedit.dylib",
#else
      "libedit.so.2", "libedit.so.0", "libedit.so",
#endif
  };
  void *handle = NULL;
  const char *why = "libedit not found";
  if (name != NULL) {
    handle = dlopen(name, RTLD_NOW | RTLD_LOCAL);
    if (handle == NULL) return dlerror();
  }
  for (size_t index = 0; index < sizeof names / sizeof names[0] && handle == NULL; index++) {
    handle = dlopen(names[index], RTLD_NOW | RTLD_LOCAL);
    if (handle == NULL && index == 0) why = dlerror();
  }
  if (handle == NULL) return why;
#define BL_LOAD(name)                                         \
  *(void **)(&lib->name) = dlsym(handle, #name);              \
  if (lib->name == NULL) return "libedit has no function " #name;
  BL_LOAD(el_init)
  BL_LOAD(el_set)
  BL_LOAD(el_get)
  BL_LOAD(el_end)
  BL_LOAD(el_gets)
  BL_LOAD(el_line)
  BL_LOAD(el_insertstr)
  BL_LOAD(el_deletestr)
  BL_LOAD(el_source)
  BL_LOAD(history_init)
  BL_LOAD(history_end)
  BL_LOAD(history)
#undef BL_LOAD
  return NULL;
}

static inline EditLine *bl_el_init(const bl_libedit *lib, const char *prog) {
  return lib->el_init(prog, stdin, stdout, stderr);
}
static inline void bl_el_end(const bl_libedit *lib, EditLine *el) { lib->el_end(el); }
static inline const char *bl_el_gets(const bl_libedit *lib, EditLine *el, int *count) {
  return lib->el_gets(el, count);
}
static inline const LineInfo *bl_el_line(const bl_libedit *lib, EditLine *el) {
  return lib->el_line(el);
}
static inline int bl_el_insertstr(const bl_libedit *lib, EditLine *el, const char *text) {
  return lib->el_insertstr(el, text);
}
static inline void bl_el_deletestr(const bl_libedit *lib, EditLine *el, int count) {
  lib->el_deletestr(el, count);
}
static inline int bl_el_source(const bl_libedit *lib, EditLine *el) {
  return lib->el_source(el, NULL);
}
static inline int bl_el_set_prompt(const bl_libedit *lib, EditLine *el, bl_prompt_fn fn) {
  return lib->el_set(el, EL_PROMPT, fn);
}
static inline int bl_el_set_editor(const bl_libedit *lib, EditLine *el, const char *mode) {
  return lib->el_set(el, EL_EDITOR, mode);
}
static inline int bl_el_set_history(const bl_libedit *lib, EditLine *el, History *h) {
  return lib->el_set(el, EL_HIST, lib->history, h);
}
static inline int bl_el_add_function(const bl_libedit *lib, EditLine *el, const char *name,
                                     const char *help, bl_command_fn fn) {
  return lib->el_set(el, EL_ADDFN, name, help, fn);
}
static inline int bl_el_bind(const bl_libedit *lib, EditLine *el, const char *key,
                             const char *function) {
  return lib->el_set(el, EL_BIND, key, function, NULL);
}
static inline int bl_el_set_client_data(const bl_libedit *lib, EditLine *el, void *data) {
  return lib->el_set(el, EL_CLIENTDATA, data);
}
static inline void *bl_el_get_client_data(const bl_libedit *lib, EditLine *el) {
  void *data = NULL;
  lib->el_get(el, EL_CLIENTDATA, &data);
  return data;
}

static inline History *bl_history_init(const bl_libedit *lib) { return lib->history_init(); }
static inline void bl_history_end(const bl_libedit *lib, History *h) { lib->history_end(h); }
static inline int bl_history_set_size(const bl_libedit *lib, History *h, int size) {
  HistEvent ev;
  return lib->history(h, &ev, H_SETSIZE, size);
}
static inline int bl_history_set_unique(const bl_libedit *lib, History *h, int unique) {
  HistEvent ev;
  return lib->history(h, &ev, H_SETUNIQUE, unique);
}
static inline int bl_history_enter(const bl_libedit *lib, History *h, const char *line) {
  HistEvent ev;
  return lib->history(h, &ev, H_ENTER, line);
}
static inline int bl_history_load(const bl_libedit *lib, History *h, const char *path) {
  HistEvent ev;
  return lib->history(h, &ev, H_LOAD, path);
}
static inline int bl_history_save(const bl_libedit *lib, History *h, const char *path) {
  HistEvent ev;
  return lib->history(h, &ev, H_SAVE, path);
}

#endif
