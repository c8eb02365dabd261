#include "LogIndex.h"

#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <limits>

#include <sys/resource.h>
#include <unistd.h>

namespace orch {

namespace {

constexpr int defaultPollMs = 500;

// The index and filter jobs run in a pool of their own, one thread per core, at a lower priority
// (nice 10) than the window. Two filter jobs on a two-core machine otherwise kept the GUI thread
// waiting for a core: the 5 ms timer's p99 lateness went from 10 to 41 ms while the window's own
// work stayed under 14 ms (benchmark 4). A thread's nice value cannot be lowered again without
// privileges, which is why these threads are not the application's shared pool.
QThreadPool *jobPool()
{
    static QThreadPool *const pool = [] {
        auto *created = new QThreadPool; // lives as long as the process: jobs may outlive an index
        created->setMaxThreadCount(QThread::idealThreadCount());
        return created;
    }();
    return pool;
}

// Called first in every job: the thread's own nice value, once.
void runBelowTheWindow()
{
    thread_local bool lowered = false;
    if (!lowered) {
        ::setpriority(PRIO_PROCESS, static_cast<id_t>(::gettid()), 10);
        lowered = true;
    }
}

} // namespace

LogIndex::LogIndex(QObject *parent)
    : QObject(parent)
{
    m_pollTimer.setInterval(defaultPollMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &LogIndex::poll);
}

LogIndex::~LogIndex()
{
    // The jobs own copies of what they read; they only need to stop early.
    cancelJobs();
}

void LogIndex::cancelJobs()
{
    dropIndexJobs();
    dropFilterJobs();
}

void LogIndex::dropFilterJobs()
{
    if (m_filterCancel)
        m_filterCancel->store(true);
    // Their results are not wanted; a watcher may be the sender of the signal being handled.
    for (QFutureWatcher<LogIndexWork::FilterSlice> *job : m_filterJobs) {
        job->disconnect(this);
        job->deleteLater();
    }
    m_filterJobs.clear();
    m_filterScheduledUpTo = m_filteredUpTo;
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
    m_filterScheduledUpTo = 0;
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
    m_filterScheduledUpTo = 0;
    emit resetDone();
    emit labelsChanged();
    emit workersChanged();
    updateActivity();
}

int LogIndex::jobThreads()
{
    return jobPool()->maxThreadCount();
}

void LogIndex::setJobThreads(int threads)
{
    jobPool()->setMaxThreadCount(std::max(1, threads));
}

void LogIndex::setSliceBytes(qint64 indexBytes, qint64 filterBytes)
{
    m_indexSliceBytes = std::max<qint64>(1, indexBytes);
    m_filterSliceBytes = std::max<qint64>(1, filterBytes);
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
    ++m_filterGeneration;
    m_rows.clear();
    m_filteredUpTo = 0;
    dropFilterJobs();
    emit resetDone();
    startFilterSlice();
    updateActivity();
}

LogIndex::Activity LogIndex::activity() const
{
    if (!m_indexJobs.empty())
        return Activity::Indexing;
    if (!m_filterJobs.empty())
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

QString LogIndex::runOf(qint64 lineNumber) const
{
    const LogLine *entry = line(lineNumber);
    if (!entry || entry->run == LogIndexWork::noRun)
        return {};
    return m_runs.value(entry->run);
}

QStringList LogIndex::labels() const
{
    return m_labels.mid(1);
}

void LogIndex::startIndexSlice()
{
    if (m_path.isEmpty())
        return;
    // Slices of the file are indexed side by side, one job per core. The first starts where the
    // index ends; each later one finds its first line itself and works with the tables as they
    // were at its launch, so its numbers for new levels and runs, and the run of the lines before
    // its first run_id, are settled when it is appended (appendIndexSlice), in file order.
    if (m_indexJobs.empty()) {
        m_indexScheduledUpTo = m_indexedBytes;
        m_indexCancel = std::make_shared<std::atomic_bool>(false);
    }
    const auto jobs = std::size_t(std::max(1, jobPool()->maxThreadCount()));
    while (m_indexJobs.size() < jobs && m_indexScheduledUpTo < m_fileSize) {
        const bool first = m_indexJobs.empty();
        IndexJob job;
        job.input.path = m_path;
        job.input.offset = m_indexScheduledUpTo;
        job.input.atLineStart = first;
        job.input.endOffset = std::min(m_indexScheduledUpTo + m_indexSliceBytes, m_fileSize);
        job.input.labels = m_labels;
        job.input.runs = m_runs;
        job.input.currentRun = first ? m_currentRun : LogIndexWork::inheritedRun;
        job.watcher = new QFutureWatcher<LogIndexWork::IndexSlice>(this);
        connect(job.watcher, &QFutureWatcherBase::finished, this, &LogIndex::onIndexSlice);
        const quint64 generation = m_generation;
        job.watcher->setFuture(QtConcurrent::run(jobPool(), [input = job.input, generation, cancel = m_indexCancel] {
            runBelowTheWindow();
            LogIndexWork::IndexSlice slice = LogIndexWork::indexSlice(input, cancel.get());
            slice.generation = generation;
            return slice;
        }));
        m_indexScheduledUpTo = job.input.endOffset;
        m_indexJobs.push_back(std::move(job));
    }
    updateActivity();
}

void LogIndex::dropIndexJobs()
{
    if (m_indexCancel)
        m_indexCancel->store(true);
    for (const IndexJob &job : m_indexJobs) {
        job.watcher->disconnect(this);
        job.watcher->deleteLater();
    }
    m_indexJobs.clear();
    m_indexScheduledUpTo = m_indexedBytes;
}

void LogIndex::onIndexSlice()
{
    bool changed = false;
    bool goOn = true;
    while (!m_indexJobs.empty() && m_indexJobs.front().watcher->isFinished()) {
        const IndexJob job = m_indexJobs.front();
        m_indexJobs.pop_front();
        job.watcher->deleteLater(); // it may be the sender of this call
        if (job.watcher->future().resultCount() == 0)
            continue;
        LogIndexWork::IndexSlice slice = job.watcher->result();
        if (slice.generation != m_generation)
            continue;
        changed = true;
        if (!slice.chunk) {
            dropIndexJobs();
            emit errorOccurred(tr("Cannot read %1: %2").arg(m_path, slice.error));
            goOn = false; // the poll tries again
            break;
        }
        if (slice.startOffset != m_indexedBytes) {
            // Not where the last slice ended (the file changed under the jobs): index again from
            // the end of what is known.
            dropIndexJobs();
            break;
        }
        if (!appendIndexSlice(job, std::move(slice))) {
            // The line where the index ends is still being written: the poll takes over.
            dropIndexJobs();
            goOn = false;
            break;
        }
    }
    if (!changed)
        return; // a later slice finished first: it waits for the earlier ones
    if (goOn && m_indexedBytes < m_fileSize)
        startIndexSlice();
    else if (m_indexJobs.empty())
        m_indexScheduledUpTo = m_indexedBytes;
    startFilterSlice();
    reportProgress();
    updateActivity();
}

bool LogIndex::appendIndexSlice(const IndexJob &job, LogIndexWork::IndexSlice slice)
{
    // The slice was made by this job alone; its lines can be settled in place before anyone
    // else sees the chunk.
    const auto chunk = std::const_pointer_cast<LogChunk>(slice.chunk);
    chunk->firstLine = m_lineCount;
    const qsizetype knownLabels = job.input.labels.isEmpty() ? 1 : job.input.labels.size();
    const qsizetype knownRuns = job.input.runs.size();
    // Levels and runs this slice met first get their numbers in the tables as they are now.
    std::vector<quint16> labelMap;
    for (qsizetype i = knownLabels; i < slice.labels.size(); ++i) {
        qsizetype at = m_labels.indexOf(slice.labels[i]);
        if (at < 0 && m_labels.size() < LogIndexWork::noRun - 1) {
            m_labels << slice.labels[i];
            at = m_labels.size() - 1;
        }
        labelMap.push_back(quint16(at < 0 ? m_labels.size() - 1 : at));
    }
    // Lines before a run's first run_id count as that run's: filter them again once it is named.
    const bool runNamed = !m_filter.runId.isEmpty() && !m_runs.contains(m_filter.runId)
                          && slice.runs.contains(m_filter.runId) && m_filteredUpTo > 0;
    std::vector<quint16> runMap;
    for (qsizetype i = knownRuns; i < slice.runs.size(); ++i) {
        qsizetype at = m_runs.indexOf(slice.runs[i]);
        if (at < 0 && m_runs.size() < LogIndexWork::noRun - 2) {
            m_runs << slice.runs[i];
            at = m_runs.size() - 1;
        }
        runMap.push_back(quint16(at < 0 ? m_runs.size() - 1 : at)); // a full table shares its last slot
    }
    const auto settleRun = [&](quint16 run) {
        if (run == LogIndexWork::inheritedRun)
            return m_currentRun;
        if (run != LogIndexWork::noRun && run >= knownRuns)
            return runMap[std::size_t(run - knownRuns)];
        return run;
    };
    if (!labelMap.empty() || !runMap.empty() || job.input.currentRun == LogIndexWork::inheritedRun) {
        for (LogLine &line : chunk->lines) {
            if (line.label >= knownLabels)
                line.label = labelMap[std::size_t(line.label - knownLabels)];
            line.run = settleRun(line.run);
        }
    }
    const quint16 lastRun = settleRun(slice.currentRun);

    m_fileSize = std::max(m_fileSize, slice.fileSize);
    const auto added = qint64(chunk->lines.size());
    const bool labelsGrew = !labelMap.empty();
    m_currentRun = lastRun;
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
    if (runNamed)
        restartFilter();
    // A slice that starts where the index ends and gets nowhere has found a line still being
    // written; one further on may hold no line start at all (inside one huge line), and the next
    // goes on from its end.
    return slice.nextOffset > slice.startOffset || !job.input.atLineStart;
}

void LogIndex::startFilterSlice()
{
    if (m_filter.isEmpty())
        return;
    // Slices of about m_filterSliceBytes, as many at once as the pool has threads (both cores of a
    // two-core machine): a text filter reads and matches every line, and slices are independent.
    // Their rows are appended in line order as the earliest slice finishes (onFilterSlice).
    const auto jobs = std::size_t(std::max(1, jobPool()->maxThreadCount()));
    while (m_filterJobs.size() < jobs && m_filterScheduledUpTo < m_lineCount) {
        const qint64 from = m_filterScheduledUpTo;
        const auto first = qsizetype(std::upper_bound(m_chunkStarts.cbegin(), m_chunkStarts.cend(), from)
                                     - m_chunkStarts.cbegin()) - 1;
        qsizetype last = first;
        qint64 bytes = 0;
        for (; last < m_chunks.size() && (last == first || bytes < m_filterSliceBytes); ++last) {
            const LogChunk &chunk = *m_chunks[last];
            if (!chunk.lines.empty())
                bytes += chunk.lines.back().offset + chunk.lines.back().length;
        }
        const QList<LogChunkPtr> chunks = m_chunks.mid(first, last - first);
        const qint64 to = chunks.back()->firstLine + qint64(chunks.back()->lines.size());
        const LogIndexWork::CompiledFilter compiled = LogIndexWork::compile(m_filter, m_labels, m_runs);
        if (m_filterJobs.empty())
            m_filterCancel = std::make_shared<std::atomic_bool>(false);
        auto *job = new QFutureWatcher<LogIndexWork::FilterSlice>(this);
        connect(job, &QFutureWatcherBase::finished, this, &LogIndex::onFilterSlice);
        const quint64 generation = m_filterGeneration;
        job->setFuture(QtConcurrent::run(jobPool(), [path = m_path, chunks, from, compiled, generation,
                                                     cancel = m_filterCancel] {
            runBelowTheWindow();
            LogIndexWork::FilterSlice slice = LogIndexWork::filterSlice(
                path, chunks, from, compiled, std::numeric_limits<qint64>::max(), cancel.get());
            slice.generation = generation;
            return slice;
        }));
        m_filterJobs.push_back(job);
        m_filterScheduledUpTo = to;
    }
    updateActivity();
}

void LogIndex::onFilterSlice()
{
    bool appended = false;
    while (!m_filterJobs.empty() && m_filterJobs.front()->isFinished()) {
        QFutureWatcher<LogIndexWork::FilterSlice> *job = m_filterJobs.front();
        m_filterJobs.pop_front();
        job->deleteLater();  // it may be the sender of this call
        if (job->future().resultCount() == 0)
            continue;
        LogIndexWork::FilterSlice slice = job->result();
        if (slice.generation != m_filterGeneration)
            continue;
        if (!slice.rows.empty()) {
            const int first = rowCount();
            emit rowsAboutToBeAppended(first, first + int(slice.rows.size()) - 1);
            m_rows.insert(m_rows.end(), slice.rows.cbegin(), slice.rows.cend());
            emit rowsAppended();
        }
        m_filteredUpTo = slice.nextLine;
        appended = true;
    }
    if (!appended)
        return;  // a later slice finished first: its rows wait for the earlier ones
    startFilterSlice();
    reportProgress();
    updateActivity();
}

void LogIndex::poll()
{
    if (m_path.isEmpty() || !m_indexJobs.empty())
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
    if (!m_indexJobs.empty() && m_fileSize > 0)
        percent = int(m_indexedBytes * 100 / m_fileSize);
    else if (!m_filterJobs.empty() && m_lineCount > 0)
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
