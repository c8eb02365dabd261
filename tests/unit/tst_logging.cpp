// The Log facade end to end, through both real sinks: hostile text, redaction on both sinks, levels,
// file naming, the fallback, the Qt message bridge and concurrent writers. The sinks' own formats are
// in tst_logsinks.
#include "logging/JsonlSink.h"
#include "logging/Log.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

#include <memory>
#include <set>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using orch::ConsoleStream;
using orch::Log;
using orch::LogFields;
using orch::LogLevel;
using orch::LogOptions;

Q_LOGGING_CATEGORY(lcTest, "orch.test")

namespace {

QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

std::string bytes(const QByteArray &data)
{
    return std::string(data.constData(), static_cast<std::size_t>(data.size()));
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Every line must parse on its own; the file must end with a newline (no half line).
bool parseJsonl(const QByteArray &data, std::vector<LogFields> *lines, QString *error)
{
    if (!data.isEmpty() && !data.endsWith('\n')) {
        *error = u"the file does not end with a newline"_s;
        return false;
    }
    const QList<QByteArray> rawLines = data.split('\n');
    for (qsizetype i = 0; i + 1 < rawLines.size(); ++i) {
        try {
            lines->push_back(LogFields::parse(bytes(rawLines[i])));
        } catch (const std::exception &e) {
            *error = u"line %1 is not JSON: %2"_s.arg(i + 1).arg(QString::fromUtf8(e.what()));
            return false;
        }
        if (!lines->back().is_object()) {
            *error = u"line %1 is not an object"_s.arg(i + 1);
            return false;
        }
    }
    return true;
}

// Sets an environment variable for the lifetime of the object.
class EnvGuard final
{
public:
    EnvGuard(const char *name, const QByteArray &value)
        : m_name(name)
        , m_saved(qgetenv(name))
    {
        qputenv(name, value);
    }
    ~EnvGuard()
    {
        if (m_saved.isNull())
            qunsetenv(m_name);
        else
            qputenv(m_name, m_saved);
    }
    Q_DISABLE_COPY_MOVE(EnvGuard)

private:
    const char *m_name;
    QByteArray m_saved;
};

} // namespace

class TestLogging final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void hostileTextGivesValidLines_data();
    void hostileTextGivesValidLines();
    void consoleFormat_data();
    void consoleFormat();
    void consoleNoneStillWritesFile();
    void levelFiltering_data();
    void levelFiltering();
    void levelChangesAtRunTime();
    void redactionOnBothSinks_data();
    void redactionOnBothSinks();
    void shortEnvironmentValueIsNotRedacted();
    void fileNameFollowsPattern();
    void neverClobbersAnExistingFile();
    void initFailureKeepsCurrentSetup();
    void fallbackBeforeInitAndAfterShutdown();
    void qtMessagesAreBridged();
    void concurrentWritersGiveWholeLines();
    void errorIsOnDiskAtOnce();

private:
    bool start(LogLevel level = LogLevel::Info, ConsoleStream console = ConsoleStream::Stdout);
    std::vector<LogFields> jsonLines();
    QStringList consoleLines() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_jsonlPath;
    QString m_consolePath;
};

void TestLogging::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_jsonlPath.clear();
    m_consolePath = m_dir->filePath(u"console.log"_s);
}

void TestLogging::cleanup()
{
    Log::shutdown();
    m_dir.reset();
}

bool TestLogging::start(LogLevel level, ConsoleStream console)
{
    LogOptions options;
    options.level = level;
    options.logDir = m_dir->filePath(u"logs"_s);
    options.console = console;
    if (console != ConsoleStream::None)
        options.consoleFile = m_consolePath;
    QString error;
    if (!Log::init(options, &error)) {
        qWarning("Log::init failed: %s", qPrintable(error));
        return false;
    }
    m_jsonlPath = Log::filePath();
    return !m_jsonlPath.isEmpty();
}

std::vector<LogFields> TestLogging::jsonLines()
{
    std::vector<LogFields> lines;
    QString error;
    if (!parseJsonl(readAll(m_jsonlPath), &lines, &error))
        qWarning("%s", qPrintable(error));
    return lines;
}

QStringList TestLogging::consoleLines() const
{
    QStringList lines = QString::fromUtf8(readAll(m_consolePath)).split(u'\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

void TestLogging::hostileTextGivesValidLines_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QByteArray>("expectedField");

    const QString quotes = uR"(He said "hi" \ \" \\n '' `)"_s;
    QTest::addRow("quotes and backslashes") << quotes << quotes.toUtf8() << quotes.toUtf8();
    const QString breaks = u"line1\nline2\r\nline3\ttab\u2028sep"_s;
    QTest::addRow("newlines and tabs") << breaks << breaks.toUtf8() << breaks.toUtf8();

    QString controls;
    QByteArray controlBytes;
    for (int c = 0; c < 32; ++c) {
        controls += QChar(c);
        controlBytes += char(c);
    }
    controls += QChar(127);
    controlBytes += char(127);
    QTest::addRow("NUL and other control characters") << controls << controlBytes << controlBytes;

    const QString braces = u"{} {0} {:>10} %s %n %%"_s;
    QTest::addRow("format specifiers") << braces << braces.toUtf8() << braces.toUtf8();
    const QString unicode = u"日本語 😀 é ß"_s;
    QTest::addRow("unicode") << unicode << unicode.toUtf8() << unicode.toUtf8();
    QTest::addRow("invalid UTF-8 in a field")
        << u"bad bytes"_s << QByteArray("a\xff" "b\xc3(z\xe2\x82")
        << QByteArray("a\xef\xbf\xbd" "b\xef\xbf\xbd(z\xef\xbf\xbd");
    QTest::addRow("lone surrogate in the message") << (QString(QChar(0xD800)) + u"x"_s) << QByteArray("ok")
                                                   << QByteArray("ok");
    QTest::addRow("empty") << QString() << QByteArray() << QByteArray();

    QString big;
    const QString chunk = u"ab\"c\nd\\e\u0001f{}"_s;
    big.reserve(1 << 20);
    while (big.size() < (1 << 20))
        big += chunk;
    QTest::addRow("1 MB") << big << big.toUtf8() << big.toUtf8();
}

void TestLogging::hostileTextGivesValidLines()
{
    QFETCH(QString, message);
    QFETCH(QByteArray, field);
    QFETCH(QByteArray, expectedField);

    QVERIFY(start());
    const LogFields fields = {{"worker_id", 1}, {"task", bytes(field)}, {"nested", {{"list", {bytes(field)}}}}};
    Log::info(message, fields);
    Log::info(u"after"_s);

    const std::vector<LogFields> lines = jsonLines();
    QCOMPARE(lines.size(), std::size_t(2));
    const LogFields &line = lines.front();
    // What a QString can carry survives exactly (a lone surrogate is already '?' in its UTF-8).
    QCOMPARE(qs(line["message"].get<std::string>()), QString::fromUtf8(message.toUtf8()));
    QCOMPARE(line["message"].get<std::string>().size(), std::size_t(message.toUtf8().size()));
    QCOMPARE(qs(line["level"].get<std::string>()), u"INFO"_s);
    QCOMPARE(line["worker_id"].get<int>(), 1);
    QCOMPARE(line["task"].get<std::string>(), bytes(expectedField));
    QCOMPARE(line["nested"]["list"][0].get<std::string>(), bytes(expectedField));
    QCOMPARE(qs(lines.back()["message"].get<std::string>()), u"after"_s);
}

void TestLogging::consoleFormat_data()
{
    QTest::addColumn<LogLevel>("level");
    QTest::addColumn<QString>("expected");
    QTest::addRow("debug") << LogLevel::Debug << u"[DEBUG] Task decomposed into 3 subtask(s)"_s;
    QTest::addRow("info") << LogLevel::Info << u"[INFO] Task decomposed into 3 subtask(s)"_s;
    QTest::addRow("warning") << LogLevel::Warning << u"[WARNING] Task decomposed into 3 subtask(s)"_s;
    QTest::addRow("error") << LogLevel::Error << u"[ERROR] Task decomposed into 3 subtask(s)"_s;
}

void TestLogging::consoleFormat()
{
    QFETCH(LogLevel, level);
    QFETCH(QString, expected);
    QVERIFY(start(LogLevel::Debug));
    Log::write(level, u"Task decomposed into 3 subtask(s)"_s, {{"worker_id", 3}});
    QCOMPARE(consoleLines(), QStringList{expected});
}

void TestLogging::consoleNoneStillWritesFile()
{
    QVERIFY(start(LogLevel::Info, ConsoleStream::None));
    Log::info(u"only in the file"_s);
    const std::vector<LogFields> lines = jsonLines();
    QCOMPARE(lines.size(), std::size_t(1));
    QCOMPARE(qs(lines[0]["message"].get<std::string>()), u"only in the file"_s);
    QVERIFY(!QFile::exists(m_consolePath));
}

void TestLogging::levelFiltering_data()
{
    QTest::addColumn<LogLevel>("threshold");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("debug") << LogLevel::Debug << QStringList{u"DEBUG"_s, u"INFO"_s, u"WARNING"_s, u"ERROR"_s};
    QTest::addRow("info") << LogLevel::Info << QStringList{u"INFO"_s, u"WARNING"_s, u"ERROR"_s};
    QTest::addRow("warning") << LogLevel::Warning << QStringList{u"WARNING"_s, u"ERROR"_s};
    QTest::addRow("error") << LogLevel::Error << QStringList{u"ERROR"_s};
}

void TestLogging::levelFiltering()
{
    QFETCH(LogLevel, threshold);
    QFETCH(QStringList, expected);
    QVERIFY(start(threshold));
    QCOMPARE(Log::level(), threshold);
    Log::debug(u"d"_s);
    Log::info(u"i"_s);
    Log::warning(u"w"_s);
    Log::error(u"e"_s);

    QStringList fileLevels;
    for (const LogFields &line : jsonLines())
        fileLevels << qs(line["level"].get<std::string>());
    QCOMPARE(fileLevels, expected);
    QStringList consoleLevels;
    for (const QString &line : consoleLines())
        consoleLevels << line.section(u']', 0, 0).mid(1);
    QCOMPARE(consoleLevels, expected);
}

void TestLogging::levelChangesAtRunTime()
{
    QVERIFY(start(LogLevel::Info));
    QVERIFY(!Log::isEnabled(LogLevel::Debug));
    Log::debug(u"dropped 1"_s);
    Log::setLevel(LogLevel::Debug);
    QCOMPARE(Log::level(), LogLevel::Debug);
    QVERIFY(Log::isEnabled(LogLevel::Debug));
    Log::debug(u"kept"_s);
    Log::setLevel(LogLevel::Error);
    Log::warning(u"dropped 2"_s);
    Log::error(u"kept too"_s);

    QStringList messages;
    for (const LogFields &line : jsonLines())
        messages << qs(line["message"].get<std::string>());
    QCOMPARE(messages, (QStringList{u"kept"_s, u"kept too"_s}));
    QCOMPARE(consoleLines(), (QStringList{u"[DEBUG] kept"_s, u"[ERROR] kept too"_s}));
}

void TestLogging::redactionOnBothSinks_data()
{
    QTest::addColumn<QByteArray>("envName");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<bool>("inMessage");

    // Each row uses its own value: secrets, once known, stay known for the process.
    const QByteArray none;
    QTest::addRow("ANTHROPIC_API_KEY in message") << QByteArray("ANTHROPIC_API_KEY") << u"env-key-0001-abcdef"_s << true;
    QTest::addRow("ANTHROPIC_API_KEY in field") << QByteArray("ANTHROPIC_API_KEY") << u"env-key-0002-abcdef"_s << false;
    QTest::addRow("ANTHROPIC_AUTH_TOKEN in message") << QByteArray("ANTHROPIC_AUTH_TOKEN") << u"tok-0003-abcdefgh"_s << true;
    QTest::addRow("ANTHROPIC_AUTH_TOKEN in field") << QByteArray("ANTHROPIC_AUTH_TOKEN") << u"tok-0004-abcdefgh"_s << false;
    QTest::addRow("registered in message") << none << u"registered-0005-pw"_s << true;
    QTest::addRow("registered in field") << none << u"registered-0006-pw"_s << false;
    QTest::addRow("sk-ant- shape in message") << none << u"sk-ant-api03-Zz_9-Yy"_s << true;
    QTest::addRow("sk-ant- shape in field") << none << u"sk-ant-oat01-Qq_8-Ww"_s << false;
}

void TestLogging::redactionOnBothSinks()
{
    QFETCH(QByteArray, envName);
    QFETCH(QString, secret);
    QFETCH(bool, inMessage);

    std::unique_ptr<EnvGuard> env;
    if (!envName.isEmpty())
        env = std::make_unique<EnvGuard>(envName.constData(), secret.toUtf8());
    QVERIFY(start());
    if (envName.isEmpty() && !secret.startsWith(u"sk-ant-"_s))
        QVERIFY(Log::addSecret(secret));

    const std::string inText = "use " + secret.toStdString() + " now";
    if (inMessage) {
        Log::info(u"use %1 now"_s.arg(secret), {{"worker_id", 2}});
    } else {
        Log::info(u"see fields"_s,
                  {{"task", inText}, {"nested", {{"list", {"x", inText}}, {"deep", {{"k", secret.toStdString()}}}}}});
    }
    Log::shutdown();

    const QByteArray file = readAll(m_jsonlPath);
    const QByteArray console = readAll(m_consolePath);
    QVERIFY2(!file.contains(secret.toUtf8()), file.constData());
    QVERIFY2(!console.contains(secret.toUtf8()), console.constData());
    QVERIFY(file.contains("[REDACTED]"));

    std::vector<LogFields> lines;
    QString error;
    QVERIFY2(parseJsonl(file, &lines, &error), qPrintable(error));
    QCOMPARE(lines.size(), std::size_t(1));
    if (inMessage) {
        QCOMPARE(qs(lines[0]["message"].get<std::string>()), u"use [REDACTED] now"_s);
        QCOMPARE(QString::fromUtf8(console), u"[INFO] use [REDACTED] now\n"_s);
    } else {
        QCOMPARE(qs(lines[0]["task"].get<std::string>()), u"use [REDACTED] now"_s);
        QCOMPARE(qs(lines[0]["nested"]["list"][0].get<std::string>()), u"x"_s);
        QCOMPARE(qs(lines[0]["nested"]["list"][1].get<std::string>()), u"use [REDACTED] now"_s);
        QCOMPARE(qs(lines[0]["nested"]["deep"]["k"].get<std::string>()), u"[REDACTED]"_s);
        QCOMPARE(QString::fromUtf8(console), u"[INFO] see fields\n"_s);
    }
}

void TestLogging::shortEnvironmentValueIsNotRedacted()
{
    const EnvGuard env("ANTHROPIC_API_KEY", "the");  // a short value would mangle ordinary words
    QVERIFY(start());
    QVERIFY(!Log::addSecret(u"short"_s));
    Log::info(u"the short story"_s);
    QCOMPARE(consoleLines(), QStringList{u"[INFO] the short story"_s});
}

void TestLogging::fileNameFollowsPattern()
{
    const QDateTime before = QDateTime::currentDateTime();
    QVERIFY(start());
    const QDateTime after = QDateTime::currentDateTime();

    const QFileInfo info(m_jsonlPath);
    QCOMPARE(info.absolutePath(), QDir(m_dir->filePath(u"logs"_s)).absolutePath());
    static const QRegularExpression pattern(uR"(^orchestrator_(\d{8}_\d{6})(_\d+)?\.jsonl$)"_s);
    const QRegularExpressionMatch match = pattern.match(info.fileName());
    QVERIFY2(match.hasMatch(), qPrintable(info.fileName()));
    const QDateTime stamped = QDateTime::fromString(match.captured(1), u"yyyyMMdd_HHmmss"_s);
    QVERIFY(stamped.isValid());
    // Local time, truncated to the second.
    QVERIFY(stamped >= before.addMSecs(-before.time().msec()));
    QVERIFY(stamped <= after);
}

void TestLogging::neverClobbersAnExistingFile()
{
    // Files already holding the names of this second and the next few must be left alone.
    const QDir dir(m_dir->filePath(u"logs"_s));
    QVERIFY(dir.mkpath(u"."_s));
    const QDateTime now = QDateTime::currentDateTime();
    QStringList taken;
    for (int second = 0; second < 4; ++second) {
        taken << dir.filePath(orch::JsonlSink::fileName(now.addSecs(second)));
        QFile sentinel(taken.constLast());
        QVERIFY(sentinel.open(QIODevice::WriteOnly));
        sentinel.write("sentinel\n");
    }
    QVERIFY(start());
    QVERIFY2(!taken.contains(m_jsonlPath), qPrintable(m_jsonlPath));
    Log::info(u"into a new file"_s);
    for (const QString &path : std::as_const(taken))
        QCOMPARE(readAll(path), QByteArray("sentinel\n"));
    Log::shutdown();

    // Two runs in a row (often within the same second) keep both files.
    QVERIFY(start());
    const QString firstRun = m_jsonlPath;
    Log::info(u"first run"_s);
    Log::shutdown();
    QVERIFY(start());
    QVERIFY(m_jsonlPath != firstRun);
    Log::info(u"second run"_s);
    QVERIFY(readAll(firstRun).contains("first run"));
    QVERIFY(!readAll(firstRun).contains("second run"));
}

void TestLogging::initFailureKeepsCurrentSetup()
{
    QVERIFY(start());
    const QString working = m_jsonlPath;

    QFile blocker(m_dir->filePath(u"not-a-dir"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    LogOptions bad;
    bad.logDir = blocker.fileName() + u"/logs"_s;  // under a regular file: even root cannot create it
    bad.console = ConsoleStream::None;
    QString error;
    QVERIFY(!Log::init(bad, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(Log::filePath(), working);

    LogOptions badConsole;
    badConsole.consoleFile = blocker.fileName() + u"/console.log"_s;
    error.clear();
    QVERIFY(!Log::init(badConsole, &error));
    QVERIFY(!error.isEmpty());

    Log::info(u"still here"_s);
    const std::vector<LogFields> lines = jsonLines();
    QCOMPARE(lines.size(), std::size_t(1));
    QCOMPARE(qs(lines[0]["message"].get<std::string>()), u"still here"_s);
}

void TestLogging::fallbackBeforeInitAndAfterShutdown()
{
#ifdef Q_OS_UNIX
    QVERIFY(start(LogLevel::Debug));

    // Capture stderr, where the fallback writes. Shut down after redirecting, so the fallback sink
    // sees a file (no colour) even when the test runs in a terminal.
    const QString capturePath = m_dir->filePath(u"stderr.txt"_s);
    QFile capture(capturePath);
    QVERIFY(capture.open(QIODevice::WriteOnly));
    std::fflush(stderr);
    const int savedStderr = ::dup(STDERR_FILENO);
    QVERIFY(savedStderr >= 0);
    QVERIFY(::dup2(capture.handle(), STDERR_FILENO) >= 0);
    Log::shutdown();
    Log::shutdown();  // twice is fine
    const QString pathAfterShutdown = Log::filePath();
    const LogLevel levelAfterShutdown = Log::level();
    Log::info(u"no sinks yet"_s);
    Log::debug(u"below info"_s);
    Log::warning(u"key sk-ant-abc123"_s);
    std::fflush(stderr);
    ::dup2(savedStderr, STDERR_FILENO);
    ::close(savedStderr);
    capture.close();

    QVERIFY(pathAfterShutdown.isEmpty());
    QCOMPARE(levelAfterShutdown, LogLevel::Info);
    QCOMPARE(QString::fromUtf8(readAll(capturePath)), u"[INFO] no sinks yet\n[WARNING] key [REDACTED]\n"_s);
    QVERIFY(!readAll(m_jsonlPath).contains("no sinks yet"));
#else
    QSKIP("stderr capture uses POSIX dup2");
#endif
}

void TestLogging::qtMessagesAreBridged()
{
    QVERIFY(start(LogLevel::Debug));
    Log::installQtMessageHandler();
    Log::installQtMessageHandler();  // a second call must not make it its own "previous" handler
    qDebug("qt debug %d", 1);
    qInfo("qt info");
    qWarning("qt warning sk-ant-leak99");
    qCritical("qt critical");
    qCWarning(lcTest, "categorized");

    const std::vector<LogFields> lines = jsonLines();
    QCOMPARE(lines.size(), std::size_t(5));
    const QStringList levels{u"DEBUG"_s, u"INFO"_s, u"WARNING"_s, u"ERROR"_s, u"WARNING"_s};
    const QStringList messages{u"qt debug 1"_s, u"qt info"_s, u"qt warning [REDACTED]"_s, u"qt critical"_s,
                               u"categorized"_s};
    for (std::size_t i = 0; i < lines.size(); ++i) {
        QCOMPARE(qs(lines[i]["level"].get<std::string>()), levels.at(qsizetype(i)));
        QCOMPARE(qs(lines[i]["message"].get<std::string>()), messages.at(qsizetype(i)));
        QCOMPARE(lines[i].contains("category"), i == 4);
    }
    QCOMPARE(qs(lines[4]["category"].get<std::string>()), u"orch.test"_s);
    QCOMPARE(consoleLines().size(), 5);

    // shutdown() hands Qt messages back to the previous handler (here Qt Test's, which checks this).
    Log::shutdown();
    QTest::ignoreMessage(QtWarningMsg, "after shutdown");
    qWarning("after shutdown");
    QCOMPARE(readAll(m_jsonlPath).count("after shutdown"), 0);
}

void TestLogging::concurrentWritersGiveWholeLines()
{
    QVERIFY(start());
    constexpr int threadCount = 8;
    constexpr int perThread = 300;
    std::vector<std::thread> threads;
    for (int t = 0; t < threadCount; ++t) {
        threads.emplace_back([t] {
            for (int n = 0; n < perThread; ++n) {
                // Varying lengths (up to ~3 KB) make torn writes likely if locking were wrong.
                const QString padding(n % 7 * 500, u'x');
                Log::info(u"t%1 n%2 %3"_s.arg(t).arg(n).arg(padding), {{"thread", t}, {"seq", n}});
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();

    const std::vector<LogFields> lines = jsonLines();
    QCOMPARE(lines.size(), std::size_t(threadCount * perThread));
    std::vector<std::set<int>> seen(threadCount);
    for (const LogFields &line : lines) {
        const int t = line["thread"].get<int>();
        const int n = line["seq"].get<int>();
        QVERIFY(t >= 0 && t < threadCount);
        QVERIFY(seen[std::size_t(t)].insert(n).second);
        QCOMPARE(qs(line["message"].get<std::string>()),
                 u"t%1 n%2 %3"_s.arg(t).arg(n).arg(QString(n % 7 * 500, u'x')));
    }
    for (const std::set<int> &perThreadSeen : seen)
        QCOMPARE(perThreadSeen.size(), std::size_t(perThread));

    static const QRegularExpression consoleLine(uR"(^\[INFO\] t\d n\d+ x*$)"_s);
    const QStringList console = consoleLines();
    QCOMPARE(console.size(), threadCount * perThread);
    for (const QString &line : console)
        QVERIFY2(consoleLine.match(line).hasMatch(), qPrintable(line.left(80)));
}

void TestLogging::errorIsOnDiskAtOnce()
{
    QVERIFY(start());
    Log::error(u"disk full"_s, {{"event", "worker_failed"}});
    // Read while the log is still open: no shutdown, no explicit flush.
    const std::vector<LogFields> lines = jsonLines();
    QCOMPARE(lines.size(), std::size_t(1));
    QCOMPARE(qs(lines[0]["event"].get<std::string>()), u"worker_failed"_s);
    QCOMPARE(consoleLines(), QStringList{u"[ERROR] disk full"_s});
}

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
