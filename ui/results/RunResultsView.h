#pragma once

#include "ReviewWork.h"
#include "config/Config.h"
#include "isolation/WorktreeMerger.h"
#include "run/RunResult.h"

#include <QFutureWatcher>
#include <QHash>
#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace orch {

class DiffView;

// What a finished run left: a summary (status, succeeded, failed, duration, cost, tokens), one
// table row per subtask, the aggregated output, and for worktree runs the review: the conflict
// preview, the selected worker's diff, and Merge / Merge All through WorktreeMerger with each
// worker's outcome in the table. Git runs on the thread pool; results are dropped when the widget
// is gone or has been given another run meanwhile.
class RunResultsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunResultsView)

public:
    enum Column {
        IdColumn,
        TitleColumn,
        StatusColumn,
        AttemptsColumn,
        DurationColumn,
        CostColumn,
        BranchColumn,
        FilesColumn,
        MergeColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit RunResultsView(QWidget *parent = nullptr);
    ~RunResultsView() override;

    // Shows a run; for a worktree run (a subtask has a branch) starts loading the review in the
    // background. config: the run's configuration (worktree.repository, merge_target, author).
    void setResult(const RunResult &result, const Config &config);
    void clear();

    const RunResult &result() const { return m_result; }
    bool isWorktreeRun() const { return m_worktreeRun; }
    // Loading, a diff or a merge is running.
    bool isBusy() const { return m_loading || m_diffing || m_merging; }
    // The branch merges go into, once loaded; empty when there is none.
    QString mergeTarget() const { return m_loaded.target; }
    // The outcome of the last merge of a subtask's branch, if any.
    std::optional<MergeOutcome> mergeOutcome(const QString &subtaskId) const;

    // Selects a subtask's row (its diff shows when it has a branch); false when there is none.
    bool selectSubtask(const QString &subtaskId);
    // The same by worker number, for WorkersPanel::diffRequested.
    bool selectWorker(int workerId);
    QString selectedSubtaskId() const;

    // What the Merge and Merge All buttons do.
    void mergeSelected();
    void mergeAll();

signals:
    // A merge (one worker or all) finished; message is one line for the status bar.
    void mergeFinished(bool ok, const QString &message);
    void busyChanged(bool busy);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void fillSummary();
    void fillTable();
    void setMergeCell(int row, const MergeOutcome &outcome);
    int rowOf(const QString &subtaskId) const;
    const SubtaskResult *subtask(const QString &subtaskId) const;
    void onLoaded();
    void showPreview();
    void showSelectedDiff();
    void onDiffDone();
    void onMergeDone();
    void onMergeAllDone();
    void finishMerge(bool ok, const QString &message);
    void updateButtons();
    void setBusyFlags(bool loading, bool diffing, bool merging);

    RunResult m_result;
    Config::Worktree m_worktree;
    bool m_worktreeRun = false;
    // Bumped by setResult/clear; each job remembers the generation it started in, and its result
    // is dropped when they differ.
    quint64 m_generation = 0;
    quint64 m_loadGeneration = 0;
    quint64 m_diffGeneration = 0;
    quint64 m_mergeGeneration = 0;
    ReviewWork::Loaded m_loaded;
    bool m_loading = false;
    bool m_diffing = false;
    bool m_merging = false;
    QHash<QString, ReviewWork::DiffDone> m_diffs;  // by subtask id
    QHash<QString, MergeOutcome> m_outcomes;      // by subtask id
    QString m_mergingSubtask;                     // empty while merging all

    // Members, not heap objects: destroying the widget destroys them, and a watcher that is gone
    // delivers nothing, so work that ends later never reaches a deleted widget.
    QFutureWatcher<ReviewWork::Loaded> m_loadWatcher;
    QFutureWatcher<ReviewWork::DiffDone> m_diffWatcher;
    QFutureWatcher<MergeOutcome> m_mergeWatcher;
    QFutureWatcher<WorktreeMerger::RunMerge> m_mergeAllWatcher;

    QLabel *m_status = nullptr;
    QLabel *m_succeeded = nullptr;
    QLabel *m_failed = nullptr;
    QLabel *m_duration = nullptr;
    QLabel *m_cost = nullptr;
    QLabel *m_tokens = nullptr;
    QTableWidget *m_table = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPlainTextEdit *m_output = nullptr;
    QWidget *m_changes = nullptr;
    QLabel *m_target = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_mergeButton = nullptr;
    QPushButton *m_mergeAllButton = nullptr;
    QListWidget *m_preview = nullptr;
    QLabel *m_diffTitle = nullptr;
    DiffView *m_diff = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace orch
