#include "CFatalSignals.h"

#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

// Everything a handler touches lives here, in C, so that Swift 6 needs no unsafe globals
// and the handlers only call async-signal-safe functions (write, tcsetattr, _exit).
static char restore_bytes[256];
static size_t restore_len;
static struct termios saved_termios;
static volatile sig_atomic_t terminal_armed;
static volatile sig_atomic_t pending_signal;
static int installed;
static char alt_stack[1 << 16];

static void write_all(int fd, const char *p, size_t n) {
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w <= 0) return;
        p += w;
        n -= (size_t)w;
    }
}

static void on_fatal(int sig) {
    if (terminal_armed) {
        write_all(1, restore_bytes, restore_len);
        tcsetattr(0, TCSANOW, &saved_termios);
    }
    char msg[64] = "brokersim: internal error (signal ";
    size_t n = strlen(msg);
    char digits[8];
    int d = 0, s = sig;
    do { digits[d++] = (char)('0' + s % 10); s /= 10; } while (s > 0 && d < 8);
    while (d > 0) msg[n++] = digits[--d];
    msg[n++] = ')';
    msg[n++] = '\n';
    write_all(2, msg, n);
    _exit(3);
}

void bs_fatal_install(void) {
    if (installed) return;
    installed = 1;
    stack_t ss;
    ss.ss_sp = alt_stack;
    ss.ss_size = sizeof alt_stack;
    ss.ss_flags = 0;
    sigaltstack(&ss, NULL);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_fatal;
    sa.sa_flags = SA_ONSTACK | SA_RESETHAND;
    sigemptyset(&sa.sa_mask);
    int sigs[] = {SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE};
    for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++) sigaction(sigs[i], &sa, NULL);
}

void bs_fatal_arm_terminal(const char *bytes, size_t len) {
    terminal_armed = 0;
    if (len > sizeof restore_bytes) len = sizeof restore_bytes;
    memcpy(restore_bytes, bytes, len);
    restore_len = len;
    if (tcgetattr(0, &saved_termios) == 0) terminal_armed = 1;
}

void bs_fatal_disarm_terminal(void) { terminal_armed = 0; }

static void on_term(int sig) { pending_signal = sig; }

void bs_term_signals_install(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_term;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
}

void bs_term_signals_unblock(void) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGHUP);
    pthread_sigmask(SIG_UNBLOCK, &set, NULL);
}

int bs_term_signal_pending(void) {
    int s = pending_signal;
    pending_signal = 0;
    return s;
}

void bs_raise(int sig) { raise(sig); }
