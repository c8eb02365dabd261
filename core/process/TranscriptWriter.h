#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <memory>

namespace orch {

// Appends one attempt's stdout to its transcript file off the caller's thread.
//
// Why: at a few hundred MB/s of agent output a blocking write can sleep for 100 ms and more in
// the kernel's dirty-page throttling, and the caller is the engine's (in the app, the GUI's)
// event loop. Writes go to one process-wide writer thread, in the order they were made (one FIFO
// for all files). Memory is bounded: when the process-wide backlog is over backlogLimit(),
// write() waits until the thread has caught up. finish() closes the file after the last queued
// byte and then emits finished() on the caller's thread; a writer destroyed unfinished still gets
// its queued bytes written, and the queue is drained before the program exits.
class TranscriptWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TranscriptWriter)

public:
    explicit TranscriptWriter(QObject *parent = nullptr);
    ~TranscriptWriter() override;

    // Opens (creates) path for appending, at once on the caller's thread; false with
    // *errorMessage set to the system's reason otherwise. An existing file keeps its permissions.
    bool open(const QString &path, QString *errorMessage = nullptr);
    // Queues data after everything queued before. Ignored unless open and not finishing.
    void write(const QByteArray &data);
    // Queues the close: finished() follows once every queued byte is written and the file closed.
    void finish();

    bool isOpen() const { return m_state != nullptr && !m_finishing; }
    bool isFinished() const { return m_finished; }
    // Once finished: the first write or close error ("" if none) and the bytes written.
    QString errorString() const { return m_error; }
    qint64 bytesWritten() const { return m_written; }

    // The bytes queued and not yet written, over all writers of this process, and the bound
    // over which write() waits.
    static qsizetype backlogBytes();
    static qsizetype backlogLimit();
    static void setBacklogLimit(qsizetype bytes);

    struct FileState; // shared with the writer thread

signals:
    // errorMessage is empty when every byte reached the file.
    void finished(const QString &errorMessage);

private:
    void onClosed(const QString &errorMessage, qint64 written);

    std::shared_ptr<FileState> m_state;
    bool m_finishing = false;
    bool m_finished = false;
    QString m_error;
    qint64 m_written = 0;
};

} // namespace orch
