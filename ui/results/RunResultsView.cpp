#include "RunResultsView.h"

#include "DiffView.h"
#include "DiffHighlighter.h"
#include "ResultText.h"

#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace orch {

namespace {

constexpr int idRole = Qt::UserRole + 1;

QTableWidgetItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setTextAlignment(alignment);
    return item;
}

} // namespace

RunResultsView::RunResultsView(QWidget *parent)
    : QWidget(parent)
{
    connect(&m_loadWatcher, &QFutureWatcherBase::finished, this, &RunResultsView::onLoaded);
    connect(&m_diffWatcher, &QFutureWatcherBase::finished, this, &RunResultsView::onDiffDone);
    connect(&m_mergeWatcher, &QFutureWatcherBase::finished, this, &RunResultsView::onMergeDone);
    connect(&m_mergeAllWatcher, &QFutureWatcherBase::finished, this, &RunResultsView::onMergeAllDone);
    buildUi();
    clear();
}

RunResultsView::~RunResultsView() = default;

void RunResultsView::buildUi()
{
    auto *summary = new QGroupBox(tr("Summary"), this);
    summary->setObjectName(QStringLiteral("summaryBox"));
    auto *summaryLayout = new QHBoxLayout(summary);
    const auto addFigure = [summary, summaryLayout](const QString &name, const QString &label) {
        auto *form = new QFormLayout;
        auto *value = new QLabel(summary);
        value->setObjectName(name);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(label, value);
        summaryLayout->addLayout(form);
        return value;
    };
    m_status = addFigure(QStringLiteral("summaryStatus"), tr("Status:"));
    m_succeeded = addFigure(QStringLiteral("summarySucceeded"), tr("Succeeded:"));
    m_failed = addFigure(QStringLiteral("summaryFailed"), tr("Failed:"));
    m_duration = addFigure(QStringLiteral("summaryDuration"), tr("Duration:"));
    m_cost = addFigure(QStringLiteral("summaryCost"), tr("Cost:"));
    m_tokens = addFigure(QStringLiteral("summaryTokens"), tr("Tokens:"));
    summaryLayout->addStretch();

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("subtaskTable"));
    m_table->setHorizontalHeaderLabels({tr("ID"), tr("Subtask"), tr("Status"), tr("Attempts"), tr("Duration"),
                                        tr("Cost"), tr("Branch"), tr("Files changed"), tr("Merge")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        updateButtons();
        showSelectedDiff();
    });

    m_output = new QPlainTextEdit(this);
    m_output->setObjectName(QStringLiteral("aggregatedOutput"));
    m_output->setReadOnly(true);
    m_output->setPlaceholderText(tr("No output"));

    m_changes = new QWidget(this);
    m_changes->setObjectName(QStringLiteral("changesPage"));
    m_target = new QLabel(m_changes);
    m_target->setObjectName(QStringLiteral("mergeTargetLabel"));
    m_busy = new QProgressBar(m_changes);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);  // no figure to show: an endless bar means "git is working"
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_mergeButton = new QPushButton(tr("&Merge"), m_changes);
    m_mergeButton->setObjectName(QStringLiteral("mergeButton"));
    m_mergeButton->setToolTip(tr("Merge the selected worker's branch into the target branch"));
    m_mergeAllButton = new QPushButton(tr("Merge &All"), m_changes);
    m_mergeAllButton->setObjectName(QStringLiteral("mergeAllButton"));
    m_mergeAllButton->setToolTip(tr("Merge every successful worker's branch, in plan order"));
    connect(m_mergeButton, &QPushButton::clicked, this, &RunResultsView::mergeSelected);
    connect(m_mergeAllButton, &QPushButton::clicked, this, &RunResultsView::mergeAll);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_target, 1);
    bar->addWidget(m_busy);
    bar->addWidget(m_mergeButton);
    bar->addWidget(m_mergeAllButton);

    m_preview = new QListWidget(m_changes);
    m_preview->setObjectName(QStringLiteral("conflictPreview"));
    auto *previewBox = new QWidget(m_changes);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(new QLabel(tr("Files changed by more than one worker:"), previewBox));
    previewLayout->addWidget(m_preview);
    m_diffTitle = new QLabel(m_changes);
    m_diffTitle->setObjectName(QStringLiteral("diffTitle"));
    m_diff = new DiffView(m_changes);
    m_diff->setObjectName(QStringLiteral("diffView"));
    auto *diffBox = new QWidget(m_changes);
    auto *diffLayout = new QVBoxLayout(diffBox);
    diffLayout->setContentsMargins(0, 0, 0, 0);
    diffLayout->addWidget(m_diffTitle);
    diffLayout->addWidget(m_diff);
    auto *changesSplitter = new QSplitter(Qt::Horizontal, m_changes);
    changesSplitter->addWidget(previewBox);
    changesSplitter->addWidget(diffBox);
    changesSplitter->setStretchFactor(1, 3);
    m_message = new QLabel(m_changes);
    m_message->setObjectName(QStringLiteral("changesMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *changesLayout = new QVBoxLayout(m_changes);
    changesLayout->addLayout(bar);
    changesLayout->addWidget(changesSplitter, 1);
    changesLayout->addWidget(m_message);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("resultTabs"));
    m_tabs->addTab(m_output, tr("&Output"));
    m_tabs->addTab(m_changes, tr("&Changes"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(splitter, 1);
}

void RunResultsView::clear()
{
    ++m_generation;
    m_result = {};
    m_worktreeRun = false;
    m_loaded = {};
    m_diffs.clear();
    m_outcomes.clear();
    m_mergingSubtask.clear();
    // Work still running belongs to the old run: its results are dropped on arrival, and the flags
    // go down now so the new run's buttons are usable at once.
    setBusyFlags(false, false, false);
    fillSummary();
    fillTable();
    m_output->clear();
    m_preview->clear();
    m_diff->clearDiff();
    m_diffTitle->clear();
    m_message->clear();
    m_target->clear();
    m_tabs->setTabVisible(m_tabs->indexOf(m_changes), false);
    updateButtons();
}

void RunResultsView::setResult(const RunResult &result, const Config &config)
{
    clear();
    m_result = result;
    m_worktree = config.worktree;
    m_worktreeRun = std::any_of(result.subtaskResults.cbegin(), result.subtaskResults.cend(),
                                [](const SubtaskResult &subtask) { return !subtask.branch.isEmpty(); });
    fillSummary();
    fillTable();
    m_output->setPlainText(result.aggregatedOutput);
    m_tabs->setTabVisible(m_tabs->indexOf(m_changes), m_worktreeRun);
    if (!m_worktreeRun)
        return;

    m_target->setText(tr("Looking for the repository..."));
    m_diff->setMessage(tr("Select a worker to see its changes."));
    ReviewWork::LoadInput input;
    // The repository the run used: WorktreeIsolation looks it up the same way.
    input.startDirectory = m_worktree.repository.isEmpty() ? QDir::currentPath() : m_worktree.repository;
    input.config = m_worktree;
    input.result = result;
    setBusyFlags(true, m_diffing, m_merging);
    m_loadGeneration = m_generation;
    m_loadWatcher.setFuture(QtConcurrent::run(&ReviewWork::load, input));
}

void RunResultsView::fillSummary()
{
    const QLocale locale;
    const bool empty = m_result.subtaskResults.isEmpty() && m_result.runId.isEmpty();
    m_status->setText(empty ? QString() : ResultText::status(m_result.status));
    m_succeeded->setText(empty ? QString() : tr("%1 of %2").arg(m_result.completedTasks()).arg(m_result.totalTasks()));
    m_failed->setText(empty ? QString() : locale.toString(m_result.failedTasks()));
    double workerSeconds = 0;
    qint64 tokensIn = 0;
    qint64 tokensOut = 0;
    for (const SubtaskResult &subtask : std::as_const(m_result.subtaskResults)) {
        workerSeconds += subtask.duration;
        tokensIn += subtask.tokensIn;
        tokensOut += subtask.tokensOut;
    }
    // Wall time when the run recorded it; the workers' time added up shows how much ran in parallel.
    const bool timed = m_result.startedAt.isValid() && m_result.finishedAt.isValid();
    const double wallSeconds = timed ? double(m_result.startedAt.msecsTo(m_result.finishedAt)) / 1000.0 : workerSeconds;
    m_duration->setText(empty ? QString()
                              : tr("%1 (workers: %2)").arg(ResultText::duration(wallSeconds), ResultText::duration(workerSeconds)));
    m_cost->setText(empty ? QString() : ResultText::cost(m_result.totalCostUsd()));
    m_tokens->setText(empty ? QString() : tr("%1 in, %2 out").arg(locale.toString(tokensIn), locale.toString(tokensOut)));
}

void RunResultsView::fillTable()
{
    const QLocale locale;
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_result.subtaskResults.size()));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const SubtaskResult &subtask = m_result.subtaskResults.at(row);
        QTableWidgetItem *id = cell(subtask.id);
        id->setData(idRole, subtask.id);
        m_table->setItem(row, IdColumn, id);
        QTableWidgetItem *title = cell(subtask.task);
        title->setToolTip(subtask.task);
        m_table->setItem(row, TitleColumn, title);
        QTableWidgetItem *status = cell(ResultText::status(subtask.status));
        status->setToolTip(subtask.error);
        m_table->setItem(row, StatusColumn, status);
        m_table->setItem(row, AttemptsColumn, cell(locale.toString(subtask.attempts), right));
        m_table->setItem(row, DurationColumn, cell(ResultText::duration(subtask.duration), right));
        m_table->setItem(row, CostColumn, cell(ResultText::cost(subtask.costUsd), right));
        m_table->setItem(row, BranchColumn, cell(subtask.branch));
        QTableWidgetItem *files = cell(subtask.branch.isEmpty()
                                           ? QString()
                                           : tr("%1 (+%2 -%3)")
                                                 .arg(locale.toString(subtask.filesChanged), locale.toString(subtask.insertions),
                                                      locale.toString(subtask.deletions)),
                                       right);
        files->setToolTip(subtask.files.join(u'\n'));
        m_table->setItem(row, FilesColumn, files);
        m_table->setItem(row, MergeColumn, cell(QString()));
    }
}

void RunResultsView::setMergeCell(int row, const MergeOutcome &outcome)
{
    QTableWidgetItem *item = m_table->item(row, MergeColumn);
    if (!item)
        return;
    item->setText(ResultText::outcome(outcome));
    item->setToolTip(outcome.message);
    // Red that reads on the table's background, light or dark; the default colour when merged.
    const bool dark = DiffHighlighter::isDark(palette().color(QPalette::Base));
    item->setForeground(outcome.ok() ? QBrush() : QBrush(dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xb3, 0x1d, 0x28)));
    QFont font = item->font();
    font.setBold(!outcome.ok());
    item->setFont(font);
}

void RunResultsView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The outcome colours were picked for the old background. This widget gets the event before its
    // children are updated, so the colours follow this palette rather than the table's.
    if (event->type() == QEvent::PaletteChange) {
        for (auto it = m_outcomes.cbegin(); it != m_outcomes.cend(); ++it)
            setMergeCell(rowOf(it.key()), it.value());
    }
}

int RunResultsView::rowOf(const QString &subtaskId) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (const QTableWidgetItem *item = m_table->item(row, IdColumn); item && item->data(idRole).toString() == subtaskId)
            return row;
    }
    return -1;
}

const SubtaskResult *RunResultsView::subtask(const QString &subtaskId) const
{
    for (const SubtaskResult &subtask : m_result.subtaskResults) {
        if (subtask.id == subtaskId)
            return &subtask;
    }
    return nullptr;
}

std::optional<MergeOutcome> RunResultsView::mergeOutcome(const QString &subtaskId) const
{
    const auto it = m_outcomes.constFind(subtaskId);
    return it == m_outcomes.cend() ? std::nullopt : std::optional<MergeOutcome>(*it);
}

bool RunResultsView::selectSubtask(const QString &subtaskId)
{
    const int row = rowOf(subtaskId);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    if (m_worktreeRun && subtask(subtaskId) && !subtask(subtaskId)->branch.isEmpty())
        m_tabs->setCurrentWidget(m_changes);
    return true;
}

bool RunResultsView::selectWorker(int workerId)
{
    for (const SubtaskResult &subtask : std::as_const(m_result.subtaskResults)) {
        if (subtask.workerId == workerId)
            return selectSubtask(subtask.id);
    }
    return false;
}

QString RunResultsView::selectedSubtaskId() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return {};
    const QTableWidgetItem *item = m_table->item(selected.first()->row(), IdColumn);
    return item ? item->data(idRole).toString() : QString();
}

void RunResultsView::onLoaded()
{
    if (m_loadGeneration != m_generation)
        return;
    m_loaded = m_loadWatcher.result();
    setBusyFlags(false, m_diffing, m_merging);
    if (!m_loaded.error.isEmpty()) {
        m_target->setText(tr("No repository to review"));
        m_message->setText(tr("Cannot show the changes: %1").arg(m_loaded.error));
        m_diff->setMessage(m_loaded.error);
    } else if (!m_loaded.targetError.isEmpty()) {
        m_target->setText(tr("Repository: %1").arg(QDir::toNativeSeparators(m_loaded.repository)));
        m_message->setText(tr("Cannot merge: %1").arg(m_loaded.targetError));
    } else {
        m_target->setText(tr("Merge into %1 in %2").arg(m_loaded.target, QDir::toNativeSeparators(m_loaded.repository)));
    }
    showPreview();
    updateButtons();
    showSelectedDiff();
}

void RunResultsView::showPreview()
{
    m_preview->clear();
    if (!m_loaded.previewError.isEmpty()) {
        m_preview->addItem(tr("Preview failed: %1").arg(m_loaded.previewError));
        return;
    }
    if (m_loaded.preview.isEmpty() && m_loaded.error.isEmpty()) {
        m_preview->addItem(tr("None: the workers' changes do not overlap"));
        return;
    }
    for (const WorktreeMerger::SharedFile &file : std::as_const(m_loaded.preview)) {
        auto *item = new QListWidgetItem(file.path, m_preview);
        item->setData(Qt::UserRole, file.path);
        item->setToolTip(tr("Changed by %1").arg(file.branches.join(QStringLiteral(", "))));
    }
}

void RunResultsView::showSelectedDiff()
{
    if (!m_worktreeRun || m_loading || !m_loaded.error.isEmpty())
        return;
    const QString id = selectedSubtaskId();
    const SubtaskResult *selected = subtask(id);
    if (!selected || selected->branch.isEmpty()) {
        m_diffTitle->clear();
        m_diff->setMessage(id.isEmpty() ? tr("Select a worker to see its changes.")
                                        : tr("This subtask has no branch: it made no changes to review."));
        return;
    }
    const QString source = m_loaded.sources.value(id, selected->branch);
    m_diffTitle->setText(tr("Changes of worker %1 (%2)").arg(selected->workerId).arg(source));
    if (const auto it = m_diffs.constFind(id); it != m_diffs.cend()) {
        if (it->diff)
            m_diff->setDiff(it->diff->patch);
        else
            m_diff->setMessage(tr("Cannot show the diff: %1").arg(it->error));
        return;
    }
    m_diff->setMessage(tr("Loading the diff..."));
    if (m_diffing)
        return;  // onDiffDone comes back here for the row selected by then
    setBusyFlags(m_loading, true, m_merging);
    m_diffGeneration = m_generation;
    m_diffWatcher.setFuture(QtConcurrent::run(&ReviewWork::diff, m_loaded.repository, m_worktree, id, source, m_loaded.base));
}

void RunResultsView::onDiffDone()
{
    if (m_diffGeneration != m_generation)
        return;
    const ReviewWork::DiffDone done = m_diffWatcher.result();
    m_diffs.insert(done.subtaskId, done);
    setBusyFlags(m_loading, false, m_merging);
    showSelectedDiff();
}

void RunResultsView::mergeSelected()
{
    const QString id = selectedSubtaskId();
    const SubtaskResult *selected = subtask(id);
    // A diff may be loading meanwhile: it only reads, and its base is fixed, so a merge does not disturb it.
    if (m_loading || m_merging || m_loaded.target.isEmpty() || !selected || selected->branch.isEmpty()
        || selected->status != SubtaskResult::Status::Success)
        return;
    m_mergingSubtask = id;
    m_message->setText(tr("Merging worker %1 into %2...").arg(selected->workerId).arg(m_loaded.target));
    setBusyFlags(m_loading, m_diffing, true);
    m_mergeGeneration = m_generation;
    m_mergeWatcher.setFuture(QtConcurrent::run(&ReviewWork::merge, m_loaded.repository, m_worktree,
                                               m_loaded.sources.value(id, selected->branch), m_loaded.target,
                                               ReviewWork::mergeNote(*selected, m_result.runId)));
}

void RunResultsView::mergeAll()
{
    if (m_loading || m_merging || m_loaded.target.isEmpty() || !m_worktreeRun)
        return;
    m_mergingSubtask.clear();
    m_message->setText(tr("Merging the workers into %1 in plan order...").arg(m_loaded.target));
    setBusyFlags(m_loading, m_diffing, true);
    m_mergeGeneration = m_generation;
    m_mergeAllWatcher.setFuture(
        QtConcurrent::run(&ReviewWork::mergeAll, m_loaded.repository, m_worktree, m_result, m_loaded.target));
}

void RunResultsView::onMergeDone()
{
    if (m_mergeGeneration != m_generation)
        return;
    const MergeOutcome outcome = m_mergeWatcher.result();
    m_outcomes.insert(m_mergingSubtask, outcome);
    setMergeCell(rowOf(m_mergingSubtask), outcome);
    const SubtaskResult *merged = subtask(m_mergingSubtask);
    const int workerId = merged ? merged->workerId : 0;
    finishMerge(outcome.ok(), tr("Worker %1: %2").arg(workerId).arg(outcome.message));
}

void RunResultsView::onMergeAllDone()
{
    if (m_mergeGeneration != m_generation)
        return;
    const WorktreeMerger::RunMerge run = m_mergeAllWatcher.result();
    if (!run.error.isEmpty()) {
        finishMerge(false, tr("Cannot merge: %1").arg(run.error));
        return;
    }
    int merged = 0;
    for (const WorktreeMerger::WorkerMerge &worker : run.merges) {
        m_outcomes.insert(worker.subtaskId, worker.outcome);
        setMergeCell(rowOf(worker.subtaskId), worker.outcome);
        merged += worker.outcome.ok() ? 1 : 0;
    }
    if (run.merges.isEmpty())
        finishMerge(true, tr("No worker branch to merge"));
    else if (merged == run.merges.size())
        finishMerge(true, tr("Merged %n worker branch(es) into %1", nullptr, merged).arg(run.target));
    else
        finishMerge(false, tr("%1 of %2 worker branch(es) not merged into %3; they are unchanged")
                               .arg(run.merges.size() - merged)
                               .arg(run.merges.size())
                               .arg(run.target));
}

void RunResultsView::finishMerge(bool ok, const QString &message)
{
    m_mergingSubtask.clear();
    setBusyFlags(m_loading, m_diffing, false);
    m_message->setText(message);
    emit mergeFinished(ok, message);
}

void RunResultsView::updateButtons()
{
    const SubtaskResult *selected = subtask(selectedSubtaskId());
    const bool ready = m_worktreeRun && !m_loading && !m_merging && !m_loaded.target.isEmpty();
    // Like Merge All (and the command line's --merge), only workers that succeeded are merged.
    const bool mergeable = selected && !selected->branch.isEmpty() && selected->status == SubtaskResult::Status::Success;
    m_mergeButton->setEnabled(ready && mergeable);
    const bool anyMergeable =
        std::any_of(m_result.subtaskResults.cbegin(), m_result.subtaskResults.cend(), [](const SubtaskResult &subtask) {
            return !subtask.branch.isEmpty() && subtask.status == SubtaskResult::Status::Success;
        });
    m_mergeAllButton->setEnabled(ready && anyMergeable);
}

void RunResultsView::setBusyFlags(bool loading, bool diffing, bool merging)
{
    const bool wasBusy = isBusy();
    m_loading = loading;
    m_diffing = diffing;
    m_merging = merging;
    m_busy->setVisible(isBusy());
    updateButtons();
    if (wasBusy != isBusy())
        emit busyChanged(isBusy());
}

} // namespace orch
