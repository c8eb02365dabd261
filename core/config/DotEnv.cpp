#include "DotEnv.h"

#include <QFile>

namespace orch {

namespace {

bool isValidName(QStringView name)
{
    if (name.isEmpty() || name.front().isDigit())
        return false;
    for (QChar c : name) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'_')
            return false;
    }
    return true;
}

} // namespace

DotEnv DotEnv::parse(const QByteArray &bytes)
{
    DotEnv result;
    const QStringList lines = QString::fromUtf8(bytes).split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNumber = int(i) + 1;
        QString line = lines.at(i);
        if (line.endsWith(u'\r'))
            line.chop(1);
        QStringView rest = QStringView(line).trimmed();
        if (rest.isEmpty() || rest.startsWith(u'#'))
            continue;
        if (rest.startsWith(u"export ") || rest.startsWith(u"export\t"))
            rest = rest.mid(7).trimmed();
        const qsizetype eq = rest.indexOf(u'=');
        if (eq < 0) {
            result.m_problems.append({lineNumber, tr("expected NAME=value")});
            continue;
        }
        const QString name = rest.left(eq).trimmed().toString();
        if (!isValidName(name)) {
            result.m_problems.append({lineNumber, tr("'%1' is not a valid variable name").arg(name)});
            continue;
        }
        QStringView raw = rest.mid(eq + 1).trimmed();
        QString value;
        if (!raw.isEmpty() && (raw.front() == u'"' || raw.front() == u'\'')) {
            const QChar quote = raw.front();
            // A quoted value may continue over following lines until its closing quote.
            QString text = raw.mid(1).toString();
            qsizetype close = -1;
            const auto findClose = [&](const QString &s) {
                for (qsizetype k = 0; k < s.size(); ++k) {
                    if (quote == u'"' && s.at(k) == u'\\') {
                        ++k;
                        continue;
                    }
                    if (s.at(k) == quote)
                        return k;
                }
                return qsizetype(-1);
            };
            close = findClose(text);
            while (close < 0 && i + 1 < lines.size()) {
                QString next = lines.at(++i);
                if (next.endsWith(u'\r'))
                    next.chop(1);
                text += u'\n' + next;
                close = findClose(text);
            }
            if (close < 0) {
                result.m_problems.append({lineNumber, tr("unterminated quoted value")});
                continue;
            }
            const QStringView trailing = QStringView(text).mid(close + 1).trimmed();
            if (!trailing.isEmpty() && !trailing.startsWith(u'#')) {
                result.m_problems.append({lineNumber, tr("unexpected text after the closing quote")});
                continue;
            }
            text.truncate(close);
            if (quote == u'\'') {
                value = text;  // single quotes are literal
            } else {
                for (qsizetype k = 0; k < text.size(); ++k) {
                    const QChar c = text.at(k);
                    if (c != u'\\' || k + 1 == text.size()) {
                        value += c;
                        continue;
                    }
                    const QChar e = text.at(++k);
                    switch (e.unicode()) {
                    case 'n': value += u'\n'; break;
                    case 't': value += u'\t'; break;
                    case 'r': value += u'\r'; break;
                    default: value += e; break;  // \" \\ \$ and anything else: the character itself
                    }
                }
            }
        } else {
            // Unquoted: an inline comment starts at " #".
            const qsizetype hash = raw.indexOf(u" #");
            value = (hash >= 0 ? raw.left(hash) : raw).trimmed().toString();
        }
        result.m_entries.append({name, value, lineNumber});
    }
    return result;
}

DotEnv DotEnv::load(const QString &path, QString *errorMessage)
{
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        if (errorMessage)
            *errorMessage = tr("cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    return parse(file.readAll());
}

const DotEnv::Entry *DotEnv::find(const QString &name) const
{
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i) {
        if (m_entries.at(i).name == name)
            return &m_entries.at(i);
    }
    return nullptr;
}

QString DotEnv::value(const QString &name) const
{
    const Entry *entry = find(name);
    return entry ? entry->value : QString();
}

} // namespace orch
