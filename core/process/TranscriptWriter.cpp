#include "process/TranscriptWriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QMetaObject>

#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace orch {

namespace {

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

// One open transcript, shared by its writer (caller's thread) and the writer thread.
struct TranscriptWriter::FileState
{
    int fd = -1;
    QString path;
    int error = 0; // first errno of a write or the close; later data is dropped
    qint64 written = 0;
    // Told when the file is closed; cleared (under the queue's mutex) when the writer goes away.
    TranscriptWriter *owner = nullptr;
    std::function<void(const QString &, qint64)> closed; // runs on the owner's thread
};

namespace {

// The process-wide FIFO of writes and its thread, started on first use and drained at exit.
class WriteQueue
{
public:
    struct Job
    {
        std::shared_ptr<TranscriptWriter::FileState> file;
        QByteArray data;
        bool close = false;
    };

    static WriteQueue &instance()
    {
        static WriteQueue queue;
        return queue;
    }

    ~WriteQueue()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_wake.notify_all();
        if (m_thread.joinable())
            m_thread.join(); // after the queue is empty: nothing written before exit is lost
    }

    void push(Job job)
    {
        std::unique_lock lock(m_mutex);
        // Bounded memory: the caller waits while the thread is behind by more than the limit.
        // A single job larger than the limit still goes in once the queue is empty.
        m_drained.wait(lock, [this, &job] { return m_backlog <= 0 || m_backlog + job.data.size() <= m_limit; });
        m_backlog += job.data.size();
        m_jobs.push_back(std::move(job));
        if (!m_thread.joinable())
            m_thread = std::thread([this] { run(); });
        lock.unlock();
        m_wake.notify_one();
    }

    void forget(TranscriptWriter::FileState *file)
    {
        const std::lock_guard lock(m_mutex);
        file->owner = nullptr;
    }

    qsizetype backlog()
    {
        const std::lock_guard lock(m_mutex);
        return m_backlog;
    }
    qsizetype limit()
    {
        const std::lock_guard lock(m_mutex);
        return m_limit;
    }
    void setLimit(qsizetype bytes)
    {
        {
            const std::lock_guard lock(m_mutex);
            m_limit = std::max<qsizetype>(1, bytes);
        }
        m_drained.notify_all();
    }

private:
    void run()
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_wake.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
            if (m_jobs.empty())
                return; // stopping, and everything is written
            Job job = std::move(m_jobs.front());
            m_jobs.pop_front();
            lock.unlock();
            execute(job);
            lock.lock();
            m_backlog -= job.data.size();
            m_drained.notify_all();
            if (job.close)
                notifyClosed(*job.file);
        }
    }

    // Runs on the writer thread, without the lock.
    static void execute(const Job &job)
    {
        TranscriptWriter::FileState &file = *job.file;
        const char *bytes = job.data.constData();
        qsizetype left = job.data.size();
        while (left > 0 && file.error == 0) {
            const ssize_t done = ::write(file.fd, bytes, size_t(left));
            if (done < 0) {
                if (errno != EINTR)
                    file.error = errno;
                continue;
            }
            bytes += done;
            left -= done;
            file.written += done;
        }
        if (job.close && file.fd >= 0) {
            if (::close(file.fd) != 0 && file.error == 0 && errno != EINTR)
                file.error = errno;
            file.fd = -1;
        }
    }

    // Called with the lock held, so the owner cannot be destroyed meanwhile; a posted call to
    // an object destroyed before it is delivered is discarded by Qt.
    static void notifyClosed(const TranscriptWriter::FileState &file)
    {
        if (!file.owner)
            return;
        const QString message = file.error == 0
            ? QString()
            : QCoreApplication::translate("orch::TranscriptWriter", "cannot write the transcript %1: %2")
                  .arg(file.path, systemError(file.error));
        QMetaObject::invokeMethod(
            file.owner, [closed = file.closed, message, written = file.written] { closed(message, written); },
            Qt::QueuedConnection);
    }

    std::mutex m_mutex;
    std::condition_variable m_wake; // jobs arrived, or stopping
    std::condition_variable m_drained; // the backlog shrank
    std::deque<Job> m_jobs;
    qsizetype m_backlog = 0;
    qsizetype m_limit = 32 * 1024 * 1024;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace

TranscriptWriter::TranscriptWriter(QObject *parent)
    : QObject(parent)
{
}

TranscriptWriter::~TranscriptWriter()
{
    if (!m_state)
        return;
    WriteQueue::instance().forget(m_state.get());
    if (!m_finishing)
        WriteQueue::instance().push({m_state, {}, true}); // what is queued is still written
}

bool TranscriptWriter::open(const QString &path, QString *errorMessage)
{
    if (m_state) {
        if (errorMessage)
            *errorMessage = tr("the transcript is already open");
        return false;
    }
    const QByteArray name = QFile::encodeName(path);
    int fd = -1;
    do {
        // A new transcript is the user's only (it holds the agent's output and what it read),
        // whatever the umask; an existing one keeps its permissions.
        fd = ::open(name.constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, S_IRUSR | S_IWUSR);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        if (errorMessage)
            *errorMessage = systemError(errno);
        return false;
    }
    m_state = std::make_shared<FileState>();
    m_state->fd = fd;
    m_state->path = path;
    m_state->owner = this;
    m_state->closed = [this](const QString &message, qint64 written) { onClosed(message, written); };
    return true;
}

void TranscriptWriter::write(const QByteArray &data)
{
    if (!isOpen() || data.isEmpty())
        return;
    WriteQueue::instance().push({m_state, data, false});
}

void TranscriptWriter::finish()
{
    if (!m_state || m_finishing)
        return;
    m_finishing = true;
    WriteQueue::instance().push({m_state, {}, true});
}

void TranscriptWriter::onClosed(const QString &errorMessage, qint64 written)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = errorMessage;
    m_written = written;
    emit finished(errorMessage);
}

qsizetype TranscriptWriter::backlogBytes()
{
    return WriteQueue::instance().backlog();
}

qsizetype TranscriptWriter::backlogLimit()
{
    return WriteQueue::instance().limit();
}

void TranscriptWriter::setBacklogLimit(qsizetype bytes)
{
    WriteQueue::instance().setLimit(bytes);
}

} // namespace orch
