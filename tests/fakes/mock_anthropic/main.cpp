// mock_anthropic: a loopback stand-in for the Anthropic Messages API, for end-to-end tests
// that run the real Claude Code CLI without the internet.
//
// It listens on 127.0.0.1 on a free port and prints "PORT <n>" on stdout once listening, then
// one "REQUEST ..." line per request. It stops by itself:
//   - when its stdin reaches end of file (the parent closed the pipe or died), unless
//     --no-stdin-watch is given (for running it in the background from a shell);
//   - after --max-seconds without any request (idle limit, default 300);
//   - after --max-lifetime-seconds in any case (default 3600);
//   - on SIGTERM or SIGINT (default actions).
#include "MockServer.h"
#include "Scenario.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimer>

#include <cerrno>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace orch::mock;

namespace {

int positiveOption(const QCommandLineParser &parser, const QCommandLineOption &option, bool *ok)
{
    bool valid = false;
    const int value = parser.value(option).toInt(&valid);
    if (!valid || value <= 0)
        *ok = false;
    return value;
}

// Quits on end of file (or an error) on stdin. Input itself is ignored.
void watchStdin(QCoreApplication *app)
{
    auto *notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, app);
    QObject::connect(notifier, &QSocketNotifier::activated, app, [notifier, app] {
        char buffer[4096];
        const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (got == 0 || (got < 0 && errno != EINTR && errno != EAGAIN)) {
            notifier->setEnabled(false);
            std::fputs("mock_anthropic: stdin closed, exiting\n", stderr);
            app->quit();
        }
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"mock_anthropic"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Loopback mock of the Anthropic Messages API for end-to-end tests."_s);
    parser.addHelpOption();
    const QCommandLineOption scenarioOption(
        u"scenario"_s, u"Default answer to POST /v1/messages: %1. A prompt may override it with [[scenario:NAME]]."_s
                           .arg(scenarioNames().join(u", "_s)),
        u"name"_s, u"write"_s);
    const QCommandLineOption idleOption(u"max-seconds"_s, u"Exit after this many seconds without a request."_s,
                                        u"seconds"_s, u"300"_s);
    const QCommandLineOption lifetimeOption(u"max-lifetime-seconds"_s, u"Exit after this many seconds in any case."_s,
                                            u"seconds"_s, u"3600"_s);
    const QCommandLineOption dumpOption(u"dump-dir"_s, u"Save every request (headers and body) in this folder."_s,
                                        u"dir"_s);
    const QCommandLineOption slowDelayOption(u"slow-delay-ms"_s, u"Pause between deltas in the slow scenario."_s,
                                             u"ms"_s, u"200"_s);
    const QCommandLineOption slowCountOption(u"slow-deltas"_s, u"Number of text deltas in the slow scenario."_s,
                                             u"count"_s, u"20"_s);
    const QCommandLineOption noStdinOption(u"no-stdin-watch"_s, u"Do not exit when stdin is closed."_s);
    parser.addOptions({scenarioOption, idleOption, lifetimeOption, dumpOption, slowDelayOption, slowCountOption,
                       noStdinOption});
    parser.process(app);

    MockOptions options;
    const std::optional<Scenario> scenario = scenarioFromName(parser.value(scenarioOption));
    bool ok = scenario.has_value();
    options.scenario = scenario.value_or(Scenario::Write);
    options.dumpDir = parser.value(dumpOption);
    options.slowDelayMs = positiveOption(parser, slowDelayOption, &ok);
    options.slowDeltaCount = positiveOption(parser, slowCountOption, &ok);
    const int idleSeconds = positiveOption(parser, idleOption, &ok);
    const int lifetimeSeconds = positiveOption(parser, lifetimeOption, &ok);
    if (!ok) {
        std::fprintf(stderr, "mock_anthropic: bad option value (scenarios: %s)\n",
                     qPrintable(scenarioNames().join(u", "_s)));
        return 2;
    }

    MockServer server(options);
    if (!server.listen()) {
        std::fprintf(stderr, "mock_anthropic: cannot listen: %s\n", qPrintable(server.errorString()));
        return 1;
    }

    QTimer idle;
    idle.setSingleShot(true);
    idle.setInterval(idleSeconds * 1000);
    QObject::connect(&idle, &QTimer::timeout, &app, [&app] {
        std::fputs("mock_anthropic: idle limit reached, exiting\n", stderr);
        app.quit();
    });
    QObject::connect(&server, &MockServer::activity, &idle, qOverload<>(&QTimer::start));
    idle.start();
    QTimer::singleShot(lifetimeSeconds * 1000, &app, [&app] {
        std::fputs("mock_anthropic: lifetime limit reached, exiting\n", stderr);
        app.quit();
    });
    if (!parser.isSet(noStdinOption))
        watchStdin(&app);

    std::printf("PORT %u\n", unsigned(server.port()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
