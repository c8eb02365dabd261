#pragma once

#include <QObject>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

class QTextDocument;

namespace orch {

// Colours a unified diff (git diff output) line by line: file headers, hunk headers, added,
// removed and "\ No newline" lines. The block state remembers whether a line is inside a hunk, so
// a removed line whose text starts with "-- " is not mistaken for a "--- a/file" header.
class DiffHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffHighlighter)

public:
    enum class LineKind { Context, FileHeader, HunkHeader, Added, Removed, NoNewline };
    Q_ENUM(LineKind)

    explicit DiffHighlighter(QTextDocument *document);

    // Picks the colour set for a light or a dark background and rehighlights.
    void setDarkBackground(bool dark);
    bool darkBackground() const { return m_dark; }
    // Off: lines get no format (for text that is not a diff). Takes effect on the next change of
    // the text; callers replace the text right after.
    void setActive(bool active) { m_active = active; }
    bool isActive() const { return m_active; }
    // The format a kind of line gets with the current colour set (Context: no format).
    QTextCharFormat format(LineKind kind) const;

    // Whether a background colour is dark enough to need the dark colour set.
    static bool isDark(const QColor &background);

protected:
    void highlightBlock(const QString &text) override;

private:
    enum BlockState { OutsideHunk = 0, InsideHunk = 1 };

    void updateFormats();

    bool m_dark = false;
    bool m_active = true;
    QTextCharFormat m_fileHeader;
    QTextCharFormat m_hunkHeader;
    QTextCharFormat m_added;
    QTextCharFormat m_removed;
    QTextCharFormat m_noNewline;
};

} // namespace orch
