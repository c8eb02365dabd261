#pragma once

#include <QHash>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QWidget>

#include <deque>
#include <functional>

class QPlainTextEdit;
class QCheckBox;
class QLabel;

namespace orch {

class Orchestrator;
struct AgentEvent;

// The selected worker's live output, rendered readably from AgentEvents ("▶ Bash: ls", results,
// API retries, the final result with its cost), or the raw JSON lines of its transcript.
//
// Every worker's rendered lines are kept in a bounded backlog (the oldest dropped and counted), so
// switching workers shows their history at once. Lines bound for the view are queued and flushed by
// a single-shot timer in chunks that adapt to how long an append takes; a backlog larger than the
// view's bound is cut with a visible "... N lines dropped" marker. The view follows the tail only
// while the user is at the bottom.
//
// Raw JSON comes from the transcript file, not from the events: the engine parses each line once
// and the events do not carry it (carrying it would double what every worker's signal path holds,
// while only one worker is ever shown raw). The transcript already holds every line on disk; the
// view reads its tail and then what is appended, a bounded amount per tick.
class WorkerOutputView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkerOutputView)

public:
    using TranscriptResolver = std::function<QString(int workerId)>;

    explicit WorkerOutputView(QWidget *parent = nullptr);
    ~WorkerOutputView() override;

    // Follows the engine's events; also resolves transcripts through its run store.
    void setOrchestrator(Orchestrator *orchestrator);
    void setTranscriptResolver(TranscriptResolver resolver) { m_resolver = std::move(resolver); }

    void addEvents(int workerId, const QList<AgentEvent> &events);
    void addLines(int workerId, const QStringList &lines);
    void clear();

    void setCurrentWorker(int workerId);  // 0: none
    int currentWorker() const { return m_current; }
    void setRawJson(bool raw);
    bool isRawJson() const { return m_raw; }
    // Lines kept per worker and shown at most in the view (default 5000).
    void setMaximumLines(int lines);
    int maximumLines() const { return m_maxLines; }

    qint64 droppedLines(int workerId) const;
    int bufferedLines(int workerId) const;
    int pendingLines() const { return int(m_pending.size()); }
    bool isFollowingTail() const { return m_follow; }
    QPlainTextEdit *textEdit() const { return m_text; }
    // Appends everything queued now (tests, and before a grab).
    void flushNow();

    // How one event reads in the view: one or more lines, no JSON.
    static QStringList render(const AgentEvent &event);
    static QString droppedMarker(qint64 lines);

signals:
    void flushed(int lines);

private:
    struct Buffer
    {
        std::deque<QString> lines;
        qint64 dropped = 0;
    };

    void enqueue(const QStringList &lines);
    void scheduleFlush();
    void flushChunk();
    void showCurrent();
    void pollTranscript();
    QString defaultTranscriptPath(int workerId) const;

    QPlainTextEdit *m_text = nullptr;
    QCheckBox *m_rawToggle = nullptr;
    QLabel *m_title = nullptr;
    QHash<int, Buffer> m_buffers;
    std::deque<QString> m_pending;
    qint64 m_pendingDropped = 0;
    int m_current = 0;
    bool m_raw = false;
    bool m_follow = true;
    int m_maxLines = 5000;
    int m_chunk = 500;
    QTimer m_flushTimer;
    QTimer m_rawTimer;
    QString m_rawPath;
    qint64 m_rawOffset = 0;
    QByteArray m_rawPartial;
    TranscriptResolver m_resolver;
    QPointer<Orchestrator> m_orchestrator;
};

} // namespace orch
