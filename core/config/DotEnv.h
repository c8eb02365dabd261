#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace orch {

// A `.env` file: NAME=value lines, with comments, blank lines, `export ` prefixes and quoted values.
class DotEnv
{
    Q_DECLARE_TR_FUNCTIONS(DotEnv)

public:
    struct Entry
    {
        QString name;
        QString value;
        int line = 0;
    };
    struct Problem
    {
        int line = 0;
        QString message;
    };

    // Parses text; malformed lines are reported in problems and skipped.
    static DotEnv parse(const QByteArray &text);
    // Reads and parses a file; a missing file gives an empty DotEnv with no problems.
    static DotEnv load(const QString &path, QString *errorMessage = nullptr);

    const QList<Entry> &entries() const { return m_entries; }
    const QList<Problem> &problems() const { return m_problems; }
    // The last value given for name, or a null QString.
    QString value(const QString &name) const;
    const Entry *find(const QString &name) const;

private:
    QList<Entry> m_entries;
    QList<Problem> m_problems;
};

} // namespace orch
