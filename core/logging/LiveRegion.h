#pragma once

#include <QString>
#include <QStringList>

#include <cstdio>
#include <functional>
#include <mutex>

namespace orch {

// A block of lines kept at the bottom of a terminal, redrawn in place: the command line's
// --monitor display. Log lines printed through ConsoleSink go above it: the sink asks the active
// region to erase itself, writes its line and lets the region draw itself again, so the two never
// garble each other. Lines are cut to the terminal's width and the block to its height, so cursor
// movement always lands where it should. Thread-safe.
class LiveRegion final
{
public:
    // stream: the terminal to draw on (not owned). columns/rows: 0 reads the terminal's size on
    // every draw (tests pass fixed figures).
    explicit LiveRegion(std::FILE *stream, int columns = 0, int rows = 0);
    ~LiveRegion();
    LiveRegion(const LiveRegion &) = delete;
    LiveRegion &operator=(const LiveRegion &) = delete;

    // Replaces the block on screen with text (lines separated by '\n').
    void show(const QString &text);
    // Erases the block and forgets it; the cursor is visible again. Text, if any, is printed in its
    // place for good (the final display).
    void finish(const QString &finalText = {});

    // The terminal's size now (0 when unknown).
    int columns() const;
    int rows() const;

    // The region ConsoleSink draws around, or nullptr. One at a time; the destructor uninstalls it.
    static void install(LiveRegion *region);
    static LiveRegion *active();
    // For ConsoleSink: erases the active region (if any), runs write, draws the region again.
    static void writeAbove(const std::function<void()> &write);

    // Cuts text to at most columns display cells (wide characters take two), marking a cut with '…'.
    static QString fitToWidth(const QString &line, int columns);
    // Display cells a string takes in a terminal.
    static int displayWidth(const QString &text);

private:
    void eraseLocked();
    void drawLocked();
    QStringList fittedLines() const;

    std::FILE *m_stream;
    int m_fixedColumns;
    int m_fixedRows;
    mutable std::recursive_mutex m_mutex;
    QStringList m_lines;
    int m_drawn = 0;  // lines on screen now
    bool m_cursorHidden = false;
};

} // namespace orch
