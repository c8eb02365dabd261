#pragma once

#include <QString>
#include <QStringList>

namespace orch {

// Which files on disk belong to a run. Blocking (it may read log files): call it off the GUI thread.
//
// The JSONL log of a run: result.json's debug_info.log_file names it once the run has finished.
// A run still going (or interrupted) has no result yet, so the newest orchestrator_*.jsonl in the
// logs folder that is not younger than the run (a process opens its log before it starts a run)
// and holds a line with "run_id":"<id>" is taken. One log file may hold several runs (the GUI
// process logs every run of its session to one file), so the browser also filters the file by
// run id (LogFilter::runId).
class RunLogLocator
{
public:
    static QString logFile(const QString &workspace, const QString &runId, const QString &logsDirectory);
    // transcripts/worker_N.attempt_K.jsonl, by worker then attempt.
    static QStringList transcripts(const QString &workspace, const QString &runId);
    // Whether the file has a line naming this run (read in blocks, stops at the first hit).
    static bool mentionsRun(const QString &path, const QString &runId);
};

} // namespace orch
