#include "SettingsDialog.h"

#include "config/ConfigLoader.h"
#include "settings/LanguageSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFont>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace orch {

namespace {

constexpr int pageListWidth = 160;

// Every check of a whole configuration is the loader's: each key is handed over as the text the
// user could have written (so no value is derived behind their back), then finish() runs the
// cross-key and path checks.
QList<ConfigDiagnostic> diagnose(const Config &config, const QString &workingDirectory)
{
    ConfigLoader loader(workingDirectory);
    QList<ConfigOverride> values;
    for (const ConfigKey &key : ConfigSchema::keys())
        values.append({key.path(), key.toText(key.get(config)), QString()});
    loader.applyOverrides(values);
    loader.finish();
    return loader.diagnostics();
}

} // namespace

SettingsDialog::SettingsDialog(const Config &config, QWidget *parent)
    : QDialog(parent)
    , m_config(config)
    , m_workingDirectory(QDir::currentPath())
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"searchField"_s);
    m_search->setPlaceholderText(tr("Search settings"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &SettingsDialog::filterRows);

    m_pageList = new QListWidget(this);
    m_pageList->setObjectName(u"pageList"_s);
    m_pageList->setFixedWidth(pageListWidth);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(u"pages"_s);
    connect(m_pageList, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    for (const QString &section : ConfigSchema::sections())
        addSectionPage(section);
    addLanguagePage();
    m_pageList->setCurrentRow(0);

    m_generalProblems = new QLabel(this);
    m_generalProblems->setObjectName(u"generalProblems"_s);
    m_generalProblems->setWordWrap(true);
    m_generalProblems->setTextFormat(Qt::PlainText);
    m_generalProblems->setStyleSheet(u"color: #c0392b;"_s);
    m_generalProblems->setVisible(false);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply
                                         | QDialogButtonBox::RestoreDefaults,
                                     this);
    m_buttons->setObjectName(u"buttons"_s);
    connect(m_buttons, &QDialogButtonBox::clicked, this, [this](QAbstractButton *button) {
        switch (m_buttons->standardButton(button)) {
        case QDialogButtonBox::Ok:
            apply();
            accept();
            break;
        case QDialogButtonBox::Apply:
            apply();
            break;
        case QDialogButtonBox::RestoreDefaults:
            restoreDefaults();
            break;
        case QDialogButtonBox::Cancel:
            reject();
            break;
        default:
            break;
        }
    });

    auto *pagesLayout = new QHBoxLayout;
    pagesLayout->addWidget(m_pageList);
    pagesLayout->addWidget(m_stack, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addLayout(pagesLayout, 1);
    layout->addWidget(m_generalProblems);
    layout->addWidget(m_buttons);
    resize(720, 520);

    showConfig(m_config);
}

SettingsDialog::~SettingsDialog() = default;

QFormLayout *SettingsDialog::addPage(const QString &title, const QString &objectName)
{
    auto *content = new QWidget;
    auto *form = new QFormLayout(content);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *heading = new QLabel(title, content);
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    form->addRow(heading);

    auto *scroll = new QScrollArea;
    scroll->setObjectName(objectName);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    m_stack->addWidget(scroll);

    Page page;
    page.title = title;
    page.item = new QListWidgetItem(title, m_pageList);
    page.form = form;
    m_pages.append(page);
    return form;
}

void SettingsDialog::addSectionPage(const QString &section)
{
    QFormLayout *form = addPage(sectionTitle(section), u"page/"_s + section);
    QWidget *content = form->parentWidget();
    for (const ConfigKey &key : ConfigSchema::keys()) {
        if (key.section != section)
            continue;
        auto *field = new ConfigField(key, content);
        form->addRow(field->label(), field->row());
        connect(field, &ConfigField::edited, this, [this, field] { fieldEdited(field); });
        m_fields.insert(key.path(), field);
        m_fieldOrder.append(field);
        m_pages.last().fields.append(field);
    }
}

void SettingsDialog::addLanguagePage()
{
    QFormLayout *form = addPage(tr("Interface"), u"page/interface"_s);
    QWidget *content = form->parentWidget();
    m_languageCombo = new QComboBox(content);
    m_languageCombo->setObjectName(u"languageCombo"_s);
    m_languageCombo->addItem(LanguageSettings::displayName(QString()), QString());
    for (const QString &code : LanguageSettings::availableLanguages())
        m_languageCombo->addItem(LanguageSettings::displayName(code), code);
    m_languageCombo->setEnabled(false);  // until setLanguageSettings says where the choice lives
    connect(m_languageCombo, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateLanguageNote);

    m_languageNote = new QLabel(tr("The new language is used from the next start of the application."), content);
    m_languageNote->setObjectName(u"languageNote"_s);
    m_languageNote->setWordWrap(true);
    m_languageNote->setVisible(false);

    auto *row = new QWidget(content);
    auto *rowLayout = new QVBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->addWidget(m_languageCombo);
    rowLayout->addWidget(m_languageNote);
    auto *label = new QLabel(tr("Language"), content);
    label->setBuddy(m_languageCombo);
    form->addRow(label, row);
}

void SettingsDialog::setLanguageSettings(QSettings *settings)
{
    m_languageSettings = settings;
    m_languageCombo->setEnabled(settings != nullptr);
    m_languageInEffect = settings ? LanguageSettings::saved(*settings) : QString();
    const QSignalBlocker blocker(m_languageCombo);
    m_languageCombo->setCurrentIndex(std::max(0, m_languageCombo->findData(m_languageInEffect)));
    updateLanguageNote();
}

QString SettingsDialog::language() const
{
    return m_languageCombo->currentData().toString();
}

void SettingsDialog::setWorkingDirectory(const QString &directory)
{
    m_workingDirectory = directory;
    validate();
}

void SettingsDialog::setPathPicker(const ConfigField::PathPicker &picker)
{
    for (ConfigField *field : std::as_const(m_fieldOrder))
        field->setPathPicker(picker);
}

QStringList SettingsDialog::problems() const
{
    QStringList result;
    for (const ConfigField *field : m_fieldOrder) {
        if (!field->problem().isEmpty())
            result << field->key().path() + u": "_s + field->problem();
    }
    if (!m_generalProblems->text().isEmpty())
        result << m_generalProblems->text().split(u'\n');
    return result;
}

void SettingsDialog::apply()
{
    if (!problems().isEmpty())
        return;
    if (m_languageSettings)
        LanguageSettings::save(*m_languageSettings, language());
    emit applied(m_config);
}

void SettingsDialog::restoreDefaults()
{
    m_config = Config();
    showConfig(m_config);
    if (m_languageCombo->isEnabled())
        m_languageCombo->setCurrentIndex(0);
}

void SettingsDialog::showConfig(const Config &config)
{
    m_fieldProblems.clear();
    for (ConfigField *field : std::as_const(m_fieldOrder)) {
        field->setValue(field->key().get(config));
        // A value the editor cannot show (an unknown enum) is reported like a bad edit.
        QString problem;
        if (!field->value(&problem))
            m_fieldProblems.insert(field->key().path(), problem);
    }
    validate();
}

void SettingsDialog::fieldEdited(ConfigField *field)
{
    QString problem;
    const std::optional<QVariant> value = field->value(&problem);
    if (value) {
        field->key().set(m_config, *value);
        m_fieldProblems.remove(field->key().path());
    } else {
        // The config keeps the last good value; the field says what is wrong with the text.
        m_fieldProblems.insert(field->key().path(), problem);
    }
    validate();
}

void SettingsDialog::validate()
{
    QHash<QString, QStringList> byKey;
    QStringList general;
    for (const ConfigDiagnostic &diagnostic : diagnose(m_config, m_workingDirectory)) {
        if (diagnostic.severity != ConfigDiagnostic::Severity::Error)
            continue;
        if (m_fields.contains(diagnostic.key))
            byKey[diagnostic.key] << diagnostic.message;
        else
            general << (diagnostic.key.isEmpty() ? diagnostic.message : diagnostic.key + u": "_s + diagnostic.message);
    }
    bool anyProblem = !general.isEmpty();
    for (ConfigField *field : std::as_const(m_fieldOrder)) {
        const QString path = field->key().path();
        // The editor's own text first: the rest of the checks saw the last good value, not it.
        const QString text = m_fieldProblems.contains(path) ? m_fieldProblems.value(path)
                                                            : byKey.value(path).join(u'\n');
        field->setProblem(text);
        anyProblem = anyProblem || !text.isEmpty();
    }
    // The list marks the pages with problems: OK may be disabled by a page that is not shown.
    for (const Page &page : std::as_const(m_pages)) {
        const bool pageHasProblem = std::any_of(page.fields.cbegin(), page.fields.cend(),
                                                [](const ConfigField *field) { return !field->problem().isEmpty(); });
        page.item->setIcon(pageHasProblem ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
        page.item->setToolTip(pageHasProblem ? tr("Some values on this page need attention.") : QString());
    }
    m_generalProblems->setText(general.join(u'\n'));
    m_generalProblems->setVisible(!general.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!anyProblem);
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(!anyProblem);
}

void SettingsDialog::updateLanguageNote()
{
    m_languageNote->setVisible(m_languageSettings && language() != m_languageInEffect);
}

void SettingsDialog::filterRows(const QString &text)
{
    const QString needle = text.trimmed();
    for (int i = 0; i < m_pages.size(); ++i) {
        Page &page = m_pages[i];
        bool anyVisible = false;
        if (page.fields.isEmpty()) {
            // The Interface page: found by its title or the word "language".
            anyVisible = needle.isEmpty() || page.title.contains(needle, Qt::CaseInsensitive)
                         || tr("Language").contains(needle, Qt::CaseInsensitive);
        }
        for (ConfigField *field : std::as_const(page.fields)) {
            const bool match = field->matches(needle);
            page.form->setRowVisible(field->row(), match);
            anyVisible = anyVisible || match;
        }
        page.item->setHidden(!anyVisible);
    }
    if (QListWidgetItem *current = m_pageList->currentItem(); !current || current->isHidden()) {
        for (int row = 0; row < m_pageList->count(); ++row) {
            if (!m_pageList->item(row)->isHidden()) {
                m_pageList->setCurrentRow(row);
                break;
            }
        }
    }
}

QString SettingsDialog::sectionTitle(const QString &section)
{
    static const char *const titles[][2] = {
        {"orchestrator", QT_TR_NOOP("Orchestrator")}, {"ai", QT_TR_NOOP("AI")},
        {"monitoring", QT_TR_NOOP("Monitoring")},     {"paths", QT_TR_NOOP("Paths")},
        {"resources", QT_TR_NOOP("Resources")},       {"agent", QT_TR_NOOP("Agent")},
        {"docker", QT_TR_NOOP("Docker")},             {"worktree", QT_TR_NOOP("Worktree")},
        {"planning", QT_TR_NOOP("Planning")},
    };
    for (const auto &entry : titles) {
        if (section == QLatin1String(entry[0]))
            return tr(entry[1]);
    }
    return ConfigField::readableName(section);
}

} // namespace orch
