#include "LiveRegion.h"

#include <QVarLengthArray>

#include <atomic>
#include <cstdlib>
#include <cwchar>

#include <sys/ioctl.h>
#include <unistd.h>

namespace orch {

namespace {

std::atomic<LiveRegion *> activeRegion{nullptr};
std::atomic<std::FILE *> hiddenCursorStream{nullptr};

constexpr char hideCursor[] = "\033[?25l";
constexpr char showCursor[] = "\033[?25h";

// A program that exits without finish() (an exception, exit() elsewhere) still gets its cursor back.
void restoreCursorAtExit()
{
    if (std::FILE *stream = hiddenCursorStream.exchange(nullptr)) {
        std::fputs(showCursor, stream);
        std::fflush(stream);
    }
}

void write(std::FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stream);
}

winsize terminalSize(std::FILE *stream)
{
    winsize size = {};
    if (::ioctl(::fileno(stream), TIOCGWINSZ, &size) != 0)
        size = {};
    return size;
}

} // namespace

LiveRegion::LiveRegion(std::FILE *stream, int columns, int rows)
    : m_stream(stream)
    , m_fixedColumns(columns)
    , m_fixedRows(rows)
{
    static const bool registered = std::atexit(restoreCursorAtExit) == 0;
    Q_UNUSED(registered)
}

LiveRegion::~LiveRegion()
{
    finish();
    LiveRegion *self = this;
    activeRegion.compare_exchange_strong(self, nullptr);
}

void LiveRegion::install(LiveRegion *region)
{
    activeRegion.store(region);
}

LiveRegion *LiveRegion::active()
{
    return activeRegion.load();
}

void LiveRegion::writeAbove(const std::function<void()> &write)
{
    LiveRegion *region = active();
    if (!region) {
        write();
        return;
    }
    std::lock_guard lock(region->m_mutex);
    region->eraseLocked();
    write();
    region->drawLocked();
}

int LiveRegion::columns() const
{
    return m_fixedColumns > 0 ? m_fixedColumns : terminalSize(m_stream).ws_col;
}

int LiveRegion::rows() const
{
    return m_fixedRows > 0 ? m_fixedRows : terminalSize(m_stream).ws_row;
}

int LiveRegion::displayWidth(const QString &text)
{
    int width = 0;
    const QList<uint> codes = text.toUcs4();
    for (const uint code : codes) {
        const int w = ::wcwidth(static_cast<wchar_t>(code));
        // Unknown to the C library (no UTF-8 locale): assume one cell, which errs towards cutting.
        width += w < 0 ? 1 : w;
    }
    return width;
}

QString LiveRegion::fitToWidth(const QString &line, int columns)
{
    if (columns <= 0 || displayWidth(line) <= columns)
        return line;
    QString cut;
    int width = 0;
    const QList<uint> codes = line.toUcs4();
    for (const uint code : codes) {
        const int w = std::max(1, ::wcwidth(static_cast<wchar_t>(code)));
        if (width + w > columns - 1)
            break;
        const char32_t c = code;
        cut += QString::fromUcs4(&c, 1);
        width += w;
    }
    return cut + QChar(0x2026);
}

QStringList LiveRegion::fittedLines() const
{
    // One column spare: a line that fills the last column makes some terminals wrap early.
    const int width = columns() > 1 ? columns() - 1 : 0;
    const int height = rows();
    QStringList lines = m_lines;
    // Cursor movement cannot reach above the screen's top: keep the block shorter than the screen,
    // dropping lines from its middle (the workers) and saying how many.
    if (height > 2 && lines.size() > height - 1) {
        const int keep = height - 2;
        const int head = keep / 2;
        const int tail = keep - head;
        const qsizetype dropped = lines.size() - keep;
        lines = lines.mid(0, head) + QStringList{QStringLiteral("... %1 more line(s)").arg(dropped)}
                + lines.mid(lines.size() - tail);
    }
    for (QString &line : lines)
        line = fitToWidth(line, width);
    return lines;
}

void LiveRegion::eraseLocked()
{
    if (m_drawn <= 0)
        return;
    // Back to the block's first line, then clear to the end of the screen.
    write(m_stream, QByteArray("\r\033[") + QByteArray::number(m_drawn) + "A\033[J");
    m_drawn = 0;
    std::fflush(m_stream);
}

void LiveRegion::drawLocked()
{
    if (m_lines.isEmpty())
        return;
    if (!m_cursorHidden) {
        write(m_stream, hideCursor);
        m_cursorHidden = true;
        hiddenCursorStream.store(m_stream);
    }
    const QStringList lines = fittedLines();
    QByteArray out;
    for (const QString &line : lines)
        out += line.toUtf8() + "\033[K\n";
    write(m_stream, out);
    m_drawn = int(lines.size());
    std::fflush(m_stream);
}

void LiveRegion::show(const QString &text)
{
    std::lock_guard lock(m_mutex);
    eraseLocked();
    m_lines = text.split(u'\n');
    while (!m_lines.isEmpty() && m_lines.last().isEmpty())
        m_lines.removeLast();
    drawLocked();
}

void LiveRegion::finish(const QString &finalText)
{
    std::lock_guard lock(m_mutex);
    eraseLocked();
    m_lines.clear();
    if (!finalText.isEmpty())
        write(m_stream, finalText.toUtf8());
    if (m_cursorHidden) {
        write(m_stream, showCursor);
        m_cursorHidden = false;
        hiddenCursorStream.store(nullptr);
    }
    std::fflush(m_stream);
}

} // namespace orch
