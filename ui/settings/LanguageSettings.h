#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QSettings;

namespace orch {

// The interface language: which translations are embedded, the user's choice in QSettings, and
// installing the translators on the application. An empty code means "follow the system locale".
// The choice takes effect at start-up: widgets built earlier keep the texts they were given.
class LanguageSettings
{
    Q_DECLARE_TR_FUNCTIONS(LanguageSettings)

public:
    // Codes of the embedded translations (":/i18n/orchestrator_<code>.qm"), sorted: "de", "en", ...
    static QStringList availableLanguages();
    // The language's own name for itself ("Deutsch", "日本語"); "System default" (translated) for "".
    static QString displayName(const QString &code);
    // The saved choice; empty when none was saved or it is no longer embedded.
    static QString saved(const QSettings &settings);
    static void save(QSettings &settings, const QString &code);
    // Installs on the application the translator of the app and Qt's own (qtbase) for the language
    // ("" = the system locale), replacing the ones an earlier call installed. True when the app's
    // translation was found; otherwise the source (English) texts are shown.
    static bool install(const QString &code);
    // The code passed to the last install(), or empty.
    static QString installed();

    static constexpr const char *settingsKey = "interface/language";
};

} // namespace orch
