// The two sinks and the level names on their own: the JSONL line shape and timestamp, reserved keys,
// file naming without clobbering, and the console line format and colour decision.
#include "logging/ConsoleSink.h"
#include "logging/JsonlSink.h"
#include "logging/LogLevel.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <chrono>
#include <cstdio>

using namespace Qt::StringLiterals;
using orch::ConsoleSink;
using orch::JsonlSink;
using orch::LogFields;
using orch::LogLevel;

namespace {

QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

std::chrono::system_clock::time_point utcTime(const QDateTime &utc)
{
    return std::chrono::system_clock::time_point(std::chrono::milliseconds(utc.toMSecsSinceEpoch()));
}

} // namespace

class TestLogSinks final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void levelNames_data();
    void levelNames();
    void lineHasTheDocumentedShape();
    void timestampIsUtcWithMilliseconds_data();
    void timestampIsUtcWithMilliseconds();
    void fieldsCannotOverwriteFixedKeys();
    void createNeverClobbers();
    void createFailsUnderAFile();
    void consoleColourOnlyOnTerminal();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_consolePath;
};

void TestLogSinks::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_consolePath = m_dir->filePath(u"console.log"_s);
}

void TestLogSinks::cleanup()
{
    m_dir.reset();
}

void TestLogSinks::levelNames_data()
{
    QTest::addColumn<LogLevel>("level");
    QTest::addColumn<QString>("name");
    QTest::addRow("debug") << LogLevel::Debug << u"DEBUG"_s;
    QTest::addRow("info") << LogLevel::Info << u"INFO"_s;
    QTest::addRow("warning") << LogLevel::Warning << u"WARNING"_s;
    QTest::addRow("error") << LogLevel::Error << u"ERROR"_s;
}

void TestLogSinks::levelNames()
{
    QFETCH(LogLevel, level);
    QFETCH(QString, name);
    QCOMPARE(QString(orch::logLevelName(level)), name);
    QCOMPARE(orch::logLevelFromName(name), std::optional<LogLevel>(level));
    QCOMPARE(orch::logLevelFromName(name.toLower()), std::optional<LogLevel>(level));
    QCOMPARE(orch::logLevelFromName(QString(name + u'x')), std::optional<LogLevel>());
}

void TestLogSinks::lineHasTheDocumentedShape()
{
    const QDateTime when(QDate(2025, 10, 20), QTime(12, 0, 0, 123), Qt::UTC);
    const LogFields fields = {{"worker_id", 1}, {"task", "Create calculator app"}};
    const std::string line = JsonlSink::formatLine(utcTime(when), LogLevel::Info, "Worker 1 started", &fields);
    QCOMPARE(qs(line),
             uR"({"timestamp":"2025-10-20T12:00:00.123Z","level":"INFO","message":"Worker 1 started","worker_id":1,"task":"Create calculator app"})"_s
                 + u'\n');
    const std::string bare = JsonlSink::formatLine(utcTime(when), LogLevel::Warning, "x", nullptr);
    QCOMPARE(qs(bare), uR"({"timestamp":"2025-10-20T12:00:00.123Z","level":"WARNING","message":"x"})"_s + u'\n');
}

void TestLogSinks::timestampIsUtcWithMilliseconds_data()
{
    QTest::addColumn<QDateTime>("when");
    QTest::addColumn<QString>("expected");
    QTest::addRow("epoch") << QDateTime::fromMSecsSinceEpoch(0, Qt::UTC) << u"1970-01-01T00:00:00.000Z"_s;
    QTest::addRow("leap day, last ms") << QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), Qt::UTC)
                                       << u"2024-02-29T23:59:59.999Z"_s;
    QTest::addRow("single digits") << QDateTime(QDate(2001, 2, 3), QTime(4, 5, 6, 7), Qt::UTC)
                                   << u"2001-02-03T04:05:06.007Z"_s;
    // A local time east of UTC must still be written as UTC.
    QTest::addRow("offset +02:00") << QDateTime(QDate(2025, 10, 20), QTime(14, 0, 0, 500), Qt::OffsetFromUTC, 7200)
                                   << u"2025-10-20T12:00:00.500Z"_s;
}

void TestLogSinks::timestampIsUtcWithMilliseconds()
{
    QFETCH(QDateTime, when);
    QFETCH(QString, expected);
    QCOMPARE(qs(JsonlSink::formatTimestamp(utcTime(when))), expected);
}

void TestLogSinks::fieldsCannotOverwriteFixedKeys()
{
    const auto now = std::chrono::system_clock::now();
    const LogFields fields = {{"message", "m"}, {"level", 3}, {"timestamp", "t"}, {"ok", true}};
    const LogFields line = LogFields::parse(JsonlSink::formatLine(now, LogLevel::Error, "real", &fields));
    QCOMPARE(qs(line["message"].get<std::string>()), u"real"_s);
    QCOMPARE(qs(line["level"].get<std::string>()), u"ERROR"_s);
    QCOMPARE(qs(line["field_message"].get<std::string>()), u"m"_s);
    QCOMPARE(line["field_level"].get<int>(), 3);
    QCOMPARE(qs(line["field_timestamp"].get<std::string>()), u"t"_s);
    QCOMPARE(line["ok"].get<bool>(), true);

    const LogFields notAnObject = LogFields::array({1, 2});
    const LogFields other = LogFields::parse(JsonlSink::formatLine(now, LogLevel::Info, "m", &notAnObject));
    QCOMPARE(other["fields"], notAnObject);
}

void TestLogSinks::consoleColourOnlyOnTerminal()
{
    std::FILE *file = std::tmpfile();
    QVERIFY(file);
    {
        const ConsoleSink sink(file);
        QVERIFY(!sink.usesColour());
    }
    std::fclose(file);
    const ConsoleSink toFile(m_consolePath);
    QVERIFY(toFile.isOpen());
    QVERIFY(!toFile.usesColour());

    const std::string coloured = ConsoleSink::formatLine(LogLevel::Error, "boom", true);
    QVERIFY(coloured.find('\033') != std::string::npos);
    QVERIFY(coloured.find("ERROR]") != std::string::npos);
    QCOMPARE(qs(ConsoleSink::formatLine(LogLevel::Error, "boom", false)), u"[ERROR] boom\n"_s);

    const ConsoleSink unopenable(m_dir->filePath(u"missing/dir/console.log"_s));
    QVERIFY(!unopenable.isOpen());
}

void TestLogSinks::createNeverClobbers()
{
    const QString dir = m_dir->filePath(u"logs"_s);
    QVERIFY(QDir().mkpath(dir));
    const QDateTime when(QDate(2025, 10, 20), QTime(12, 0, 0));
    QCOMPARE(JsonlSink::fileName(when), u"orchestrator_20251020_120000.jsonl"_s);
    QCOMPARE(JsonlSink::fileName(when, 2), u"orchestrator_20251020_120000_2.jsonl"_s);

    for (int suffix : {0, 1}) {
        QFile sentinel(QDir(dir).filePath(JsonlSink::fileName(when, suffix)));
        QVERIFY(sentinel.open(QIODevice::WriteOnly));
        sentinel.write("sentinel\n");
    }
    QString error;
    const auto first = JsonlSink::create(dir, when, &error);
    QVERIFY2(first, qPrintable(error));
    QCOMPARE(QFileInfo(first->filePath()).fileName(), JsonlSink::fileName(when, 2));
    const auto second = JsonlSink::create(dir, when, &error);
    QVERIFY2(second, qPrintable(error));
    QCOMPARE(QFileInfo(second->filePath()).fileName(), JsonlSink::fileName(when, 3));
    for (int suffix : {0, 1})
        QCOMPARE(readAll(QDir(dir).filePath(JsonlSink::fileName(when, suffix))), QByteArray("sentinel\n"));
}

void TestLogSinks::createFailsUnderAFile()
{
    QFile blocker(m_dir->filePath(u"not-a-dir"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QString error;
    QVERIFY(!JsonlSink::create(blocker.fileName() + u"/logs"_s, QDateTime::currentDateTime(), &error));
    QVERIFY(error.contains(u"not-a-dir"_s));
}

QTEST_GUILESS_MAIN(TestLogSinks)
#include "tst_logsinks.moc"
