#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace orch {

// Splitting and quoting of words the way a POSIX shell does it (without expansion): used where a
// list is written as one text, in environment variables, options and command templates. Nothing is
// ever handed to a shell.
class ShellWords
{
    Q_DECLARE_TR_FUNCTIONS(ShellWords)

public:
    // Whitespace separates words; 'single quotes' are literal; "double quotes" and bare text honour
    // backslash escapes. nullopt (with *problem set) for an unterminated quote.
    static std::optional<QStringList> split(const QString &text, QString *problem = nullptr);
    // The word quoted only when it needs to be, so that split() gives it back.
    static QString quote(const QString &word);
    static QString join(const QStringList &words);
};

} // namespace orch
