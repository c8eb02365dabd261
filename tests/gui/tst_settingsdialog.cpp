// SettingsDialog: one editor per schema key, the core's messages, Apply/OK/Cancel/Restore Defaults,
// the path picker seam, the search field and the language choice.
#include "config/ConfigLoader.h"
#include "config/ConfigSchema.h"
#include "settings/ConfigField.h"
#include "settings/LanguageSettings.h"
#include "settings/SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using orch::ConfigKey;
using Type = orch::ConfigKey::Type;

namespace {

QPushButton *button(orch::SettingsDialog &dialog, QDialogButtonBox::StandardButton which)
{
    auto *box = dialog.findChild<QDialogButtonBox *>(u"buttons"_s);
    return box ? box->button(which) : nullptr;
}

// Edits a field the way a user would: typing into text and number fields, picking a choice.
void edit(orch::ConfigField *field, const QString &text)
{
    QWidget *editor = field->editor();
    switch (field->key().type) {
    case Type::Int:
    case Type::Double: {
        auto *spin = static_cast<QAbstractSpinBox *>(editor);
        spin->selectAll();
        QTest::keyClick(spin, Qt::Key_Delete);
        QTest::keyClicks(spin, text);
        break;
    }
    case Type::Bool: {
        auto *check = static_cast<QCheckBox *>(editor);
        if (check->isChecked() != (text == u"true"))
            check->click();
        break;
    }
    case Type::Enum: {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(combo->findText(text));
        break;
    }
    case Type::String:
    case Type::Path:
    case Type::List: {
        auto *line = static_cast<QLineEdit *>(editor);
        line->selectAll();
        QTest::keyClick(line, Qt::Key_Delete);
        QTest::keyClicks(line, text);
        break;
    }
    }
}

QString textOf(const orch::Config &config, const QString &path)
{
    const ConfigKey *key = orch::ConfigSchema::find(path);
    return key ? key->toText(key->get(config)) : u"<unknown key>"_s;
}

// A configuration that differs from the defaults in every kind of key.
orch::Config changedConfig(const QString &folder)
{
    orch::Config config;
    config.orchestrator.maxWorkers = 7;
    config.orchestrator.mode = orch::Config::Mode::Worktree;
    config.ai.temperature = 0.25;
    config.monitoring.enabled = false;
    config.paths.workspace = folder + u"/ws"_s;
    config.paths.logs = folder + u"/ws/logs"_s;
    config.paths.output = folder + u"/ws/output"_s;
    config.agent.extraArgs = {u"--verbose"_s, u"two words"_s};
    config.docker.image = u"custom:1"_s;
    return config;
}

} // namespace

class TestSettingsDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyKeyHasAnEditorOfItsType();
    void rangesAndChoicesMatchTheSchema();
    void labelsAndToolTips();
    void showsTheGivenConfig();
    void editingChangesConfig_data();
    void editingChangesConfig();
    void invalidValueShowsTheCoresMessage_data();
    void invalidValueShowsTheCoresMessage();
    void unknownEnumValueIsReported();
    void restoreDefaultsGivesDefaultConfig();
    void cancelLeavesTheCallersConfig();
    void okAppliesAndAccepts();
    void pathPickerThroughTheSeam();
    void searchFiltersRows();
    void languageChoice();

private:
    QTemporaryDir m_dir;
};

void TestSettingsDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Number texts typed below use '.' as the decimal point.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestSettingsDialog::everyKeyHasAnEditorOfItsType()
{
    orch::SettingsDialog dialog{orch::Config()};
    QCOMPARE(dialog.fields().size(), orch::ConfigSchema::keys().size());
    for (const ConfigKey &key : orch::ConfigSchema::keys()) {
        orch::ConfigField *field = dialog.field(key.path());
        QVERIFY2(field, qPrintable(u"no editor for "_s + key.path()));
        QWidget *editor = field->editor();
        const char *expected = nullptr;
        switch (key.type) {
        case Type::Int:
            expected = "QSpinBox";
            break;
        case Type::Double:
            expected = "QDoubleSpinBox";
            break;
        case Type::Bool:
            expected = "QCheckBox";
            break;
        case Type::Enum:
            expected = "QComboBox";
            break;
        case Type::String:
        case Type::Path:
        case Type::List:
            expected = "QLineEdit";
            break;
        }
        QVERIFY2(expected, qPrintable(key.path()));
        QCOMPARE(editor->metaObject()->className(), expected);
        // Only paths get "Browse...".
        QCOMPARE(field->browseButton() != nullptr, key.type == Type::Path);
        QCOMPARE(dialog.findChild<QWidget *>(key.path()), editor);
    }
}

void TestSettingsDialog::rangesAndChoicesMatchTheSchema()
{
    orch::SettingsDialog dialog{orch::Config()};
    for (const ConfigKey &key : orch::ConfigSchema::keys()) {
        QWidget *editor = dialog.field(key.path())->editor();
        if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
            QCOMPARE(spin->minimum(), int(key.min));
            QCOMPARE(spin->maximum(), int(key.max));
        } else if (auto *doubleSpin = qobject_cast<QDoubleSpinBox *>(editor)) {
            QCOMPARE(doubleSpin->minimum(), key.min);
            QCOMPARE(doubleSpin->maximum(), key.max);
        } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            QStringList items;
            for (int i = 0; i < combo->count(); ++i)
                items << combo->itemText(i);
            QCOMPARE(items, key.allowed);
        }
    }
}

void TestSettingsDialog::labelsAndToolTips()
{
    orch::SettingsDialog dialog{orch::Config()};
    QCOMPARE(dialog.field(u"orchestrator.max_workers"_s)->label()->text(), u"Max workers"_s);
    QCOMPARE(orch::ConfigField::readableName(u"branch_prefix"_s), u"Branch prefix"_s);
    for (const ConfigKey &key : orch::ConfigSchema::keys()) {
        const orch::ConfigField *field = dialog.field(key.path());
        QVERIFY2(!field->label()->text().isEmpty(), qPrintable(key.path()));
        QCOMPARE(field->label()->buddy(), field->editor());
        const QString tip = field->editor()->toolTip();
        QVERIFY2(tip.contains(key.path()), qPrintable(tip));
        QVERIFY2(tip.contains(key.envVar), qPrintable(tip));
        QVERIFY2(tip.contains(key.allowedDescription()), qPrintable(tip));
    }
}

void TestSettingsDialog::showsTheGivenConfig()
{
    const orch::Config given = changedConfig(m_dir.path());
    orch::SettingsDialog dialog(given);
    dialog.setWorkingDirectory(m_dir.path());
    QCOMPARE(dialog.config(), given);
    for (const ConfigKey &key : orch::ConfigSchema::keys()) {
        QString problem;
        const std::optional<QVariant> shown = dialog.field(key.path())->value(&problem);
        QVERIFY2(shown, qPrintable(key.path() + u": "_s + problem));
        QCOMPARE(key.toText(*shown), key.toText(key.get(given)));
    }
    QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join(u'\n')));
    QVERIFY(button(dialog, QDialogButtonBox::Ok)->isEnabled());
}

void TestSettingsDialog::editingChangesConfig_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected");  // the key's text in config() afterwards
    QTest::addRow("int") << u"orchestrator.max_workers"_s << u"42"_s << u"42"_s;
    QTest::addRow("double") << u"ai.temperature"_s << u"0.25"_s << u"0.25"_s;
    QTest::addRow("bool") << u"monitoring.enabled"_s << u"false"_s << u"false"_s;
    QTest::addRow("enum") << u"orchestrator.mode"_s << u"docker"_s << u"docker"_s;
    QTest::addRow("log level") << u"monitoring.log_level"_s << u"DEBUG"_s << u"DEBUG"_s;
    QTest::addRow("string") << u"ai.model"_s << u"claude-opus-4"_s << u"claude-opus-4"_s;
    QTest::addRow("path") << u"agent.nvm_path"_s << u"/opt/nvm"_s << u"/opt/nvm"_s;
    QTest::addRow("list") << u"agent.extra_args"_s << u"--verbose 'two words'"_s << u"--verbose 'two words'"_s;
    QTest::addRow("special value") << u"orchestrator.inactivity_timeout"_s << u"30"_s << u"30"_s;
}

void TestSettingsDialog::editingChangesConfig()
{
    QFETCH(QString, key);
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    orch::SettingsDialog dialog{orch::Config()};
    dialog.setWorkingDirectory(m_dir.path());
    QSignalSpy applied(&dialog, &orch::SettingsDialog::applied);
    QVERIFY(textOf(dialog.config(), key) != expected);

    edit(dialog.field(key), typed);
    QCOMPARE(textOf(dialog.config(), key), expected);
    QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join(u'\n')));
    // Only that key changed.
    orch::Config other = dialog.config();
    orch::ConfigSchema::find(key)->set(other, orch::ConfigSchema::find(key)->get(orch::Config()));
    QCOMPARE(other, orch::Config());

    QVERIFY(button(dialog, QDialogButtonBox::Apply)->isEnabled());
    button(dialog, QDialogButtonBox::Apply)->click();
    QCOMPARE(applied.count(), 1);
    QCOMPARE(textOf(applied.at(0).at(0).value<orch::Config>(), key), expected);
    QVERIFY(!dialog.isVisible());  // Apply does not close
}

void TestSettingsDialog::invalidValueShowsTheCoresMessage_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("problemKey");  // the field that shows the problem
    QTest::addColumn<bool>("fromParse");      // parseText's message, else the loader's checks

    QTest::addRow("below the range") << u"resources.max_memory_per_worker"_s << u"6"_s
                                     << u"resources.max_memory_per_worker"_s << true;
    QTest::addRow("empty number") << u"orchestrator.max_workers"_s << QString() << u"orchestrator.max_workers"_s
                                  << true;
    QTest::addRow("empty model") << u"ai.model"_s << QString() << u"ai.model"_s << true;
    QTest::addRow("open quote") << u"docker.extra_args"_s << u"--cap-add 'NET"_s << u"docker.extra_args"_s << true;
    QTest::addRow("command agent without command") << u"agent.kind"_s << u"command"_s << u"agent.command"_s
                                                   << false;
    QTest::addRow("value in pass_env") << u"agent.pass_env"_s << u"HOME TOKEN=secret"_s << u"agent.pass_env"_s
                                       << false;
    QTest::addRow("workspace under a file") << u"paths.workspace"_s << u"FILE/ws"_s << u"paths.workspace"_s
                                            << false;
}

void TestSettingsDialog::invalidValueShowsTheCoresMessage()
{
    QFETCH(QString, key);
    QFETCH(QString, typed);
    QFETCH(QString, problemKey);
    QFETCH(bool, fromParse);

    QFile file(m_dir.filePath(u"a-file"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    typed.replace(u"FILE"_s, file.fileName());

    // What the core says about that value.
    const ConfigKey *schemaKey = orch::ConfigSchema::find(key);
    QString expected;
    if (fromParse) {
        QVERIFY(!schemaKey->parseText(typed, &expected));
    } else {
        orch::ConfigLoader loader(m_dir.path());
        loader.applyOverrides({{key, typed, u"--set"_s}});
        loader.finish();
        for (const orch::ConfigDiagnostic &diagnostic : loader.diagnostics()) {
            if (diagnostic.key == problemKey)
                expected = diagnostic.message;
        }
    }
    QVERIFY(!expected.isEmpty());

    orch::SettingsDialog dialog{orch::Config()};
    dialog.setWorkingDirectory(m_dir.path());
    orch::ConfigField *field = dialog.field(problemKey);
    QVERIFY(field->problemLabel()->isHidden());
    QVERIFY(button(dialog, QDialogButtonBox::Ok)->isEnabled());

    edit(dialog.field(key), typed);
    QCOMPARE(field->problem(), expected);
    QVERIFY(!field->problemLabel()->isHidden());
    QCOMPARE(dialog.problems(), QStringList{problemKey + u": "_s + expected});
    QVERIFY(!button(dialog, QDialogButtonBox::Ok)->isEnabled());
    QVERIFY(!button(dialog, QDialogButtonBox::Apply)->isEnabled());
    // The page list marks the page of the field, and only that one.
    auto *pages = dialog.findChild<QListWidget *>(u"pageList"_s);
    const int problemPage = orch::ConfigSchema::sections().indexOf(field->key().section);
    for (int i = 0; i < pages->count(); ++i)
        QCOMPARE(!pages->item(i)->icon().isNull(), i == problemPage);
    // The config keeps the last good value (typing passes through good ones: "--cap-add").
    QVERIFY(schemaKey->parseText(textOf(dialog.config(), key), nullptr));
    if (fromParse && typed.isEmpty())
        QCOMPARE(dialog.config(), orch::Config());

    // Putting the default back clears the problem and enables OK again.
    edit(dialog.field(key), textOf(orch::Config(), key));
    QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join(u'\n')));
    QVERIFY(field->problemLabel()->isHidden());
    QVERIFY(button(dialog, QDialogButtonBox::Ok)->isEnabled());
    QVERIFY(pages->item(problemPage)->icon().isNull());
}

void TestSettingsDialog::unknownEnumValueIsReported()
{
    orch::Config config;
    config.orchestrator.mode = static_cast<orch::Config::Mode>(7);
    QString expected;
    QVERIFY(!orch::ConfigSchema::find(u"orchestrator.mode"_s)->parseText(u"7"_s, &expected));

    orch::SettingsDialog dialog(config);
    dialog.setWorkingDirectory(m_dir.path());
    QCOMPARE(dialog.field(u"orchestrator.mode"_s)->problem(), expected);
    QVERIFY(!button(dialog, QDialogButtonBox::Ok)->isEnabled());
    edit(dialog.field(u"orchestrator.mode"_s), u"subprocess"_s);
    QVERIFY(dialog.problems().isEmpty());
    QCOMPARE(dialog.config().orchestrator.mode, orch::Config::Mode::Subprocess);
}

void TestSettingsDialog::restoreDefaultsGivesDefaultConfig()
{
    const orch::Config given = changedConfig(m_dir.path());
    orch::SettingsDialog dialog(given);
    dialog.setWorkingDirectory(m_dir.path());
    QSignalSpy applied(&dialog, &orch::SettingsDialog::applied);
    edit(dialog.field(u"ai.model"_s), QString());  // a problem that defaults must clear too
    QVERIFY(!dialog.problems().isEmpty());

    button(dialog, QDialogButtonBox::RestoreDefaults)->click();
    QCOMPARE(dialog.config(), orch::Config());
    for (const ConfigKey &key : orch::ConfigSchema::keys()) {
        QString problem;
        const std::optional<QVariant> shown = dialog.field(key.path())->value(&problem);
        QVERIFY2(shown, qPrintable(key.path()));
        QCOMPARE(key.toText(*shown), key.toText(key.get(orch::Config())));
    }
    QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join(u'\n')));
    QCOMPARE(applied.count(), 0);  // defaults are edits, not applied

    button(dialog, QDialogButtonBox::Cancel)->click();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(applied.count(), 0);
}

void TestSettingsDialog::cancelLeavesTheCallersConfig()
{
    orch::Config callers = changedConfig(m_dir.path());
    const orch::Config before = callers;
    orch::SettingsDialog dialog(callers);
    dialog.setWorkingDirectory(m_dir.path());
    // A caller that applies what the dialog applies, as the main window does.
    connect(&dialog, &orch::SettingsDialog::applied, this, [&callers](const orch::Config &c) { callers = c; });
    dialog.show();
    edit(dialog.field(u"orchestrator.max_workers"_s), u"3"_s);
    QCOMPARE(dialog.config().orchestrator.maxWorkers, 3);

    button(dialog, QDialogButtonBox::Cancel)->click();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.isVisible());
    QCOMPARE(callers, before);
}

void TestSettingsDialog::okAppliesAndAccepts()
{
    orch::Config callers;
    orch::SettingsDialog dialog(callers);
    dialog.setWorkingDirectory(m_dir.path());
    connect(&dialog, &orch::SettingsDialog::applied, this, [&callers](const orch::Config &c) { callers = c; });
    dialog.show();
    edit(dialog.field(u"planning.max_subtasks"_s), u"5"_s);
    button(dialog, QDialogButtonBox::Ok)->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(callers.planning.maxSubtasks, 5);
    QCOMPARE(callers, dialog.config());
}

void TestSettingsDialog::pathPickerThroughTheSeam()
{
    orch::SettingsDialog dialog{orch::Config()};
    dialog.setWorkingDirectory(m_dir.path());
    QStringList asked;
    QString answer = m_dir.filePath(u"chosen"_s);
    dialog.setPathPicker([&](const ConfigKey &key, const QString &current) {
        asked << key.path() + u'|' + current + u'|' + (orch::ConfigField::isFilePath(key) ? u"file"_s : u"dir"_s);
        return answer;
    });

    orch::ConfigField *workspace = dialog.field(u"paths.workspace"_s);
    QTest::mouseClick(workspace->browseButton(), Qt::LeftButton);
    QCOMPARE(asked, QStringList{u"paths.workspace|./workspace|dir"_s});
    QCOMPARE(static_cast<QLineEdit *>(workspace->editor())->text(), answer);
    QCOMPARE(dialog.config().paths.workspace, answer);

    // Cancelling the picker changes nothing.
    answer.clear();
    QTest::mouseClick(workspace->browseButton(), Qt::LeftButton);
    QCOMPARE(dialog.config().paths.workspace, m_dir.filePath(u"chosen"_s));

    answer = u"/usr/local/bin/claude"_s;
    QTest::mouseClick(dialog.field(u"agent.binary"_s)->browseButton(), Qt::LeftButton);
    QCOMPARE(asked.last(), u"agent.binary||file"_s);
    QCOMPARE(dialog.config().agent.binary, answer);
}

void TestSettingsDialog::searchFiltersRows()
{
    orch::SettingsDialog dialog{orch::Config()};
    auto *search = dialog.findChild<QLineEdit *>(u"searchField"_s);
    auto *pages = dialog.findChild<QListWidget *>(u"pageList"_s);
    QVERIFY(search && pages);

    QTest::keyClicks(search, u"timeout"_s);
    for (const orch::ConfigField *field : dialog.fields())
        QCOMPARE(!field->row()->isHidden(), field->key().name.contains(u"timeout"_s));
    QStringList shownPages;
    for (int i = 0; i < pages->count(); ++i) {
        if (!pages->item(i)->isHidden())
            shownPages << pages->item(i)->text();
    }
    QCOMPARE(shownPages, (QStringList{u"Orchestrator"_s, u"Planning"_s}));

    // The environment variable finds a key too.
    search->setText(u"ORCHESTRATOR_WORKSPACE"_s);
    QVERIFY(!dialog.field(u"paths.workspace"_s)->row()->isHidden());
    QVERIFY(dialog.field(u"paths.logs"_s)->row()->isHidden());
    QCOMPARE(pages->currentItem()->text(), u"Paths"_s);

    search->clear();
    for (const orch::ConfigField *field : dialog.fields())
        QVERIFY(!field->row()->isHidden());
    for (int i = 0; i < pages->count(); ++i)
        QVERIFY(!pages->item(i)->isHidden());
}

void TestSettingsDialog::languageChoice()
{
    QSettings settings(m_dir.filePath(u"language.ini"_s), QSettings::IniFormat);
    orch::LanguageSettings::save(settings, u"fr"_s);

    orch::SettingsDialog dialog{orch::Config()};
    dialog.setWorkingDirectory(m_dir.path());
    auto *combo = dialog.findChild<QComboBox *>(u"languageCombo"_s);
    auto *note = dialog.findChild<QLabel *>(u"languageNote"_s);
    QVERIFY(combo && note);
    QVERIFY(!combo->isEnabled());  // no QSettings yet

    dialog.setLanguageSettings(&settings);
    QVERIFY(combo->isEnabled());
    QCOMPARE(dialog.language(), u"fr"_s);
    const QStringList codes = orch::LanguageSettings::availableLanguages();
    QCOMPARE(combo->count(), codes.size() + 1);
    QCOMPARE(combo->itemText(0), u"System default"_s);
    QCOMPARE(combo->itemData(0).toString(), QString());
    const int german = combo->findData(u"de"_s);
    QVERIFY(german > 0);
    QCOMPARE(combo->itemText(german), u"Deutsch"_s);
    QVERIFY(note->isHidden());

    combo->setCurrentIndex(german);
    QVERIFY(!note->isHidden());  // takes effect at the next start
    QCOMPARE(orch::LanguageSettings::saved(settings), u"fr"_s);  // not before Apply
    button(dialog, QDialogButtonBox::Apply)->click();
    QCOMPARE(orch::LanguageSettings::saved(settings), u"de"_s);

    // Restore Defaults goes back to the system's language; Cancel does not save it.
    button(dialog, QDialogButtonBox::RestoreDefaults)->click();
    QCOMPARE(dialog.language(), QString());
    button(dialog, QDialogButtonBox::Cancel)->click();
    QCOMPARE(orch::LanguageSettings::saved(settings), u"de"_s);
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
