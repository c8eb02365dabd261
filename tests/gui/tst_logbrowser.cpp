// RunListModel, RunLogLocator and the LogBrowser widget on a workspace written by RunStore.
#include "logs/LogBrowser.h"
#include "logs/LogIndex.h"
#include "logs/LogTableModel.h"
#include "logs/RunListModel.h"
#include "logs/RunLogLocator.h"

#include "logging/JsonlSink.h"
#include "run/RunStore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace orch;

namespace {

const QString finishedId = u"20261129-100000-aaaa"_s;
const QString interruptedId = u"20261129-110000-bbbb"_s;
const QString runningId = u"20261129-120000-cccc"_s;

Plan makePlan(const QString &task, int subtasks)
{
    Plan plan;
    plan.task = task;
    for (int i = 1; i <= subtasks; ++i) {
        Subtask subtask;
        subtask.id = QString::number(i);
        subtask.title = u"part %1"_s.arg(i);
        subtask.prompt = u"do part %1"_s.arg(i);
        plan.subtasks << subtask;
    }
    return plan;
}

std::string logLine(LogLevel level, const std::string &message, LogFields fields)
{
    return JsonlSink::formatLine(std::chrono::system_clock::now(), level, message, &fields);
}

void append(const QString &path, const std::string &text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Append));
    QCOMPARE(file.write(text.data(), qint64(text.size())), qint64(text.size()));
}

QStringList column(const QAbstractItemModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data().toString();
    return values;
}

RunResult finishedResult(const QString &runId, const QString &logFile)
{
    RunResult result;
    result.runId = runId;
    result.status = RunResult::Status::Partial;
    SubtaskResult ok;
    ok.id = u"1"_s;
    ok.status = SubtaskResult::Status::Success;
    ok.workerId = 1;
    ok.costUsd = 0.25;
    SubtaskResult failed = ok;
    failed.id = u"2"_s;
    failed.workerId = 2;
    failed.status = SubtaskResult::Status::Failed;
    result.subtaskResults = {ok, failed};
    result.debugInfo = {{"log_file", logFile.toStdString()}};
    return result;
}

} // namespace

class TestLogBrowser final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void runListShowsRunsAndFollowsChanges();
    void locatorFindsEachRunsLog();
    void browserOpensRunAndFilters();
    void browserOpensTranscript();
    void browserOpensFileFromDisk();

private:
    QString logPath(const QString &name) const { return m_dir->filePath(u"logs/"_s + name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<RunStore> m_running;  // keeps the running run's lock
};

void TestLogBrowser::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir(m_dir->path()).mkpath(u"logs"_s));
    QString error;
    // One finished run with its own log; an interrupted and a running run sharing one log (a GUI
    // session), plus lines of no run at the start.
    append(logPath(u"orchestrator_20261129_100000.jsonl"_s),
           logLine(LogLevel::Info, "Run A started", {{"run_id", finishedId.toStdString()}})
               + logLine(LogLevel::Error, "A worker failed", {{"worker_id", 2}}));
    append(logPath(u"orchestrator_20261129_105900.jsonl"_s),
           logLine(LogLevel::Info, "Task decomposed", {})
               + logLine(LogLevel::Info, "Run B started", {{"run_id", interruptedId.toStdString()}})
               + logLine(LogLevel::Warning, "B worker 1 slow", {{"worker_id", 1}})
               + logLine(LogLevel::Info, "Run C started", {{"run_id", runningId.toStdString()}})
               + logLine(LogLevel::Info, "C worker 1 started", {{"worker_id", 1}})
               + logLine(LogLevel::Debug, "C worker 2 started", {{"worker_id", 2}}));

    RunStore finished(m_dir->path());
    QVERIFY2(finished.create(finishedId, makePlan(u"Build A"_s, 2), &error), qPrintable(error));
    finished.journal("run_started");
    QVERIFY(finished.writeResult(finishedResult(finishedId, logPath(u"orchestrator_20261129_100000.jsonl"_s)), &error));
    finished.close();
    QVERIFY(QDir().mkpath(finished.runDirectory(finishedId) + u"/transcripts"_s));
    append(finished.transcriptPath(finishedId, 1, 1),
           R"({"type":"system","subtype":"init","model":"m"})" "\n"
           R"({"type":"result","subtype":"success","result":"All done"})" "\n");

    RunStore interrupted(m_dir->path());
    QVERIFY(interrupted.create(interruptedId, makePlan(u"Build B"_s, 1), &error));
    interrupted.journal("run_started");
    interrupted.close();

    m_running = std::make_unique<RunStore>(m_dir->path());
    QVERIFY(m_running->create(runningId, makePlan(u"Build C"_s, 3), &error));
    m_running->journal("run_started");
}

void TestLogBrowser::cleanup()
{
    if (m_running)
        m_running->close();
    m_running.reset();
    m_dir.reset();
}

void TestLogBrowser::runListShowsRunsAndFollowsChanges()
{
    RunListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWorkspace(m_dir->path());
    QTRY_COMPARE(model.rowCount(), 3);
    QCOMPARE(model.runId(0), runningId);
    QCOMPARE(column(model, RunListModel::TaskColumn), (QStringList{u"Build C"_s, u"Build B"_s, u"Build A"_s}));
    QCOMPARE(column(model, RunListModel::StatusColumn),
             (QStringList{u"running"_s, u"interrupted"_s, u"partly succeeded"_s}));
    QCOMPARE(column(model, RunListModel::WorkersColumn), (QStringList{u"0/3"_s, u"0/1"_s, u"1/2"_s}));
    QCOMPARE(model.entry(2).costUsd, 0.5);
    QVERIFY(model.index(2, RunListModel::CostColumn).data().toString().contains(u"0.5"_s));
    QVERIFY(model.index(0, 0).data(RunListModel::RunningRole).toBool());
    QVERIFY(!model.index(1, 0).data(RunListModel::RunningRole).toBool());

    // The running run ends: its row changes in place; then a new run appears on top.
    QPersistentModelIndex runningRow = model.index(0, 0);
    RunResult result = finishedResult(runningId, QString());
    result.status = RunResult::Status::Success;
    QString error;
    QVERIFY(m_running->writeResult(result, &error));
    m_running->close();
    QTRY_COMPARE(model.index(0, RunListModel::StatusColumn).data().toString(), u"succeeded"_s);
    QCOMPARE(runningRow.row(), 0);
    RunStore next(m_dir->path());
    QVERIFY(next.create(u"20261129-130000-dddd"_s, makePlan(u"Build D"_s, 1), &error));
    QTRY_COMPARE(model.rowCount(), 4);
    QCOMPARE(model.runId(0), u"20261129-130000-dddd"_s);
    QCOMPARE(runningRow.row(), 1);
    next.close();
    QTRY_COMPARE(model.index(0, RunListModel::StatusColumn).data().toString(), u"interrupted"_s);
    QDir(next.runDirectory(u"20261129-130000-dddd"_s)).removeRecursively();
    QTRY_COMPARE(model.rowCount(), 3);
}

void TestLogBrowser::locatorFindsEachRunsLog()
{
    const QString logs = m_dir->filePath(u"logs"_s);
    QCOMPARE(RunLogLocator::logFile(m_dir->path(), finishedId, logs),
             QFileInfo(logPath(u"orchestrator_20261129_100000.jsonl"_s)).absoluteFilePath());
    const QString shared = QFileInfo(logPath(u"orchestrator_20261129_105900.jsonl"_s)).absoluteFilePath();
    QCOMPARE(RunLogLocator::logFile(m_dir->path(), interruptedId, logs), shared);
    QCOMPARE(RunLogLocator::logFile(m_dir->path(), runningId, logs), shared);
    QCOMPARE(RunLogLocator::logFile(m_dir->path(), u"20261129-090000-eeee"_s, logs), QString());
    const QStringList transcripts = RunLogLocator::transcripts(m_dir->path(), finishedId);
    QCOMPARE(transcripts.size(), 1);
    QVERIFY(transcripts.first().endsWith(u"worker_1.attempt_1.jsonl"_s));
}

void TestLogBrowser::browserOpensRunAndFilters()
{
    LogBrowser browser;
    browser.resize(1200, 700);
    browser.show();
    QAbstractItemModelTester tester(browser.logModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    browser.setWorkspace(m_dir->path());
    auto *runView = browser.findChild<QTableView *>(u"runView"_s);
    auto *logView = browser.findChild<QTableView *>(u"logView"_s);
    auto *files = browser.findChild<QListWidget *>(u"fileList"_s);
    QVERIFY(runView && logView && files);
    QTRY_COMPARE(runView->model()->rowCount(), 3);

    // The running run: its part of the shared log only, and it follows the file as it grows.
    runView->setCurrentIndex(runView->model()->index(0, 0));
    QTRY_COMPARE(files->count(), 2);  // log and journal
    const QString shared = QFileInfo(logPath(u"orchestrator_20261129_105900.jsonl"_s)).absoluteFilePath();
    QTRY_COMPARE(browser.currentFile(), shared);
    const LogTableModel *model = browser.logModel();
    QTRY_COMPARE(column(*model, LogTableModel::MessageColumn),
                 (QStringList{u"Run C started"_s, u"C worker 1 started"_s, u"C worker 2 started"_s}));
    browser.logIndex()->setPollInterval(50);
    append(shared, logLine(LogLevel::Error, "C worker 2 failed", {{"worker_id", 2}}));
    QTRY_COMPARE(model->rowCount(), 4);

    // Text filter, typed.
    auto *text = browser.findChild<QLineEdit *>(u"textEdit"_s);
    QTest::keyClicks(text, u"WORKER 2"_s);
    QTRY_COMPARE(column(*model, LogTableModel::MessageColumn),
                 (QStringList{u"C worker 2 started"_s, u"C worker 2 failed"_s}));
    // Regular expression, then match case.
    text->setText(u"worker \\d started$"_s);
    browser.findChild<QCheckBox *>(u"regexCheck"_s)->setChecked(true);
    QTRY_COMPARE(column(*model, LogTableModel::MessageColumn),
                 (QStringList{u"C worker 1 started"_s, u"C worker 2 started"_s}));
    browser.findChild<QCheckBox *>(u"caseCheck"_s)->setChecked(true);
    text->setText(u"^C Worker"_s);
    QTRY_COMPARE(model->rowCount(), 0);
    text->clear();
    browser.findChild<QCheckBox *>(u"regexCheck"_s)->setChecked(false);
    QTRY_COMPARE(model->rowCount(), 4);

    // Worker combo and level menu.
    auto *workers = browser.findChild<QComboBox *>(u"workerCombo"_s);
    QTRY_COMPARE(workers->count(), 3);  // all, 1, 2
    workers->setCurrentIndex(workers->findData(2));
    QTRY_COMPARE(column(*model, LogTableModel::MessageColumn),
                 (QStringList{u"C worker 2 started"_s, u"C worker 2 failed"_s}));
    auto *debug = browser.findChild<QAction *>(u"level_DEBUG"_s);
    QVERIFY(debug && debug->isChecked());
    debug->setChecked(false);
    QTRY_COMPARE(column(*model, LogTableModel::MessageColumn), (QStringList{u"C worker 2 failed"_s}));

    // The detail pane: the selected line's JSON, pretty-printed.
    logView->setCurrentIndex(model->index(0, LogTableModel::MessageColumn));
    const QString detail = browser.findChild<QPlainTextEdit *>(u"detail"_s)->toPlainText();
    QVERIFY2(detail.contains(u"\n  \"level\": \"ERROR\""_s), qPrintable(detail));
    QVERIFY(detail.contains(u"\"worker_id\": 2"_s));

    // Another run of the same file shows its own lines (lines before its first run_id included).
    debug->setChecked(true);
    workers->setCurrentIndex(0);
    runView->setCurrentIndex(runView->model()->index(1, 0));
    QTRY_COMPARE(column(*model, LogTableModel::MessageColumn),
                 (QStringList{u"Task decomposed"_s, u"Run B started"_s, u"B worker 1 slow"_s}));
    // The journal of the run, from the file list.
    files->setCurrentRow(1);
    QTRY_VERIFY(browser.currentFile().endsWith(u"journal.jsonl"_s));
    QTRY_COMPARE(model->rowCount(), 1);
}

void TestLogBrowser::browserOpensTranscript()
{
    LogBrowser browser;
    browser.show();
    browser.setWorkspace(m_dir->path());
    auto *runView = browser.findChild<QTableView *>(u"runView"_s);
    auto *files = browser.findChild<QListWidget *>(u"fileList"_s);
    QTRY_COMPARE(runView->model()->rowCount(), 3);
    runView->setCurrentIndex(runView->model()->index(2, 0));
    QTRY_COMPARE(files->count(), 3);  // log, journal, one transcript
    QCOMPARE(files->item(2)->text(), u"Worker 1, attempt 1 (transcript)"_s);
    QTRY_COMPARE(column(*browser.logModel(), LogTableModel::MessageColumn),
                 (QStringList{u"Run A started"_s, u"A worker failed"_s}));
    files->setCurrentRow(2);
    QTRY_COMPARE(column(*browser.logModel(), LogTableModel::LevelColumn), (QStringList{u"system"_s, u"result"_s}));
    QCOMPARE(browser.logModel()->index(1, LogTableModel::MessageColumn).data().toString(), u"All done"_s);
    QVERIFY(browser.findChild<QAction *>(u"level_result"_s));
}

void TestLogBrowser::browserOpensFileFromDisk()
{
    const QString path = m_dir->filePath(u"elsewhere.jsonl"_s);
    std::string text;
    for (int i = 0; i < 50; ++i)
        text += logLine(LogLevel::Info, "line " + std::to_string(i), {{"worker_id", i % 5}});
    append(path, text);
    LogBrowser browser;
    browser.show();
    QSignalSpy opened(&browser, &LogBrowser::fileOpened);
    int asked = 0;
    browser.setFileChooser([&asked, &path](QWidget *) {
        ++asked;
        return path;
    });
    QTest::mouseClick(browser.findChild<QPushButton *>(u"openButton"_s), Qt::LeftButton);
    QCOMPARE(asked, 1);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(browser.currentFile(), QFileInfo(path).absoluteFilePath());
    QTRY_COMPARE(browser.logModel()->rowCount(), 50);
    QTRY_COMPARE(browser.findChild<QComboBox *>(u"workerCombo"_s)->count(), 6);
    QVERIFY(!browser.openLogFile(m_dir->filePath(u"missing.jsonl"_s)));
    QCOMPARE(opened.size(), 1);
    QCOMPARE(browser.currentFile(), QFileInfo(path).absoluteFilePath());  // the open file stays
}

QTEST_MAIN(TestLogBrowser)
#include "tst_logbrowser.moc"
