#include "WorkerOutputView.h"

#include "agent/AgentEvent.h"
#include "run/Orchestrator.h"

#include <QCheckBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace orch {

namespace {

constexpr qsizetype MaxLineChars = 1000;     // a 200 kB line would make the editor crawl
constexpr qint64 RawTailBytes = 512 * 1024;  // what raw mode reads of a transcript at most per tick
constexpr int MinChunk = 100;
constexpr int MaxChunk = 20000;

QString elided(QString line, qsizetype maxChars = MaxLineChars)
{
    if (line.size() > maxChars) {
        line.truncate(maxChars - 1);
        line += QChar(0x2026);
    }
    return line;
}

} // namespace

WorkerOutputView::WorkerOutputView(QWidget *parent)
    : QWidget(parent)
    , m_text(new QPlainTextEdit(this))
    , m_rawToggle(new QCheckBox(tr("Raw JSON"), this))
    , m_title(new QLabel(this))
{
    m_text->setObjectName(QStringLiteral("workerOutputText"));
    m_text->setReadOnly(true);
    m_text->setUndoRedoEnabled(false);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setMaximumBlockCount(m_maxLines + 1);
    m_text->setPlaceholderText(tr("Select a worker to see its output."));
    m_rawToggle->setObjectName(QStringLiteral("rawJsonToggle"));
    m_rawToggle->setToolTip(tr("Show the agent's output lines as written to the transcript"));

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_rawToggle);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_text, 1);

    connect(m_rawToggle, &QCheckBox::toggled, this, &WorkerOutputView::setRawJson);
    // The user scrolling away from the bottom stops following; scrolling back resumes it.
    connect(m_text->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        m_follow = value >= m_text->verticalScrollBar()->maximum();
    });
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(30);
    connect(&m_flushTimer, &QTimer::timeout, this, &WorkerOutputView::flushChunk);
    m_rawTimer.setInterval(250);
    connect(&m_rawTimer, &QTimer::timeout, this, &WorkerOutputView::pollTranscript);
    m_resolver = [this](int workerId) { return defaultTranscriptPath(workerId); };
    showCurrent();
}

WorkerOutputView::~WorkerOutputView() = default;

void WorkerOutputView::setOrchestrator(Orchestrator *orchestrator)
{
    if (m_orchestrator)
        disconnect(m_orchestrator, nullptr, this, nullptr);
    m_orchestrator = orchestrator;
    if (!orchestrator)
        return;
    connect(orchestrator, &Orchestrator::runStarted, this, &WorkerOutputView::clear);
    connect(orchestrator, &Orchestrator::workerEvents, this, &WorkerOutputView::addEvents);
    connect(orchestrator, &Orchestrator::workerStarted, this, [this](int workerId, const QString &, int attempt) {
        addLines(workerId, {tr("── attempt %1 ──").arg(attempt)});
        if (m_raw && workerId == m_current)
            pollTranscript();  // a new attempt writes a new transcript
    });
    connect(orchestrator, &Orchestrator::retryScheduled, this,
            [this](int workerId, int nextAttempt, int delayMs, const QString &reason) {
                addLines(workerId, {tr("⟳ Retrying (attempt %1) in %2 s: %3")
                                        .arg(nextAttempt)
                                        .arg(QLocale().toString(delayMs / 1000.0, 'f', 1), reason)});
            });
}

QString WorkerOutputView::defaultTranscriptPath(int workerId) const
{
    if (!m_orchestrator || m_orchestrator->runId().isEmpty())
        return {};
    const QList<SubtaskResult> results = m_orchestrator->subtaskResults();
    for (const SubtaskResult &result : results) {
        if (result.workerId == workerId && result.attempts > 0)
            return m_orchestrator->store().transcriptPath(m_orchestrator->runId(), workerId, result.attempts);
    }
    return {};
}

QStringList WorkerOutputView::render(const AgentEvent &event)
{
    const QLocale locale;
    switch (event.kind) {
    case AgentEvent::Kind::Init:
        return {tr("● Session started · model %1").arg(event.model.isEmpty() ? tr("default") : event.model)};
    case AgentEvent::Kind::AssistantText:
    case AgentEvent::Kind::RawText:
        return event.text.split(u'\n');
    case AgentEvent::Kind::ToolUse: {
        // The summary starts with the tool's name ("Bash make -j4"): show it as "▶ Bash: make -j4".
        QString detail = event.text;
        if (!event.toolName.isEmpty() && detail.startsWith(event.toolName))
            detail = detail.mid(event.toolName.size()).trimmed();
        const QString name = event.toolName.isEmpty() ? tr("Tool") : event.toolName;
        return {detail.isEmpty() ? QStringLiteral("▶ %1").arg(name) : QStringLiteral("▶ %1: %2").arg(name, detail)};
    }
    case AgentEvent::Kind::ToolResult:
        return {(event.isError ? QStringLiteral("  ✗ ") : QStringLiteral("  ⎿ ")) + elided(event.text, 160)};
    case AgentEvent::Kind::ApiRetry:
        return {tr("⟳ API retry %1/%2 in %3 s (status %4): %5")
                    .arg(event.attempt)
                    .arg(event.maxRetries)
                    .arg(locale.toString(event.retryDelayMs / 1000.0, 'f', 1))
                    .arg(event.errorStatus)
                    .arg(event.text)};
    case AgentEvent::Kind::Result: {
        if (!event.result)
            return {tr("■ Finished")};
        const AgentResult &r = *event.result;
        const QString figures = tr("$%1 · %2 tokens in, %3 out · %n turn(s) · %4 s", nullptr, r.turns)
                                    .arg(locale.toString(r.costUsd, 'f', 4))
                                    .arg(locale.toString(r.inputTokens))
                                    .arg(locale.toString(r.outputTokens))
                                    .arg(locale.toString(r.durationMs / 1000.0, 'f', 1));
        QStringList lines;
        if (r.isError)
            lines << tr("■ Failed (%1) · %2").arg(r.subtype, figures);
        else
            lines << tr("■ Done · %1").arg(figures);
        const QString detail = !r.text.isEmpty() ? r.text : r.errors.join(QStringLiteral("; "));
        if (!detail.isEmpty())
            lines << QStringLiteral("  ") + elided(detail.simplified(), 300);
        return lines;
    }
    }
    return {};
}

QString WorkerOutputView::droppedMarker(qint64 lines)
{
    return tr("... %n line(s) dropped", nullptr, int(std::min<qint64>(lines, INT_MAX)));
}

void WorkerOutputView::addEvents(int workerId, const QList<AgentEvent> &events)
{
    QStringList lines;
    for (const AgentEvent &event : events)
        lines << render(event);
    addLines(workerId, lines);
}

void WorkerOutputView::addLines(int workerId, const QStringList &lines)
{
    if (lines.isEmpty())
        return;
    Buffer &buffer = m_buffers[workerId];
    for (const QString &line : lines)
        buffer.lines.push_back(elided(line));
    const qsizetype excess = qsizetype(buffer.lines.size()) - m_maxLines;
    if (excess > 0) {
        buffer.lines.erase(buffer.lines.begin(), buffer.lines.begin() + excess);
        buffer.dropped += excess;
    }
    if (workerId == m_current && !m_raw)
        enqueue(lines);
}

void WorkerOutputView::enqueue(const QStringList &lines)
{
    for (const QString &line : lines)
        m_pending.push_back(elided(line));
    // More than the view can show is waiting: what would scroll out at once is never drawn.
    const qsizetype excess = qsizetype(m_pending.size()) - m_maxLines;
    if (excess > 0) {
        m_pending.erase(m_pending.begin(), m_pending.begin() + excess);
        m_pendingDropped += excess;
    }
    scheduleFlush();
}

void WorkerOutputView::scheduleFlush()
{
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void WorkerOutputView::flushChunk()
{
    if (m_pending.empty() && m_pendingDropped == 0)
        return;
    QScrollBar *bar = m_text->verticalScrollBar();
    const bool follow = m_follow;
    const int keep = bar->value();
    QStringList chunk;
    if (m_pendingDropped > 0) {
        chunk << droppedMarker(m_pendingDropped);
        m_pendingDropped = 0;
    }
    const int count = int(std::min<qsizetype>(qsizetype(m_pending.size()), m_chunk));
    chunk.reserve(chunk.size() + count);
    for (int i = 0; i < count; ++i)
        chunk << std::move(m_pending[std::size_t(i)]);
    m_pending.erase(m_pending.begin(), m_pending.begin() + count);

    QElapsedTimer clock;
    clock.start();
    // One text fragment per batch, not one per line.
    m_text->appendPlainText(chunk.join(u'\n'));
    if (follow)
        bar->setValue(bar->maximum());
    else
        bar->setValue(keep);
    m_follow = follow;
    // Adapt the chunk so one flush stays well under a frame or two.
    const qint64 spent = clock.elapsed();
    if (spent < 8)
        m_chunk = std::min(MaxChunk, m_chunk * 2);
    else if (spent > 25)
        m_chunk = std::max(MinChunk, m_chunk / 2);
    emit flushed(int(chunk.size()));
    if (!m_pending.empty())
        scheduleFlush();
}

void WorkerOutputView::flushNow()
{
    m_flushTimer.stop();
    while (!m_pending.empty() || m_pendingDropped > 0)
        flushChunk();
    m_flushTimer.stop();
}

void WorkerOutputView::clear()
{
    m_buffers.clear();
    m_pending.clear();
    m_pendingDropped = 0;
    m_rawPath.clear();
    m_rawOffset = 0;
    m_rawPartial.clear();
    m_text->clear();
    m_follow = true;
}

void WorkerOutputView::setCurrentWorker(int workerId)
{
    if (workerId == m_current)
        return;
    m_current = workerId;
    showCurrent();
}

void WorkerOutputView::setRawJson(bool raw)
{
    if (raw == m_raw)
        return;
    m_raw = raw;
    {
        const QSignalBlocker blocker(m_rawToggle);
        m_rawToggle->setChecked(raw);
    }
    showCurrent();
}

void WorkerOutputView::setMaximumLines(int lines)
{
    m_maxLines = std::max(10, lines);
    m_text->setMaximumBlockCount(m_maxLines + 1);  // + the dropped marker
}

void WorkerOutputView::showCurrent()
{
    m_flushTimer.stop();
    m_rawTimer.stop();
    m_pending.clear();
    m_pendingDropped = 0;
    m_text->clear();
    m_follow = true;
    m_title->setText(m_current > 0 ? tr("Worker %1").arg(m_current) : tr("No worker selected"));
    if (m_current <= 0)
        return;
    if (m_raw) {
        m_rawPath.clear();
        m_rawOffset = 0;
        m_rawPartial.clear();
        pollTranscript();
        m_rawTimer.start();
        return;
    }
    const auto found = m_buffers.constFind(m_current);
    if (found == m_buffers.cend())
        return;
    // The history goes through the same chunked path as live lines.
    m_pendingDropped = found->dropped;
    for (const QString &line : found->lines)
        m_pending.push_back(line);
    scheduleFlush();
}

void WorkerOutputView::pollTranscript()
{
    if (!m_raw || m_current <= 0 || !m_resolver)
        return;
    const QString path = m_resolver(m_current);
    if (path.isEmpty())
        return;
    if (path != m_rawPath) {
        m_rawPath = path;
        m_rawOffset = 0;
        m_rawPartial.clear();
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const qint64 size = file.size();
    if (size < m_rawOffset) {  // rewritten: start over
        m_rawOffset = 0;
        m_rawPartial.clear();
    }
    if (size == m_rawOffset)
        return;
    // Only the tail of a big transcript; skipped bytes are named like dropped lines.
    qint64 start = m_rawOffset;
    QStringList lines;
    const bool cut = size - start > RawTailBytes;
    if (cut) {
        start = size - RawTailBytes;
        m_rawPartial.clear();
        lines << tr("... %1 skipped").arg(QLocale().formattedDataSize(start - m_rawOffset));
    }
    if (!file.seek(start))
        return;
    QByteArray data = m_rawPartial + file.read(size - start);
    m_rawOffset = size;
    const qsizetype lastNewline = data.lastIndexOf('\n');
    m_rawPartial = lastNewline < 0 ? data : data.mid(lastNewline + 1);
    data.truncate(lastNewline < 0 ? 0 : lastNewline);
    if (cut) {
        // Cut in the middle of a line: drop that first fragment.
        const qsizetype first = data.indexOf('\n');
        data = first < 0 ? QByteArray() : data.mid(first + 1);
    }
    for (const QByteArray &line : data.split('\n')) {
        if (!line.isEmpty())
            lines << QString::fromUtf8(line);
    }
    enqueue(lines);
}

qint64 WorkerOutputView::droppedLines(int workerId) const
{
    return m_buffers.value(workerId).dropped;
}

int WorkerOutputView::bufferedLines(int workerId) const
{
    const auto found = m_buffers.constFind(workerId);
    return found == m_buffers.cend() ? 0 : int(found->lines.size());
}

} // namespace orch
