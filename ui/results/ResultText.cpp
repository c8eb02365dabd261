#include "ResultText.h"

#include <QLocale>

namespace orch {

QString ResultText::duration(double seconds)
{
    const QLocale locale;
    if (seconds < 60)
        return tr("%1 s").arg(locale.toString(seconds, 'f', 1));
    const qint64 whole = qint64(seconds + 0.5);
    if (whole < 3600)
        return tr("%1 min %2 s").arg(whole / 60).arg(whole % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 h %2 min").arg(whole / 3600).arg(whole % 3600 / 60, 2, 10, QLatin1Char('0'));
}

QString ResultText::cost(double usd)
{
    // Agent runs often cost fractions of a cent: four decimals below a dollar.
    return tr("$%1").arg(QLocale().toString(usd, 'f', usd < 1 ? 4 : 2));
}

QString ResultText::status(SubtaskResult::Status status)
{
    using Status = SubtaskResult::Status;
    switch (status) {
    case Status::Pending: return tr("Pending");
    case Status::Running: return tr("Running");
    case Status::Success: return tr("Succeeded");
    case Status::Failed: return tr("Failed");
    case Status::Timeout: return tr("Timed out");
    case Status::Cancelled: return tr("Cancelled");
    case Status::Skipped: return tr("Skipped");
    }
    return {};
}

QString ResultText::status(RunResult::Status status)
{
    using Status = RunResult::Status;
    switch (status) {
    case Status::Success: return tr("Succeeded");
    case Status::Partial: return tr("Partly succeeded");
    case Status::Failed: return tr("Failed");
    case Status::Cancelled: return tr("Cancelled");
    }
    return {};
}

QString ResultText::outcome(const MergeOutcome &outcome)
{
    const QString files = outcome.files.join(QStringLiteral(", "));
    switch (outcome.kind) {
    case MergeOutcome::Kind::FastForward: return tr("Fast-forward");
    case MergeOutcome::Kind::MergeCommit: return tr("Merge commit");
    case MergeOutcome::Kind::UpToDate: return tr("Already merged");
    case MergeOutcome::Kind::Conflict: return files.isEmpty() ? tr("Conflict") : tr("Conflict: %1").arg(files);
    case MergeOutcome::Kind::Refused:
        return files.isEmpty() ? tr("Refused: %1").arg(outcome.message) : tr("Refused: %1 in the way").arg(files);
    case MergeOutcome::Kind::Error: return tr("Error: %1").arg(outcome.message);
    }
    return {};
}

} // namespace orch
