#include "PlanReply.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace orch::mock::PlanReply {

QString taskOf(const QString &prompt)
{
    const qsizetype open = prompt.indexOf("<task>"_L1);
    const qsizetype close = prompt.lastIndexOf("</task>"_L1);
    if (open < 0 || close < open)
        return prompt;
    return prompt.mid(open + 6, close - open - 6).trimmed();
}

QJsonObject planFor(const QString &task)
{
    // The same file names as MessagesRequest::requestedFileName: bare names with an extension.
    static const QRegularExpression pattern(
        u"(\\bthen\\s+)?write\\s+[\"'`]?([A-Za-z0-9_][A-Za-z0-9_.-]*\\.[A-Za-z0-9]+)"_s,
        QRegularExpression::CaseInsensitiveOption);
    QJsonArray subtasks;
    QStringList names;
    QStringList ids;
    QRegularExpressionMatchIterator matches = pattern.globalMatch(task);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        const QString name = match.captured(2);
        if (name.contains(".."_L1) || names.contains(name))
            continue;
        const QString id = QString::number(names.size() + 1);
        const QJsonArray dependsOn = !match.captured(1).isEmpty() ? QJsonArray::fromStringList(ids) : QJsonArray();
        subtasks.append(QJsonObject{{"id"_L1, id},
                                    {"title"_L1, QString(u"Write "_s + name)},
                                    {"prompt"_L1, QString(u"write "_s + name)},
                                    {"depends_on"_L1, dependsOn}});
        names << name;
        ids << id;
    }
    if (subtasks.isEmpty()) {
        // A numbered list ("Create: 1) a todo app 2) a calculator") becomes one subtask per item,
        // each led by the words before the list, as a model would plan it.
        static const QRegularExpression item(u"(?:^|\\s)(\\d+)[.)]\\s+"_s);
        QList<QRegularExpressionMatch> items;
        QRegularExpressionMatchIterator found = item.globalMatch(task);
        while (found.hasNext())
            items << found.next();
        if (items.size() >= 2) {
            QString lead = task.left(items.first().capturedStart()).trimmed();
            while (lead.endsWith(u':') || lead.endsWith(u'-'))
                lead.chop(1);
            for (qsizetype i = 0; i < items.size(); ++i) {
                const qsizetype from = items.at(i).capturedEnd();
                const qsizetype to = i + 1 < items.size() ? items.at(i + 1).capturedStart() : task.size();
                QString what = task.mid(from, to - from).trimmed();
                while (what.endsWith(u',') || what.endsWith(u';'))
                    what.chop(1);
                const QString text = lead.isEmpty() ? what : lead + u' ' + what;
                subtasks.append(QJsonObject{{"id"_L1, QString::number(i + 1)},
                                            {"title"_L1, text.left(60)},
                                            {"prompt"_L1, text},
                                            {"depends_on"_L1, QJsonArray()}});
            }
        }
    }
    if (subtasks.isEmpty()) {
        const QString title = task.section(u'\n', 0, 0).left(60);
        subtasks.append(QJsonObject{{"id"_L1, u"1"_s},
                                    {"title"_L1, title.isEmpty() ? u"The task"_s : title},
                                    {"prompt"_L1, task.isEmpty() ? u"Do the task."_s : task},
                                    {"depends_on"_L1, QJsonArray()}});
    }
    return QJsonObject{{"subtasks"_L1, subtasks}};
}

} // namespace orch::mock::PlanReply
