#include "LogBrowser.h"

#include "LogIndex.h"
#include "LogTableModel.h"
#include "LogView.h"
#include "RunListModel.h"
#include "RunLogLocator.h"

#include "run/RunStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <nlohmann/json.hpp>

#include <limits>

namespace orch {

using namespace Qt::StringLiterals;

namespace {

constexpr int textDebounceMs = 200;
constexpr int pathRole = Qt::UserRole + 1;
constexpr int scopeRole = Qt::UserRole + 2;

} // namespace

LogBrowser::LogBrowser(QWidget *parent)
    : QWidget(parent)
    , m_index(new LogIndex(this))
    , m_model(new LogTableModel(m_index, this))
    , m_runs(new RunListModel(this))
{
    m_fileChooser = [](QWidget *dialogParent) {
        return QFileDialog::getOpenFileName(dialogParent, tr("Open Log File"), {},
                                            tr("JSON Lines (*.jsonl);;All files (*)"));
    };
    m_textDebounce.setSingleShot(true);
    m_textDebounce.setInterval(textDebounceMs);
    connect(&m_textDebounce, &QTimer::timeout, this, &LogBrowser::applyFilter);
    connect(&m_locator, &QFutureWatcherBase::finished, this, &LogBrowser::onRunFilesFound);
    buildUi();
}

LogBrowser::~LogBrowser() = default;

void LogBrowser::buildUi()
{
    m_runView = new QTableView(this);
    m_runView->setObjectName(u"runView"_s);
    m_runView->setModel(m_runs);
    m_runView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_runView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_runView->verticalHeader()->hide();
    m_runView->horizontalHeader()->setSectionResizeMode(RunListModel::TaskColumn, QHeaderView::Stretch);
    m_fileList = new QListWidget(this);
    m_fileList->setObjectName(u"fileList"_s);

    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_runView);
    left->addWidget(m_fileList);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 1);

    m_levelMenu = new QMenu(this);
    m_levelButton = new QToolButton(this);
    m_levelButton->setObjectName(u"levelButton"_s);
    m_levelButton->setText(tr("Levels"));
    m_levelButton->setMenu(m_levelMenu);
    m_levelButton->setPopupMode(QToolButton::InstantPopup);
    m_workerCombo = new QComboBox(this);
    m_workerCombo->setObjectName(u"workerCombo"_s);
    m_textEdit = new QLineEdit(this);
    m_textEdit->setObjectName(u"textEdit"_s);
    m_textEdit->setPlaceholderText(tr("Search messages"));
    m_textEdit->setClearButtonEnabled(true);
    m_regexCheck = new QCheckBox(tr("Regular expression"), this);
    m_regexCheck->setObjectName(u"regexCheck"_s);
    m_caseCheck = new QCheckBox(tr("Match case"), this);
    m_caseCheck->setObjectName(u"caseCheck"_s);
    m_openButton = new QPushButton(tr("Open Log File..."), this);
    m_openButton->setObjectName(u"openButton"_s);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_levelButton);
    bar->addWidget(m_workerCombo);
    bar->addWidget(m_textEdit, 1);
    bar->addWidget(m_regexCheck);
    bar->addWidget(m_caseCheck);
    bar->addWidget(m_openButton);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"progress"_s);
    m_progress->setRange(0, 100);
    m_progress->setMaximumHeight(m_progress->sizeHint().height());
    m_progress->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(u"status"_s);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_progress);

    // A view that keeps nothing per row (QTableView's vertical header regrows with every slice).
    m_logView = new LogView(this);
    m_logView->setObjectName(u"logView"_s);
    m_logView->setModel(m_model);
    m_logView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_logView->setTextElideMode(Qt::ElideRight);
    m_logView->setRowHeight(m_logView->fontMetrics().height() + 6);
    m_logView->header()->setStretchLastSection(true);
    m_logView->setColumnWidth(LogTableModel::TimeColumn, m_logView->fontMetrics().horizontalAdvance(u"0000-00-00 00:00:00.000__"_s));
    m_detail = new QPlainTextEdit(this);
    m_detail->setObjectName(u"detail"_s);
    m_detail->setReadOnly(true);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *rightSplit = new QSplitter(Qt::Vertical, this);
    rightSplit->addWidget(m_logView);
    rightSplit->addWidget(m_detail);
    rightSplit->setStretchFactor(0, 3);
    rightSplit->setStretchFactor(1, 1);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(bar);
    rightLayout->addLayout(statusRow);
    rightLayout->addWidget(rightSplit, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(u"browserSplitter"_s);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    rebuildWorkerCombo();
    connect(m_runView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    openRun(m_runs->runId(current.row()));
            });
    connect(m_fileList, &QListWidget::currentRowChanged, this, &LogBrowser::openFileItem);
    connect(m_openButton, &QPushButton::clicked, this, &LogBrowser::chooseLogFile);
    connect(m_workerCombo, &QComboBox::currentIndexChanged, this, &LogBrowser::applyFilter);
    connect(m_textEdit, &QLineEdit::textChanged, &m_textDebounce, qOverload<>(&QTimer::start));
    connect(m_regexCheck, &QCheckBox::toggled, this, &LogBrowser::applyFilter);
    connect(m_caseCheck, &QCheckBox::toggled, this, &LogBrowser::applyFilter);
    connect(m_index, &LogIndex::labelsChanged, this, &LogBrowser::rebuildLevelMenu);
    connect(m_index, &LogIndex::workersChanged, this, &LogBrowser::rebuildWorkerCombo);
    connect(m_index, &LogIndex::activityChanged, this, &LogBrowser::onActivity);
    connect(m_index, &LogIndex::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_index, &LogIndex::errorOccurred, m_status, &QLabel::setText);
    connect(m_logView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LogBrowser::showDetail);
    // Follow the tail of a growing log only while the user is at the bottom.
    connect(m_index, &LogIndex::rowsAboutToBeAppended, this, [this] {
        const QScrollBar *scrollBar = m_logView->verticalScrollBar();
        m_followTail = scrollBar->value() == scrollBar->maximum();
    });
    connect(m_index, &LogIndex::rowsAppended, this, [this] {
        if (m_followTail)
            m_logView->scrollToBottom();
        onActivity();
    });
}

void LogBrowser::setWorkspace(const QString &workspace, const QString &logsDirectory)
{
    m_logsDirectory = logsDirectory.isEmpty() ? QDir(workspace).filePath(u"logs"_s) : logsDirectory;
    m_runs->setWorkspace(workspace);
}

QString LogBrowser::currentFile() const
{
    return m_index->filePath();
}

bool LogBrowser::openLogFile(const QString &path)
{
    return openPath(path, QString());
}

bool LogBrowser::openPath(const QString &path, const QString &scopeRunId)
{
    QString error;
    if (!m_index->open(path, &error)) {
        m_status->setText(error);
        return false;
    }
    m_scopeRunId = scopeRunId;
    applyFilter();
    m_detail->clear();
    m_status->setText(QDir::toNativeSeparators(path));
    emit fileOpened(m_index->filePath());
    return true;
}

void LogBrowser::chooseLogFile()
{
    const QString path = m_fileChooser ? m_fileChooser(this) : QString();
    if (path.isEmpty())
        return;
    m_runView->clearSelection();
    m_runId.clear();
    m_fileList->clear();
    if (!openLogFile(path))
        QMessageBox::warning(this, tr("Open Log File"), m_status->text());
}

void LogBrowser::openRun(const QString &runId)
{
    if (runId.isEmpty() || m_runs->workspace().isEmpty())
        return;
    m_runId = runId;
    m_status->setText(tr("Looking for the log of run %1...").arg(runId));
    m_locator.setFuture(QtConcurrent::run([workspace = m_runs->workspace(), logs = m_logsDirectory, runId] {
        RunFiles files;
        files.runId = runId;
        files.log = RunLogLocator::logFile(workspace, runId, logs);
        files.journal = RunStore(workspace).journalPath(runId);
        files.transcripts = RunLogLocator::transcripts(workspace, runId);
        return files;
    }));
}

void LogBrowser::onRunFilesFound()
{
    const RunFiles files = m_locator.result();
    if (files.runId != m_runId)
        return;
    const QSignalBlocker blocker(m_fileList);
    m_fileList->clear();
    auto add = [this](const QString &text, const QString &path, const QString &scope) {
        auto *item = new QListWidgetItem(text, m_fileList);
        item->setData(pathRole, path);
        item->setData(scopeRole, scope);
        item->setToolTip(QDir::toNativeSeparators(path));
    };
    if (!files.log.isEmpty())
        add(tr("Orchestrator log"), files.log, files.runId);
    if (QFileInfo::exists(files.journal))
        add(tr("Journal"), files.journal, QString());
    static const QRegularExpression transcriptName(u"worker_(\\d+)\\.attempt_(\\d+)"_s);
    for (const QString &path : files.transcripts) {
        const QRegularExpressionMatch match = transcriptName.match(QFileInfo(path).fileName());
        add(match.hasMatch() ? tr("Worker %1, attempt %2 (transcript)").arg(match.captured(1), match.captured(2))
                             : QFileInfo(path).fileName(),
            path, QString());
    }
    if (m_fileList->count() == 0) {
        m_status->setText(tr("No log found for run %1").arg(files.runId));
        return;
    }
    m_fileList->setCurrentRow(0);
    openFileItem(0);
}

void LogBrowser::openFileItem(int row)
{
    const QListWidgetItem *item = m_fileList->item(row);
    if (!item)
        return;
    openPath(item->data(pathRole).toString(), item->data(scopeRole).toString());
}

void LogBrowser::rebuildLevelMenu()
{
    m_levelMenu->clear();
    const QStringList labels = m_index->labels();
    for (const QString &label : labels) {
        QAction *action = m_levelMenu->addAction(label);
        action->setCheckable(true);
        action->setChecked(!m_hiddenLabels.contains(label));
        action->setObjectName(u"level_"_s + label);
        connect(action, &QAction::toggled, this, [this, label](bool shown) {
            if (shown)
                m_hiddenLabels.remove(label);
            else
                m_hiddenLabels.insert(label);
            applyFilter();
        });
    }
    m_levelButton->setEnabled(!labels.isEmpty());
}

void LogBrowser::rebuildWorkerCombo()
{
    const int selected = m_workerCombo->currentData().isValid() ? m_workerCombo->currentData().toInt() : -1;
    const QSignalBlocker blocker(m_workerCombo);
    m_workerCombo->clear();
    m_workerCombo->addItem(tr("All workers"), -1);
    const QList<int> workers = m_index->workers();
    for (const int worker : workers)
        m_workerCombo->addItem(tr("Worker %1").arg(worker), worker);
    const int at = m_workerCombo->findData(selected);
    m_workerCombo->setCurrentIndex(at >= 0 ? at : 0);
}

void LogBrowser::applyFilter()
{
    LogFilter filter;
    filter.hiddenLabels = m_hiddenLabels;
    filter.workerId = m_workerCombo->currentData().isValid() ? m_workerCombo->currentData().toInt() : -1;
    filter.text = m_textEdit->text();
    filter.regex = m_regexCheck->isChecked();
    filter.caseSensitive = m_caseCheck->isChecked();
    filter.runId = m_scopeRunId;
    const bool badRegex = filter.regex && !filter.text.isEmpty() && !QRegularExpression(filter.text).isValid();
    m_textEdit->setToolTip(badRegex ? tr("Invalid regular expression: %1").arg(QRegularExpression(filter.text).errorString())
                                    : QString());
    m_textEdit->setStyleSheet(badRegex ? u"QLineEdit { color: red; }"_s : QString());
    m_index->setFilter(filter);
}

void LogBrowser::showDetail()
{
    const QModelIndex current = m_logView->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const QByteArray raw = current.data(LogTableModel::RawLineRole).toByteArray();
    const nlohmann::json json = nlohmann::json::parse(raw.constBegin(), raw.constEnd(), nullptr, false);
    if (json.is_discarded())
        m_detail->setPlainText(QString::fromUtf8(raw));
    else
        m_detail->setPlainText(QString::fromStdString(json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace)));
}

void LogBrowser::onActivity()
{
    const LogIndex::Activity activity = m_index->activity();
    m_progress->setVisible(activity != LogIndex::Activity::Idle);
    const QString lines = tr("%n line(s)", nullptr, int(std::min<qint64>(m_index->lineCount(), std::numeric_limits<int>::max())));
    switch (activity) {
    case LogIndex::Activity::Indexing:
        m_status->setText(tr("Indexing... %1").arg(lines));
        break;
    case LogIndex::Activity::Filtering:
        m_status->setText(tr("Filtering... %1 of %2 shown").arg(m_model->rowCount()).arg(lines));
        break;
    case LogIndex::Activity::Idle:
        m_status->setText(tr("%1 shown of %2").arg(m_model->rowCount()).arg(lines));
        break;
    }
}

} // namespace orch
