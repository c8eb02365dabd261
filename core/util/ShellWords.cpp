#include "ShellWords.h"

namespace orch {

std::optional<QStringList> ShellWords::split(const QString &text, QString *problem)
{
    QStringList words;
    QString current;
    bool inWord = false;
    enum class Quote { None, Single, Double } quote = Quote::None;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (quote) {
        case Quote::Single:
            if (c == u'\'')
                quote = Quote::None;
            else
                current += c;
            break;
        case Quote::Double:
            if (c == u'"') {
                quote = Quote::None;
            } else if (c == u'\\' && i + 1 < text.size()
                       && QStringView(u"\"\\$`").contains(text.at(i + 1))) {
                current += text.at(++i);
            } else {
                current += c;
            }
            break;
        case Quote::None:
            if (c.isSpace()) {
                if (inWord)
                    words << current;
                current.clear();
                inWord = false;
            } else if (c == u'\'') {
                quote = Quote::Single;
                inWord = true;
            } else if (c == u'"') {
                quote = Quote::Double;
                inWord = true;
            } else if (c == u'\\' && i + 1 < text.size()) {
                current += text.at(++i);
                inWord = true;
            } else {
                current += c;
                inWord = true;
            }
            break;
        }
    }
    if (quote != Quote::None) {
        if (problem)
            *problem = tr("unterminated %1 quote").arg(quote == Quote::Single ? QStringLiteral("'") : QStringLiteral("\""));
        return std::nullopt;
    }
    if (inWord)
        words << current;
    return words;
}

QString ShellWords::quote(const QString &word)
{
    if (word.isEmpty())
        return QStringLiteral("''");
    static const QString safe = QStringLiteral("@%+=:,./-_");
    const bool plain = std::all_of(word.cbegin(), word.cend(), [](QChar c) {
        return (c.isLetterOrNumber() && c.unicode() < 128) || safe.contains(c);
    });
    if (plain)
        return word;
    QString quoted = word;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

QString ShellWords::join(const QStringList &words)
{
    QStringList quoted;
    quoted.reserve(words.size());
    for (const QString &word : words)
        quoted << quote(word);
    return quoted.join(u' ');
}

} // namespace orch
