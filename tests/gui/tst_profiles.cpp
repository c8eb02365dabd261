// Profiles in the desktop app: ProfileSession's open/save/save as/rename/delete/import/export round
// trips on disk, the modified mark and title, failures that change nothing and say why, reopening the
// last profile; ProfileToolBar's combo and actions with every prompt answered through its seams.
#include "profiles/ProfileSession.h"
#include "profiles/ProfileToolBar.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QMainWindow>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QWindow>
#include <QtTest>

using namespace orch;
using namespace Qt::StringLiterals;

namespace {

// Everything observable about a session, to prove that a failure changed nothing.
struct SessionState
{
    QString name;
    Config config;
    bool modified = false;
    QStringList profiles;
    QStringList files;
    bool operator==(const SessionState &) const = default;
};

SessionState stateOf(const ProfileSession &session)
{
    return {session.currentName(), session.config(), session.isModified(), session.profiles(),
            QDir(session.store().directory()).entryList(QDir::Files | QDir::Hidden, QDir::Name)};
}

} // namespace

class TestProfiles final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void startsUntitled();
    void editsSetAndClearTheModifiedMark();
    void saveAsThenSaveRoundTrip();
    void openReplacesTheConfig();
    void renameKeepsEditsAndMovesTheFile();
    void removeCurrentKeepsTheSettings();
    void failuresChangeNothing_data();
    void failuresChangeNothing();
    void importMakesAUniqueProfile();
    void importFailuresChangeNothing_data();
    void importFailuresChangeNothing();
    void exportWritesYaml();
    void restoreLast_data();
    void restoreLast();
    void rememberLast();
    void windowTitle();

    void comboListsProfiles();
    void comboSwitchAsksAboutUnsavedChanges_data();
    void comboSwitchAsksAboutUnsavedChanges();
    void shortcutsAndOpenShowsTheList();
    void saveAsAndOverwriteThroughPrompts();
    void renameAndDeleteThroughPrompts();
    void importAndExportThroughPrompts();
    void errorsReachTheMessageSink();

private:
    Config sample(int workers) const;
    void writeFile(const QString &path, const QByteArray &text);
    void makeToolBar();
    void pickInCombo(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileSession> m_session;
    std::unique_ptr<QMainWindow> m_window;  // holds the toolbar in the toolbar tests
    ProfileToolBar *m_toolBar = nullptr;
    QStringList m_messages;
};

void TestProfiles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Only key-shaped text counts as a secret here, whatever the machine's environment holds.
    qunsetenv("ANTHROPIC_API_KEY");
    qunsetenv("ANTHROPIC_AUTH_TOKEN");
}

void TestProfiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_session = std::make_unique<ProfileSession>(ProfileStore(m_dir->filePath(u"profiles"_s)), sample(10));
    m_messages.clear();
}

void TestProfiles::cleanup()
{
    m_window.reset();
    m_toolBar = nullptr;
    m_session.reset();
    m_dir.reset();
}

// Absolute paths, so a config reads back from YAML exactly as it was written.
Config TestProfiles::sample(int workers) const
{
    Config config;
    config.orchestrator.maxWorkers = workers;
    config.paths.workspace = m_dir->filePath(u"ws"_s);
    config.paths.logs = m_dir->filePath(u"ws/logs"_s);
    config.paths.output = m_dir->filePath(u"ws/output"_s);
    return config;
}

void TestProfiles::writeFile(const QString &path, const QByteArray &text)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(text), text.size());
}

void TestProfiles::startsUntitled()
{
    QCOMPARE(m_session->currentName(), QString());
    QCOMPARE(m_session->displayName(), u"Untitled"_s);
    QVERIFY(!m_session->isModified());
    QCOMPARE(m_session->windowTitleFragment(), u"Untitled[*]"_s);
    QCOMPARE(m_session->config(), sample(10));
}

void TestProfiles::editsSetAndClearTheModifiedMark()
{
    QSignalSpy modified(m_session.get(), &ProfileSession::modifiedChanged);
    QSignalSpy changed(m_session.get(), &ProfileSession::configChanged);
    m_session->setConfig(sample(10));  // equal: not an edit
    QCOMPARE(modified.size(), 0);
    QCOMPARE(changed.size(), 0);

    m_session->setConfig(sample(3));
    QVERIFY(m_session->isModified());
    QCOMPARE(modified.size(), 1);
    QCOMPARE(modified.last().at(0).toBool(), true);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.last().at(0).value<Config>().orchestrator.maxWorkers, 3);

    m_session->setConfig(sample(4));  // still modified: no new signal
    QCOMPARE(modified.size(), 1);
    m_session->setConfig(sample(10));  // back to what was saved
    QVERIFY(!m_session->isModified());
    QCOMPARE(modified.size(), 2);
    QCOMPARE(modified.last().at(0).toBool(), false);
}

void TestProfiles::saveAsThenSaveRoundTrip()
{
    QSignalSpy current(m_session.get(), &ProfileSession::currentChanged);
    QSignalSpy profiles(m_session.get(), &ProfileSession::profilesChanged);
    QSignalSpy errors(m_session.get(), &ProfileSession::errorOccurred);
    m_session->setConfig(sample(4));
    QVERIFY(m_session->saveAs(u"fast review"_s));
    QCOMPARE(errors.size(), 0);
    QCOMPARE(m_session->currentName(), u"fast review"_s);
    QVERIFY(!m_session->isModified());
    QCOMPARE(current.size(), 1);
    QCOMPARE(current.last().at(0).toString(), u"fast review"_s);
    QCOMPARE(profiles.size(), 1);
    QCOMPARE(m_session->profiles(), QStringList{u"fast review"_s});
    QVERIFY(QFile::exists(m_dir->filePath(u"profiles/fast review.yaml"_s)));
    QCOMPARE(m_session->store().load(u"fast review"_s), sample(4));

    // An edit, then Save: the file follows and the mark clears.
    m_session->setConfig(sample(6));
    QVERIFY(m_session->isModified());
    QVERIFY(m_session->save());
    QVERIFY(!m_session->isModified());
    QCOMPARE(m_session->store().load(u"fast review"_s), sample(6));
    QCOMPARE(profiles.size(), 1);  // no new profile

    // Another session on the same folder opens what was saved.
    ProfileSession other(ProfileStore(m_session->store().directory()), Config());
    QVERIFY(other.open(u"fast review"_s));
    QCOMPARE(other.config(), sample(6));
    QVERIFY(!other.isModified());
}

void TestProfiles::openReplacesTheConfig()
{
    QVERIFY(m_session->store().save(u"a"_s, sample(2)));
    QVERIFY(m_session->store().save(u"b"_s, sample(7)));
    m_session->setConfig(sample(5));
    QSignalSpy changed(m_session.get(), &ProfileSession::configChanged);
    QSignalSpy modified(m_session.get(), &ProfileSession::modifiedChanged);
    QVERIFY(m_session->open(u"b"_s));
    QCOMPARE(m_session->currentName(), u"b"_s);
    QCOMPARE(m_session->config(), sample(7));
    QVERIFY(!m_session->isModified());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(modified.size(), 1);
    QVERIFY(m_session->warnings().isEmpty());
}

void TestProfiles::renameKeepsEditsAndMovesTheFile()
{
    QVERIFY(m_session->saveAs(u"old"_s));
    m_session->setConfig(sample(3));
    QSignalSpy profiles(m_session.get(), &ProfileSession::profilesChanged);
    QVERIFY(m_session->rename(u"new"_s));
    QCOMPARE(m_session->currentName(), u"new"_s);
    QCOMPARE(m_session->profiles(), QStringList{u"new"_s});
    QCOMPARE(profiles.size(), 1);
    // The edit is still unsaved: the file holds what was saved before.
    QVERIFY(m_session->isModified());
    QCOMPARE(m_session->store().load(u"new"_s), sample(10));
    QCOMPARE(m_session->windowTitleFragment(), u"new[*]"_s);
}

void TestProfiles::removeCurrentKeepsTheSettings()
{
    m_session->setConfig(sample(8));
    QVERIFY(m_session->saveAs(u"doomed"_s));
    QVERIFY(m_session->store().save(u"kept"_s, sample(1)));
    QSignalSpy current(m_session.get(), &ProfileSession::currentChanged);
    QVERIFY(m_session->removeCurrent());
    QCOMPARE(m_session->currentName(), QString());
    QCOMPARE(current.size(), 1);
    QCOMPARE(m_session->profiles(), QStringList{u"kept"_s});
    QVERIFY(!QFile::exists(m_session->store().pathFor(u"doomed"_s)));
    QCOMPARE(m_session->config(), sample(8));
    QVERIFY(!m_session->isModified());
}

void TestProfiles::failuresChangeNothing_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("expected");  // part of the message
    QTest::addRow("save untitled") << "save" << "" << "use Save As";
    QTest::addRow("empty name") << "saveAs" << "" << "cannot be empty";
    QTest::addRow("path in name") << "saveAs" << "a/b" << "cannot contain /";
    QTest::addRow("hidden name") << "saveAs" << ".hidden" << "cannot start with a dot";
    QTest::addRow("long name") << "saveAs" << QString(65, u'x') << "at most 64 characters";
    QTest::addRow("taken name") << "saveAs" << "taken" << "already exists";
    QTest::addRow("secret") << "secret" << "mine" << "agent.extra_args holds what looks like an API key";
    QTest::addRow("open missing") << "open" << "nope" << "no profile named 'nope'";
    QTest::addRow("open broken") << "open" << "broken" << "broken.yaml:4:1: malformed YAML";
    QTest::addRow("rename untitled") << "rename" << "x" << "not a saved profile";
    QTest::addRow("delete untitled") << "remove" << "" << "nothing to delete";
    QTest::addRow("rename to taken") << "renameNamed" << "taken" << "already exists";
    QTest::addRow("rename bad name") << "renameNamed" << "a\\b" << "cannot contain";
}

void TestProfiles::failuresChangeNothing()
{
    QFETCH(QString, operation);
    QFETCH(QString, argument);
    QFETCH(QString, expected);
    QVERIFY(m_session->store().save(u"taken"_s, sample(1)));
    writeFile(m_session->store().pathFor(u"broken"_s), "schema_version: 1\norchestrator:\n  max_workers: [1, 2\n");
    if (operation == u"renameNamed") {
        QVERIFY(m_session->saveAs(u"mine"_s));
        operation = u"rename"_s;
    }
    m_session->setConfig(sample(5));
    if (operation == u"secret") {
        Config leaky = sample(5);
        leaky.agent.extraArgs = {u"--api-key"_s, u"sk-ant-api03-abcdefghijklmnopqrstuv"_s};
        m_session->setConfig(leaky);
        operation = u"saveAs"_s;
    }

    const SessionState before = stateOf(*m_session);
    QSignalSpy errors(m_session.get(), &ProfileSession::errorOccurred);
    QSignalSpy current(m_session.get(), &ProfileSession::currentChanged);
    QSignalSpy changed(m_session.get(), &ProfileSession::configChanged);
    QSignalSpy profiles(m_session.get(), &ProfileSession::profilesChanged);
    bool ok = true;
    if (operation == u"save")
        ok = m_session->save();
    else if (operation == u"saveAs")
        ok = m_session->saveAs(argument);
    else if (operation == u"open")
        ok = m_session->open(argument);
    else if (operation == u"rename")
        ok = m_session->rename(argument);
    else if (operation == u"remove")
        ok = m_session->removeCurrent();
    else
        QFAIL("unknown operation");

    QVERIFY(!ok);
    QCOMPARE(errors.size(), 1);
    const QString message = errors.first().at(0).toString();
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY(stateOf(*m_session) == before);
    QCOMPARE(current.size(), 0);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(profiles.size(), 0);
}

void TestProfiles::importMakesAUniqueProfile()
{
    const QString file = m_dir->filePath(u"shared/team setup.yaml"_s);
    writeFile(file, sample(3).toYaml().toUtf8() + "\nunknown_section: 1\n");
    QSignalSpy warnings(m_session.get(), &ProfileSession::warningOccurred);
    QVERIFY(m_session->importFile(file));
    QCOMPARE(m_session->currentName(), u"team setup"_s);
    QCOMPARE(m_session->config(), sample(3));
    QVERIFY(!m_session->isModified());
    QCOMPARE(m_session->store().load(u"team setup"_s), sample(3));
    QCOMPARE(warnings.size(), 1);  // the unknown section, ignored with a note
    QVERIFY2(warnings.first().at(0).toString().contains(u"unknown_section"_s), qPrintable(m_session->warnings().join(u'\n')));

    QVERIFY(m_session->importFile(file));
    QCOMPARE(m_session->currentName(), u"team setup (2)"_s);
    QVERIFY(m_session->importFile(file));
    QCOMPARE(m_session->currentName(), u"team setup (3)"_s);
    QStringList names = m_session->profiles();
    names.sort();
    QCOMPARE(names, (QStringList{u"team setup"_s, u"team setup (2)"_s, u"team setup (3)"_s}));

    // A file name that is no valid profile name still gives one.
    const QString hidden = m_dir->filePath(u".yaml"_s);
    writeFile(hidden, sample(2).toYaml().toUtf8());
    QVERIFY(m_session->importFile(hidden));
    QCOMPARE(m_session->currentName(), u"Imported"_s);
    // Numbering a name of the longest kind shortens it to stay a valid name.
    const QString longest(ProfileStore::MaxNameLength, u'z');
    QVERIFY(m_session->store().save(longest, sample(2)));
    const QString numbered = m_session->uniqueName(longest);
    QCOMPARE(numbered, QString(ProfileStore::MaxNameLength - 4, u'z') + u" (2)"_s);
    QVERIFY(ProfileStore::isValidName(numbered));
}

void TestProfiles::importFailuresChangeNothing_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("expected");
    QTest::addRow("malformed") << QByteArray("schema_version: 1\norchestrator:\n  max_workers: [1, 2\n") << "broken.yaml:4:1: malformed YAML";
    QTest::addRow("invalid value") << QByteArray("orchestrator:\n  max_workers: 0\n") << "broken.yaml:2:";
    QTest::addRow("not a mapping") << QByteArray("- a\n- b\n") << "broken.yaml:1:";
    QTest::addRow("secret") << QByteArray("agent:\n  extra_args: [\"sk-ant-api03-abcdefghijklmnopqrstuv\"]\n")
                            << "looks like an API key";
    QTest::addRow("missing file") << QByteArray() << "cannot read";
}

void TestProfiles::importFailuresChangeNothing()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, expected);
    const QString file = m_dir->filePath(u"broken.yaml"_s);
    if (!yaml.isEmpty())
        writeFile(file, yaml);
    QVERIFY(m_session->saveAs(u"mine"_s));
    m_session->setConfig(sample(4));
    const SessionState before = stateOf(*m_session);
    QSignalSpy errors(m_session.get(), &ProfileSession::errorOccurred);
    QVERIFY(!m_session->importFile(file));
    QCOMPARE(errors.size(), 1);
    const QString message = errors.first().at(0).toString();
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY(stateOf(*m_session) == before);
}

void TestProfiles::exportWritesYaml()
{
    m_session->setConfig(sample(9));
    const QString file = m_dir->filePath(u"out/exported.yaml"_s);
    QVERIFY(m_session->exportFile(file));
    QCOMPARE(Config::fromYaml(file), sample(9));
    QVERIFY(m_session->isModified());  // exporting is not saving the profile
    QCOMPARE(m_session->profiles(), QStringList());

    // Refused: a secret, and a folder where the file should go; the old file stays as it was.
    Config leaky = sample(9);
    leaky.agent.command = u"agent --key sk-ant-api03-abcdefghijklmnopqrstuv"_s;
    m_session->setConfig(leaky);
    QSignalSpy errors(m_session.get(), &ProfileSession::errorOccurred);
    QVERIFY(!m_session->exportFile(file));
    QVERIFY(errors.last().at(0).toString().contains(u"agent.command"_s));
    QCOMPARE(Config::fromYaml(file), sample(9));
    m_session->setConfig(sample(9));
    QVERIFY(!m_session->exportFile(m_dir->filePath(u"out"_s)));
    QCOMPARE(errors.size(), 2);
}

void TestProfiles::restoreLast_data()
{
    QTest::addColumn<QString>("last");  // remembered name; "" = none
    QTest::addColumn<bool>("opened");
    QTest::addColumn<QString>("warning");
    QTest::addRow("present") << "daily" << true << "";
    QTest::addRow("never saved") << "" << false << "";
    QTest::addRow("missing") << "gone" << false << "no profile named 'gone'";
    QTest::addRow("broken") << "broken" << false << "broken.yaml:2:";
    QTest::addRow("invalid name") << "../etc/passwd" << false << "a profile name cannot";
}

void TestProfiles::restoreLast()
{
    QFETCH(QString, last);
    QFETCH(bool, opened);
    QFETCH(QString, warning);
    QVERIFY(m_session->store().save(u"daily"_s, sample(6)));
    writeFile(m_session->store().pathFor(u"broken"_s), "orchestrator:\n  max_workers: lots\n");
    QSettings settings(m_dir->filePath(u"gui.ini"_s), QSettings::IniFormat);
    if (!last.isEmpty())
        settings.setValue(ProfileSession::lastProfileKey(), last);

    m_session->setConfig(sample(2));
    QSignalSpy warnings(m_session.get(), &ProfileSession::warningOccurred);
    QCOMPARE(m_session->restoreLast(settings, sample(11)), opened);
    QVERIFY(!m_session->isModified());
    if (opened) {
        QCOMPARE(m_session->currentName(), last);
        QCOMPARE(m_session->config(), sample(6));
    } else {
        QCOMPARE(m_session->currentName(), QString());
        QCOMPARE(m_session->config(), sample(11));
    }
    QCOMPARE(warnings.size(), warning.isEmpty() ? 0 : 1);
    if (!warning.isEmpty()) {
        const QString text = warnings.first().at(0).toString();
        QVERIFY2(text.contains(warning) && text.contains(u"starting from the defaults"_s), qPrintable(text));
        QCOMPARE(m_session->warnings(), QStringList{text});
    }
}

void TestProfiles::rememberLast()
{
    const QString ini = m_dir->filePath(u"gui.ini"_s);
    QVERIFY(m_session->saveAs(u"night"_s));
    {
        QSettings settings(ini, QSettings::IniFormat);
        m_session->rememberLast(settings);
    }
    ProfileSession next(ProfileStore(m_session->store().directory()), Config());
    {
        QSettings settings(ini, QSettings::IniFormat);
        QVERIFY(next.restoreLast(settings, Config()));
    }
    QCOMPARE(next.currentName(), u"night"_s);
    QCOMPARE(next.config(), sample(10));

    // An unsaved setup forgets the last profile.
    QVERIFY(m_session->removeCurrent());
    QSettings settings(ini, QSettings::IniFormat);
    m_session->rememberLast(settings);
    QVERIFY(!settings.contains(ProfileSession::lastProfileKey()));
}

void TestProfiles::windowTitle()
{
    QWidget window;
    ProfileToolBar bar(m_session.get());
    bar.trackWindowTitle(&window, u"Orchestrator"_s);
    QCOMPARE(window.windowTitle(), u"Untitled[*] — Orchestrator"_s);
    QVERIFY(!window.isWindowModified());
    m_session->setConfig(sample(2));
    QVERIFY(window.isWindowModified());
    QVERIFY(m_session->saveAs(u"odd [*] name"_s));
    QCOMPARE(m_session->windowTitleFragment(), u"odd [*][*] name[*]"_s);
    QCOMPARE(window.windowTitle(), u"odd [*][*] name[*] — Orchestrator"_s);
    QVERIFY(!window.isWindowModified());
    // What the window system shows: the doubled placeholder is a literal "[*]".
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowHandle()->title(), u"odd [*] name — Orchestrator"_s);
}

void TestProfiles::makeToolBar()
{
    m_window = std::make_unique<QMainWindow>();
    m_toolBar = new ProfileToolBar(m_session.get(), m_window.get());
    m_window->addToolBar(m_toolBar);
    // Every prompt a test does not expect is a failure it can see.
    const auto unexpected = [this](const QString &what) { m_messages << u"unexpected prompt: "_s + what; };
    m_toolBar->setNamePrompt([unexpected](const QString &title, const QString &, const QString &) {
        unexpected(title);
        return std::optional<QString>();
    });
    m_toolBar->setOpenFilePrompt([unexpected](const QString &title, const QString &) {
        unexpected(title);
        return QString();
    });
    m_toolBar->setSaveFilePrompt([unexpected](const QString &title, const QString &) {
        unexpected(title);
        return QString();
    });
    m_toolBar->setUnsavedPrompt([unexpected](const QString &profile) {
        unexpected(u"unsaved "_s + profile);
        return ProfileToolBar::UnsavedChoice::Cancel;
    });
    m_toolBar->setConfirmPrompt([unexpected](const QString &title, const QString &) {
        unexpected(title);
        return false;
    });
    m_toolBar->setMessageSink([this](const QString &, const QString &text) { m_messages << text; });
}

// As a user does it: open the list, move to the item, press Return.
void TestProfiles::pickInCombo(const QString &name)
{
    QComboBox *combo = m_toolBar->profileCombo();
    const int index = combo->findData(name);
    QVERIFY(index >= 0);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    combo->showPopup();
    QAbstractItemView *view = combo->view();
    QTRY_VERIFY(view->isVisible());
    view->setCurrentIndex(view->model()->index(index, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_VERIFY(!view->isVisible());
}

void TestProfiles::comboListsProfiles()
{
    QVERIFY(m_session->store().save(u"b"_s, sample(2)));
    QVERIFY(m_session->store().save(u"a"_s, sample(3)));
    makeToolBar();
    QComboBox *combo = m_toolBar->profileCombo();
    QCOMPARE(combo->objectName(), u"profileCombo"_s);
    const auto items = [combo] {
        QStringList texts;
        for (int i = 0; i < combo->count(); ++i)
            texts << combo->itemText(i);
        return texts;
    };
    QCOMPARE(items(), (QStringList{u"Untitled"_s, u"a"_s, u"b"_s}));
    QCOMPARE(combo->currentText(), u"Untitled"_s);
    QVERIFY(m_session->saveAs(u"c"_s));
    QCOMPARE(items(), (QStringList{u"a"_s, u"b"_s, u"c"_s}));
    QCOMPARE(combo->currentText(), u"c"_s);
    QVERIFY(m_session->open(u"a"_s));
    QCOMPARE(combo->currentText(), u"a"_s);
    QVERIFY(m_messages.isEmpty());
}

void TestProfiles::comboSwitchAsksAboutUnsavedChanges_data()
{
    QTest::addColumn<ProfileToolBar::UnsavedChoice>("choice");
    QTest::addColumn<QString>("currentAfter");
    QTest::addColumn<int>("savedWorkersOfA");
    QTest::addRow("save") << ProfileToolBar::UnsavedChoice::Save << "b" << 5;
    QTest::addRow("discard") << ProfileToolBar::UnsavedChoice::Discard << "b" << 2;
    QTest::addRow("cancel") << ProfileToolBar::UnsavedChoice::Cancel << "a" << 2;
}

void TestProfiles::comboSwitchAsksAboutUnsavedChanges()
{
    QFETCH(ProfileToolBar::UnsavedChoice, choice);
    QFETCH(QString, currentAfter);
    QFETCH(int, savedWorkersOfA);
    QVERIFY(m_session->store().save(u"a"_s, sample(2)));
    QVERIFY(m_session->store().save(u"b"_s, sample(7)));
    QVERIFY(m_session->open(u"a"_s));
    makeToolBar();
    QStringList asked;
    m_toolBar->setUnsavedPrompt([&asked, choice](const QString &profile) {
        asked << profile;
        return choice;
    });

    m_session->setConfig(sample(5));
    pickInCombo(u"b"_s);
    QCOMPARE(asked, QStringList{u"a"_s});
    QCOMPARE(m_session->currentName(), currentAfter);
    QCOMPARE(m_toolBar->profileCombo()->currentText(), currentAfter);
    QCOMPARE(m_session->store().load(u"a"_s), sample(savedWorkersOfA));
    if (currentAfter == u"b") {
        QCOMPARE(m_session->config(), sample(7));
        QVERIFY(!m_session->isModified());
        // Nothing unsaved now: switching back asks nothing.
        pickInCombo(u"a"_s);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(m_session->currentName(), u"a"_s);
    } else {
        QCOMPARE(m_session->config(), sample(5));
        QVERIFY(m_session->isModified());
    }
    QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(u'\n')));
}

void TestProfiles::shortcutsAndOpenShowsTheList()
{
    makeToolBar();
    const QList<QAction *> actions = m_toolBar->profileActions();
    QStringList names;
    for (const QAction *action : actions)
        names << action->objectName();
    QCOMPARE(names, (QStringList{u"openProfile"_s, u"saveProfile"_s, u"saveProfileAs"_s, u"renameProfile"_s,
                                 u"deleteProfile"_s, u"importProfile"_s, u"exportProfile"_s}));
    QCOMPARE(m_toolBar->openAction()->shortcut(), QKeySequence(u"Ctrl+O"_s));
    QCOMPARE(m_toolBar->saveAction()->shortcut(), QKeySequence(u"Ctrl+S"_s));
    QCOMPARE(m_toolBar->saveAsAction()->shortcut(), QKeySequence(u"Ctrl+Shift+S"_s));

    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    // Ctrl+O opens the list of profiles with the combo focused.
    QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier);
    QTRY_VERIFY(m_toolBar->profileCombo()->view()->isVisible());
    m_toolBar->profileCombo()->hidePopup();
    QTRY_VERIFY(!m_toolBar->profileCombo()->view()->isVisible());
    QCOMPARE(m_window->focusWidget(), m_toolBar->profileCombo());

    // Ctrl+S saves a named profile without asking anything.
    QVERIFY(m_session->saveAs(u"keys"_s));
    m_session->setConfig(sample(3));
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(!m_session->isModified());
    QCOMPARE(m_session->store().load(u"keys"_s), sample(3));
    QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(u'\n')));
}

void TestProfiles::saveAsAndOverwriteThroughPrompts()
{
    QVERIFY(m_session->store().save(u"taken"_s, sample(1)));
    makeToolBar();
    QStringList names{u"team"_s};  // answers to the name prompt, in order; "" = Cancel
    QStringList suggestions;
    m_toolBar->setNamePrompt([&](const QString &, const QString &, const QString &suggestion) {
        suggestions << suggestion;
        const QString name = names.takeFirst();
        return name.isEmpty() ? std::optional<QString>() : std::optional<QString>(name);
    });
    QList<bool> confirmations;
    m_toolBar->setConfirmPrompt([&](const QString &, const QString &text) {
        m_messages << text;
        return confirmations.takeFirst();
    });

    // Save on an untitled setup asks for a name.
    m_session->setConfig(sample(4));
    m_toolBar->saveAction()->trigger();
    QCOMPARE(m_session->currentName(), u"team"_s);
    QCOMPARE(m_session->store().load(u"team"_s), sample(4));

    // Save As onto another profile asks first; No keeps both as they were.
    names = QStringList{u"taken"_s, u"taken"_s, QString()};
    confirmations = {false, true};
    m_toolBar->saveAsAction()->trigger();
    QCOMPARE(m_session->currentName(), u"team"_s);
    QCOMPARE(m_session->store().load(u"taken"_s), sample(1));
    m_toolBar->saveAsAction()->trigger();
    QCOMPARE(m_session->currentName(), u"taken"_s);
    QCOMPARE(m_session->store().load(u"taken"_s), sample(4));
    QCOMPARE(suggestions.at(1), u"team (2)"_s);
    // Cancel at the name: nothing happens.
    m_toolBar->saveAsAction()->trigger();
    QCOMPARE(m_session->currentName(), u"taken"_s);
    QCOMPARE(m_session->profiles(), (QStringList{u"taken"_s, u"team"_s}));
    QCOMPARE(m_messages.size(), 2);
    QVERIFY(m_messages.at(0).contains(u"'taken' already exists"_s));
}

void TestProfiles::renameAndDeleteThroughPrompts()
{
    makeToolBar();
    QVERIFY(!m_toolBar->renameAction()->isEnabled());
    QVERIFY(!m_toolBar->deleteAction()->isEnabled());
    QVERIFY(m_session->saveAs(u"first"_s));
    QVERIFY(m_toolBar->renameAction()->isEnabled());
    QVERIFY(m_toolBar->deleteAction()->isEnabled());

    QString suggested;
    m_toolBar->setNamePrompt([&](const QString &, const QString &, const QString &suggestion) {
        suggested = suggestion;
        return std::optional<QString>(u"second"_s);
    });
    m_toolBar->renameAction()->trigger();
    QCOMPARE(suggested, u"first"_s);
    QCOMPARE(m_session->currentName(), u"second"_s);
    QCOMPARE(m_toolBar->profileCombo()->currentText(), u"second"_s);
    QCOMPARE(m_session->profiles(), QStringList{u"second"_s});

    bool answer = false;
    int asked = 0;
    m_toolBar->setConfirmPrompt([&](const QString &, const QString &text) {
        ++asked;
        return text.contains(u"'second'"_s) && answer;
    });
    m_toolBar->deleteAction()->trigger();
    QCOMPARE(asked, 1);
    QVERIFY(QFile::exists(m_session->store().pathFor(u"second"_s)));
    answer = true;
    m_toolBar->deleteAction()->trigger();
    QCOMPARE(asked, 2);
    QVERIFY(!QFile::exists(m_session->store().pathFor(u"second"_s)));
    QCOMPARE(m_toolBar->profileCombo()->currentText(), u"Untitled"_s);
    QVERIFY(!m_toolBar->renameAction()->isEnabled());
    QVERIFY(!m_toolBar->deleteAction()->isEnabled());
    QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(u'\n')));
}

void TestProfiles::importAndExportThroughPrompts()
{
    makeToolBar();
    QVERIFY(m_session->saveAs(u"source"_s));
    m_session->setConfig(sample(8));

    // Export adds .yaml when the name has no suffix.
    QString suggestion;
    const QString target = m_dir->filePath(u"exports/shared"_s);
    m_toolBar->setSaveFilePrompt([&](const QString &, const QString &suggested) {
        suggestion = suggested;
        return target;
    });
    m_toolBar->exportAction()->trigger();
    QVERIFY(suggestion.endsWith(u"/source.yaml"_s));
    QCOMPARE(Config::fromYaml(target + u".yaml"_s), sample(8));

    // Import opens the new profile, so unsaved changes are asked about first.
    QString file = target + u".yaml"_s;
    m_toolBar->setOpenFilePrompt([&](const QString &, const QString &) { return file; });
    ProfileToolBar::UnsavedChoice choice = ProfileToolBar::UnsavedChoice::Cancel;
    int asked = 0;
    m_toolBar->setUnsavedPrompt([&](const QString &) {
        ++asked;
        return choice;
    });
    m_toolBar->importAction()->trigger();
    QCOMPARE(asked, 1);
    QCOMPARE(m_session->currentName(), u"source"_s);
    QCOMPARE(m_session->profiles(), QStringList{u"source"_s});
    choice = ProfileToolBar::UnsavedChoice::Discard;
    m_toolBar->importAction()->trigger();
    QCOMPARE(asked, 2);
    QCOMPARE(m_session->currentName(), u"shared"_s);
    QCOMPARE(m_session->config(), sample(8));
    QCOMPARE(m_toolBar->profileCombo()->currentText(), u"shared"_s);
    QCOMPARE(m_session->store().load(u"source"_s), sample(10));

    // Cancelling the file chooser asks nothing else.
    file.clear();
    m_session->setConfig(sample(1));
    m_toolBar->importAction()->trigger();
    QCOMPARE(asked, 2);
    QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(u'\n')));
}

void TestProfiles::errorsReachTheMessageSink()
{
    makeToolBar();
    m_toolBar->setNamePrompt([](const QString &, const QString &, const QString &) {
        return std::optional<QString>(u"a/b"_s);
    });
    m_session->setConfig(sample(3));
    const SessionState before = stateOf(*m_session);
    m_toolBar->saveAsAction()->trigger();
    QCOMPARE(m_messages.size(), 1);
    QVERIFY2(m_messages.first().contains(u"cannot contain /"_s), qPrintable(m_messages.first()));
    QVERIFY(stateOf(*m_session) == before);
}

QTEST_MAIN(TestProfiles)
#include "tst_profiles.moc"
