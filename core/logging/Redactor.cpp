#include "logging/Redactor.h"

#include <QByteArray>

#include <algorithm>

namespace orch {

namespace {

bool isKeyChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

bool redactSecret(std::string &text, std::string_view secret)
{
    std::size_t hit = std::string_view(text).find(secret);
    if (hit == std::string_view::npos)
        return false;
    // Build the result in one pass so many hits stay linear.
    std::string out;
    out.reserve(text.size());
    std::size_t from = 0;
    while (hit != std::string_view::npos) {
        out.append(text, from, hit - from);
        out.append(Redactor::placeholder);
        from = hit + secret.size();
        hit = std::string_view(text).find(secret, from);
    }
    out.append(text, from, std::string::npos);
    text = std::move(out);
    return true;
}

bool redactKeyShapes(std::string &text)
{
    const std::string_view view(text);
    std::size_t hit = view.find(Redactor::keyPrefix);
    if (hit == std::string_view::npos)
        return false;
    std::string out;
    std::size_t from = 0;
    bool changed = false;
    while (hit != std::string_view::npos) {
        std::size_t end = hit + Redactor::keyPrefix.size();
        while (end < view.size() && isKeyChar(view[end]))
            ++end;
        if (end > hit + Redactor::keyPrefix.size()) {  // the prefix alone is not a key
            if (!changed)
                out.reserve(text.size());
            changed = true;
            out.append(view.substr(from, hit - from));
            out.append(Redactor::placeholder);
            from = end;
        }
        hit = view.find(Redactor::keyPrefix, end);
    }
    if (!changed)
        return false;
    out.append(view.substr(from));
    text = std::move(out);
    return true;
}

} // namespace

bool Redactor::addSecret(std::string_view secret)
{
    if (secret.size() < minimumSecretLength)
        return false;
    if (std::find(m_secrets.begin(), m_secrets.end(), secret) != m_secrets.end())
        return false;
    const auto position = std::find_if(m_secrets.begin(), m_secrets.end(),
                                       [&](const std::string &known) { return known.size() < secret.size(); });
    m_secrets.emplace(position, secret);
    return true;
}

bool Redactor::addSecret(const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    return addSecret(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
}

int Redactor::addEnvironmentSecrets()
{
    int added = 0;
    for (const char *name : environmentVariables) {
        // qgetenv, not QProcessEnvironment: the bytes are what a leaking log line would contain.
        const QByteArray value = qgetenv(name).trimmed();
        if (addSecret(std::string_view(value.constData(), static_cast<std::size_t>(value.size()))))
            ++added;
    }
    return added;
}

bool Redactor::redact(std::string &text) const
{
    bool changed = false;
    for (const std::string &secret : m_secrets)
        changed = redactSecret(text, secret) || changed;
    return redactKeyShapes(text) || changed;
}

template<typename Json>
bool Redactor::redactJson(Json &value) const
{
    bool changed = false;
    if (value.is_string()) {
        changed = redact(value.template get_ref<std::string &>());
    } else if (value.is_structured()) {
        for (auto &child : value)
            changed = redactJson(child) || changed;
    }
    return changed;
}

bool Redactor::redact(nlohmann::json &value) const
{
    return redactJson(value);
}

bool Redactor::redact(nlohmann::ordered_json &value) const
{
    return redactJson(value);
}

QString Redactor::redacted(const QString &text) const
{
    QByteArray utf8 = text.toUtf8();
    std::string bytes(utf8.constData(), static_cast<std::size_t>(utf8.size()));
    if (!redact(bytes))
        return text;
    return QString::fromUtf8(bytes.data(), static_cast<qsizetype>(bytes.size()));
}

} // namespace orch
