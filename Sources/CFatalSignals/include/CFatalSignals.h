#ifndef CFATALSIGNALS_H
#define CFATALSIGNALS_H

#include <stddef.h>

/// Installs handlers for SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS and SIGFPE on an
/// alternate stack: they write "brokersim: internal error (signal N)" to fd 2,
/// restore the terminal if armed, and _exit(3). Idempotent.
void bs_fatal_install(void);

/// Saves the termios of fd 0 now and the bytes to write to fd 1 on a fatal signal
/// (e.g. leave the alternate screen, show the cursor). At most 256 bytes are kept.
void bs_fatal_arm_terminal(const char *restore_bytes, size_t len);

/// The terminal is back to normal: a fatal signal no longer touches it.
void bs_fatal_disarm_terminal(void);

/// SIGINT, SIGTERM and SIGHUP only record that they arrived.
void bs_term_signals_install(void);

/// Unblocks SIGINT, SIGTERM and SIGHUP in this thread (and the threads it starts later): a
/// parent that blocks them (a thread pool, a test runner) passes its mask on across exec.
void bs_term_signals_unblock(void);

/// The last of SIGINT/SIGTERM/SIGHUP that arrived since the previous call, or 0.
int bs_term_signal_pending(void);

/// Raises the given signal (for tests of the fatal path).
void bs_raise(int sig);

#endif
