// ProfileStore: save, list, load, rename and delete named profiles; bad names, corrupt and missing
// files, other schema versions, and no secret ever saved.
#include "config/ProfileStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace orch;

class TestProfileStore final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void defaultFolderIsTheUsersConfigFolder();
    void roundTrip();
    void listIsSortedAndSkipsStrangers();
    void rename();
    void remove();
    void badNames_data();
    void badNames();
    void corruptFile();
    void invalidValue();
    void missingProfile();
    void schemaVersions_data();
    void schemaVersions();
    void secretsAreRefused_data();
    void secretsAreRefused();

private:
    void write(const QString &name, const QByteArray &text);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_store;
};

void TestProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("profiles")));
}

void TestProfileStore::write(const QString &name, const QByteArray &text)
{
    QVERIFY(QDir().mkpath(m_store->directory()));
    QFile file(m_store->pathFor(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

void TestProfileStore::defaultFolderIsTheUsersConfigFolder()
{
    QStandardPaths::setTestModeEnabled(true);
    const ProfileStore store;
    QCOMPARE(store.directory(),
             QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/profiles"));
}

void TestProfileStore::roundTrip()
{
    Config config;
    config.orchestrator.maxWorkers = 4;
    config.orchestrator.mode = Config::Mode::Worktree;
    config.ai.model = QStringLiteral("claude-haiku");
    config.agent.extraArgs = {QStringLiteral("--verbose"), QStringLiteral("a b")};
    config.paths.workspace = m_dir->filePath(QStringLiteral("ws"));
    config.paths.logs = m_dir->filePath(QStringLiteral("ws/logs"));
    config.paths.output = m_dir->filePath(QStringLiteral("ws/output"));
    QString error;
    QVERIFY2(m_store->save(QStringLiteral("fast review"), config, &error), qPrintable(error));
    QVERIFY(m_store->exists(QStringLiteral("fast review")));
    QList<ConfigDiagnostic> warnings;
    const Config back = m_store->load(QStringLiteral("fast review"), &warnings);
    QVERIFY(warnings.isEmpty());
    QVERIFY(back == config);

    // Saving again over the same name replaces it.
    config.orchestrator.maxWorkers = 9;
    QVERIFY(m_store->save(QStringLiteral("fast review"), config, &error));
    QCOMPARE(m_store->load(QStringLiteral("fast review")).orchestrator.maxWorkers, 9);
}

void TestProfileStore::listIsSortedAndSkipsStrangers()
{
    QVERIFY(m_store->list().isEmpty());  // the folder does not even exist yet
    for (const QString &name : {QStringLiteral("zeta"), QStringLiteral("alpha"), QStringLiteral("Mid")})
        QVERIFY(m_store->save(name, Config()));
    write(QStringLiteral(".hidden"), "{}");
    QFile other(m_store->directory() + QStringLiteral("/notes.txt"));
    QVERIFY(other.open(QIODevice::WriteOnly));
    QCOMPARE(m_store->list(), QStringList({QStringLiteral("Mid"), QStringLiteral("alpha"), QStringLiteral("zeta")}));
}

void TestProfileStore::rename()
{
    QVERIFY(m_store->save(QStringLiteral("a"), Config()));
    QVERIFY(m_store->save(QStringLiteral("b"), Config()));
    QString error;
    QVERIFY(!m_store->rename(QStringLiteral("a"), QStringLiteral("b"), &error));
    QCOMPARE(error, QStringLiteral("a profile named 'b' already exists"));
    QVERIFY(!m_store->rename(QStringLiteral("nope"), QStringLiteral("c"), &error));
    QCOMPARE(error, QStringLiteral("no profile named 'nope'"));
    QVERIFY(!m_store->rename(QStringLiteral("a"), QStringLiteral("../c"), &error));
    QVERIFY(m_store->rename(QStringLiteral("a"), QStringLiteral("c"), &error));
    QCOMPARE(m_store->list(), QStringList({QStringLiteral("b"), QStringLiteral("c")}));
}

void TestProfileStore::remove()
{
    QVERIFY(m_store->save(QStringLiteral("gone"), Config()));
    QString error;
    QVERIFY(m_store->remove(QStringLiteral("gone"), &error));
    QVERIFY(!m_store->exists(QStringLiteral("gone")));
    QVERIFY(!m_store->remove(QStringLiteral("gone"), &error));
    QCOMPARE(error, QStringLiteral("no profile named 'gone'"));
}

void TestProfileStore::badNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("why");
    QTest::addRow("empty") << "" << "a profile name cannot be empty";
    QTest::addRow("blank") << "   " << "a profile name cannot be empty";
    QTest::addRow("slash") << "a/b" << "a profile name cannot contain / or \\";
    QTest::addRow("backslash") << "a\\b" << "a profile name cannot contain / or \\";
    QTest::addRow("parent") << "../x" << "a profile name cannot start with a dot";
    QTest::addRow("dot") << ".profile" << "a profile name cannot start with a dot";
    QTest::addRow("too long") << QString(65, u'x') << "a profile name has at most 64 characters";
    QTest::addRow("control") << "a\nb" << "a profile name cannot contain control characters";
    QTest::addRow("padded") << " a" << "a profile name cannot start or end with a space";
}

void TestProfileStore::badNames()
{
    QFETCH(QString, name);
    QFETCH(QString, why);
    QString error;
    QVERIFY(!m_store->save(name, Config(), &error));
    QCOMPARE(error, why);
    QVERIFY(!QDir(m_store->directory()).exists() || QDir(m_store->directory()).isEmpty());
    QVERIFY_THROWS_EXCEPTION(ConfigError, m_store->load(name));
}

void TestProfileStore::corruptFile()
{
    write(QStringLiteral("broken"), "orchestrator: [unclosed\n");
    try {
        m_store->load(QStringLiteral("broken"));
        QFAIL("a corrupt profile loaded");
    } catch (const ConfigError &e) {
        QVERIFY2(e.messages().first().startsWith(m_store->pathFor(QStringLiteral("broken")) + u':'),
                 e.what());
        QVERIFY(e.messages().first().contains(QStringLiteral("malformed YAML")));
    }
}

void TestProfileStore::invalidValue()
{
    write(QStringLiteral("bad"), "schema_version: 1\norchestrator:\n  max_workers: 1000\n");
    QVERIFY_THROWS_EXCEPTION(ConfigError, m_store->load(QStringLiteral("bad")));
}

void TestProfileStore::missingProfile()
{
    QVERIFY(m_store->save(QStringLiteral("review"), Config()));
    try {
        m_store->load(QStringLiteral("reviw"));
        QFAIL("a missing profile loaded");
    } catch (const ConfigError &e) {
        QCOMPARE(e.messages(),
                 QStringList(QStringLiteral("option --profile: no profile named 'reviw'; did you mean review?")));
    }
}

void TestProfileStore::schemaVersions_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("warning");
    QTest::addRow("older, no version") << QByteArray("orchestrator:\n  max_workers: 3\n")
                                       << "no schema_version: saved by an older version";
    QTest::addRow("newer") << QByteArray("schema_version: 7\norchestrator:\n  max_workers: 3\n  hyperdrive: on\n")
                           << "written by a newer version (schema 7, this one reads 1)";
}

void TestProfileStore::schemaVersions()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, warning);
    write(QStringLiteral("p"), yaml);
    QList<ConfigDiagnostic> warnings;
    const Config config = m_store->load(QStringLiteral("p"), &warnings);
    QCOMPARE(config.orchestrator.maxWorkers, 3);
    QStringList texts;
    for (const ConfigDiagnostic &d : warnings) {
        QCOMPARE(d.severity, ConfigDiagnostic::Severity::Warning);
        texts << d.toString();
    }
    QVERIFY2(texts.join(u'\n').contains(warning), qPrintable(texts.join(u'\n')));
}

void TestProfileStore::secretsAreRefused_data()
{
    QTest::addColumn<QString>("key");
    QTest::addRow("key shape in extra args") << "agent.extra_args";
    QTest::addRow("live key in command") << "agent.command";
}

void TestProfileStore::secretsAreRefused()
{
    QFETCH(QString, key);
    Config config;
    const QByteArray live = "live-secret-value-123456";
    qputenv("ANTHROPIC_API_KEY", live);
    if (key == u"agent.extra_args")
        config.agent.extraArgs = {QStringLiteral("--api-key"), QStringLiteral("sk-ant-api03-abcdefghijklmnop")};
    else
        config.agent.command = QStringLiteral("agent --token ") + QString::fromLatin1(live);
    QString error;
    QVERIFY(!m_store->save(QStringLiteral("leaky"), config, &error));
    qunsetenv("ANTHROPIC_API_KEY");
    QCOMPARE(error, QStringLiteral("profile not saved: %1 holds what looks like an API key; pass secrets through "
                                   "the environment instead")
                        .arg(key));
    QVERIFY(!QFile::exists(m_store->pathFor(QStringLiteral("leaky"))));
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
