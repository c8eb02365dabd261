#include "CommandOutputParser.h"

namespace orch {

QList<AgentEvent> CommandOutputParser::parse(const LineBatch &lines)
{
    QList<AgentEvent> events;
    events.reserve(lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        AgentEvent event;
        event.kind = AgentEvent::Kind::RawText;
        event.text = lines.text(i);
        const QString &line = event.text;

        if (line.size() >= MaxFinalChars) {
            m_tail = line.right(MaxFinalChars);
        } else {
            m_tail += line;
        }
        m_tail += u'\n';
        // Trimmed only when twice the bound, so appending stays linear overall.
        if (m_tail.size() > 2 * MaxFinalChars)
            m_tail.remove(0, m_tail.size() - MaxFinalChars);
        events.append(std::move(event));
    }
    return events;
}

QString CommandOutputParser::finalText() const
{
    QStringView text(m_tail);
    if (text.endsWith(u'\n'))
        text.chop(1);
    if (text.size() > MaxFinalChars)
        text = text.right(MaxFinalChars);
    if (!text.isEmpty() && text.front().isLowSurrogate())
        text = text.mid(1); // do not start with half a character
    return text.toString();
}

} // namespace orch
