#include "MessagesRequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace orch::mock {

namespace {

// Texts of a message "content" (a plain string, or an array of blocks), in order.
QStringList textsOf(const QJsonValue &content)
{
    if (content.isString())
        return {content.toString()};
    QStringList texts;
    const QJsonArray blocks = content.toArray();
    for (const QJsonValue &block : blocks) {
        const QJsonObject object = block.toObject();
        if (object.value("type"_L1).toString() == "text"_L1)
            texts.append(object.value("text"_L1).toString());
    }
    return texts;
}

// Accepts the current wording and the older "Working directory:" / "cwd:" forms, so a CLI
// update that only rewords the line does not silently break the write scenario.
QString findWorkingDirectory(const QStringList &texts)
{
    static const QRegularExpression pattern(
        u"^[ \\t>*-]*(?:Primary working directory|Working directory|cwd)\\s*:\\s*(/[^\\n]*)$"_s,
        QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    for (const QString &text : texts) {
        const QRegularExpressionMatch match = pattern.match(text);
        if (match.hasMatch())
            return match.captured(1).trimmed();
    }
    return {};
}

} // namespace

MessagesRequest MessagesRequest::parse(const QByteArray &body)
{
    MessagesRequest request;
    request.approximateTokens = qMax(1, int(body.size() / 4));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return request;
    const QJsonObject root = document.object();
    const QJsonArray messages = root.value("messages"_L1).toArray();
    request.valid = root.value("messages"_L1).isArray();
    request.model = root.value("model"_L1).toString();
    request.stream = root.value("stream"_L1).toBool();

    const QJsonArray tools = root.value("tools"_L1).toArray();
    for (const QJsonValue &tool : tools)
        request.toolNames.append(tool.toObject().value("name"_L1).toString());

    // Where the working directory may be: the system prompt first, then every message.
    QStringList searchTexts = textsOf(root.value("system"_L1));

    bool seenFirstUser = false;
    QJsonObject lastUser;
    for (const QJsonValue &value : messages) {
        const QJsonObject message = value.toObject();
        const QJsonValue content = message.value("content"_L1);
        searchTexts += textsOf(content);
        if (message.value("role"_L1).toString() != "user"_L1)
            continue;
        lastUser = message;
        if (seenFirstUser)
            continue;
        seenFirstUser = true;
        QStringList own;
        for (const QString &text : textsOf(content)) {
            if (!text.startsWith("<system-reminder>"_L1))
                own.append(text);
        }
        request.prompt = own.join(u'\n');
    }

    const QJsonArray lastBlocks = lastUser.value("content"_L1).toArray();
    for (const QJsonValue &block : lastBlocks) {
        const QJsonObject object = block.toObject();
        if (object.value("type"_L1).toString() != "tool_result"_L1)
            continue;
        request.hasToolResult = true;
        request.toolResultIsError = object.value("is_error"_L1).toBool();
        // A tool_result's content is a string or an array of text blocks.
        request.toolResultText = textsOf(object.value("content"_L1)).join(u'\n');
    }

    request.workingDirectory = findWorkingDirectory(searchTexts);

    static const QRegularExpression marker(u"\\[\\[scenario:([A-Za-z0-9_]+)\\]\\]"_s);
    const QRegularExpressionMatch match = marker.match(request.prompt);
    if (match.hasMatch())
        request.scenarioMarker = scenarioFromName(match.captured(1));
    return request;
}

QString MessagesRequest::requestedFileName() const
{
    // "write a.txt", "Write 'b.md'", "--write c.txt": the first name after the verb that has an
    // extension. Only a bare file name is taken, so a prompt cannot aim outside the folder.
    static const QRegularExpression pattern(
        u"write\\s+[\"'`]?([A-Za-z0-9_][A-Za-z0-9_.-]*\\.[A-Za-z0-9]+)"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(prompt);
    if (match.hasMatch() && !match.captured(1).contains(".."_L1))
        return match.captured(1);
    return u"output.txt"_s;
}

} // namespace orch::mock
