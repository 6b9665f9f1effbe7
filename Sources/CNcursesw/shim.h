#ifndef BS_CNCURSESW_SHIM_H
#define BS_CNCURSESW_SHIM_H

// Wide-character curses: these must precede the first curses include so that
// cchar_t, setcchar and wget_wch are declared.
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <pthread.h>
#include <signal.h>
#include <langinfo.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Swift 6 refuses C globals (they are shared mutable state) and does not import
// function-like macros, so each one the terminal needs gets a static inline
// accessor here, all with the prefix bs_.

static inline WINDOW *bs_stdscr(void) { return stdscr; }
static inline int bs_lines(void) { return LINES; }
static inline int bs_cols(void) { return COLS; }
static inline int bs_colors(void) { return COLORS; }
static inline int bs_color_pairs(void) { return COLOR_PAIRS; }
static inline void bs_set_escdelay(int ms) { set_escdelay(ms); }

static inline attr_t bs_a_normal(void) { return A_NORMAL; }
static inline attr_t bs_a_bold(void) { return A_BOLD; }
static inline attr_t bs_a_reverse(void) { return A_REVERSE; }
static inline attr_t bs_a_dim(void) { return A_DIM; }
static inline attr_t bs_a_underline(void) { return A_UNDERLINE; }

static inline int bs_getmaxy(void) { int y, x; getmaxyx(stdscr, y, x); (void)x; return y; }
static inline int bs_getmaxx(void) { int y, x; getmaxyx(stdscr, y, x); (void)y; return x; }

// Glibc's stdin/stdout globals are refused by Swift 6; newterm gets its own FILE*s.
static inline FILE *bs_fdopen(int fd, const char *mode) { return fdopen(fd, mode); }

static inline int bs_locale_is_utf8(void) {
    const char *cs = nl_langinfo(CODESET);
    return cs != NULL && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
}

/// Puts one character with attributes and a colour pair at (y, x) of stdscr.
/// One C call per changed cell: building a cchar_t from Swift costs more code
/// than it is worth.
static inline int bs_put(int y, int x, unsigned int ch, attr_t attrs, short pair) {
    wchar_t wch[2] = { (wchar_t)ch, 0 };
    cchar_t cc;
    if (setcchar(&cc, wch, attrs, pair, NULL) != OK) return ERR;
    return mvwadd_wch(stdscr, y, x, &cc);
}

/// Reads one key: returns OK for a character, KEY_CODE_YES for a function key
/// (KEY_*), ERR on timeout; *out receives the code.
static inline int bs_get_wch(unsigned int *out) {
    wint_t w = 0;
    int r = wget_wch(stdscr, &w);
    *out = (unsigned int)w;
    return r;
}

/// Unblocks SIGINT, SIGTERM, SIGHUP and SIGWINCH in this thread. The signal
/// mask is inherited across exec: a console started by a parent that blocks
/// them (a thread pool worker, some IDEs) would otherwise ignore Ctrl-C, kill
/// and resizes.
static inline void bs_unblock_console_signals(void) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGHUP);
    sigaddset(&set, SIGWINCH);
    pthread_sigmask(SIG_UNBLOCK, &set, NULL);
}

static inline int bs_ok(void) { return OK; }
static inline int bs_err(void) { return ERR; }
static inline int bs_key_code_yes(void) { return KEY_CODE_YES; }

static inline int bs_key_up(void) { return KEY_UP; }
static inline int bs_key_down(void) { return KEY_DOWN; }
static inline int bs_key_left(void) { return KEY_LEFT; }
static inline int bs_key_right(void) { return KEY_RIGHT; }
static inline int bs_key_home(void) { return KEY_HOME; }
static inline int bs_key_end(void) { return KEY_END; }
static inline int bs_key_find(void) { return KEY_FIND; }
static inline int bs_key_select(void) { return KEY_SELECT; }
static inline int bs_key_a1(void) { return KEY_A1; }
static inline int bs_key_c1(void) { return KEY_C1; }
/// Teaches ncurses an escape sequence for a key code, whatever the terminfo entry says.
static inline int bs_define_key(const char *sequence, int code) { return define_key(sequence, code); }
static inline int bs_key_ppage(void) { return KEY_PPAGE; }
static inline int bs_key_npage(void) { return KEY_NPAGE; }
static inline int bs_key_btab(void) { return KEY_BTAB; }
static inline int bs_key_enter(void) { return KEY_ENTER; }
static inline int bs_key_backspace(void) { return KEY_BACKSPACE; }
static inline int bs_key_resize(void) { return KEY_RESIZE; }
static inline int bs_key_mouse(void) { return KEY_MOUSE; }

/// Enables left-button clicks and reports nothing else (no motion events, so
/// the terminal is not flooded).
static inline void bs_enable_clicks(void) {
    mousemask(BUTTON1_CLICKED | BUTTON1_PRESSED, NULL);
    mouseinterval(0);
}

/// The last mouse event: 1 with *y,*x set when it was a left click or press.
static inline int bs_get_click(int *y, int *x) {
    MEVENT ev;
    if (getmouse(&ev) != OK) return 0;
    if ((ev.bstate & (BUTTON1_CLICKED | BUTTON1_PRESSED)) == 0) return 0;
    *y = ev.y;
    *x = ev.x;
    return 1;
}

#endif
