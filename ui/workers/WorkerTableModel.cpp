#include "WorkerTableModel.h"

#include "agent/AgentEvent.h"
#include "monitor/Monitor.h"
#include "planning/Plan.h"
#include "run/Orchestrator.h"

#include <QColor>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

#include <algorithm>

namespace orch {

namespace {

// Worker states are told apart by colour and shape; the status text says it in words too.
QIcon paintedIcon(const QColor &color, bool filled, bool crossed)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(color, 3));
    painter.setBrush(filled ? QBrush(color) : QBrush(Qt::NoBrush));
    painter.drawEllipse(QRectF(4, 4, 24, 24));
    if (crossed) {
        painter.setPen(QPen(filled ? QColor(Qt::white) : color, 3));
        painter.drawLine(QPointF(11, 11), QPointF(21, 21));
        painter.drawLine(QPointF(21, 11), QPointF(11, 21));
    }
    return QIcon(pixmap);
}

QString formatDuration(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    if (seconds < 3600)
        return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

WorkerTableModel::WorkerTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(100);
    connect(&m_flushTimer, &QTimer::timeout, this, &WorkerTableModel::flush);
    m_tickTimer.setInterval(1000);
    connect(&m_tickTimer, &QTimer::timeout, this, &WorkerTableModel::markRunningDirty);
}

void WorkerTableModel::setOrchestrator(Orchestrator *orchestrator)
{
    if (m_orchestrator)
        disconnect(m_orchestrator, nullptr, this, nullptr);
    m_orchestrator = orchestrator;
    if (!orchestrator)
        return;
    connect(orchestrator, &Orchestrator::planReady, this, &WorkerTableModel::setPlan);
    connect(orchestrator, &Orchestrator::runStarted, this, [this] {
        if (m_orchestrator)
            setResults(m_orchestrator->subtaskResults());
    });
    connect(orchestrator, &Orchestrator::workerStarted, this, &WorkerTableModel::workerStarted);
    connect(orchestrator, &Orchestrator::workerEvents, this, &WorkerTableModel::addEvents);
    connect(orchestrator, &Orchestrator::retryScheduled, this,
            [this](int workerId, int, int, const QString &) { retryScheduled(workerId); });
    connect(orchestrator, &Orchestrator::workerFinished, this, &WorkerTableModel::workerFinished);
    connect(orchestrator, &Orchestrator::waitingForResources, this,
            [this](const QString &reason) { setWaitingForResources(!reason.isEmpty()); });
    connect(orchestrator, &Orchestrator::runFinished, this, [this] {
        setWaitingForResources(false);
        flush();
    });
}

void WorkerTableModel::setMonitor(Monitor *monitor)
{
    if (m_monitor)
        disconnect(m_monitor, nullptr, this, nullptr);
    m_monitor = monitor;
    if (monitor)
        connect(monitor, &Monitor::snapshotReady, this, &WorkerTableModel::applySnapshot);
}

void WorkerTableModel::setPlan(const Plan &plan)
{
    QList<Row> rows;
    rows.reserve(plan.subtasks.size());
    for (qsizetype i = 0; i < plan.subtasks.size(); ++i) {
        Row row;
        row.workerId = int(i) + 1;
        row.subtaskId = plan.subtasks.at(i).id;
        row.title = plan.subtasks.at(i).title;
        rows << row;
    }
    replaceRows(std::move(rows));
}

void WorkerTableModel::setResults(const QList<SubtaskResult> &results)
{
    QList<Row> rows;
    rows.reserve(results.size());
    for (const SubtaskResult &result : results) {
        Row row;
        row.workerId = result.workerId;
        row.subtaskId = result.id;
        row.title = result.task;
        row.state = stateOf(result.status, false);
        row.attempt = result.attempts;
        row.settledMs = qint64(result.duration * 1000);
        row.costUsd = result.costUsd;
        row.tokensIn = result.tokensIn;
        row.tokensOut = result.tokensOut;
        row.error = result.error;
        row.workdir = result.workdir;
        row.branch = result.branch;
        rows << row;
    }
    replaceRows(std::move(rows));
}

void WorkerTableModel::replaceRows(QList<Row> rows)
{
    // Pending changes refer to the old rows.
    m_dirty.clear();
    m_flushTimer.stop();
    if (!m_rows.isEmpty()) {
        beginRemoveRows({}, 0, int(m_rows.size()) - 1);
        m_rows.clear();
        m_rowOfWorker.clear();
        endRemoveRows();
    }
    if (rows.isEmpty())
        return;
    // One insertion for the whole plan.
    beginInsertRows({}, 0, int(rows.size()) - 1);
    m_rows = std::move(rows);
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        refreshDisplayedState(m_rows[i]);
        m_rowOfWorker.insert(m_rows.at(i).workerId, int(i));
    }
    endInsertRows();
}

const WorkerTableModel::Row *WorkerTableModel::worker(int workerId) const
{
    const int row = rowOfWorker(workerId);
    return row >= 0 ? &m_rows.at(row) : nullptr;
}

void WorkerTableModel::workerStarted(int workerId, const QString &title, int attempt)
{
    const int index = rowOfWorker(workerId);
    if (index < 0)
        return;
    Row &row = m_rows[index];
    if (!title.isEmpty())
        row.title = title;
    row.state = State::Running;
    row.waitingToRetry = false;
    row.attempt = attempt;
    row.error.clear();
    row.runningClock.start();
    if (m_orchestrator && row.workdir.isEmpty()) {
        // The folder is known once the attempt starts; the signal does not carry it.
        const QList<SubtaskResult> results = m_orchestrator->subtaskResults();
        for (const SubtaskResult &result : results) {
            if (result.workerId == workerId)
                row.workdir = result.workdir;
        }
    }
    markDirty(index);
    m_tickTimer.start();
}

void WorkerTableModel::addEvents(int workerId, const QList<AgentEvent> &events)
{
    const int index = rowOfWorker(workerId);
    if (index < 0 || events.isEmpty())
        return;
    Row &row = m_rows[index];
    bool changed = false;
    bool haveActivity = false;
    // A batch can hold thousands of events: only the latest activity and a result matter.
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        if (it->kind == AgentEvent::Kind::Result && it->result) {
            // Live figures for this attempt; workerFinished brings the totals over all attempts.
            row.costUsd = it->result->costUsd;
            row.tokensIn = it->result->inputTokens;
            row.tokensOut = it->result->outputTokens;
            changed = true;
        } else if (!haveActivity
                   && (it->kind == AgentEvent::Kind::ToolUse || it->kind == AgentEvent::Kind::AssistantText)) {
            QString text = it->text.simplified();
            if (text.size() > 200)
                text = text.left(199) + QChar(0x2026);
            if (text != row.activity) {
                row.activity = text;
                changed = true;
            }
            haveActivity = true;
        }
    }
    if (changed)
        markDirty(index);
}

void WorkerTableModel::retryScheduled(int workerId)
{
    const int index = rowOfWorker(workerId);
    if (index < 0)
        return;
    Row &row = m_rows[index];
    if (row.runningClock.isValid()) {
        row.settledMs += row.runningClock.elapsed();
        row.runningClock.invalidate();
    }
    row.waitingToRetry = true;
    row.state = State::Waiting;
    markDirty(index);
}

void WorkerTableModel::workerFinished(const SubtaskResult &result)
{
    const int index = rowOfWorker(result.workerId);
    if (index < 0)
        return;
    Row &row = m_rows[index];
    row.runningClock.invalidate();
    row.waitingToRetry = false;
    row.state = stateOf(result.status, false);
    row.attempt = result.attempts;
    row.settledMs = qint64(result.duration * 1000);
    row.costUsd = result.costUsd;
    row.tokensIn = result.tokensIn;
    row.tokensOut = result.tokensOut;
    row.error = result.error;
    row.cpuPercent = 0;
    row.residentBytes = 0;
    if (!result.workdir.isEmpty())
        row.workdir = result.workdir;
    row.branch = result.branch;
    markDirty(index);
}

void WorkerTableModel::applySnapshot(const MonitorSnapshot &snapshot)
{
    for (const WorkerSnapshot &w : snapshot.workers) {
        const int index = rowOfWorker(w.workerId);
        if (index < 0)
            continue;
        Row &row = m_rows[index];
        bool changed = false;
        auto update = [&changed](auto &field, const auto &value) {
            if (field != value) {
                field = value;
                changed = true;
            }
        };
        update(row.cpuPercent, w.cpuPercent);
        update(row.residentBytes, w.residentBytes);
        if (!w.lastActivity.isEmpty())
            update(row.activity, w.lastActivity);
        // The signals are authoritative for state; the snapshot only fills in what was missed.
        if (!w.title.isEmpty())
            update(row.title, w.title);
        if (w.attempt > row.attempt)
            update(row.attempt, w.attempt);
        if (changed)
            markDirty(index);
    }
}

void WorkerTableModel::setWaitingForResources(bool waiting)
{
    if (m_waitingForResources == waiting)
        return;
    m_waitingForResources = waiting;
    for (int i = 0; i < m_rows.size(); ++i) {
        const State before = m_rows.at(i).state;
        refreshDisplayedState(m_rows[i]);
        if (m_rows.at(i).state != before)
            markDirty(i);
    }
}

void WorkerTableModel::refreshDisplayedState(Row &row)
{
    if (row.state == State::Queued || row.state == State::Waiting)
        row.state = (m_waitingForResources || row.waitingToRetry) ? State::Waiting : State::Queued;
}

void WorkerTableModel::markDirty(int row)
{
    m_dirty.insert(row);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void WorkerTableModel::markRunningDirty()
{
    bool anyRunning = false;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).runningClock.isValid()) {
            markDirty(i);
            anyRunning = true;
        }
    }
    if (!anyRunning)
        m_tickTimer.stop();
}

void WorkerTableModel::flush()
{
    m_flushTimer.stop();
    if (m_dirty.isEmpty())
        return;
    const int touched = int(m_dirty.size());
    if (touched * 2 > m_rows.size()) {
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    } else {
        QList<int> rows(m_dirty.cbegin(), m_dirty.cend());
        std::sort(rows.begin(), rows.end());
        for (const int row : std::as_const(rows))
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    m_dirty.clear();
    emit batchPublished(touched);
}

WorkerTableModel::State WorkerTableModel::stateOf(SubtaskResult::Status status, bool waiting)
{
    switch (status) {
    case SubtaskResult::Status::Pending:
        return waiting ? State::Waiting : State::Queued;
    case SubtaskResult::Status::Running:
        return State::Running;
    case SubtaskResult::Status::Success:
        return State::Succeeded;
    case SubtaskResult::Status::Failed:
        return State::Failed;
    case SubtaskResult::Status::Timeout:
        return State::TimedOut;
    case SubtaskResult::Status::Cancelled:
        return State::Cancelled;
    case SubtaskResult::Status::Skipped:
        return State::Skipped;
    }
    return State::Queued;
}

QString WorkerTableModel::stateName(State state)
{
    switch (state) {
    case State::Queued:
        return tr("Queued");
    case State::Waiting:
        return tr("Waiting");
    case State::Running:
        return tr("Running");
    case State::Succeeded:
        return tr("Succeeded");
    case State::Failed:
        return tr("Failed");
    case State::TimedOut:
        return tr("Timed out");
    case State::Cancelled:
        return tr("Cancelled");
    case State::Skipped:
        return tr("Skipped");
    }
    return {};
}

QIcon WorkerTableModel::stateIcon(State state)
{
    static QHash<int, QIcon> cache;
    const auto found = cache.constFind(int(state));
    if (found != cache.cend())
        return *found;
    // Colour, filled (it ran), crossed (it did not succeed), by State.
    struct Look
    {
        QColor colour;
        bool filled;
        bool crossed;
    };
    static const QHash<int, Look> looks = {
        {int(State::Queued), {QColor(0x80, 0x80, 0x80), false, false}},
        {int(State::Waiting), {QColor(0xd0, 0x9a, 0x00), false, false}},
        {int(State::Running), {QColor(0x1e, 0x7b, 0xd6), true, false}},
        {int(State::Succeeded), {QColor(0x2e, 0x9d, 0x3c), true, false}},
        {int(State::Failed), {QColor(0xd0, 0x30, 0x30), true, true}},
        {int(State::TimedOut), {QColor(0xe0, 0x70, 0x10), true, true}},
        {int(State::Cancelled), {QColor(0x60, 0x60, 0x60), false, true}},
        {int(State::Skipped), {QColor(0xa0, 0xa0, 0xa0), false, true}},
    };
    const Look look = looks.value(int(state));
    const QIcon icon = paintedIcon(look.colour, look.filled, look.crossed);
    cache.insert(int(state), icon);
    return icon;
}

int WorkerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WorkerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return stateIcon(row.state);
        return {};
    case Qt::ToolTipRole:
        return toolTip(row);
    case Qt::TextAlignmentRole:
        if (index.column() != TitleColumn && index.column() != StatusColumn && index.column() != ActivityColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortValue(row, index.column());
    case WorkerIdRole:
        return row.workerId;
    case StateRole:
        return int(row.state);
    default:
        return {};
    }
}

QVariant WorkerTableModel::display(const Row &row, int column) const
{
    const QLocale locale;
    switch (column) {
    case IdColumn:
        return row.workerId;
    case TitleColumn:
        return row.title;
    case StatusColumn:
        return stateName(row.state);
    case AttemptColumn:
        return row.attempt > 0 ? QVariant(row.attempt) : QVariant();
    case DurationColumn:
        return row.attempt > 0 ? formatDuration(row.durationMs()) : QString();
    case CpuColumn:
        return row.state == State::Running ? tr("%1%").arg(locale.toString(row.cpuPercent, 'f', 0)) : QString();
    case MemoryColumn:
        return row.residentBytes > 0 ? locale.formattedDataSize(row.residentBytes, 1) : QString();
    case CostColumn:
        return row.costUsd > 0 ? tr("$%1").arg(locale.toString(row.costUsd, 'f', 4)) : QString();
    case TokensColumn:
        return row.tokensIn + row.tokensOut > 0 ? locale.toString(row.tokensIn + row.tokensOut) : QString();
    case ActivityColumn:
        return row.state == State::Running || row.error.isEmpty() ? row.activity : row.error;
    default:
        return {};
    }
}

QVariant WorkerTableModel::sortValue(const Row &row, int column) const
{
    switch (column) {
    case IdColumn:
        return row.workerId;
    case StatusColumn:
        return int(row.state);
    case AttemptColumn:
        return row.attempt;
    case DurationColumn:
        return row.durationMs();
    case CpuColumn:
        return row.cpuPercent;
    case MemoryColumn:
        return row.residentBytes;
    case CostColumn:
        return row.costUsd;
    case TokensColumn:
        return row.tokensIn + row.tokensOut;
    default:
        return display(row, column);
    }
}

QString WorkerTableModel::toolTip(const Row &row) const
{
    QString tip = tr("Worker %1: %2\n%3").arg(row.workerId).arg(row.title, stateName(row.state));
    if (row.attempt > 1)
        tip += u'\n' + tr("Attempt %1").arg(row.attempt);
    if (row.tokensIn + row.tokensOut > 0)
        tip += u'\n' + tr("Tokens: %1 in, %2 out").arg(row.tokensIn).arg(row.tokensOut);
    if (!row.branch.isEmpty())
        tip += u'\n' + tr("Branch: %1").arg(row.branch);
    if (!row.error.isEmpty())
        tip += u'\n' + row.error;
    return tip;
}

QVariant WorkerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("#");
    case TitleColumn:
        return tr("Subtask");
    case StatusColumn:
        return tr("Status");
    case AttemptColumn:
        return tr("Attempt");
    case DurationColumn:
        return tr("Duration");
    case CpuColumn:
        return tr("CPU");
    case MemoryColumn:
        return tr("Memory");
    case CostColumn:
        return tr("Cost");
    case TokensColumn:
        return tr("Tokens");
    case ActivityColumn:
        return tr("Last activity");
    default:
        return {};
    }
}

} // namespace orch
