// RunListModel, RunLogLocator, LogView and the LogBrowser widget on a workspace written by RunStore.
#include "logs/LogBrowser.h"
#include "logs/LogIndex.h"
#include "logs/LogTableModel.h"
#include "logs/LogView.h"
#include "logs/RunListModel.h"
#include "logs/RunLogLocator.h"

#include "logging/JsonlSink.h"
#include "run/RunStore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardItemModel>
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

// rows x 4 cells "r,c", for the LogView tests.
std::unique_ptr<QStandardItemModel> gridModel(int rows)
{
    auto model = std::make_unique<QStandardItemModel>(rows, 4);
    for (int row = 0; row < rows; ++row) {
        for (int col = 0; col < 4; ++col)
            model->setItem(row, col, new QStandardItem(u"%1,%2"_s.arg(row).arg(col)));
    }
    return model;
}

// Styles shade the selection slightly (Fusion: a gradient), so colours are compared loosely.
bool nearColor(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) <= 8 && std::abs(a.green() - b.green()) <= 8 && std::abs(a.blue() - b.blue()) <= 8;
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
    void logViewMapsPointsAndRows();
    void logViewKeyboard_data();
    void logViewKeyboard();
    void logViewSelectsWholeRowsAndPaintsThem();
    void logViewTypingDoesNotSearchRows();
    void logViewFollowsAppendedRows();

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
    auto *logView = browser.findChild<LogView *>(u"logView"_s);
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

void TestLogBrowser::logViewMapsPointsAndRows()
{
    const auto model = gridModel(1000);
    LogView view;
    view.setModel(model.get());
    view.setRowHeight(20);
    view.setColumnWidth(0, 80);
    view.resize(400, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.header()->count(), 4);
    QCOMPARE(view.columnWidth(0), 80);
    QCOMPARE(view.visibleRowCount(), view.viewport()->height() / 20);
    // The scroll bar counts rows: its range ends where the last page starts.
    QTRY_COMPARE(view.verticalScrollBar()->maximum(), 1000 - view.visibleRowCount());

    for (const QModelIndex &index : {model->index(0, 0), model->index(5, 2), model->index(7, 3)}) {
        const QRect rect = view.visualRect(index);
        QVERIFY2(view.viewport()->rect().contains(rect.center()), qPrintable(index.data().toString()));
        QCOMPARE(view.indexAt(rect.center()), index);
    }
    QCOMPARE(view.visualRect(model->index(5, 0)).top(), 5 * 20);
    QCOMPARE(view.visualRect(model->index(5, 1)).left(), 80);

    // Scrolled: the same rows are found at the same points, and rows past the end at none.
    view.scrollTo(model->index(500, 1), QAbstractItemView::PositionAtTop);
    QCOMPARE(view.verticalScrollBar()->value(), 500);
    QCOMPARE(view.indexAt(QPoint(85, 25)), model->index(501, 1));
    QCOMPARE(view.visualRect(model->index(499, 0)).top(), -20);
    view.scrollTo(model->index(999, 0), QAbstractItemView::PositionAtTop);  // clamped to the last page
    QCOMPARE(view.verticalScrollBar()->value(), view.verticalScrollBar()->maximum());
    QVERIFY(view.viewport()->rect().contains(view.visualRect(model->index(999, 0))));
    QCOMPARE(view.indexAt(QPoint(10, view.visibleRowCount() * 20)), QModelIndex());  // row 1000
    view.scrollTo(model->index(10, 0));  // EnsureVisible: scrolls up just enough
    QCOMPARE(view.verticalScrollBar()->value(), 10);
    QCOMPARE(view.rowAt(-1), 9);
    QCOMPARE(view.rowAt(0), 10);
}

void TestLogBrowser::logViewKeyboard_data()
{
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("expected");  // -1: the first row of the second page, -2: the last row
    QTest::addRow("down") << 3 << int(Qt::Key_Down) << 4;
    QTest::addRow("up") << 3 << int(Qt::Key_Up) << 2;
    QTest::addRow("up at the top") << 0 << int(Qt::Key_Up) << 0;
    QTest::addRow("page down") << 0 << int(Qt::Key_PageDown) << -1;
    QTest::addRow("page up at the top") << 2 << int(Qt::Key_PageUp) << 0;
    QTest::addRow("end") << 3 << int(Qt::Key_End) << -2;
    QTest::addRow("home") << 150 << int(Qt::Key_Home) << 0;
    QTest::addRow("down at the end") << 199 << int(Qt::Key_Down) << 199;
}

void TestLogBrowser::logViewKeyboard()
{
    QFETCH(int, start);
    QFETCH(int, key);
    QFETCH(int, expected);
    const auto model = gridModel(200);
    LogView view;
    view.setModel(model.get());
    view.setSelectionMode(QAbstractItemView::SingleSelection);
    view.setRowHeight(20);
    view.resize(400, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setCurrentIndex(model->index(start, 2));
    if (expected == -1)
        expected = view.visibleRowCount();
    else if (expected == -2)
        expected = 199;
    QTest::keyClick(view.viewport(), Qt::Key(key));
    QCOMPARE(view.currentIndex(), model->index(expected, 2));  // the column stays
    QCOMPARE(view.selectionModel()->selectedRows().size(), 1);
    QVERIFY(view.selectionModel()->isRowSelected(expected, {}));
    // The new current row is on screen.
    QVERIFY(view.viewport()->rect().contains(view.visualRect(view.currentIndex())));
}

void TestLogBrowser::logViewTypingDoesNotSearchRows()
{
    // Type-to-find would read every row of a huge log on the GUI thread; typing leaves the row alone.
    const auto model = gridModel(200);
    LogView view;
    view.setModel(model.get());
    view.setSelectionMode(QAbstractItemView::SingleSelection);
    view.resize(400, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setCurrentIndex(model->index(5, 0));
    QTest::keyClicks(view.viewport(), u"17"_s);  // row 17's first cell reads "17,0"
    QCOMPARE(view.currentIndex(), model->index(5, 0));
}

void TestLogBrowser::logViewSelectsWholeRowsAndPaintsThem()
{
    const auto model = gridModel(50);
    LogView view;
    view.setModel(model.get());
    view.setSelectionMode(QAbstractItemView::SingleSelection);
    view.setRowHeight(20);
    view.header()->setStretchLastSection(true);
    view.resize(400, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy current(view.selectionModel(), &QItemSelectionModel::currentRowChanged);

    const QPoint cell = view.visualRect(model->index(3, 1)).center();
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, cell);
    QCOMPARE(view.currentIndex(), model->index(3, 1));
    QCOMPARE(current.size(), 1);
    const QModelIndexList selected = view.selectionModel()->selectedIndexes();
    QCOMPARE(selected.size(), 4);  // every cell of row 3
    for (const QModelIndex &index : selected)
        QCOMPARE(index.row(), 3);

    // A click below the last row selects nothing new; a click on another row moves the selection.
    view.scrollTo(model->index(49, 0));
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.visualRect(model->index(47, 0)).center());
    QCOMPARE(view.selectionModel()->selectedRows(), (QModelIndexList{model->index(47, 0)}));

    // The selected row is painted with the highlight, the others are not (well right of the text).
    const QImage image = view.viewport()->grab().toImage();
    const QColor highlight = view.palette().color(QPalette::Active, QPalette::Highlight);
    const int x = view.viewport()->width() - 10;
    const int selectedY = view.visualRect(model->index(47, 0)).center().y();
    const int otherY = view.visualRect(model->index(46, 0)).center().y();
    const qreal ratio = image.devicePixelRatio();
    const QColor selectedPixel = image.pixelColor(int(x * ratio), int(selectedY * ratio));
    QVERIFY2(nearColor(selectedPixel, highlight), qPrintable(selectedPixel.name()));
    QVERIFY(!nearColor(image.pixelColor(int(x * ratio), int(otherY * ratio)), highlight));
    // The header shows the model's column titles and moves with the horizontal scroll bar.
    QCOMPARE(view.header()->model(), model.get());
    QVERIFY(view.header()->isVisible());
    QCOMPARE(view.viewport()->geometry().top(), view.header()->geometry().bottom() + 1);
}

void TestLogBrowser::logViewFollowsAppendedRows()
{
    QStandardItemModel model(0, 4);
    LogView view;
    view.setModel(&model);
    view.setRowHeight(20);
    view.resize(400, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const auto appendRows = [&model](int count) {
        for (int i = 0; i < count; ++i)
            model.appendRow({new QStandardItem(QString::number(model.rowCount())), new QStandardItem, new QStandardItem, new QStandardItem});
    };
    appendRows(100);
    view.scrollToBottom();  // what the browser does while the user is at the bottom
    QCOMPARE(view.verticalScrollBar()->value(), 100 - view.visibleRowCount());
    QVERIFY(view.viewport()->rect().contains(view.visualRect(model.index(99, 0))));
    appendRows(100);
    view.scrollToBottom();
    QCOMPARE(view.verticalScrollBar()->maximum(), 200 - view.visibleRowCount());
    QCOMPARE(view.verticalScrollBar()->value(), view.verticalScrollBar()->maximum());
    QCOMPARE(view.indexAt(view.visualRect(model.index(199, 0)).center()), model.index(199, 0));
    // Removing rows shrinks the range on the next layout.
    model.removeRows(10, 180);
    QTRY_COMPARE(view.verticalScrollBar()->maximum(), std::max(0, 20 - view.visibleRowCount()));
    model.clear();
    QTRY_COMPARE(view.verticalScrollBar()->maximum(), 0);
    QCOMPARE(view.indexAt(QPoint(5, 5)), QModelIndex());
}

QTEST_MAIN(TestLogBrowser)
#include "tst_logbrowser.moc"
