#ifndef BYLINE_CNCURSES_SHIM_H
#define BYLINE_CNCURSES_SHIM_H

/* SwiftPM drops the -DNCURSES_WIDECHAR that pkg-config would pass, so the
   wide-character API (add_wch, get_wch, cchar_t) is switched on here. */
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

/* Macros and globals that Swift cannot see directly. */
static inline WINDOW *byline_stdscr(void) { return stdscr; }
static inline int byline_lines(void) { return LINES; }
static inline int byline_cols(void) { return COLS; }
static inline int byline_colors(void) { return COLORS; }
static inline int byline_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t byline_a_normal(void) { return A_NORMAL; }
static inline attr_t byline_a_bold(void) { return A_BOLD; }
static inline attr_t byline_a_underline(void) { return A_UNDERLINE; }
static inline attr_t byline_a_reverse(void) { return A_REVERSE; }
static inline attr_t byline_a_dim(void) { return A_DIM; }
static inline attr_t byline_a_italic(void) { return A_ITALIC; }
static inline void byline_getmaxyx(WINDOW *w, int *y, int *x) { getmaxyx(w, *y, *x); }
static inline int byline_key_resize(void) { return KEY_RESIZE; }
static inline int byline_key_mouse(void) { return KEY_MOUSE; }
/* Mouse: the button masks are macros. */
static inline mmask_t byline_mouse_mask(void) {
    return BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON1_DOUBLE_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED;
}
static inline int byline_mouse_is_press(mmask_t state) {
    return (state & (BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON1_DOUBLE_CLICKED)) != 0;
}
static inline int byline_mouse_is_wheel_up(mmask_t state) { return (state & BUTTON4_PRESSED) != 0; }
static inline int byline_mouse_is_wheel_down(mmask_t state) { return (state & BUTTON5_PRESSED) != 0; }
static inline int byline_key_f0(void) { return KEY_F0; }
static inline int byline_err(void) { return ERR; }
static inline int byline_ok(void) { return OK; }
static inline int byline_key_code_yes(void) { return KEY_CODE_YES; }
static inline FILE *byline_stdout_file(void) { return stdout; }
static inline FILE *byline_stdin_file(void) { return stdin; }
/* wcwidth is hidden unless _XOPEN_SOURCE was set before libc's headers. */
extern int wcwidth(wchar_t);
static inline int byline_wcwidth(wchar_t c) { return wcwidth(c); }
static inline const char *byline_codeset(void) { return nl_langinfo(CODESET); }

/* Whether the process was started with `sig` ignored (nohup, a shell's
   `trap '' INT`): such a signal is left ignored rather than caught. */
static inline int byline_signal_is_ignored(int sig) {
    struct sigaction old;
    if (sigaction(sig, NULL, &old) != 0) return 0;
    return old.sa_handler == SIG_IGN;
}

/* Looks `name` up in terminfo without starting curses (initscr would print
   and exit by itself). 1: usable; 0: unknown (or generic) to terminfo;
   -1: no terminfo database; -2: cannot address the cursor (hard copy, no cup). */
static inline int byline_probe_terminal(const char *name, int fd) {
    int err = 0;
    if (setupterm(name, fd, &err) != OK) {
        if (err == -1) return -1;
        if (err == 1) return -2;
        return 0;
    }
    const char *cup = tigetstr("cup");
    int usable = cup != NULL && cup != (const char *)-1;
    del_curterm(cur_term);
    return usable ? 1 : -2;
}

#endif
