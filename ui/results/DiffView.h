#pragma once

#include <QPlainTextEdit>

namespace orch {

class DiffHighlighter;

// A read-only, monospaced view of a unified diff, coloured by DiffHighlighter with the colour set
// that suits the palette's base colour (and follows palette changes). Big diffs are cut at
// maxChars at a line boundary, with a note saying how much is not shown, so one runaway worker
// cannot freeze the window.
class DiffView final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffView)

public:
    static constexpr qsizetype defaultMaxChars = 3 * 1024 * 1024;

    explicit DiffView(QWidget *parent = nullptr);

    // Replaces the text in one go. An empty patch shows the placeholder text.
    void setDiff(const QString &patch);
    // Shows a line that is not a diff (loading, an error), uncoloured.
    void setMessage(const QString &message);
    void clearDiff();

    void setMaxChars(qsizetype maxChars) { m_maxChars = maxChars; }
    qsizetype maxChars() const { return m_maxChars; }
    // Whether the last setDiff() cut the patch.
    bool isTruncated() const { return m_truncated; }
    DiffHighlighter *highlighter() const { return m_highlighter; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void followPalette();

    DiffHighlighter *m_highlighter = nullptr;
    qsizetype m_maxChars = defaultMaxChars;
    bool m_truncated = false;
};

} // namespace orch
