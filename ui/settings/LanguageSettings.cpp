#include "LanguageSettings.h"

#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace orch {

namespace {

constexpr QLatin1String translationsFolder(":/i18n");
constexpr QLatin1String filePrefix("orchestrator_");

// The translators an earlier install() put on the application, removed by the next one.
struct Installed
{
    QPointer<QTranslator> app;
    QPointer<QTranslator> qt;
    QString code;
};

Installed &installedState()
{
    static Installed state;
    return state;
}

void removeTranslator(QPointer<QTranslator> &translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator.data();
    translator.clear();
}

} // namespace

QStringList LanguageSettings::availableLanguages()
{
    QStringList codes;
    const QStringList files =
        QDir(translationsFolder).entryList({QString(filePrefix + u"*.qm"_s)}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString code = file.mid(filePrefix.size()).chopped(3);  // drop ".qm"
        if (!code.isEmpty())
            codes << code;
    }
    std::sort(codes.begin(), codes.end());
    return codes;
}

QString LanguageSettings::displayName(const QString &code)
{
    if (code.isEmpty())
        return tr("System default");
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (name.isEmpty())
        return code;
    // "zh_CN" and the like: the territory tells variants of one language apart.
    if (code.contains(u'_') && !locale.nativeTerritoryName().isEmpty())
        name += u" ("_s + locale.nativeTerritoryName() + u')';
    return name;
}

QString LanguageSettings::saved(const QSettings &settings)
{
    const QString code = settings.value(QLatin1String(settingsKey)).toString();
    return availableLanguages().contains(code) ? code : QString();
}

void LanguageSettings::save(QSettings &settings, const QString &code)
{
    if (code.isEmpty())
        settings.remove(QLatin1String(settingsKey));
    else
        settings.setValue(QLatin1String(settingsKey), code);
}

bool LanguageSettings::install(const QString &code)
{
    auto *app = QCoreApplication::instance();
    if (!app)
        return false;
    Installed &state = installedState();
    removeTranslator(state.app);
    removeTranslator(state.qt);
    state.code = code;

    const QLocale locale = code.isEmpty() ? QLocale() : QLocale(code);

    // Qt's own texts (standard buttons, file dialogs) come from the system's Qt translations.
    auto *qtTranslator = new QTranslator(app);
    if (qtTranslator->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))
        && QCoreApplication::installTranslator(qtTranslator))
        state.qt = qtTranslator;
    else
        delete qtTranslator;

    // A chosen code names its file exactly; the system locale goes through the locale's fallbacks
    // (de_AT -> de).
    auto *appTranslator = new QTranslator(app);
    const bool loaded = code.isEmpty()
                            ? appTranslator->load(locale, u"orchestrator"_s, u"_"_s, translationsFolder)
                            : appTranslator->load(filePrefix + code, translationsFolder);
    if (loaded && QCoreApplication::installTranslator(appTranslator)) {
        state.app = appTranslator;
        return true;
    }
    delete appTranslator;
    return false;
}

QString LanguageSettings::installed()
{
    return installedState().code;
}

} // namespace orch
