#include "DiffHighlighter.h"

#include <QColor>
#include <QFont>
#include <QTextDocument>

#include <algorithm>
#include <array>

namespace orch {

namespace {

struct Colours
{
    QColor fileHeader;
    QColor hunkHeader;
    QColor added;
    QColor addedBackground;
    QColor removed;
    QColor removedBackground;
    QColor noNewline;
};

// Two fixed sets rather than colours derived from the palette's text colour: green and red have to
// stay green and red whatever the theme's accent is, and each set keeps enough contrast with the
// background it is meant for.
const Colours lightColours{QColor(0x0b, 0x3d, 0x91), QColor(0x5a, 0x32, 0xa3), QColor(0x11, 0x63, 0x29),
                           QColor(0xe6, 0xff, 0xec), QColor(0xb3, 0x1d, 0x28), QColor(0xff, 0xeb, 0xe9),
                           QColor(0x6e, 0x77, 0x81)};
const Colours darkColours{QColor(0x9e, 0xc8, 0xff), QColor(0xd2, 0xa8, 0xff), QColor(0x7e, 0xe7, 0x87),
                          QColor(0x03, 0x3a, 0x16), QColor(0xff, 0x7b, 0x72), QColor(0x67, 0x06, 0x0c),
                          QColor(0x8b, 0x94, 0x9e)};

// Lines outside a hunk that belong to a file's header.
constexpr std::array<QStringView, 12> fileHeaderPrefixes{
    u"diff ", u"--- ", u"+++ ", u"index ", u"new file mode", u"deleted file mode", u"old mode", u"new mode",
    u"similarity index", u"rename ", u"copy ", u"Binary files "};

} // namespace

DiffHighlighter::DiffHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    updateFormats();
}

bool DiffHighlighter::isDark(const QColor &background)
{
    return background.lightness() < 128;
}

void DiffHighlighter::setDarkBackground(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    updateFormats();
    rehighlight();
}

void DiffHighlighter::updateFormats()
{
    const Colours &colours = m_dark ? darkColours : lightColours;
    m_fileHeader = {};
    m_fileHeader.setForeground(colours.fileHeader);
    m_fileHeader.setFontWeight(QFont::Bold);
    m_hunkHeader = {};
    m_hunkHeader.setForeground(colours.hunkHeader);
    m_added = {};
    m_added.setForeground(colours.added);
    m_added.setBackground(colours.addedBackground);
    m_removed = {};
    m_removed.setForeground(colours.removed);
    m_removed.setBackground(colours.removedBackground);
    m_noNewline = {};
    m_noNewline.setForeground(colours.noNewline);
    m_noNewline.setFontItalic(true);
}

QTextCharFormat DiffHighlighter::format(LineKind kind) const
{
    switch (kind) {
    case LineKind::FileHeader: return m_fileHeader;
    case LineKind::HunkHeader: return m_hunkHeader;
    case LineKind::Added: return m_added;
    case LineKind::Removed: return m_removed;
    case LineKind::NoNewline: return m_noNewline;
    case LineKind::Context: break;
    }
    return {};
}

void DiffHighlighter::highlightBlock(const QString &text)
{
    if (!m_active) {
        setCurrentBlockState(OutsideHunk);
        return;
    }
    const bool inHunk = previousBlockState() == InsideHunk;
    LineKind kind = LineKind::Context;
    int state = inHunk ? InsideHunk : OutsideHunk;

    if (text.startsWith(u"@@")) {
        kind = LineKind::HunkHeader;
        state = InsideHunk;
    } else if (inHunk && text.startsWith(u'+')) {
        kind = LineKind::Added;
    } else if (inHunk && text.startsWith(u'-')) {
        kind = LineKind::Removed;
    } else if (inHunk && text.startsWith(u'\\')) {
        kind = LineKind::NoNewline;
    } else if (inHunk && (text.isEmpty() || text.startsWith(u' '))) {
        kind = LineKind::Context;
    } else {
        // Anything else ends the hunk: "diff --git", "index", "---", "+++", mode and rename
        // lines, "Binary files ... differ", or text that is not a diff at all.
        state = OutsideHunk;
        const auto isHeader = [&text](QStringView prefix) { return text.startsWith(prefix); };
        if (std::any_of(fileHeaderPrefixes.cbegin(), fileHeaderPrefixes.cend(), isHeader))
            kind = LineKind::FileHeader;
    }
    setCurrentBlockState(state);
    if (kind != LineKind::Context)
        setFormat(0, int(text.size()), format(kind));
}

} // namespace orch
