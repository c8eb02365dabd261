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
    static QString format(const MonitorSnapshot &snapshot);
    static QString clock(qint64 ms);     // "00:02:15"
    static QString duration(qint64 ms);  // "45s", "1m 30s", "2h 05m"
    static QString bytes(qint64 bytes);  // "1.2 GB", "350 MB"
};

} // namespace orch
