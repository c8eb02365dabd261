#pragma once

#include <QMetaType>
#include <QSet>
#include <QString>

namespace orch {

// What the log table shows. An empty filter shows every line.
struct LogFilter
{
    QSet<QString> hiddenLabels;  // levels (DEBUG, INFO, ...) or transcript types not shown
    int workerId = -1;           // -1: every line; otherwise only lines with this worker_id
    QString text;                // substring of the message, or a regular expression
    bool regex = false;
    bool caseSensitive = false;
    // Only the lines of this run when one log file holds several runs (see LogIndexWork::indexSlice).
    QString runId;

    bool isEmpty() const { return hiddenLabels.isEmpty() && workerId < 0 && text.isEmpty() && runId.isEmpty(); }
    bool operator==(const LogFilter &other) const = default;
};

} // namespace orch

Q_DECLARE_METATYPE(orch::LogFilter)
