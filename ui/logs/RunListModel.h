#pragma once

#include "run/RunStore.h"

#include <QAbstractTableModel>
#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QTimer>

namespace orch {

// Every run of a workspace, newest first: date, task, status, workers (done/total), cost. Read on
// the thread pool (RunStore reads each run's journal); refreshed when the runs folder or a running
// run's folder or journal changes, debounced, with rows updated in place so selections survive.
class RunListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunListModel)

public:
    enum Column { DateColumn, TaskColumn, StatusColumn, WorkersColumn, CostColumn, ColumnCount };
    enum Role { RunIdRole = Qt::UserRole + 1, RunningRole };

    struct Entry
    {
        QString runId;
        QString task;
        QDateTime startedAt;
        RunStore::RunState state = RunStore::RunState::Interrupted;
        QString status;  // result.json's status when finished
        int totalTasks = 0;
        int completedTasks = 0;
        double costUsd = 0;

        bool operator==(const Entry &other) const = default;
    };

    explicit RunListModel(QObject *parent = nullptr);

    void setWorkspace(const QString &workspace);
    QString workspace() const { return m_workspace; }
    // Reads the runs again in the background (also done by itself on changes).
    void refresh();
    bool isRefreshing() const { return m_loading; }
    QString runId(int row) const;
    Entry entry(int row) const { return m_entries.value(row); }
    int rowOf(const QString &runId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(const Entry &entry);
    static QList<Entry> load(const QString &workspace);

signals:
    void refreshed();

private:
    void onLoaded();
    void apply(const QList<Entry> &entries);
    void watch();

    QString m_workspace;
    QList<Entry> m_entries;
    QFileSystemWatcher m_watcher;
    QTimer m_debounce;
    QFutureWatcher<QList<Entry>> m_loader;
    bool m_loading = false;
    bool m_again = false;  // a change arrived while loading
    quint64 m_generation = 0;
};

} // namespace orch
