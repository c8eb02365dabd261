// libFuzzer target: the log browser's JSONL reader (QtCore only: JsonlScanner and LogIndexWork,
// compiled without the rest of orch_ui). Each line is scanned and summarised; the whole input is
// then indexed from a file in slices, as LogIndex does, and filtered.
// Oracle: the raw-byte prefilter of a text search never drops a line that the full decode of
// the message matches (the same filter with rawSearch off must give the same rows).
#include "JsonlScanner.h"
#include "LogIndexWork.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdint>
#include <cstdlib>

namespace {

const QString &scratchFile()
{
    static const QString path = [] {
        const QString folder = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
        return QStringLiteral("%1/orch-fuzz-jsonl-%2.jsonl").arg(folder).arg(QCoreApplication::applicationPid());
    }();
    // libFuzzer ends with exit(): remove the file then. Registered after path is built, so it runs
    // before path's destructor.
    static const bool removeAtExit = std::atexit([] { QFile::remove(scratchFile()); }) == 0;
    (void)removeAtExit;
    return path;
}

std::vector<quint32> filterRows(const QString &path, const QList<orch::LogChunkPtr> &chunks,
                                const orch::LogIndexWork::CompiledFilter &filter)
{
    std::vector<quint32> rows;
    qint64 next = 0;
    for (int round = 0; round < 10000; ++round) {
        const orch::LogIndexWork::FilterSlice slice =
            orch::LogIndexWork::filterSlice(path, chunks, next, filter, 4096, nullptr);
        rows.insert(rows.end(), slice.rows.begin(), slice.rows.end());
        if (slice.nextLine == next)
            break;
        next = slice.nextLine;
    }
    return rows;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view all(reinterpret_cast<const char *>(data), size);
    for (std::size_t start = 0; start <= all.size();) {
        std::size_t end = all.find('\n', start);
        if (end == std::string_view::npos)
            end = all.size();
        const std::string_view line = all.substr(start, end - start);
        const orch::JsonlScanner::Fields fields = orch::JsonlScanner::scan(line);
        for (const std::string_view raw : {fields.level, fields.type, fields.workerId, fields.runId, fields.time,
                                           fields.message})
            (void)orch::JsonlScanner::text(raw);
        (void)orch::JsonlScanner::integer(fields.workerId);
        (void)orch::JsonlScanner::summary(line, fields);
        start = end + 1;
    }

    const QString &path = scratchFile();
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        file.write(all.data(), qint64(all.size()));
    }

    // Small slices, so lines straddle slice ends as they do in a big file.
    orch::LogIndexWork::IndexInput input;
    input.path = path;
    input.maxBytes = 16 + (size > 0 ? data[0] : 0) * 4;
    QList<orch::LogChunkPtr> chunks;
    for (int round = 0; round < 100000; ++round) {
        const orch::LogIndexWork::IndexSlice slice = orch::LogIndexWork::indexSlice(input, nullptr);
        if (!slice.chunk)
            std::abort();
        chunks << slice.chunk;
        input.firstLine += qint64(slice.chunk->lines.size());
        if (slice.nextOffset == input.offset)
            break;
        input.offset = slice.nextOffset;
        input.labels = slice.labels;
        input.runs = slice.runs;
        input.currentRun = slice.currentRun;
    }

    // Plain ASCII (the raw prefilter), ASCII case-sensitive, non-ASCII (no prefilter), a regex.
    const struct
    {
        QString text;
        bool caseSensitive;
        bool regex;
    } filters[] = {{QStringLiteral("error"), false, false},
                   {QStringLiteral("Write a.txt"), true, false},
                   {QStringLiteral("n\u00e9"), false, false},
                   {QStringLiteral("e.*r"), false, true}};
    for (const auto &[text, caseSensitive, regex] : filters) {
        orch::LogFilter filter;
        filter.text = text;
        filter.caseSensitive = caseSensitive;
        filter.regex = regex;
        filter.hiddenLabels.insert(QStringLiteral("DEBUG"));
        filter.runId = input.runs.value(0);
        orch::LogIndexWork::CompiledFilter compiled = orch::LogIndexWork::compile(filter, input.labels, input.runs);
        const std::vector<quint32> rows = filterRows(path, chunks, compiled);
        if (!std::is_sorted(rows.begin(), rows.end()) || (!rows.empty() && rows.back() >= input.firstLine))
            std::abort();
        if (compiled.rawSearch) {
            compiled.rawSearch = false;
            if (filterRows(path, chunks, compiled) != rows)
                std::abort();  // the raw prefilter dropped a matching line
        }
    }
    orch::LogFilter byWorker;
    byWorker.workerId = 1;
    (void)filterRows(path, chunks, orch::LogIndexWork::compile(byWorker, input.labels, input.runs));
    return 0;
}
