// The shipped translations: every .ts file complete and consistent with its sources, and every .qm
// embedded in orch_ui and usable at run time.
#include "main/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QHash>
#include <QKeySequence>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QStandardPaths>
#include <QStringList>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;  // unfinished, vanished, obsolete or empty
    QStringList translations;  // one entry, or one per numerus form
    qint64 line = 0;
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == "TS"_L1) {
            ts.language = xml.attributes().value("language"_L1).toString();
        } else if (name == "name"_L1) {
            context = xml.readElementText();
        } else if (name == "message"_L1) {
            message = TsMessage{context, {}, {}, xml.attributes().value("numerus"_L1) == "yes"_L1, {}, {},
                                xml.lineNumber()};
        } else if (name == "source"_L1) {
            message.source = xml.readElementText();
        } else if (name == "comment"_L1) {
            message.comment = xml.readElementText();
        } else if (name == "translation"_L1) {
            message.type = xml.attributes().value("type"_L1).toString();
            if (message.numerus) {
                // Read the <numerusform> children up to </translation>.
                while (xml.readNextStartElement())
                    message.translations << xml.readElementText();
            } else {
                message.translations << xml.readElementText();
            }
            ts.messages << message;
        }
    }
    if (xml.hasError())
        ts.error = u"%1 at line %2"_s.arg(xml.errorString()).arg(xml.lineNumber());
    return ts;
}

// %1..%9 (with or without L), as a set: a translation may reorder them.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%L?([1-9])"_s);
    QSet<QString> found;
    for (const auto &match : pattern.globalMatch(text))
        found.insert(match.captured(1));
    return found;
}

// An accelerator is '&' before a non-space character; "&&" is a literal ampersand.
int acceleratorCount(QString text)
{
    text.remove(u"&&"_s);
    static const QRegularExpression pattern(u"&[^\\s&]"_s);
    int count = 0;
    for (auto it = pattern.globalMatch(text); it.hasNext(); it.next())
        ++count;
    return count;
}

struct Language
{
    const char *code;  // file suffix and test row
    QString tsLanguage;  // the language attribute of the .ts file
    int numerusForms;  // plural forms in Qt's rules for the language
    QLocale locale;
    QString fileMenu;  // MainWindow "&File" without its accelerator
};

// The shipped translations. Each must stay complete: lupdate adds new strings as unfinished.
QList<Language> languages()
{
    return {
        {"de", u"de_DE"_s, 2, QLocale(QLocale::German, QLocale::Germany), u"Datei"_s},
        {"fr", u"fr"_s, 2, QLocale(QLocale::French, QLocale::France), u"Fichier"_s},
        {"es", u"es"_s, 2, QLocale(QLocale::Spanish, QLocale::Spain), u"Archivo"_s},
        {"ja", u"ja"_s, 1, QLocale(QLocale::Japanese, QLocale::Japan), u"ファイル"_s},
        {"zh_CN", u"zh_CN"_s, 1, QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China),
         u"文件"_s},
    };
}

QString tsPath(const QString &code)
{
    return QStringLiteral(ORCH_TRANSLATIONS_DIR) + u"/orchestrator_"_s + code + u".ts"_s;
}

QString describe(const TsMessage &message)
{
    return u"line %1, %2: \"%3\""_s.arg(message.line).arg(message.context, message.source);
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpersCountWhatTheyShould();
    void tsFileIsComplete_data();
    void tsFileIsComplete();
    void qmIsEmbeddedAndTranslates_data();
    void qmIsEmbeddedAndTranslates();
    void englishPluralsReadNaturally();
    void menuAcceleratorsAreDistinct_data();
    void menuAcceleratorsAreDistinct();
};

void TestTranslations::initTestCase()
{
    // The main window keeps its state in the test-mode config folder, never the user's.
    QStandardPaths::setTestModeEnabled(true);
}

void TestTranslations::helpersCountWhatTheyShould()
{
    // The checks below are only as good as these two helpers.
    QCOMPARE(acceleratorCount(u"&File"_s), 1);
    QCOMPARE(acceleratorCount(u"ファイル(&F)"_s), 1);
    QCOMPARE(acceleratorCount(u"Save && &Quit"_s), 1);
    QCOMPARE(acceleratorCount(u"Fish & Chips"_s), 0);
    QCOMPARE(acceleratorCount(u"&Open &File"_s), 2);
    QCOMPARE(placeholders(u"%1 of %L2, %1 again, 100%"_s), (QSet<QString>{u"1"_s, u"2"_s}));
    QVERIFY(placeholders(u"%n line(s)"_s).isEmpty());
}

void TestTranslations::tsFileIsComplete_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("numerusForms");
    for (const Language &language : languages())
        QTest::newRow(language.code) << QString::fromLatin1(language.code) << language.tsLanguage
                                     << language.numerusForms;
}

void TestTranslations::tsFileIsComplete()
{
    QFETCH(QString, code);
    QFETCH(QString, language);
    QFETCH(int, numerusForms);

    const TsFile ts = readTs(tsPath(code));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QCOMPARE(ts.language, language);
    // The sources hold hundreds of strings; a handful means a truncated or wrong file.
    QVERIFY2(ts.messages.size() > 400, qPrintable(QString::number(ts.messages.size())));

    QStringList problems;
    for (const TsMessage &message : ts.messages) {
        if (!message.type.isEmpty()) {
            problems << u"%1 translation: %2"_s.arg(message.type, describe(message));
            continue;
        }
        if (message.numerus && message.translations.size() != numerusForms) {
            problems << u"%1 numerus forms, expected %2: %3"_s.arg(message.translations.size())
                            .arg(numerusForms)
                            .arg(describe(message));
            continue;
        }
        const QSet<QString> expected = placeholders(message.source);
        const int accelerators = acceleratorCount(message.source);
        for (const QString &translation : message.translations) {
            if (translation.trimmed().isEmpty()) {
                problems << u"empty translation: "_s + describe(message);
                continue;
            }
            if (placeholders(translation) != expected)
                problems << u"placeholders differ in \"%1\": %2"_s.arg(translation, describe(message));
            if (message.numerus && message.source.contains(u"%n"_s) && !translation.contains(u"%n"_s))
                problems << u"no %n in \"%1\": %2"_s.arg(translation, describe(message));
            if (accelerators > 0 && acceleratorCount(translation) != 1)
                problems << u"not exactly one accelerator in \"%1\": %2"_s.arg(translation, describe(message));
            if (accelerators == 0 && acceleratorCount(translation) > 0)
                problems << u"accelerator the source has not in \"%1\": %2"_s.arg(translation, describe(message));
            // Fragments are joined to others: their edge spaces and line breaks are part of the layout.
            if (translation.startsWith(u' ') != message.source.startsWith(u' ')
                || translation.endsWith(u' ') != message.source.endsWith(u' '))
                problems << u"leading or trailing space differs in \"%1\": %2"_s.arg(translation, describe(message));
            if (translation.count(u'\n') != message.source.count(u'\n'))
                problems << u"line breaks differ in \"%1\": %2"_s.arg(translation, describe(message));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(u"\n"_s + problems.join(u'\n')));
}

void TestTranslations::qmIsEmbeddedAndTranslates_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("file");
    for (const Language &language : languages())
        QTest::newRow(language.code) << language.locale << language.fileMenu;
}

void TestTranslations::qmIsEmbeddedAndTranslates()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, file);

    // The same lookup as the GUI's main(): by locale, from the resources qt_add_translations embeds.
    QTranslator translator;
    QVERIFY(translator.load(locale, u"orchestrator"_s, u"_"_s, u":/i18n"_s));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const auto removeTranslator = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });

    const QString menu = QCoreApplication::translate("orch::MainWindow", "&File");
    QVERIFY2(menu != u"&File"_s, qPrintable(menu));
    QVERIFY2(QString(menu).remove(u'&').startsWith(file), qPrintable(menu));
    QCOMPARE(acceleratorCount(menu), 1);

    // A message with a disambiguating comment, and a numerus message with its number filled in.
    const QString runMenu = QCoreApplication::translate("orch::MainWindow", "&Run", "menu title");
    QVERIFY2(runMenu != u"&Run"_s, qPrintable(runMenu));
    const QString running = QCoreApplication::translate("orch::MainWindow", "Running %n subtask(s)...", nullptr, 3);
    QVERIFY2(running.contains(u'3') && !running.contains(u"subtask(s)"_s), qPrintable(running));
}

void TestTranslations::englishPluralsReadNaturally()
{
    QTranslator translator;
    QVERIFY(translator.load(u":/i18n/orchestrator_en.qm"_s));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const auto removeTranslator = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });

    QCOMPARE(QCoreApplication::translate("orch::MainWindow", "Running %n subtask(s)...", nullptr, 1),
             u"Running 1 subtask..."_s);
    QCOMPARE(QCoreApplication::translate("orch::MainWindow", "Running %n subtask(s)...", nullptr, 2),
             u"Running 2 subtasks..."_s);
    QCOMPARE(QCoreApplication::translate("orch::LogBrowser", "%n line(s)", nullptr, 1), u"1 line"_s);
    QCOMPARE(QCoreApplication::translate("orch::LogBrowser", "%n line(s)", nullptr, 0), u"0 lines"_s);

    // Every numerus entry of the English file has its two forms, and neither keeps the "(s)".
    const TsFile ts = readTs(tsPath(u"en"_s));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    int numerus = 0;
    for (const TsMessage &message : ts.messages) {
        if (!message.numerus)
            continue;
        ++numerus;
        QVERIFY2(message.type.isEmpty(), qPrintable(describe(message)));
        QCOMPARE(message.translations.size(), 2);
        for (const QString &form : message.translations) {
            QVERIFY2(!form.contains(u"(s)"_s) && !form.contains(u"(es)"_s), qPrintable(form));
            QVERIFY2(form.contains(u"%n"_s), qPrintable(form));
            QCOMPARE(placeholders(form), placeholders(message.source));
        }
    }
    QVERIFY(numerus > 0);
}

void TestTranslations::menuAcceleratorsAreDistinct_data()
{
    QTest::addColumn<QLocale>("locale");
    for (const Language &language : languages())
        QTest::newRow(language.code) << language.locale;
}

void TestTranslations::menuAcceleratorsAreDistinct()
{
    QFETCH(QLocale, locale);

    // Alt+letter must reach one menu of the menu bar, and one entry of an open menu.
    QTranslator translator;
    QVERIFY(translator.load(locale, u"orchestrator"_s, u"_"_s, u":/i18n"_s));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const auto removeTranslator = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });

    orch::MainWindow window;
    const auto clashes = [](const QList<QAction *> &actions) {
        QStringList found;
        QHash<QKeySequence, QString> owners;
        for (const QAction *action : actions) {
            if (action->isSeparator() || action->text().isEmpty())
                continue;
            const QKeySequence mnemonic = QKeySequence::mnemonic(action->text());
            if (mnemonic.isEmpty())
                continue;
            if (owners.contains(mnemonic))
                found << owners.value(mnemonic) + u" / "_s + action->text();
            owners.insert(mnemonic, action->text());
        }
        return found;
    };
    const QList<QAction *> titles = window.menuBar()->actions();
    QVERIFY(titles.size() >= 4);
    QStringList problems = clashes(titles);
    for (const QAction *title : titles) {
        if (QKeySequence::mnemonic(title->text()).isEmpty())
            problems << u"no accelerator: "_s + title->text();
        if (title->menu())
            problems << clashes(title->menu()->actions());
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
