#include "RunListModel.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace orch {

using namespace Qt::StringLiterals;

namespace {

constexpr int debounceMs = 250;

} // namespace

RunListModel::RunListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &RunListModel::refresh);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(&m_loader, &QFutureWatcherBase::finished, this, &RunListModel::onLoaded);
}

void RunListModel::setWorkspace(const QString &workspace)
{
    m_workspace = workspace;
    ++m_generation;
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    beginResetModel();
    m_entries.clear();
    endResetModel();
    m_loading = false;
    refresh();
}

void RunListModel::refresh()
{
    if (m_workspace.isEmpty())
        return;
    if (m_loading) {
        m_again = true;
        return;
    }
    m_loading = true;
    m_again = false;
    m_loader.setFuture(QtConcurrent::run([workspace = m_workspace] { return load(workspace); }));
}

QList<RunListModel::Entry> RunListModel::load(const QString &workspace)
{
    const RunStore store(workspace);
    QList<Entry> entries;
    const QList<RunStore::RunInfo> runs = store.listRuns();
    for (const RunStore::RunInfo &info : runs) {
        Entry entry{info.runId, info.task, info.startedAt, info.state, info.status, info.totalTasks,
                    info.completedTasks, 0};
        if (const std::optional<RunResult> result = store.loadResult(info.runId)) {
            entry.costUsd = result->totalCostUsd();
            if (!entry.startedAt.isValid())
                entry.startedAt = result->startedAt;
        } else {
            const QHash<QString, SubtaskResult> settled = store.settledSubtasks(info.runId);
            for (const SubtaskResult &subtask : settled)
                entry.costUsd += subtask.costUsd;
        }
        entries << entry;
    }
    return entries;
}

void RunListModel::onLoaded()
{
    if (!m_loading)
        return;  // the workspace changed meanwhile; its own load follows
    m_loading = false;
    apply(m_loader.result());
    watch();
    emit refreshed();
    if (m_again)
        refresh();
}

void RunListModel::apply(const QList<Entry> &entries)
{
    // Both lists are newest first: drop rows that are gone, then insert or update in one walk.
    for (int row = int(m_entries.size()) - 1; row >= 0; --row) {
        const QString id = m_entries[row].runId;
        const bool kept = std::any_of(entries.cbegin(), entries.cend(), [&id](const Entry &e) { return e.runId == id; });
        if (!kept) {
            beginRemoveRows({}, row, row);
            m_entries.removeAt(row);
            endRemoveRows();
        }
    }
    for (int row = 0; row < int(entries.size()); ++row) {
        const Entry &entry = entries[row];
        if (row < m_entries.size() && m_entries[row].runId == entry.runId) {
            if (!(m_entries[row] == entry)) {
                m_entries[row] = entry;
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
            continue;
        }
        beginInsertRows({}, row, row);
        m_entries.insert(row, entry);
        endInsertRows();
    }
}

void RunListModel::watch()
{
    // The runs folder (runs come and go) and, of running runs, the folder (result.json and the
    // lock appear and vanish) and the journal (subtasks settle). Created later: watch the workspace.
    QStringList wanted;
    const RunStore store(m_workspace);
    const QString runs = store.runsDirectory();
    wanted << (QFileInfo(runs).isDir() ? runs : m_workspace);
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.state == RunStore::RunState::Running)
            wanted << store.runDirectory(entry.runId) << store.journalPath(entry.runId);
    }
    QStringList current = m_watcher.files() + m_watcher.directories();
    QStringList stale;
    for (const QString &path : std::as_const(current)) {
        if (!wanted.contains(path))
            stale << path;
    }
    if (!stale.isEmpty())
        m_watcher.removePaths(stale);
    QStringList added;
    for (const QString &path : std::as_const(wanted)) {
        if (!current.contains(path) && QFileInfo::exists(path))
            added << path;
    }
    if (!added.isEmpty())
        m_watcher.addPaths(added);
}

QString RunListModel::runId(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries[row].runId : QString();
}

int RunListModel::rowOf(const QString &runId) const
{
    for (int row = 0; row < int(m_entries.size()); ++row) {
        if (m_entries[row].runId == runId)
            return row;
    }
    return -1;
}

int RunListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RunListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RunListModel::statusText(const Entry &entry)
{
    switch (entry.state) {
    case RunStore::RunState::Running:
        return tr("running");
    case RunStore::RunState::Interrupted:
        return tr("interrupted");
    case RunStore::RunState::Finished:
        break;
    }
    if (entry.status == "success"_L1)
        return tr("succeeded");
    if (entry.status == "partial"_L1)
        return tr("partly succeeded");
    if (entry.status == "failed"_L1)
        return tr("failed");
    if (entry.status == "cancelled"_L1)
        return tr("cancelled");
    return entry.status;
}

QVariant RunListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries[index.row()];
    if (role == RunIdRole)
        return entry.runId;
    if (role == RunningRole)
        return entry.state == RunStore::RunState::Running;
    if (role == Qt::ToolTipRole && index.column() == TaskColumn)
        return entry.task;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DateColumn:
        return entry.startedAt.isValid() ? QLocale().toString(entry.startedAt.toLocalTime(), QLocale::ShortFormat)
                                         : entry.runId;
    case TaskColumn:
        return entry.task.simplified();
    case StatusColumn:
        return statusText(entry);
    case WorkersColumn:
        return tr("%1/%2").arg(entry.completedTasks).arg(entry.totalTasks);
    case CostColumn:
        return QLocale().toCurrencyString(entry.costUsd, u"$"_s, 4);
    default:
        return {};
    }
}

QVariant RunListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TaskColumn:
        return tr("Task");
    case StatusColumn:
        return tr("Status");
    case WorkersColumn:
        return tr("Workers");
    case CostColumn:
        return tr("Cost");
    default:
        return {};
    }
}

} // namespace orch
