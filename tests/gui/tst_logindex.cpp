// LogIndex and LogTableModel: indexing, filters, live growth and a big file off the GUI thread.
#include "logs/LogIndex.h"
#include "logs/LogTableModel.h"

#include "logging/JsonlSink.h"
#include "logging/LogFields.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace orch;

namespace {

std::string logLine(LogLevel level, const std::string &message, LogFields fields = LogFields::object())
{
    return JsonlSink::formatLine(std::chrono::system_clock::now(), level, message, &fields);
}

void append(const QString &path, const std::string &text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Append));
    QCOMPARE(file.write(text.data(), qint64(text.size())), qint64(text.size()));
}

bool isIdle(const LogIndex &index)
{
    return index.activity() == LogIndex::Activity::Idle;
}

// Ten lines of two runs; worker 1 and 2; one message with escapes and non-ASCII text.
std::string sampleLog()
{
    std::string text;
    text += logLine(LogLevel::Info, "Task decomposed into 2 subtasks");
    text += logLine(LogLevel::Info, "Run A started", {{"event", "run_started"}, {"run_id", "run-a"}});
    text += logLine(LogLevel::Debug, "Worker 1 started", {{"worker_id", 1}});
    text += logLine(LogLevel::Warning, "Worker 2 said \"h\u00e9llo\"\n\tbye", {{"worker_id", 2}});
    text += logLine(LogLevel::Error, "Worker 2 failed: ALPHA timeout", {{"worker_id", 2}, {"run_id", "run-a"}});
    text += logLine(LogLevel::Info, "task 7 done", {{"worker_id", 1}});
    text += logLine(LogLevel::Info, "Run B started", {{"event", "run_started"}, {"run_id", "run-b"}});
    text += logLine(LogLevel::Info, "Worker 1 alpha output", {{"worker_id", 1}});
    text += logLine(LogLevel::Error, "task 12 done", {{"worker_id", 3}, {"run_id", "run-b"}});
    text += logLine(LogLevel::Debug, "Run B finished");
    return text;
}

} // namespace

class TestLogIndex final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void indexesLines();
    void filters_data();
    void filters();
    void newFilterReplacesRunningOne();
    void parallelFilterSlicesKeepLineOrder();
    void parallelIndexSlicesMatchOneSlice();
    void followsGrowingFile();
    void transcriptShowsTypes();
    void rawSearchAgreesWithDecodedText_data();
    void rawSearchAgreesWithDecodedText();
    void bigFileKeepsEventLoopResponsive();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestLogIndex::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestLogIndex::indexesLines()
{
    const QString path = m_dir->filePath(u"a.jsonl"_s);
    append(path, sampleLog());
    LogIndex index;
    LogTableModel model(&index);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!index.open(m_dir->filePath(u"missing.jsonl"_s)));
    QVERIFY(index.open(path));
    QTRY_COMPARE(model.rowCount(), 10);
    QTRY_VERIFY(isIdle(index));
    QCOMPARE(index.labels(), (QStringList{u"INFO"_s, u"DEBUG"_s, u"WARNING"_s, u"ERROR"_s}));
    QCOMPARE(index.workers(), (QList<int>{1, 2, 3}));
    QCOMPARE(index.runIds(), (QStringList{u"run-a"_s, u"run-b"_s}));

    const auto cell = [&model](int row, int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(cell(3, LogTableModel::LevelColumn), u"WARNING"_s);
    QCOMPARE(cell(3, LogTableModel::WorkerColumn), u"2"_s);
    QCOMPARE(cell(3, LogTableModel::MessageColumn), u"Worker 2 said \"h\u00e9llo\" \tbye"_s);
    QCOMPARE(cell(0, LogTableModel::WorkerColumn), QString());
    QVERIFY(!cell(0, LogTableModel::TimeColumn).isEmpty());
    QVERIFY(cell(0, LogTableModel::TimeColumn).contains(u':'));
    QVERIFY(!model.index(4, LogTableModel::LevelColumn).data(Qt::DecorationRole).isNull());
    const QByteArray raw = model.index(4, 0).data(LogTableModel::RawLineRole).toByteArray();
    QVERIFY(raw.startsWith("{\"timestamp\""));
    QVERIFY(raw.endsWith("\"run_id\":\"run-a\"}"));
}

void TestLogIndex::filters_data()
{
    QTest::addColumn<LogFilter>("filter");
    QTest::addColumn<QStringList>("messages");

    LogFilter errorsAndWarnings;
    errorsAndWarnings.hiddenLabels = {u"INFO"_s, u"DEBUG"_s};
    QTest::addRow("level") << errorsAndWarnings
                           << QStringList{u"Worker 2 said \"h\u00e9llo\" \tbye"_s, u"Worker 2 failed: ALPHA timeout"_s,
                                          u"task 12 done"_s};
    LogFilter worker1;
    worker1.workerId = 1;
    QTest::addRow("worker") << worker1
                            << QStringList{u"Worker 1 started"_s, u"task 7 done"_s, u"Worker 1 alpha output"_s};
    LogFilter substring;
    substring.text = u"alpha"_s;
    QTest::addRow("substring, any case") << substring
                                         << QStringList{u"Worker 2 failed: ALPHA timeout"_s, u"Worker 1 alpha output"_s};
    LogFilter caseSensitive = substring;
    caseSensitive.caseSensitive = true;
    QTest::addRow("substring, exact case") << caseSensitive << QStringList{u"Worker 1 alpha output"_s};
    LogFilter nonAscii;
    nonAscii.text = u"H\u00c9LLO\""_s;
    QTest::addRow("escaped text") << nonAscii << QStringList{u"Worker 2 said \"h\u00e9llo\" \tbye"_s};
    LogFilter regex;
    regex.text = u"^task \\d+ done$"_s;
    regex.regex = true;
    QTest::addRow("regex") << regex << QStringList{u"task 7 done"_s, u"task 12 done"_s};
    LogFilter badRegex = regex;
    badRegex.text = u"task (("_s;
    QTest::addRow("invalid regex") << badRegex << QStringList{};
    LogFilter combined = regex;
    combined.hiddenLabels = {u"INFO"_s};
    combined.workerId = 3;
    QTest::addRow("combined") << combined << QStringList{u"task 12 done"_s};
    LogFilter runA;
    runA.runId = u"run-a"_s;
    QTest::addRow("run a, with the lines before and between") << runA
        << QStringList{u"Task decomposed into 2 subtasks"_s, u"Run A started"_s, u"Worker 1 started"_s,
                       u"Worker 2 said \"h\u00e9llo\" \tbye"_s, u"Worker 2 failed: ALPHA timeout"_s, u"task 7 done"_s};
    LogFilter runB = runA;
    runB.runId = u"run-b"_s;
    runB.workerId = 1;
    QTest::addRow("run b, worker 1") << runB << QStringList{u"Worker 1 alpha output"_s};
    LogFilter unknownRun = runA;
    unknownRun.runId = u"run-z"_s;
    QTest::addRow("unknown run") << unknownRun << QStringList{};
}

void TestLogIndex::filters()
{
    QFETCH(LogFilter, filter);
    QFETCH(QStringList, messages);
    const QString path = m_dir->filePath(u"a.jsonl"_s);
    append(path, sampleLog());
    LogIndex index;
    LogTableModel model(&index);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(index.open(path));
    QTRY_VERIFY(isIdle(index) && index.lineCount() == 10);
    index.setFilter(filter);
    QCOMPARE(index.filter(), filter);
    QTRY_VERIFY(isIdle(index));
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown << model.index(row, LogTableModel::MessageColumn).data().toString();
    QCOMPARE(shown, messages);
    // Back to everything.
    index.setFilter({});
    QCOMPARE(model.rowCount(), 10);
}

void TestLogIndex::newFilterReplacesRunningOne()
{
    const QString path = m_dir->filePath(u"b.jsonl"_s);
    std::string text;
    for (int i = 0; i < 20000; ++i)
        text += logLine(i % 2 ? LogLevel::Info : LogLevel::Error, "line " + std::to_string(i), {{"worker_id", i % 4}});
    append(path, text);
    LogIndex index;
    LogTableModel model(&index);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(index.open(path));
    QTRY_VERIFY(isIdle(index));
    // Several filters in a row without waiting: only the last one's rows may appear.
    for (int worker = 0; worker < 4; ++worker) {
        LogFilter filter;
        filter.text = u"LINE"_s;
        filter.workerId = worker;
        index.setFilter(filter);
    }
    QTRY_VERIFY(isIdle(index));
    QCOMPARE(model.rowCount(), 5000);
    for (int row = 0; row < model.rowCount(); row += 997)
        QCOMPARE(model.index(row, LogTableModel::WorkerColumn).data().toInt(), 3);
}

// Filter slices run several at once; their rows still come out complete and in line order, and
// a filter started while others run replaces them whole.
void TestLogIndex::parallelFilterSlicesKeepLineOrder()
{
    const QString path = m_dir->filePath(u"sliced.jsonl"_s);
    std::string text;
    QStringList expected;
    for (int i = 0; i < 6000; ++i) {
        const std::string message = "line " + std::to_string(i) + (i % 7 == 0 ? " needle" : "");
        text += logLine(LogLevel::Info, message, {{"worker_id", i % 3}});
        if (i % 7 == 0 && i % 3 == 1)
            expected << QString::fromStdString(message);
    }
    append(path, text);
    const int threads = LogIndex::jobThreads();
    LogIndex::setJobThreads(4); // slices in parallel even on one core
    const auto restore = qScopeGuard([threads] { LogIndex::setJobThreads(threads); });

    LogIndex index;
    index.setSliceBytes(16 * 1024, 8 * 1024); // about 60 index chunks, one filter job each
    LogTableModel model(&index);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(index.open(path));
    QTRY_VERIFY(isIdle(index) && index.lineCount() == 6000);
    LogFilter other;
    other.text = u"line 1"_s;
    index.setFilter(other); // replaced before it ends
    LogFilter filter;
    filter.text = u"NEEDLE"_s;
    filter.workerId = 1;
    index.setFilter(filter);
    QTRY_VERIFY(isIdle(index));
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown << model.index(row, LogTableModel::MessageColumn).data().toString();
    QCOMPARE(shown, expected);
}

// Index slices run side by side, each with the tables as they were when it started: levels and
// runs first met in a later slice, lines before a slice's first run_id, lines longer than a slice
// and slices inside one line must all come out as one slice over the whole file gives them.
void TestLogIndex::parallelIndexSlicesMatchOneSlice()
{
    const QString path = m_dir->filePath(u"parallel.jsonl"_s);
    std::string text;
    const LogLevel levels[] = {LogLevel::Info, LogLevel::Debug, LogLevel::Warning, LogLevel::Error};
    for (int i = 0; i < 3000; ++i) {
        LogFields fields = LogFields::object();
        if (i % 5 != 0)
            fields["worker_id"] = i % 11;
        if (i == 100 || i == 1500 || i == 1501 || i == 2700)
            fields["run_id"] = "run-" + std::to_string(i);
        // Every 97th line is longer than a slice; a few late lines are of a kind not seen before.
        const std::string message = "line " + std::to_string(i) + std::string(i % 97 == 0 ? 9000 : i % 13, 'x');
        if (i > 2000 && i % 250 == 0)
            text += R"({"type":"late_kind_)" + std::to_string(i) + R"(","message":"x"})" "\n";
        else
            text += logLine(levels[i % 4], message, fields);
    }
    append(path, text);

    struct Seen
    {
        QStringList rows;
        QList<int> workers;
        QStringList labels;
    };
    const auto indexWith = [&path](int threads, qint64 sliceBytes, Seen *seen) {
        const int before = LogIndex::jobThreads();
        LogIndex::setJobThreads(threads);
        const auto restore = qScopeGuard([before] { LogIndex::setJobThreads(before); });
        LogIndex index;
        index.setSliceBytes(sliceBytes, 24 * 1024 * 1024);
        QVERIFY(index.open(path));
        QTRY_VERIFY(isIdle(index));
        for (qint64 line = 0; line < index.lineCount(); ++line) {
            const LogLine *entry = index.line(line);
            seen->rows << u"%1 %2 %3 %4 %5"_s.arg(index.fileOffset(line))
                              .arg(entry->length)
                              .arg(entry->workerId)
                              .arg(index.labelOf(line), index.runOf(line));
        }
        seen->workers = index.workers();
        seen->labels = index.labels();
        seen->labels.sort();
    };
    Seen whole;
    indexWith(1, qint64(1) << 30, &whole);
    QCOMPARE(whole.rows.size(), qsizetype(3000));
    QCOMPARE(whole.rows.at(99).section(u' ', 4), QString());
    QCOMPARE(whole.rows.at(1600).section(u' ', 4), u"run-1501"_s);
    for (const qint64 sliceBytes : {qint64(1500), qint64(4096), qint64(64 * 1024)}) {
        Seen sliced;
        indexWith(4, sliceBytes, &sliced);
        QCOMPARE(sliced.rows, whole.rows);
        QCOMPARE(sliced.workers, whole.workers);
        QCOMPARE(sliced.labels, whole.labels);
    }
}

void TestLogIndex::followsGrowingFile()
{
    const QString path = m_dir->filePath(u"live.jsonl"_s);
    append(path, logLine(LogLevel::Info, "first", {{"worker_id", 1}}));
    LogIndex index;
    index.setPollInterval(50);
    LogTableModel model(&index);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    LogFilter filter;
    filter.workerId = 2;
    QVERIFY(index.open(path));
    QTRY_COMPARE(model.rowCount(), 1);
    QSignalSpy workers(&index, &LogIndex::workersChanged);

    append(path, logLine(LogLevel::Info, "second", {{"worker_id", 2}}) + logLine(LogLevel::Error, "third"));
    QTRY_COMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(2, LogTableModel::MessageColumn).data().toString(), u"third"_s);
    QVERIFY(!workers.isEmpty());
    QCOMPARE(index.workers(), (QList<int>{1, 2}));

    // A line still being written is not shown until its newline arrives.
    const std::string fourth = logLine(LogLevel::Info, "fourth", {{"worker_id", 2}});
    append(path, fourth.substr(0, 20));
    QTest::qWait(200);
    QCOMPARE(model.rowCount(), 3);
    append(path, fourth.substr(20));
    QTRY_COMPARE(model.rowCount(), 4);

    // With a filter, appended lines are filtered as they arrive.
    index.setFilter(filter);
    QTRY_COMPARE(model.rowCount(), 2);
    append(path, logLine(LogLevel::Info, "fifth", {{"worker_id", 2}}) + logLine(LogLevel::Info, "sixth"));
    QTRY_COMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(2, LogTableModel::MessageColumn).data().toString(), u"fifth"_s);
    QCOMPARE(index.lineCount(), 6);

    // Truncated (a new file under the same name): indexed again from the start.
    QFile::remove(path);
    append(path, logLine(LogLevel::Info, "again", {{"worker_id", 2}}));
    QTRY_COMPARE(index.lineCount(), 1);
    QTRY_COMPARE(model.rowCount(), 1);
}

void TestLogIndex::transcriptShowsTypes()
{
    const QString path = m_dir->filePath(u"worker_1.attempt_1.jsonl"_s);
    append(path,
           R"({"type":"system","subtype":"init","model":"claude-test"})"
           "\n"
           R"({"type":"assistant","message":{"content":[{"type":"text","text":"Writing the app"},)"
           R"({"type":"tool_use","name":"Write","input":{"file_path":"app.py"}}]}})"
           "\n"
           R"({"type":"user","message":{"content":[{"type":"tool_result","content":[{"type":"text","text":"ok"}]}]}})"
           "\n"
           R"({"type":"result","subtype":"success","result":"Done: app.py"})");  // no final newline
    LogIndex index;
    LogTableModel model(&index);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(index.open(path));
    QTRY_VERIFY(isIdle(index) && model.rowCount() == 4);
    QCOMPARE(index.labels(), (QStringList{u"system"_s, u"assistant"_s, u"user"_s, u"result"_s}));
    const auto message = [&model](int row) { return model.index(row, LogTableModel::MessageColumn).data().toString(); };
    QCOMPARE(message(0), u"init claude-test"_s);
    QCOMPARE(message(1), u"Writing the app  \u2192 Write {\"file_path\":\"app.py\"}"_s);
    QCOMPARE(message(2), u"\u2190 ok"_s);
    QCOMPARE(message(3), u"Done: app.py"_s);
    QCOMPARE(model.index(3, LogTableModel::LevelColumn).data().toString(), u"result"_s);

    LogFilter filter;
    filter.text = u"write"_s;
    index.setFilter(filter);
    QTRY_VERIFY(isIdle(index));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(message(0), u"Writing the app  \u2192 Write {\"file_path\":\"app.py\"}"_s);
}

void TestLogIndex::rawSearchAgreesWithDecodedText_data()
{
    // A plain-text filter first looks for the text in the raw bytes and skips JsonlSink-shaped lines
    // without it; these are the lines where raw bytes and the shown message differ.
    QTest::addColumn<QByteArray>("lines");
    QTest::addColumn<LogFilter>("filter");
    QTest::addColumn<QStringList>("messages");

    const QByteArray head = R"({"timestamp":"2026-11-29T12:00:00.000Z","level":"INFO","message":)";
    LogFilter reset;
    reset.text = u"connection reset"_s;
    QTest::addRow("any case") << head + R"("Worker 1: Connection RESET by peer"})" "\n" + head + R"("fine"})" "\n"
                              << reset << QStringList{u"Worker 1: Connection RESET by peer"_s};
    LogFilter resetExact = reset;
    resetExact.caseSensitive = true;
    QTest::addRow("exact case") << head + R"("Connection RESET"})" "\n" + head + R"("a connection reset"})" "\n"
                                << resetExact << QStringList{u"a connection reset"_s};
    QTest::addRow("\\u escape") << head + R"("conn\u0065ction reset"})" "\n" << reset
                                << QStringList{u"connection reset"_s};
    LogFilter kelvin;
    kelvin.text = u"kelvin"_s;
    QTest::addRow("kelvin sign folds to k") << head + "\"\xE2\x84\xAA" "elvin\"}\n" << kelvin
                                            << QStringList{u"\u212Aelvin"_s};
    LogFilter status;
    status.text = u"STATUS"_s;
    QTest::addRow("long s folds to s") << head + "\"\xC5\xBFtatus\"}\n" << status << QStringList{u"\u017Ftatus"_s};
    LogFilter joined;
    joined.text = u"alpha  beta"_s;
    QTest::addRow("second message key wins")
        << head + R"("x","type":"assistant","message":{"content":[{"type":"text","text":"alpha"},{"type":"text","text":"beta"}]}})" "\n"
        << joined << QStringList{u"alpha  beta"_s};
    LogFilter quoted;
    quoted.text = u"say \"hi"_s;
    QTest::addRow("quote in the text") << head + R"("I say \"hi\""})" "\n" << quoted
                                       << QStringList{u"I say \"hi\""_s};
    LogFilter init;
    init.text = u"init m"_s;
    QTest::addRow("transcript line") << QByteArray(R"({"type":"system","subtype":"init","model":"m"})" "\n") << init
                                     << QStringList{u"init m"_s};
    LogFilter workerTwo = reset;
    workerTwo.workerId = 2;
    workerTwo.hiddenLabels = {u"DEBUG"_s};
    const QByteArray debugHead = R"({"timestamp":"2026-11-29T12:00:00.000Z","level":"DEBUG","message":)";
    QTest::addRow("with worker and level")
        << head + R"("connection reset 1","worker_id":1})" "\n" + head + R"("connection reset 2","worker_id":2})" "\n"
               + debugHead + R"("connection reset 3","worker_id":2})" "\n" + head + R"("other","worker_id":2})" "\n"
               + head + R"("connection reset 5","worker_id":2})" "\n"
        << workerTwo << QStringList{u"connection reset 2"_s, u"connection reset 5"_s};
}

void TestLogIndex::rawSearchAgreesWithDecodedText()
{
    QFETCH(QByteArray, lines);
    QFETCH(LogFilter, filter);
    QFETCH(QStringList, messages);
    const QString path = m_dir->filePath(u"raw.jsonl"_s);
    append(path, lines.toStdString());
    LogIndex index;
    LogTableModel model(&index);
    QVERIFY(index.open(path));
    QTRY_VERIFY(isIdle(index) && index.lineCount() == lines.count('\n'));
    index.setFilter(filter);
    QTRY_VERIFY(isIdle(index));
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown << model.index(row, LogTableModel::MessageColumn).data().toString();
    QCOMPARE(shown, messages);
}

void TestLogIndex::bigFileKeepsEventLoopResponsive()
{
    // About 60 MB: 300k lines of 200 bytes, written in blocks.
    const QString path = m_dir->filePath(u"big.jsonl"_s);
    constexpr int lines = 300000;
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        std::string block;
        const std::string padding(90, 'x');
        for (int i = 0; i < lines; ++i) {
            block += logLine(i % 10 == 0 ? LogLevel::Warning : LogLevel::Info,
                             "step " + std::to_string(i) + (i % 1000 == 0 ? " needle " : " ") + padding,
                             {{"worker_id", i % 8}, {"run_id", "run-big"}});
            if (block.size() > (1 << 20)) {
                QCOMPARE(file.write(block.data(), qint64(block.size())), qint64(block.size()));
                block.clear();
            }
        }
        file.write(block.data(), qint64(block.size()));
    }
    const qint64 size = QFileInfo(path).size();
    QVERIFY(size > 50 * 1024 * 1024);

    // A 10 ms timer: how late it fires is how long the event loop was blocked.
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 worst = 0;
    QTimer ticker;
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, this, [&] {
        const qint64 now = clock.elapsed();
        worst = std::max(worst, now - last - 10);
        last = now;
    });

    LogIndex index;
    LogTableModel model(&index);
    QSignalSpy progress(&index, &LogIndex::progressChanged);
    clock.start();
    ticker.start();
    QElapsedTimer phase;
    phase.start();
    QVERIFY(index.open(path));
    QTRY_VERIFY_WITH_TIMEOUT(isIdle(index) && index.lineCount() == lines, 20000);
    const qint64 indexMs = phase.restart();
    QCOMPARE(model.rowCount(), lines);
    QVERIFY(progress.size() > 1);  // sliced: progress came in steps

    LogFilter filter;
    filter.text = u"NEEDLE"_s;
    filter.hiddenLabels = {u"INFO"_s};
    index.setFilter(filter);
    QTRY_VERIFY_WITH_TIMEOUT(isIdle(index), 20000);
    const qint64 filterMs = phase.elapsed();
    ticker.stop();
    QCOMPARE(model.rowCount(), lines / 1000);
    QCOMPARE(model.index(1, LogTableModel::MessageColumn).data().toString().left(18), u"step 1000 needle x"_s);
    qInfo("%lld MB: indexed in %lld ms, filtered in %lld ms, worst event loop lateness %lld ms", size >> 20,
          indexMs, filterMs, worst);
    // Generous: the machine is shared; a blocked GUI thread would show seconds.
    QVERIFY2(worst < 500, qPrintable(u"event loop stalled for %1 ms"_s.arg(worst)));
}

QTEST_MAIN(TestLogIndex)
#include "tst_logindex.moc"
