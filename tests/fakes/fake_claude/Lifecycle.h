#pragma once

#include "Invocation.h"

#include <string>

#include <sys/types.h>

namespace orch::fake {

// Signals, waiting and the invocation log of one fake_claude process.
//
// SIGTERM, SIGINT and SIGHUP only set a flag (no SA_RESTART), so every wait and write returns
// early and the scenario ends the way the real CLI does (see Scenarios.cpp).
void installStopHandlers();
void ignoreStopSignals();
// The stop signal that arrived, 0 when none.
int stopSignal();

// Sleeps; false when a stop signal cut the sleep short.
bool sleepSeconds(double seconds);
// Sleeps "forever": until a stop signal (true) or, as a safety net so that a broken test never
// leaves a process behind for good, until FAKE_CLAUDE_MAX_HANG_SECONDS (default 3600) pass (false).
bool sleepUntilStopped();

// FAKE_CLAUDE_LOG: when set, each invocation appends one line to that file with O_APPEND (a
// single write, so concurrent runs never interleave), when it ends:
//   PID START_MS END_MS EXIT_CODE {"cwd":..,"scenario":..,"arg":..,"argv":[..][,"signal":N][,"grandchild_pid":N]}
// Times are milliseconds since the epoch, comparable across processes (for concurrency checks).
// EXIT_CODE is 128+N when it killed itself with signal N (crash:SEGV), and 143/0/129 after
// SIGTERM/SIGINT/SIGHUP. A run killed with SIGKILL writes no line. `--version` writes none.
void logStart(const Invocation &inv, const std::string &cwd, const std::string &scenario, const std::string &arg);
void setGrandchildPid(pid_t pid);

// Writes the end record and exits with exitCode.
[[noreturn]] void finish(int exitCode);
// Writes the end record and kills the process with the signal (no core file).
[[noreturn]] void finishBySignal(int signal);

} // namespace orch::fake
