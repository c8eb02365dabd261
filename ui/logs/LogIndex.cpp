#include "LogIndex.h"

#include <QFile>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <limits>

namespace orch {

namespace {

constexpr int defaultPollMs = 500;
constexpr qint64 indexSliceBytes = 16 * 1024 * 1024;
constexpr qint64 filterSliceBytes = 24 * 1024 * 1024;

} // namespace

LogIndex::LogIndex(QObject *parent)
    : QObject(parent)
{
    m_pollTimer.setInterval(defaultPollMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &LogIndex::poll);
    connect(&m_indexWatcher, &QFutureWatcherBase::finished, this, &LogIndex::onIndexSlice);
    connect(&m_filterWatcher, &QFutureWatcherBase::finished, this, &LogIndex::onFilterSlice);
}

LogIndex::~LogIndex()
{
    // The jobs own copies of what they read; they only need to stop early.
    cancelJobs();
}

void LogIndex::cancelJobs()
{
    if (m_indexCancel)
        m_indexCancel->store(true);
    if (m_filterCancel)
        m_filterCancel->store(true);
    m_indexRunning = false;
    m_filterRunning = false;
}

bool LogIndex::open(const QString &path, QString *errorMessage)
{
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly)) {
        if (errorMessage)
            *errorMessage = tr("Cannot open %1: %2").arg(path, probe.errorString());
        return false;
    }
    probe.close();
    emit aboutToReset();
    cancelJobs();
    ++m_generation;
    ++m_filterGeneration;
    m_path = QFileInfo(path).absoluteFilePath();
    m_chunks.clear();
    m_chunkStarts.clear();
    m_lineCount = 0;
    m_indexedBytes = 0;
    m_fileSize = QFileInfo(path).size();
    m_labels = QStringList{QString()};
    m_runs.clear();
    m_currentRun = LogIndexWork::noRun;
    m_workers.clear();
    m_rows.clear();
    m_filteredUpTo = 0;
    emit resetDone();
    emit labelsChanged();
    emit workersChanged();
    startIndexSlice();
    if (m_pollTimer.interval() > 0)
        m_pollTimer.start();
    return true;
}

void LogIndex::close()
{
    emit aboutToReset();
    cancelJobs();
    ++m_generation;
    ++m_filterGeneration;
    m_pollTimer.stop();
    m_path.clear();
    m_chunks.clear();
    m_chunkStarts.clear();
    m_lineCount = 0;
    m_indexedBytes = 0;
    m_fileSize = 0;
    m_labels.clear();
    m_runs.clear();
    m_workers.clear();
    m_rows.clear();
    m_filteredUpTo = 0;
    emit resetDone();
    emit labelsChanged();
    emit workersChanged();
    updateActivity();
}

void LogIndex::setPollInterval(int milliseconds)
{
    m_pollTimer.setInterval(std::max(0, milliseconds));
    if (milliseconds <= 0)
        m_pollTimer.stop();
    else if (!m_path.isEmpty())
        m_pollTimer.start();
}

void LogIndex::setFilter(const LogFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    restartFilter();
}

void LogIndex::restartFilter()
{
    emit aboutToReset();
    if (m_filterCancel)
        m_filterCancel->store(true);
    m_filterRunning = false;
    ++m_filterGeneration;
    m_rows.clear();
    m_filteredUpTo = 0;
    emit resetDone();
    startFilterSlice();
    updateActivity();
}

LogIndex::Activity LogIndex::activity() const
{
    if (m_indexRunning)
        return Activity::Indexing;
    if (m_filterRunning)
        return Activity::Filtering;
    return Activity::Idle;
}

int LogIndex::rowCount() const
{
    const qint64 count = m_filter.isEmpty() ? m_lineCount : qint64(m_rows.size());
    return int(std::min<qint64>(count, std::numeric_limits<int>::max()));
}

qint64 LogIndex::lineOfRow(int row) const
{
    if (row < 0 || row >= rowCount())
        return -1;
    return m_filter.isEmpty() ? row : qint64(m_rows[std::size_t(row)]);
}

const LogLine *LogIndex::line(qint64 lineNumber) const
{
    if (lineNumber < 0 || lineNumber >= m_lineCount)
        return nullptr;
    const auto it = std::upper_bound(m_chunkStarts.cbegin(), m_chunkStarts.cend(), lineNumber);
    const auto chunk = std::size_t(it - m_chunkStarts.cbegin()) - 1;
    return &m_chunks[qsizetype(chunk)]->lines[std::size_t(lineNumber - m_chunkStarts[chunk])];
}

qint64 LogIndex::fileOffset(qint64 lineNumber) const
{
    if (lineNumber < 0 || lineNumber >= m_lineCount)
        return -1;
    const auto it = std::upper_bound(m_chunkStarts.cbegin(), m_chunkStarts.cend(), lineNumber);
    const auto chunk = std::size_t(it - m_chunkStarts.cbegin()) - 1;
    return m_chunks[qsizetype(chunk)]->base + line(lineNumber)->offset;
}

QByteArray LogIndex::readLine(qint64 lineNumber, qint64 maxBytes) const
{
    const LogLine *entry = line(lineNumber);
    if (!entry)
        return {};
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(fileOffset(lineNumber)))
        return {};
    return file.read(std::min<qint64>(entry->length, maxBytes));
}

QString LogIndex::labelOf(qint64 lineNumber) const
{
    const LogLine *entry = line(lineNumber);
    return entry ? m_labels.value(entry->label) : QString();
}

QStringList LogIndex::labels() const
{
    return m_labels.mid(1);
}

void LogIndex::startIndexSlice()
{
    if (m_indexRunning || m_path.isEmpty())
        return;
    LogIndexWork::IndexInput input;
    input.path = m_path;
    input.offset = m_indexedBytes;
    input.firstLine = m_lineCount;
    input.maxBytes = indexSliceBytes;
    input.labels = m_labels;
    input.runs = m_runs;
    input.currentRun = m_currentRun;
    m_indexCancel = std::make_shared<std::atomic_bool>(false);
    m_indexRunning = true;
    const quint64 generation = m_generation;
    m_indexWatcher.setFuture(QtConcurrent::run([input, generation, cancel = m_indexCancel] {
        LogIndexWork::IndexSlice slice = LogIndexWork::indexSlice(input, cancel.get());
        slice.generation = generation;
        return slice;
    }));
    updateActivity();
}

void LogIndex::onIndexSlice()
{
    if (m_indexWatcher.future().resultCount() == 0)
        return;
    LogIndexWork::IndexSlice slice = m_indexWatcher.result();
    if (slice.generation != m_generation || !m_indexRunning)
        return;
    m_indexRunning = false;
    if (!slice.chunk) {
        emit errorOccurred(tr("Cannot read %1: %2").arg(m_path, slice.error));
        updateActivity();
        return;
    }
    m_fileSize = slice.fileSize;
    const auto added = qint64(slice.chunk->lines.size());
    const bool labelsGrew = slice.labels.size() != m_labels.size();
    m_labels = slice.labels;
    // Lines before a run's first run_id count as that run's: filter them again once it is named.
    const bool runNamed = !m_filter.runId.isEmpty() && !m_runs.contains(m_filter.runId)
                          && slice.runs.contains(m_filter.runId) && m_filteredUpTo > 0;
    m_runs = slice.runs;
    m_currentRun = slice.currentRun;
    m_indexedBytes = slice.nextOffset;
    bool workersGrew = false;
    for (const int worker : std::as_const(slice.newWorkers)) {
        if (!m_workers.contains(worker)) {
            m_workers.insert(std::lower_bound(m_workers.begin(), m_workers.end(), worker), worker);
            workersGrew = true;
        }
    }
    if (added > 0) {
        const bool direct = m_filter.isEmpty();
        const int first = rowCount();
        if (direct)
            emit rowsAboutToBeAppended(first, int(first + added - 1));
        m_chunkStarts.push_back(m_lineCount);
        m_chunks << slice.chunk;
        m_lineCount += added;
        if (direct)
            emit rowsAppended();
    }
    if (labelsGrew)
        emit labelsChanged();
    if (workersGrew)
        emit workersChanged();
    // Keep going while there is more file than index; the poll takes over at the end.
    if (m_indexedBytes < m_fileSize && added > 0)
        startIndexSlice();
    if (runNamed)
        restartFilter();
    startFilterSlice();
    reportProgress();
    updateActivity();
}

void LogIndex::startFilterSlice()
{
    if (m_filterRunning || m_filter.isEmpty() || m_filteredUpTo >= m_lineCount)
        return;
    const LogIndexWork::CompiledFilter compiled = LogIndexWork::compile(m_filter, m_labels, m_runs);
    m_filterCancel = std::make_shared<std::atomic_bool>(false);
    m_filterRunning = true;
    const quint64 generation = m_filterGeneration;
    m_filterWatcher.setFuture(QtConcurrent::run(
        [path = m_path, chunks = m_chunks, from = m_filteredUpTo, compiled, generation, cancel = m_filterCancel] {
            LogIndexWork::FilterSlice slice =
                LogIndexWork::filterSlice(path, chunks, from, compiled, filterSliceBytes, cancel.get());
            slice.generation = generation;
            return slice;
        }));
    updateActivity();
}

void LogIndex::onFilterSlice()
{
    if (m_filterWatcher.future().resultCount() == 0)
        return;
    LogIndexWork::FilterSlice slice = m_filterWatcher.result();
    if (slice.generation != m_filterGeneration || !m_filterRunning)
        return;
    m_filterRunning = false;
    if (!slice.rows.empty()) {
        const int first = rowCount();
        emit rowsAboutToBeAppended(first, first + int(slice.rows.size()) - 1);
        m_rows.insert(m_rows.end(), slice.rows.cbegin(), slice.rows.cend());
        emit rowsAppended();
    }
    m_filteredUpTo = slice.nextLine;
    startFilterSlice();
    reportProgress();
    updateActivity();
}

void LogIndex::poll()
{
    if (m_path.isEmpty() || m_indexRunning)
        return;
    const QFileInfo info(m_path);
    const qint64 size = info.exists() ? info.size() : 0;
    if (size < m_indexedBytes) {
        // Truncated or replaced: start over.
        const QString path = m_path;
        open(path);
        return;
    }
    if (size > m_indexedBytes) {
        m_fileSize = size;
        startIndexSlice();
    }
}

void LogIndex::reportProgress()
{
    int percent = 100;
    if (m_indexRunning && m_fileSize > 0)
        percent = int(m_indexedBytes * 100 / m_fileSize);
    else if (m_filterRunning && m_lineCount > 0)
        percent = int(m_filteredUpTo * 100 / m_lineCount);
    emit progressChanged(percent);
}

void LogIndex::updateActivity()
{
    const Activity now = activity();
    if (now == m_activity)
        return;
    m_activity = now;
    emit activityChanged(now);
}

} // namespace orch
