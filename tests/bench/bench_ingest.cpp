// Agent output ingestion: a big stream-json transcript through the Claude driver's parser, fed
// the way the product feeds it. Driven by tests/bench/ingest.sh, which also times the baselines.
//   bench_ingest generate FILE MEGABYTES [SEED]
//       writes a transcript (see TranscriptGenerator); prints "events: ..." (what the parser
//       must report) and its size
//   bench_ingest parse FILE [process|window|direct|deliver]
//       process (default): a ProcessRunner runs `cat FILE` and its stdoutLines go to the
//           parser, as Worker::onLines does (pipe reads, LineSplitter, line batches), with the
//           command line's 1 MiB stdout pipes;
//       window: the same with the kernel's 64 KiB pipes, as in the window;
//       direct: the file is read in 64 KiB chunks through the same LineSplitter into the
//           parser, without the child and the event loop (the parser's own cost);
//       deliver: as process, but the lines are only counted: what the delivery costs before any
//           parsing, the floor for any parser behind it.
//       prints "events: ..." (events by kind) and the time and throughput
#include "bench_ingest_generator.h"

#include "agent/ClaudeDriver.h"
#include "config/Config.h"
#include "process/LineSplitter.h"
#include "process/ProcessRunner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QObject>

#include <cstdio>
#include <memory>

using namespace orch;

namespace {

struct Tally
{
    bench::TranscriptCounts counts;
    qint64 lines = 0;
    qint64 splitNs = 0; // direct: time in LineSplitter (finding the lines of each read)
    qint64 parseNs = 0; // direct: time in the parser

    void add(const QList<AgentEvent> &events)
    {
        for (const AgentEvent &event : events) {
            switch (event.kind) {
            case AgentEvent::Kind::Init:
                ++counts.init;
                break;
            case AgentEvent::Kind::AssistantText:
                ++counts.text;
                break;
            case AgentEvent::Kind::ToolUse:
                ++counts.toolUse;
                break;
            case AgentEvent::Kind::ToolResult:
                ++counts.toolResult;
                break;
            case AgentEvent::Kind::ApiRetry:
                ++counts.retry;
                break;
            case AgentEvent::Kind::Result:
                ++counts.result;
                break;
            case AgentEvent::Kind::RawText:
                ++counts.raw;
                break;
            }
        }
    }
};

int generate(const QStringList &args)
{
    if (args.size() < 4)
        return 2;
    const QByteArray path = args.at(2).toLocal8Bit();
    const qint64 megabytes = args.at(3).toLongLong();
    const quint64 seed = args.size() > 4 ? args.at(4).toULongLong() : 20261129;
    std::FILE *out = std::fopen(path.constData(), "wb");
    if (!out) {
        std::fprintf(stderr, "cannot write %s\n", path.constData());
        return 1;
    }
    bench::TranscriptGenerator generator(seed);
    const bench::TranscriptCounts counts = generator.write(out, megabytes * 1000 * 1000);
    if (std::fclose(out) != 0)
        return 1;
    std::printf("events: %s\n", counts.events().c_str());
    std::printf("generated: %lld lines, %lld bytes\n", static_cast<long long>(counts.lines),
                static_cast<long long>(counts.bytes));
    return 0;
}

// The product's path: ProcessRunner -> stdoutLines -> AgentOutputParser::parse, as in Worker.
// Without a parser, the lines are only counted.
bool parseThroughProcess(const QString &path, AgentOutputParser *parser, Tally &tally)
{
    ProcessSpec spec;
    spec.program = QStringLiteral("cat");
    spec.arguments = {path};
    spec.environment = QProcessEnvironment::systemEnvironment();
    ProcessRunner runner;
    QObject context;
    QObject::connect(&runner, &ProcessRunner::stdoutLines, &context, [&](const LineBatch &lines) {
        tally.lines += lines.size();
        if (parser)
            tally.add(parser->parse(lines));
    });
    QObject::connect(&runner, &ProcessRunner::finished, &context, [](const ProcessRunner::Result &) {
        QCoreApplication::quit();
    });
    if (!runner.start(spec))
        return false;
    QCoreApplication::exec();
    return runner.result().state == ProcessRunner::State::Finished && runner.result().exitCode == 0;
}

// The parser alone: the same splitter and batches, read from the file without a child.
bool parseDirect(const QString &path, AgentOutputParser &parser, Tally &tally)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    LineSplitter splitter;
    constexpr qint64 chunkBytes = 64 * 1024; // what one read of a full pipe gives
    QElapsedTimer timer;
    const auto consume = [&](const LineBatch &lines) {
        tally.splitNs += timer.nsecsElapsed();
        timer.start();
        tally.lines += lines.size();
        tally.add(parser.parse(lines));
        tally.parseNs += timer.nsecsElapsed();
    };
    for (;;) {
        // A buffer per read, as QProcess hands over; the lines of a batch point into it.
        const QByteArray chunk = file.read(chunkBytes);
        if (chunk.isEmpty()) {
            if (file.error() != QFileDevice::NoError)
                return false;
            break;
        }
        timer.start();
        consume(splitter.feed(chunk));
    }
    timer.start();
    consume(splitter.flush());
    return true;
}

int parse(const QStringList &args)
{
    if (args.size() < 3)
        return 2;
    const QString path = args.at(2);
    const QString via = args.size() > 3 ? args.at(3) : QStringLiteral("process");
    Config config;
    ClaudeDriver driver(config);
    const std::unique_ptr<AgentOutputParser> parser = driver.createParser();
    Tally tally;
    QElapsedTimer timer;
    timer.start();
    bool ok = false;
    // The command line's setting; the window keeps the default pipes.
    ProcessRunner::setLargeStdoutPipes(via != u"window");
    if (via == u"process" || via == u"window")
        ok = parseThroughProcess(path, parser.get(), tally);
    else if (via == u"deliver")
        ok = parseThroughProcess(path, nullptr, tally);
    else if (via == u"direct")
        ok = parseDirect(path, *parser, tally);
    else
        return 2;
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!ok) {
        std::fprintf(stderr, "reading %s failed\n", qPrintable(path));
        return 1;
    }
    const double megabytes = double(QFile(path).size()) / 1e6;
    std::printf("events: %s\n", tally.counts.events().c_str());
    std::printf("parsed: %lld lines, %.1f MB in %.3f s (%.1f MB/s) via %s\n", static_cast<long long>(tally.lines),
                megabytes, seconds, megabytes / seconds, qPrintable(via));
    if (via == u"direct") {
        // Where the time goes: cutting and decoding lines (core/process) against parsing them.
        std::printf("split: %.3f s (%.1f MB/s), parse: %.3f s (%.1f MB/s)\n", double(tally.splitNs) / 1e9,
                    megabytes * 1e3 / double(qMax<qint64>(1, tally.splitNs / 1000000)), double(tally.parseNs) / 1e9,
                    megabytes * 1e3 / double(qMax<qint64>(1, tally.parseNs / 1000000)));
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const QString command = args.size() > 1 ? args.at(1) : QString();
    int status = 2;
    if (command == u"generate")
        status = generate(args);
    else if (command == u"parse")
        status = parse(args);
    if (status == 2)
        std::fprintf(stderr, "usage: bench_ingest generate FILE MEGABYTES [SEED] | parse FILE [process|window|direct|deliver]\n");
    return status;
}
