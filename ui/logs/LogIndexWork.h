#pragma once

#include "LogFilter.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>

#include <atomic>
#include <memory>
#include <string>
#include <vector>

namespace orch {

// One indexed line: 16 bytes, so a 1 GB log of 200-byte lines needs about 80 MB. The text is
// read back from the file only for the rows on screen and while filtering by text.
struct LogLine
{
    quint32 offset = 0;  // from the chunk's base
    quint32 length = 0;  // without the newline
    qint32 workerId = -1;
    quint16 label = 0;   // index into the label table (level or transcript type)
    quint16 run = 0;     // index into the run table; noRun before the first line naming a run
};

// An immutable run of consecutive lines. Index slices produce them; the GUI thread only appends
// chunks to its list, so filter jobs can read a snapshot of the list without locks.
struct LogChunk
{
    qint64 base = 0;       // file offset of the first line
    qint64 firstLine = 0;  // number of the first line in the file
    std::vector<LogLine> lines;
};
using LogChunkPtr = std::shared_ptr<const LogChunk>;

// The pure work of LogIndex, run on the thread pool.
class LogIndexWork
{
public:
    static constexpr quint16 noRun = 0xFFFF;
    // A slice indexed ahead of the one before it does not know the run its first lines belong
    // to; they carry this until the slice is appended (see LogIndex).
    static constexpr quint16 inheritedRun = 0xFFFE;
    static constexpr quint16 noLabel = 0;  // label 0 is always "" (neither level nor type)

    struct IndexInput
    {
        QString path;
        qint64 offset = 0;
        // false: offset may be inside a line; the slice starts at the first line that starts at
        // or after it (slices indexed side by side, see LogIndex).
        bool atLineStart = true;
        // The slice indexes the lines that start before this (reading on to finish the last);
        // -1: offset + maxBytes.
        qint64 endOffset = -1;
        qint64 firstLine = 0;
        qint64 maxBytes = 16 * 1024 * 1024;
        QStringList labels;
        QStringList runs;
        quint16 currentRun = noRun;
    };
    struct IndexSlice
    {
        quint64 generation = 0;
        LogChunkPtr chunk;  // null on error
        qint64 startOffset = 0; // where its first line starts
        qint64 nextOffset = 0;
        qint64 fileSize = 0;
        QStringList labels;
        QStringList runs;
        quint16 currentRun = noRun;
        QList<int> newWorkers;
        QString error;
    };
    // Indexes the whole lines that start in [input.offset, the end offset). A line without a
    // run_id belongs to the run named last before it (runs log in order; a GUI process's log holds
    // them one after the other); lines before the first run_id belong to the first run.
    static IndexSlice indexSlice(const IndexInput &input, const std::atomic_bool *canceled);

    struct CompiledFilter
    {
        std::vector<bool> labelShown;  // by label index; labels past the end are shown
        int workerId = -1;
        int run = -1;  // -1: any; otherwise the run index; lines of noRun count as run 0
        bool matchAnyRun = true;
        QString text;
        QRegularExpression regex;
        bool useRegex = false;
        Qt::CaseSensitivity cs = Qt::CaseInsensitive;
        bool rawSearch = false;  // text can be looked for in the raw bytes first (see compile)
        std::string rawText;
        bool needsText() const { return !text.isEmpty(); }
    };
    static CompiledFilter compile(const LogFilter &filter, const QStringList &labels, const QStringList &runs);

    struct FilterSlice
    {
        quint64 generation = 0;
        qint64 nextLine = 0;  // first line not yet looked at
        std::vector<quint32> rows;  // matching line numbers, ascending
    };
    // Filters lines [fromLine, chunks' end) but stops after about budgetBytes of text read.
    static FilterSlice filterSlice(const QString &path, const QList<LogChunkPtr> &chunks, qint64 fromLine,
                                   const CompiledFilter &filter, qint64 budgetBytes, const std::atomic_bool *canceled);
};

} // namespace orch
