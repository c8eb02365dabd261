#include "DiffView.h"

#include "DiffHighlighter.h"

#include <QEvent>
#include <QFontDatabase>
#include <QLocale>

namespace orch {

DiffView::DiffView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setPlaceholderText(tr("No changes"));
    m_highlighter = new DiffHighlighter(document());
    followPalette();
}

void DiffView::setDiff(const QString &patch)
{
    m_truncated = patch.size() > m_maxChars;
    m_highlighter->setActive(true);
    if (!m_truncated) {
        setPlainText(patch);
        return;
    }
    // Cut after the last whole line that fits, so no line is shown half.
    qsizetype cut = patch.lastIndexOf(u'\n', m_maxChars - 1);
    if (cut <= 0)
        cut = m_maxChars;
    const QLocale locale;
    const QString note = tr("[Diff truncated: showing %1 of %2; the rest is in the branch]")
                             .arg(locale.formattedDataSize(cut), locale.formattedDataSize(patch.size()));
    setPlainText(QStringView(patch).left(cut) % QChar(u'\n') % note);
}

void DiffView::setMessage(const QString &message)
{
    m_truncated = false;
    // A message that happens to start with '+' or '-' is not a diff line.
    m_highlighter->setActive(false);
    setPlainText(message);
}

void DiffView::clearDiff()
{
    m_truncated = false;
    clear();
}

void DiffView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        followPalette();
}

void DiffView::followPalette()
{
    m_highlighter->setDarkBackground(DiffHighlighter::isDark(palette().color(QPalette::Base)));
}

} // namespace orch
