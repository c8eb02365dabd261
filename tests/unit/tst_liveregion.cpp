// LiveRegion: the --monitor block redrawn in place at the bottom of a terminal, with log lines
// printed above it instead of through it; lines cut to the width (wide characters count two), the
// block kept shorter than the screen, and the cursor hidden while it is drawn and shown again after.
// The "terminal" is a temporary file, read back byte for byte.
#include "logging/ConsoleSink.h"
#include "logging/LiveRegion.h"

#include <QtTest>

#include <spdlog/logger.h>

#include <QProcess>
#include <QTemporaryDir>

#include <clocale>
#include <csignal>
#include <cstdio>
#include <memory>

#include <fcntl.h>
#include <pty.h>
#include <sys/ioctl.h>
#include <unistd.h>

using namespace orch;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray contents(std::FILE *file)
{
    std::fflush(file);
    std::rewind(file);
    QByteArray bytes;
    char buffer[4096];
    std::size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0)
        bytes.append(buffer, qsizetype(n));
    std::fseek(file, 0, SEEK_END);
    return bytes;
}

struct FileCloser
{
    void operator()(std::FILE *file) const { std::fclose(file); }
};
using File = std::unique_ptr<std::FILE, FileCloser>;

} // namespace

class TestLiveRegion final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fitToWidth_data();
    void fitToWidth();
    void redrawsInPlace();
    void logLinesGoAboveTheBlock();
    void blockStaysShorterThanTheScreen();
    void finishRestoresTheCursor();
    void monitorOnARealTerminal_data();
    void monitorOnARealTerminal();
};

void TestLiveRegion::initTestCase()
{
    // wcwidth() knows wide characters only under a UTF-8 locale, as a user's terminal has.
    QVERIFY(std::setlocale(LC_CTYPE, "C.UTF-8") != nullptr);
}

void TestLiveRegion::fitToWidth_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("columns");
    QTest::addColumn<QString>("expected");
    QTest::addRow("fits") << u"Worker 1: ok"_s << 20 << u"Worker 1: ok"_s;
    QTest::addRow("exactly") << u"abcde"_s << 5 << u"abcde"_s;
    QTest::addRow("cut") << u"abcdefgh"_s << 5 << u"abcd\u2026"_s;
    QTest::addRow("no limit") << u"abcdefgh"_s << 0 << u"abcdefgh"_s;
    // The hourglass takes two cells: "W: " (3) + it (2) = 5, then the marker makes 6 > 5.
    QTest::addRow("wide character") << u"W: \u23f3 Queued"_s << 6 << u"W: \u23f3\u2026"_s;
    QTest::addRow("wide does not fit") << u"ab\u23f3cd"_s << 4 << u"ab\u2026"_s;
}

void TestLiveRegion::fitToWidth()
{
    QFETCH(QString, line);
    QFETCH(int, columns);
    QFETCH(QString, expected);
    const QString fitted = LiveRegion::fitToWidth(line, columns);
    QCOMPARE(fitted, expected);
    if (columns > 0)
        QVERIFY(LiveRegion::displayWidth(fitted) <= columns);
}

void TestLiveRegion::redrawsInPlace()
{
    File file(std::tmpfile());
    QVERIFY(file);
    LiveRegion region(file.get(), 40, 20);
    region.show(u"one\ntwo\n"_s);
    region.show(u"three\nfour\nfive\n"_s);
    // Hidden cursor, the first block, back up its two lines and clear, the second block.
    QCOMPARE(contents(file.get()), QByteArray("\033[?25l"
                                              "one\033[K\ntwo\033[K\n"
                                              "\r\033[2A\033[J"
                                              "three\033[K\nfour\033[K\nfive\033[K\n"));
}

void TestLiveRegion::logLinesGoAboveTheBlock()
{
    File file(std::tmpfile());
    QVERIFY(file);
    LiveRegion region(file.get(), 80, 24);
    LiveRegion::install(&region);
    auto sink = std::make_shared<ConsoleSink>(file.get());
    spdlog::logger logger("live-region-test", sink);
    region.show(u"=== Task Execution Monitor ===\nProgress: 50%"_s);
    logger.info("Worker 1 completed successfully");
    const QByteArray out = contents(file.get());
    const QByteArray expectedTail = "\r\033[2A\033[J"
                                    "[INFO] Worker 1 completed successfully\n"
                                    "=== Task Execution Monitor ===\033[K\nProgress: 50%\033[K\n";
    QVERIFY2(out.endsWith(expectedTail), out.toStdString().c_str());
    LiveRegion::install(nullptr);
    // Without an active region the sink writes plainly.
    logger.info("plain");
    QVERIFY(contents(file.get()).endsWith("\n[INFO] plain\n"));
}

void TestLiveRegion::blockStaysShorterThanTheScreen()
{
    File file(std::tmpfile());
    QVERIFY(file);
    LiveRegion region(file.get(), 30, 8);
    QStringList lines;
    for (int i = 1; i <= 20; ++i)
        lines << u"Worker %1: \u2699 In Progress with a long tail"_s.arg(i);
    region.show(lines.join(u'\n'));
    const QList<QByteArray> drawn = contents(file.get()).mid(6).split('\n');
    // Seven lines drawn (rows - 1) plus the empty piece after the last newline.
    QCOMPARE(drawn.size(), 8);
    QVERIFY(drawn.at(3).contains("... 14 more line(s)"));
    for (const QByteArray &line : drawn)
        QVERIFY2(LiveRegion::displayWidth(QString::fromUtf8(line).remove(u"\033[K"_s)) <= 29, line.constData());
    QVERIFY(drawn.at(0).startsWith("Worker 1:"));
    QVERIFY(drawn.at(6).startsWith("Worker 20:"));
}

void TestLiveRegion::finishRestoresTheCursor()
{
    File file(std::tmpfile());
    QVERIFY(file);
    {
        LiveRegion region(file.get(), 40, 20);
        region.show(u"a\nb"_s);
        region.finish(u"final\n"_s);
        QVERIFY(contents(file.get()).endsWith("\r\033[2A\033[Jfinal\n\033[?25h"));
        const qsizetype size = contents(file.get()).size();
        region.finish();  // twice is harmless: nothing more is written
        QCOMPARE(contents(file.get()).size(), size);
    }
    // Destroyed without finish(): the cursor comes back too.
    File other(std::tmpfile());
    {
        LiveRegion region(other.get(), 40, 20);
        region.show(u"x"_s);
    }
    QVERIFY(contents(other.get()).endsWith("\033[?25h"));
}

void TestLiveRegion::monitorOnARealTerminal_data()
{
    QTest::addColumn<bool>("interrupt");
    QTest::addRow("run to the end") << false;
    QTest::addRow("Ctrl-C") << true;
}

void TestLiveRegion::monitorOnARealTerminal()
{
    // The executable with --monitor on a pseudo-terminal 60 columns wide: the display is drawn in
    // place (erased and redrawn), log lines go above it, and the cursor is visible again at the end,
    // also after Ctrl-C.
    QFETCH(bool, interrupt);
    int master = -1;
    int slave = -1;
    winsize size = {};
    size.ws_col = 60;
    size.ws_row = 40;
    QVERIFY(::openpty(&master, &slave, nullptr, nullptr, &size) == 0);
    ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);
    QTemporaryDir dir;
    QProcess cli;
    QProcessEnvironment env;
    env.insert(u"PATH"_s, qEnvironmentVariable("PATH"));
    env.insert(u"HOME"_s, dir.path());
    env.insert(u"TERM"_s, u"xterm"_s);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"ORCHESTRATOR_AGENT_BINARY"_s, QStringLiteral(FAKE_CLAUDE));
    env.insert(u"ORCHESTRATOR_MONITORING_INTERVAL"_s, u"1"_s);
    env.insert(u"ORCHESTRATOR_RESOURCES_MAX_CPU_PERCENT"_s, u"100"_s);
    cli.setProcessEnvironment(env);
    cli.setWorkingDirectory(dir.path());
    cli.setChildProcessModifier([slave] {
        ::dup2(slave, STDOUT_FILENO);
        ::dup2(slave, STDERR_FILENO);
    });
    const QString sleep = interrupt ? u"30"_s : u"2.5"_s;
    cli.start(QStringLiteral(ORCH_CLI_BIN),
              {u"--monitor"_s, u"--subtask"_s, u"[[fake:sleep:%1]] write a.txt"_s.arg(sleep), u"--subtask"_s,
               u"[[fake:sleep:0.5]] write b.txt"_s, u"two"_s});
    QVERIFY(cli.waitForStarted());
    ::close(slave);
    QByteArray out;
    const auto drain = [&] {
        char buffer[4096];
        ssize_t n = 0;
        while ((n = ::read(master, buffer, sizeof buffer)) > 0)
            out.append(buffer, n);
    };
    if (interrupt) {
        QVERIFY(QTest::qWaitFor([&] { drain(); return out.contains("\r\033[") && out.contains("Completed"); }, 30000));
        ::kill(pid_t(cli.processId()), SIGINT);
    }
    QVERIFY(QTest::qWaitFor([&] { drain(); return cli.state() == QProcess::NotRunning; }, 60000));
    QTest::qWait(100);
    drain();
    ::close(master);
    QCOMPARE(cli.exitCode(), interrupt ? 130 : 0);
    QVERIFY2(out.contains("\033[?25l"), out.constData());             // cursor hidden while drawn
    QVERIFY2(out.contains("\r\033["), out.constData());               // erased and redrawn in place
    QVERIFY2(out.contains("Worker 2 completed successfully"), out.constData());
    // The cursor comes back after the last display, and nothing is drawn after that but status lines.
    const qsizetype shown = out.lastIndexOf("\033[?25h");
    QVERIFY2(shown > out.lastIndexOf("=== Task Execution Monitor ==="), out.constData());
    QVERIFY(shown > out.lastIndexOf("\033[?25l"));
    // No display line is wider than the terminal.
    for (const QByteArray &line : out.split('\n')) {
        const QString text = QString::fromUtf8(line).remove(QRegularExpression(u"\\x1b\\[[0-9;?]*[A-Za-z]"_s)).remove(u'\r');
        QVERIFY2(LiveRegion::displayWidth(text) <= 60 || text.startsWith(u'['), qPrintable(text));
    }
}

QTEST_GUILESS_MAIN(TestLiveRegion)
#include "tst_liveregion.moc"
