#pragma once

#include "logging/LogLevel.h"

#include <QString>

namespace orch {

// How Log::init sets up logging.
struct LogOptions
{
    LogLevel level = LogLevel::Info;
    QString logDir;  // the JSONL file goes here; empty: no file
    ConsoleStream console = ConsoleStream::Stdout;
    QString consoleFile;  // not empty: console lines are appended to this file instead of `console`
};

} // namespace orch
