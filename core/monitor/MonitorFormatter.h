#pragma once

#include "monitor/MonitorSnapshot.h"

#include <QCoreApplication>

namespace orch {

// The user guide's text display of a snapshot ("=== Task Execution Monitor ===", a progress bar,
// one line per worker, resources, ETA), for the command line's --monitor.
class MonitorFormatter
{
    Q_DECLARE_TR_FUNCTIONS(MonitorFormatter)

public:
    // columns > 0: fit a terminal that wide (a shorter progress bar; the caller cuts long lines).
    static QString format(const MonitorSnapshot &snapshot, int columns = 0);
    static QString clock(qint64 ms);     // "00:02:15"
    static QString duration(qint64 ms);  // "45s", "1m 30s", "2h 05m"
    static QString bytes(qint64 bytes);  // "1.2 GB", "350 MB"
};

} // namespace orch
