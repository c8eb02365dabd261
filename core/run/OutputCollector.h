#pragma once

#include "run/RunResult.h"

#include <QCoreApplication>

namespace orch {

// Gathers a run's outputs into one folder (RunResult::outputDir) that a next run can be pointed
// at: each subtask's final text, the aggregated output, and a copy of what each worker wrote
// (bounded in size; .git folders and symbolic links are left out).
class OutputCollector
{
    Q_DECLARE_TR_FUNCTIONS(OutputCollector)

public:
    static constexpr qint64 MaxFileBytes = 64LL * 1024 * 1024;
    static constexpr qint64 MaxTotalBytes = 512LL * 1024 * 1024;

    // Returns the folder's absolute path (empty if it cannot be created).
    static QString collect(const RunResult &result, const QString &directory);
};

} // namespace orch
