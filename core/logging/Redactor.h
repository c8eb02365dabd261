#pragma once

#include <QString>

#include <nlohmann/json.hpp>

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace orch {

// Replaces secrets with "[REDACTED]": registered values (API keys, tokens) and anything shaped like an
// Anthropic key ("sk-ant-" followed by [A-Za-z0-9_-]+). Works on UTF-8 bytes so it can run on the
// exact text a sink writes. Text without a secret is scanned once per needle and never copied.
// Not thread-safe: Log guards its instance; a standalone instance needs its own lock if shared.
class Redactor final
{
public:
    static constexpr std::string_view placeholder = "[REDACTED]";
    static constexpr std::string_view keyPrefix = "sk-ant-";
    // Shorter values are refused: redacting them would mangle ordinary words.
    static constexpr std::size_t minimumSecretLength = 8;

    // False when the value is too short or already known.
    bool addSecret(std::string_view secret);
    bool addSecret(const QString &secret);
    // Registers the values of ANTHROPIC_API_KEY and ANTHROPIC_AUTH_TOKEN when set; returns how many.
    int addEnvironmentSecrets();
    std::size_t secretCount() const { return m_secrets.size(); }

    // In place; true when something was replaced.
    bool redact(std::string &text) const;
    // Every string value, recursively through arrays and objects (keys are left alone).
    bool redact(nlohmann::json &value) const;
    bool redact(nlohmann::ordered_json &value) const;
    QString redacted(const QString &text) const;

    // The environment variables whose values addEnvironmentSecrets registers.
    static constexpr std::array<const char *, 2> environmentVariables = {"ANTHROPIC_API_KEY", "ANTHROPIC_AUTH_TOKEN"};

private:
    template<typename Json>
    bool redactJson(Json &value) const;

    std::vector<std::string> m_secrets;  // longest first, so a secret containing another goes whole
};

} // namespace orch
