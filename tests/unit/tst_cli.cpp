// The orchestrator executable end to end: options, --print-config, exit codes and messages.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

class TestCli final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void version();
    void help();
    void documentationNamesEveryOption();
    void printConfigDefaults();
    void optionsOverride();
    void configFileInWorkingFolderAndDotEnv();
    void brokenConfigExits2_data();
    void brokenConfigExits2();
    void environmentErrorNamesTheVariable();
    void usageErrors_data();
    void usageErrors();
    void profiles();

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Result run(const QStringList &arguments, const QMap<QString, QString> &extraEnv = {});
    void write(const QString &name, const QByteArray &text);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

TestCli::Result TestCli::run(const QStringList &arguments, const QMap<QString, QString> &extraEnv)
{
    // A clean environment: nothing of the developer's own configuration leaks in.
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
    env.insert(QStringLiteral("HOME"), m_dir->path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("xdg")));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
        env.insert(it.key(), it.value());
    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_dir->path());
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral(ORCH_CLI_BIN), arguments);
    Result result;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestCli::write(const QString &name, const QByteArray &text)
{
    QFile file(m_dir->filePath(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

void TestCli::version()
{
    const Result r = run({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("orchestrator " ORCH_VERSION "\n"));
}

void TestCli::help()
{
    const Result r = run({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    for (const char *option : {"--max-workers", "--mode", "--timeout", "--config", "--monitor", "--log-level",
                               "--workspace", "--profile", "--print-config", "--set"})
        QVERIFY2(r.out.contains(QLatin1String(option)), option);
}

void TestCli::documentationNamesEveryOption()
{
    // docs/command-line.md is the reference: every option --help lists has a row there.
    const Result r = run({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QFile file(QStringLiteral(ORCH_SOURCE_DIR "/docs/command-line.md"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString doc = QString::fromUtf8(file.readAll());
    static const QRegularExpression optionLine(QStringLiteral(R"(^\s+(?:-\w, )?(--[a-z][a-z-]*))"),
                                               QRegularExpression::MultilineOption);
    int options = 0;
    for (const QRegularExpressionMatch &match : optionLine.globalMatch(r.out)) {
        ++options;
        const QString option = match.captured(1);
        const QRegularExpression row(QStringLiteral("^\\|[^\n]*`") + QRegularExpression::escape(option) + QStringLiteral("[` ]"),
                                     QRegularExpression::MultilineOption);
        QVERIFY2(row.match(doc).hasMatch(), qPrintable(option));
    }
    QVERIFY2(options >= 25, qPrintable(r.out));
}

void TestCli::printConfigDefaults()
{
    const Result r = run({QStringLiteral("--print-config")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("  max_workers: 10  # default\n")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("  workspace: ") + m_dir->filePath(QStringLiteral("workspace")) +
                           QStringLiteral("  # default\n")));
    QVERIFY(r.err.isEmpty());
    QVERIFY(!QDir(m_dir->filePath(QStringLiteral("workspace"))).exists());  // printing creates nothing
}

void TestCli::optionsOverride()
{
    const Result r = run({QStringLiteral("--max-workers"), QStringLiteral("3"), QStringLiteral("--mode=worktree"),
                          QStringLiteral("--set"), QStringLiteral("ai.temperature=0.2"), QStringLiteral("--log-level"),
                          QStringLiteral("debug"), QStringLiteral("--print-config")},
                         {{QStringLiteral("ORCHESTRATOR_MAX_WORKERS"), QStringLiteral("5")}});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("  max_workers: 3  # option --max-workers\n")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("  mode: worktree  # option --mode\n")));
    QVERIFY(r.out.contains(QStringLiteral("  temperature: 0.2  # option --set\n")));
    QVERIFY(r.out.contains(QStringLiteral("  log_level: DEBUG  # option --log-level\n")));
}

void TestCli::configFileInWorkingFolderAndDotEnv()
{
    write(QStringLiteral("config.yaml"), "orchestrator:\n  timeout: 33\n  max_workers: 2\n");
    write(QStringLiteral(".env"), "ORCHESTRATOR_MAX_WORKERS=6\n");
    const Result r = run({QStringLiteral("--print-config")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("  timeout: 33  # ") + m_dir->filePath(QStringLiteral("config.yaml")) +
                            QStringLiteral(":2\n")),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("  max_workers: 6  # .env:1\n")));
}

void TestCli::brokenConfigExits2_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("message");
    QTest::addRow("unknown enum") << QByteArray("orchestrator:\n  mode: dokcer\n")
                                  << "orchestrator: error: broken.yaml:2:9: orchestrator.mode: invalid value 'dokcer' "
                                     "(allowed: one of subprocess, worktree, docker)\n";
    QTest::addRow("malformed") << QByteArray("orchestrator:\n  max_workers: {a: 1\n")
                               << "orchestrator: error: broken.yaml:3:1: malformed YAML: end of map flow not found\n";
    QTest::addRow("out of range") << QByteArray("resources:\n  max_cpu_percent: 150\n")
                                  << "orchestrator: error: broken.yaml:2:20: resources.max_cpu_percent: invalid value "
                                     "'150' (allowed: a whole number from 1 to 100)\n";
}

void TestCli::brokenConfigExits2()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, message);
    write(QStringLiteral("broken.yaml"), yaml);
    const Result r = run({QStringLiteral("--config"), QStringLiteral("broken.yaml"), QStringLiteral("--print-config")});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err, message);
    QVERIFY(r.out.isEmpty());
}

void TestCli::environmentErrorNamesTheVariable()
{
    const Result r = run({QStringLiteral("--print-config")}, {{QStringLiteral("ORCHESTRATOR_MAX_WORKERS"), QStringLiteral("0")}});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err, QStringLiteral("orchestrator: error: environment variable ORCHESTRATOR_MAX_WORKERS: "
                                   "orchestrator.max_workers: invalid value '0' (allowed: a whole number from 1 to 256)\n"));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::addRow("unknown option") << QStringList{u"--max-wrokers"_s, u"3"_s} << "Unknown option 'max-wrokers'";
    QTest::addRow("missing value") << QStringList{u"--timeout"_s} << "Missing value after '--timeout'";
    QTest::addRow("bad set") << QStringList{u"--set"_s, u"novalue"_s} << "--set expects KEY=VALUE, got 'novalue'";
    QTest::addRow("config and profile") << QStringList{u"--config"_s, u"a.yaml"_s, u"--profile"_s, u"p"_s}
                                        << "--config and --profile cannot be combined";
    QTest::addRow("missing config file") << QStringList{u"--config"_s, u"nope.yaml"_s, u"--print-config"_s}
                                         << "nope.yaml: cannot read the configuration file";
    QTest::addRow("bad option value") << QStringList{u"--timeout"_s, u"-1"_s, u"--print-config"_s}
                                      << "option --timeout: orchestrator.timeout: invalid value '-1'";
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Result r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

void TestCli::profiles()
{
    Result r = run({QStringLiteral("--max-workers"), QStringLiteral("7"), QStringLiteral("--save-profile"),
                    QStringLiteral("seven")});
    QCOMPARE(r.exitCode, 0);
    const QString path = m_dir->filePath(QStringLiteral("xdg/orchestrator/profiles/seven.yaml"));
    QVERIFY2(QFile::exists(path), qPrintable(r.out + r.err));

    r = run({QStringLiteral("--list-profiles")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("seven\n"));

    r = run({QStringLiteral("--profile"), QStringLiteral("seven"), QStringLiteral("--print-config")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("  max_workers: 7  # ") + path + u':'), qPrintable(r.out));

    r = run({QStringLiteral("--profile"), QStringLiteral("sevn"), QStringLiteral("--print-config")});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err, QStringLiteral("orchestrator: error: option --profile: no profile named 'sevn'; did you mean seven?\n"));

    r = run({QStringLiteral("--save-profile"), QStringLiteral("../evil")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("a profile name cannot start with a dot")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
