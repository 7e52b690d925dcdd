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
#include <string.h>
#include <termios.h>
#include <unistd.h>
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

/* Giving the terminal back from a signal handler. Only async-signal-safe
   calls may be made there (endwin is not one): write(2) of bytes worked out
   beforehand (leave the alternate screen, show the cursor, mouse reports
   and keypad mode off, attributes off) and tcsetattr(3) of the tty modes
   saved before curses started. */
struct byline_signal_reset {
    struct termios shell_modes;
    volatile sig_atomic_t have_shell_modes;
    char bytes[512];
    volatile size_t length;
};

/* (one instance, inside a function: a header's own globals are not emitted
   for a Swift module) */
static inline struct byline_signal_reset *byline_signal_reset_state(void) {
    static struct byline_signal_reset state;
    return &state;
}

static inline void byline_save_shell_modes(void) {
    struct byline_signal_reset *r = byline_signal_reset_state();
    r->have_shell_modes = tcgetattr(STDIN_FILENO, &r->shell_modes) == 0;
}

static inline void byline_set_reset_bytes(const char *bytes) {
    struct byline_signal_reset *r = byline_signal_reset_state();
    size_t n = strlen(bytes);
    if (n >= sizeof r->bytes) n = sizeof r->bytes - 1;
    r->length = 0;
    memcpy(r->bytes, bytes, n);
    r->length = n;
}

static inline void byline_restore_terminal_from_signal(void) {
    struct byline_signal_reset *r = byline_signal_reset_state();
    size_t n = r->length;
    if (n > 0) { ssize_t written = write(STDOUT_FILENO, r->bytes, n); (void)written; }
    if (r->have_shell_modes) tcsetattr(STDIN_FILENO, TCSANOW, &r->shell_modes);
}

/* SIGINT, SIGTERM, SIGHUP, SIGQUIT: the terminal back, then exit 128 + signal. */
static inline void byline_on_fatal_signal(int sig) {
    byline_restore_terminal_from_signal();
    _exit(128 + sig);
}

/* A crash: the terminal back, then the signal again with its default action. */
static inline void byline_on_crash_signal(int sig) {
    byline_restore_terminal_from_signal();
    signal(sig, SIG_DFL);
    raise(sig);
}

static inline void byline_catch_fatal_signal(int sig) { signal(sig, byline_on_fatal_signal); }
static inline void byline_catch_crash_signal(int sig) { signal(sig, byline_on_crash_signal); }

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
