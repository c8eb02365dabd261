#pragma once

#include "agent/AgentDriver.h"

namespace orch {

// Output of a plain command: every line is a RawText event; the final text is the end of the
// output, bounded however much the command prints.
class CommandOutputParser final : public AgentOutputParser
{
public:
    static constexpr qsizetype MaxFinalChars = 64 * 1024;

    CommandOutputParser() = default;
    Q_DISABLE_COPY_MOVE(CommandOutputParser)

    QList<AgentEvent> parse(const LineBatch &lines) override;
    const std::optional<AgentResult> &result() const override { return m_result; }
    // The last MaxFinalChars characters of the output (lines joined by '\n').
    QString finalText() const override;

private:
    std::optional<AgentResult> m_result; // plain commands never report one
    QString m_tail; // the end of the output; grows to twice the bound between trims
};

} // namespace orch
