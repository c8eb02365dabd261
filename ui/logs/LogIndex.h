#pragma once

#include "LogFilter.h"
#include "LogIndexWork.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <atomic>
#include <deque>
#include <memory>
#include <vector>

namespace orch {

// A JSONL file, indexed and filtered on the thread pool in slices, so the GUI thread only ever
// appends finished pieces. Memory: 16 bytes a line plus 4 per matching line when filtered; text
// is read back from the file for the rows on screen. While the file is open its size is polled,
// and lines appended by a running orchestrator are indexed (and filtered) as they arrive.
class LogIndex final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogIndex)

public:
    enum class Activity { Idle, Indexing, Filtering };
    Q_ENUM(Activity)

    explicit LogIndex(QObject *parent = nullptr);
    ~LogIndex() override;

    // Starts indexing path from the start; false (and nothing opened) when it cannot be read.
    bool open(const QString &path, QString *errorMessage = nullptr);
    void close();
    QString filePath() const { return m_path; }

    // Cancels the filter job in flight and starts over with this one.
    void setFilter(const LogFilter &filter);
    LogFilter filter() const { return m_filter; }
    // How often the file's size is checked for appended lines (0: never).
    void setPollInterval(int milliseconds);
    // How much of the file one index job reads, and how much text one filter job reads (16 and
    // 24 MB); tests make them small to get many slices out of a small file.
    void setSliceBytes(qint64 indexBytes, qint64 filterBytes);
    // The threads that index and filter, for every LogIndex (one per core by default).
    static int jobThreads();
    static void setJobThreads(int threads);

    Activity activity() const;
    bool isIndexing() const { return !m_indexJobs.empty(); }
    qint64 lineCount() const { return m_lineCount; }
    int rowCount() const;  // lines that pass the filter, as far as it has got
    qint64 lineOfRow(int row) const;
    const LogLine *line(qint64 lineNumber) const;
    qint64 fileOffset(qint64 lineNumber) const;
    // The line's bytes from the file (at most maxBytes), without the newline.
    QByteArray readLine(qint64 lineNumber, qint64 maxBytes = 64 * 1024) const;
    QString labelOf(qint64 lineNumber) const;
    // The run the line belongs to: the last run_id at or before it; empty before the first.
    QString runOf(qint64 lineNumber) const;

    QStringList labels() const;  // levels and types seen, without the empty one
    QList<int> workers() const { return m_workers; }  // ascending
    QStringList runIds() const { return m_runs; }

signals:
    void aboutToReset();
    void resetDone();
    void rowsAboutToBeAppended(int first, int last);
    void rowsAppended();
    void activityChanged(orch::LogIndex::Activity activity);
    void progressChanged(int percent);
    void labelsChanged();
    void workersChanged();
    void errorOccurred(const QString &message);

private:
    struct IndexJob
    {
        LogIndexWork::IndexInput input;
        QFutureWatcher<LogIndexWork::IndexSlice> *watcher = nullptr;
    };

    void restartFilter();
    void startIndexSlice();
    void onIndexSlice();
    void dropIndexJobs();
    // Settles a finished slice's numbers and appends it; true when it got somewhere, so the next
    // slice can go on from where it ended.
    bool appendIndexSlice(const IndexJob &job, LogIndexWork::IndexSlice slice);
    void startFilterSlice();
    void onFilterSlice();
    void poll();
    void reportProgress();
    void updateActivity();
    void cancelJobs();
    void dropFilterJobs();

    QString m_path;
    LogFilter m_filter;
    QList<LogChunkPtr> m_chunks;
    std::vector<qint64> m_chunkStarts;  // first line of each chunk, for lookups
    qint64 m_lineCount = 0;
    qint64 m_indexedBytes = 0;
    qint64 m_fileSize = 0;
    QStringList m_labels;
    QStringList m_runs;
    quint16 m_currentRun = LogIndexWork::noRun;
    QList<int> m_workers;

    std::vector<quint32> m_rows;  // filtered line numbers; unused while the filter is empty
    qint64 m_filteredUpTo = 0;

    // Bumped on open/close (and the second also on a new filter): stale job results are dropped.
    quint64 m_generation = 0;
    quint64 m_filterGeneration = 0;
    std::shared_ptr<std::atomic_bool> m_indexCancel;
    std::shared_ptr<std::atomic_bool> m_filterCancel;
    // Index slices in flight, in file order; they cover [m_indexedBytes, m_indexScheduledUpTo).
    std::deque<IndexJob> m_indexJobs;
    qint64 m_indexScheduledUpTo = 0;
    // Filter slices in flight, in line order; they cover lines [m_filteredUpTo, m_filterScheduledUpTo).
    std::deque<QFutureWatcher<LogIndexWork::FilterSlice> *> m_filterJobs;
    qint64 m_filterScheduledUpTo = 0;
    qint64 m_indexSliceBytes = 16 * 1024 * 1024;
    qint64 m_filterSliceBytes = 24 * 1024 * 1024;
    QTimer m_pollTimer;
    Activity m_activity = Activity::Idle;
};

} // namespace orch
