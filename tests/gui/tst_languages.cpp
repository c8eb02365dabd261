// LanguageSettings: the embedded translations, installing them on the application and the saved choice.
#include "settings/LanguageSettings.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A string of the main window that the German translation has: the same one tst_mainwindow checks.
QString ready()
{
    return QCoreApplication::translate("orch::MainWindow", "Ready");
}

} // namespace

class TestLanguages final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void availableLanguagesAreTheEmbeddedFiles();
    void displayNames_data();
    void displayNames();
    void installGerman();
    void installEmptyFollowsTheLocale();
    void installReplacesTheEarlierTranslators();
    void installsQtsOwnTranslation();
    void unknownCodeInstallsNothing();
    void savedRoundTrip();
    void savedIgnoresLanguagesNotEmbedded();

private:
    QTemporaryDir m_dir;
};

void TestLanguages::init()
{
    // A fixed locale, so "the system locale" means English here whatever the machine's is.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    orch::LanguageSettings::install(QString());
}

void TestLanguages::cleanup()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    orch::LanguageSettings::install(QString());
}

void TestLanguages::availableLanguagesAreTheEmbeddedFiles()
{
    const QStringList codes = orch::LanguageSettings::availableLanguages();
    for (const QString &code : {u"de"_s, u"en"_s, u"es"_s, u"fr"_s, u"ja"_s, u"zh_CN"_s})
        QVERIFY2(codes.contains(code), qPrintable(code));
    for (const QString &code : codes)
        QVERIFY2(QFile::exists(u":/i18n/orchestrator_"_s + code + u".qm"_s), qPrintable(code));
    QStringList sorted = codes;
    sorted.sort();
    QCOMPARE(codes, sorted);
    QCOMPARE(QStringList(codes).removeDuplicates(), 0);
}

void TestLanguages::displayNames_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::addRow("system") << QString() << u"System default"_s;
    QTest::addRow("de") << u"de"_s << u"Deutsch"_s;
    QTest::addRow("fr") << u"fr"_s << u"français"_s;
    QTest::addRow("ja") << u"ja"_s << u"日本語"_s;
}

void TestLanguages::displayNames()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QCOMPARE(orch::LanguageSettings::displayName(code), name);
}

void TestLanguages::installGerman()
{
    QCOMPARE(ready(), u"Ready"_s);
    QVERIFY(orch::LanguageSettings::install(u"de"_s));
    QCOMPARE(orch::LanguageSettings::installed(), u"de"_s);
    QCOMPARE(ready(), u"Bereit"_s);

    orch::LanguageSettings::install(QString());
    QCOMPARE(orch::LanguageSettings::installed(), QString());
    QCOMPARE(ready(), u"Ready"_s);
}

void TestLanguages::installEmptyFollowsTheLocale()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Austria));
    QVERIFY(orch::LanguageSettings::install(QString()));
    QCOMPARE(ready(), u"Bereit"_s);  // de_AT falls back to de
}

void TestLanguages::installReplacesTheEarlierTranslators()
{
    QVERIFY(orch::LanguageSettings::install(u"de"_s));
    QVERIFY(orch::LanguageSettings::install(u"de"_s));
    QCOMPARE(ready(), u"Bereit"_s);
    // English has no translations of its own: only the removal of both German ones gives "Ready".
    QVERIFY(orch::LanguageSettings::install(u"en"_s));
    QCOMPARE(ready(), u"Ready"_s);
}

void TestLanguages::installsQtsOwnTranslation()
{
    const QString qtbase = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_de.qm"_s;
    if (!QFile::exists(qtbase))
        QSKIP("Qt's German translation (qt6-translations-l10n) is not installed");
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Cancel"_s);
    QVERIFY(orch::LanguageSettings::install(u"de"_s));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Abbrechen"_s);
    orch::LanguageSettings::install(QString());
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Cancel"_s);
}

void TestLanguages::unknownCodeInstallsNothing()
{
    QVERIFY(orch::LanguageSettings::install(u"de"_s));
    QVERIFY(!orch::LanguageSettings::install(u"xx"_s));
    QCOMPARE(ready(), u"Ready"_s);
}

void TestLanguages::savedRoundTrip()
{
    QVERIFY(m_dir.isValid());
    const QString file = m_dir.filePath(u"roundtrip.ini"_s);
    {
        QSettings settings(file, QSettings::IniFormat);
        QCOMPARE(orch::LanguageSettings::saved(settings), QString());
        orch::LanguageSettings::save(settings, u"de"_s);
        QCOMPARE(orch::LanguageSettings::saved(settings), u"de"_s);
    }
    {
        QSettings reopened(file, QSettings::IniFormat);
        QCOMPARE(orch::LanguageSettings::saved(reopened), u"de"_s);
        orch::LanguageSettings::save(reopened, QString());
        QVERIFY(!reopened.contains(QLatin1String(orch::LanguageSettings::settingsKey)));
    }
    QSettings again(file, QSettings::IniFormat);
    QCOMPARE(orch::LanguageSettings::saved(again), QString());
}

void TestLanguages::savedIgnoresLanguagesNotEmbedded()
{
    QSettings settings(m_dir.filePath(u"unknown.ini"_s), QSettings::IniFormat);
    settings.setValue(QLatin1String(orch::LanguageSettings::settingsKey), u"xx"_s);
    QCOMPARE(orch::LanguageSettings::saved(settings), QString());
    settings.setValue(QLatin1String(orch::LanguageSettings::settingsKey), u"zh_CN"_s);
    QCOMPARE(orch::LanguageSettings::saved(settings), u"zh_CN"_s);
}

QTEST_GUILESS_MAIN(TestLanguages)
#include "tst_languages.moc"
