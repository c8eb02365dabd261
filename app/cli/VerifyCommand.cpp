#include "VerifyCommand.h"

#include "config/ConfigLoader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace orch {

namespace {

constexpr qsizetype MaxTableDetail = 100;
const QString Gap = u"  "_s;

Doctor::Options doctorOptions(const VerifyCommand::Options &options)
{
    Doctor::Options result;
    result.offline = options.offline;
    return result;
}

QString statusWord(Doctor::Status status)
{
    switch (status) {
    case Doctor::Status::Ok:
        return VerifyCommand::tr("ok");
    case Doctor::Status::Warning:
        return VerifyCommand::tr("warning");
    case Doctor::Status::Failed:
        return VerifyCommand::tr("FAILED");
    case Doctor::Status::Skipped:
        return VerifyCommand::tr("skipped");
    }
    return {};
}

// The first line of a detail, cut to fit a table row; the rest is printed with the fixes.
QString tableDetail(const QString &detail)
{
    const QStringList lines = detail.split(u'\n', Qt::SkipEmptyParts);
    QString first = lines.value(0);
    if (first.size() > MaxTableDetail)
        first = first.left(MaxTableDetail - 1) + u'…';
    if (lines.size() > 1)
        first += u' ' + VerifyCommand::tr("(+%1 more)").arg(lines.size() - 1);
    return first;
}

QString padded(const QString &text, qsizetype width)
{
    return text.leftJustified(width, u' ');
}

} // namespace

VerifyCommand::VerifyCommand(const ConfigLoader &loader, const Options &options)
    : m_doctor(loader, doctorOptions(options))
    , m_mode(loader.config().orchestrator.mode)
    , m_options(options)
{
}

int VerifyCommand::exec(QTextStream &out) const
{
    const Doctor::Report report = m_doctor.run();
    if (m_options.json)
        out << QString::fromUtf8(renderJson(report, m_mode));
    else
        out << renderText(report, m_mode);
    out.flush();
    return exitCode(report, m_mode);
}

int VerifyCommand::exitCode(const Doctor::Report &report, Config::Mode configured)
{
    return report.ready(configured) ? Ready : NotReady;
}

QString VerifyCommand::renderText(const Doctor::Report &report, Config::Mode configured)
{
    const QList<Config::Mode> modes = Doctor::allModes();
    // One row per check: its status in each mode it concerns, "-" in the others.
    QList<QStringList> rows;
    QStringList header = {tr("Check")};
    for (const Config::Mode mode : modes)
        header << Doctor::modeName(mode);
    header << tr("Detail");
    rows << header;
    for (const Doctor::Check &check : report.checks) {
        QStringList row = {check.title};
        for (const Config::Mode mode : modes)
            row << (check.concerns(mode) ? statusWord(check.status) : u"-"_s);
        row << tableDetail(check.detail);
        rows << row;
    }
    QStringList readyRow = {tr("Ready")};
    for (const Config::Mode mode : modes)
        readyRow << (report.ready(mode) ? tr("yes") : tr("no"));
    readyRow << QString();
    rows << readyRow;

    // Every column but the last (free text) as wide as its widest cell.
    QList<qsizetype> widths(header.size() - 1, 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype column = 0; column < widths.size(); ++column)
            widths[column] = std::max(widths[column], row.at(column).size());
    }
    QString text;
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (qsizetype column = 0; column < widths.size(); ++column)
            line += padded(row.at(column), widths.at(column)) + Gap;
        line += row.last();
        while (line.endsWith(u' '))
            line.chop(1);
        text += line + u'\n';
    }

    text += u'\n';
    const QString mode = Doctor::modeName(configured);
    text += report.ready(configured) ? tr("The configured mode, %1, is ready.").arg(mode)
                                     : tr("The configured mode, %1, is NOT ready.").arg(mode);
    text += u'\n';

    QString problems;
    for (const Doctor::Check &check : report.checks) {
        if (check.status != Doctor::Status::Failed && check.status != Doctor::Status::Warning)
            continue;
        QStringList concerned;
        for (const Config::Mode m : check.modes)
            concerned << Doctor::modeName(m);
        problems += u"  "_s + tr("%1 (%2): %3")
                                  .arg(check.title, concerned.join(u", "_s), statusWord(check.status))
                  + u'\n';
        for (const QString &line : check.detail.split(u'\n', Qt::SkipEmptyParts))
            problems += u"      "_s + line + u'\n';
        if (!check.fix.isEmpty())
            problems += u"    "_s + tr("fix: %1").arg(check.fix) + u'\n';
    }
    if (!problems.isEmpty())
        text += u'\n' + tr("Problems and fixes:") + u'\n' + problems;
    return text;
}

QByteArray VerifyCommand::renderJson(const Doctor::Report &report, Config::Mode configured)
{
    QJsonArray checks;
    for (const Doctor::Check &check : report.checks) {
        QJsonArray modes;
        for (const Config::Mode mode : check.modes)
            modes.append(Doctor::modeName(mode));
        checks.append(QJsonObject{{u"id"_s, check.id},
                                  {u"title"_s, check.title},
                                  {u"modes"_s, modes},
                                  {u"status"_s, Doctor::statusName(check.status)},
                                  {u"detail"_s, check.detail},
                                  {u"fix"_s, check.fix}});
    }
    QJsonObject ready;
    for (const Config::Mode mode : Doctor::allModes())
        ready.insert(Doctor::modeName(mode), report.ready(mode));
    const QJsonObject root{{u"configured_mode"_s, Doctor::modeName(configured)},
                           {u"ready"_s, report.ready(configured)},
                           {u"modes"_s, ready},
                           {u"checks"_s, checks},
                           {u"exit_code"_s, exitCode(report, configured)}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace orch
