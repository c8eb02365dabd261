#pragma once

#include "isolation/WorktreeMerger.h"
#include "run/RunResult.h"

#include <QCoreApplication>
#include <QString>

namespace orch {

// How the results screen words figures and states, in the user's language and locale.
class ResultText
{
    Q_DECLARE_TR_FUNCTIONS(ResultText)

public:
    static QString duration(double seconds);  // "12.5 s", "4 min 05 s", "1 h 02 min"
    static QString cost(double usd);          // "$0.0123", "$1.50"
    static QString status(SubtaskResult::Status status);
    static QString status(RunResult::Status status);
    // A merge outcome for the table: the kind, with the conflicting files or the reason.
    static QString outcome(const MergeOutcome &outcome);
};

} // namespace orch
