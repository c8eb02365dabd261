#include "ConfigField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace orch {

namespace {

using Type = ConfigKey::Type;

// How the dialog words a key: its label, the unit after a number and the text shown for the
// smallest value when it means "off". Only wording; every rule stays in ConfigSchema. A key missing
// here is labelled from its name.
struct FieldText
{
    const char *path;
    const char *label;
    const char *suffix = nullptr;
    const char *minimumText = nullptr;
};

// clang-format off
const FieldText fieldTexts[] = {
    {"orchestrator.max_workers", QT_TRANSLATE_NOOP("orch::ConfigField", "Max workers")},
    {"orchestrator.mode", QT_TRANSLATE_NOOP("orch::ConfigField", "Mode")},
    {"orchestrator.timeout", QT_TRANSLATE_NOOP("orch::ConfigField", "Timeout"), QT_TRANSLATE_NOOP("orch::ConfigField", " s")},
    {"orchestrator.inactivity_timeout", QT_TRANSLATE_NOOP("orch::ConfigField", "Inactivity timeout"),
     QT_TRANSLATE_NOOP("orch::ConfigField", " s"), QT_TRANSLATE_NOOP("orch::ConfigField", "off")},
    {"orchestrator.max_retries", QT_TRANSLATE_NOOP("orch::ConfigField", "Max retries")},
    {"orchestrator.retry_delay", QT_TRANSLATE_NOOP("orch::ConfigField", "Retry delay"), QT_TRANSLATE_NOOP("orch::ConfigField", " s")},
    {"ai.model", QT_TRANSLATE_NOOP("orch::ConfigField", "Model")},
    {"ai.temperature", QT_TRANSLATE_NOOP("orch::ConfigField", "Temperature")},
    {"ai.max_tokens", QT_TRANSLATE_NOOP("orch::ConfigField", "Max tokens")},
    {"monitoring.enabled", QT_TRANSLATE_NOOP("orch::ConfigField", "Enabled")},
    {"monitoring.interval", QT_TRANSLATE_NOOP("orch::ConfigField", "Interval"), QT_TRANSLATE_NOOP("orch::ConfigField", " s")},
    {"monitoring.log_level", QT_TRANSLATE_NOOP("orch::ConfigField", "Log level")},
    {"paths.workspace", QT_TRANSLATE_NOOP("orch::ConfigField", "Workspace")},
    {"paths.logs", QT_TRANSLATE_NOOP("orch::ConfigField", "Logs")},
    {"paths.output", QT_TRANSLATE_NOOP("orch::ConfigField", "Output")},
    {"resources.max_memory_per_worker", QT_TRANSLATE_NOOP("orch::ConfigField", "Max memory per worker"),
     QT_TRANSLATE_NOOP("orch::ConfigField", " MB")},
    {"resources.max_cpu_percent", QT_TRANSLATE_NOOP("orch::ConfigField", "Max CPU percent"), QT_TRANSLATE_NOOP("orch::ConfigField", " %")},
    {"agent.kind", QT_TRANSLATE_NOOP("orch::ConfigField", "Kind")},
    {"agent.binary", QT_TRANSLATE_NOOP("orch::ConfigField", "Binary")},
    {"agent.command", QT_TRANSLATE_NOOP("orch::ConfigField", "Command")},
    {"agent.permission_mode", QT_TRANSLATE_NOOP("orch::ConfigField", "Permission mode")},
    {"agent.max_turns", QT_TRANSLATE_NOOP("orch::ConfigField", "Max turns"), nullptr,
     QT_TRANSLATE_NOOP("orch::ConfigField", "agent default")},
    {"agent.extra_args", QT_TRANSLATE_NOOP("orch::ConfigField", "Extra arguments")},
    {"agent.pass_env", QT_TRANSLATE_NOOP("orch::ConfigField", "Pass environment variables")},
    {"agent.wsl_distribution", QT_TRANSLATE_NOOP("orch::ConfigField", "WSL distribution")},
    {"agent.nvm_path", QT_TRANSLATE_NOOP("orch::ConfigField", "NVM path")},
    {"docker.image", QT_TRANSLATE_NOOP("orch::ConfigField", "Image")},
    {"docker.network", QT_TRANSLATE_NOOP("orch::ConfigField", "Network")},
    {"docker.extra_args", QT_TRANSLATE_NOOP("orch::ConfigField", "Extra arguments")},
    {"docker.worktree", QT_TRANSLATE_NOOP("orch::ConfigField", "Worktree")},
    {"worktree.repository", QT_TRANSLATE_NOOP("orch::ConfigField", "Repository")},
    {"worktree.base", QT_TRANSLATE_NOOP("orch::ConfigField", "Base")},
    {"worktree.branch_prefix", QT_TRANSLATE_NOOP("orch::ConfigField", "Branch prefix")},
    {"worktree.cleanup", QT_TRANSLATE_NOOP("orch::ConfigField", "Cleanup")},
    {"worktree.author", QT_TRANSLATE_NOOP("orch::ConfigField", "Author")},
    {"worktree.merge_target", QT_TRANSLATE_NOOP("orch::ConfigField", "Merge target")},
    {"planning.decomposer", QT_TRANSLATE_NOOP("orch::ConfigField", "Decomposer")},
    {"planning.max_subtasks", QT_TRANSLATE_NOOP("orch::ConfigField", "Max subtasks")},
    {"planning.strict", QT_TRANSLATE_NOOP("orch::ConfigField", "Strict")},
    {"planning.timeout", QT_TRANSLATE_NOOP("orch::ConfigField", "Timeout"), QT_TRANSLATE_NOOP("orch::ConfigField", " s")},
};
// clang-format on

const FieldText *fieldText(const ConfigKey &key)
{
    const QByteArray path = key.path().toLatin1();
    for (const FieldText &text : fieldTexts) {
        if (path == text.path)
            return &text;
    }
    return nullptr;
}

} // namespace

ConfigField::ConfigField(const ConfigKey &key, QWidget *parentWidget)
    : QObject(parentWidget)
    , m_key(key)
{
    setObjectName(m_key.path());
    m_label = new QLabel(labelFor(m_key), parentWidget);
    m_label->setObjectName(m_key.path() + u"/label"_s);
    m_label->setToolTip(toolTip());

    m_row = new QWidget(parentWidget);
    m_row->setObjectName(m_key.path() + u"/row"_s);
    auto *rowLayout = new QVBoxLayout(m_row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->setSpacing(2);
    auto *editorLayout = new QHBoxLayout;
    editorLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->addLayout(editorLayout);

    m_editor = createEditor();
    m_editor->setObjectName(m_key.path());
    m_editor->setToolTip(toolTip());
    m_label->setBuddy(m_editor);
    editorLayout->addWidget(m_editor, 1);

    if (m_key.type == Type::Path) {
        m_browse = new QPushButton(tr("Browse..."), m_row);
        m_browse->setObjectName(m_key.path() + u"/browse"_s);
        connect(m_browse, &QPushButton::clicked, this, &ConfigField::browse);
        editorLayout->addWidget(m_browse);
    }

    m_problem = new QLabel(m_row);
    m_problem->setObjectName(m_key.path() + u"/problem"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(u"color: #c0392b;"_s);
    m_problem->setVisible(false);
    rowLayout->addWidget(m_problem);

    m_pathPicker = [this](const ConfigKey &k, const QString &current) {
        return isFilePath(k) ? QFileDialog::getOpenFileName(m_row, labelFor(k), current)
                             : QFileDialog::getExistingDirectory(m_row, labelFor(k), current);
    };
}

ConfigField::~ConfigField() = default;

QWidget *ConfigField::createEditor()
{
    const FieldText *text = fieldText(m_key);
    const auto emitEdited = [this] {
        if (!m_settingValue)
            emit edited();
    };
    switch (m_key.type) {
    case Type::Int: {
        auto *spin = new QSpinBox(m_row);
        spin->setRange(int(m_key.min), int(m_key.max));
        if (text && text->suffix)
            spin->setSuffix(tr(text->suffix));
        if (text && text->minimumText)
            spin->setSpecialValueText(tr(text->minimumText));
        // The inner editor's textChanged: the spin box's own signals stay silent while the text is
        // out of range or empty, and that text is the problem to show.
        connect(spin->findChild<QLineEdit *>(), &QLineEdit::textChanged, this, emitEdited);
        return spin;
    }
    case Type::Double: {
        auto *spin = new QDoubleSpinBox(m_row);
        spin->setDecimals(3);
        spin->setRange(m_key.min, m_key.max);
        spin->setSingleStep(m_key.max - m_key.min <= 10 ? 0.1 : 1.0);
        if (text && text->suffix)
            spin->setSuffix(tr(text->suffix));
        connect(spin->findChild<QLineEdit *>(), &QLineEdit::textChanged, this, emitEdited);
        return spin;
    }
    case Type::Bool: {
        auto *check = new QCheckBox(m_row);
        connect(check, &QCheckBox::toggled, this, emitEdited);
        return check;
    }
    case Type::Enum: {
        auto *combo = new QComboBox(m_row);
        // The spellings of config.yaml: they are values the user also writes in files and options.
        combo->addItems(m_key.allowed);
        connect(combo, &QComboBox::currentIndexChanged, this, emitEdited);
        return combo;
    }
    case Type::List: {
        auto *line = new QLineEdit(m_row);
        line->setPlaceholderText(tr("words separated by spaces; quote a word that has spaces"));
        connect(line, &QLineEdit::textChanged, this, emitEdited);
        return line;
    }
    case Type::Path:
    case Type::String:
        break;
    }
    auto *line = new QLineEdit(m_row);
    if (m_key.allowEmpty && m_key.type == Type::Path && isFilePath(m_key))
        line->setPlaceholderText(tr("found automatically when empty"));
    connect(line, &QLineEdit::textChanged, this, emitEdited);
    return line;
}

void ConfigField::setValue(const QVariant &value)
{
    m_settingValue = true;
    switch (m_key.type) {
    case Type::Int:
        static_cast<QSpinBox *>(m_editor)->setValue(value.toInt());
        break;
    case Type::Double:
        static_cast<QDoubleSpinBox *>(m_editor)->setValue(value.toDouble());
        break;
    case Type::Bool:
        static_cast<QCheckBox *>(m_editor)->setChecked(value.toBool());
        break;
    case Type::Enum: {
        // A value outside the spellings (a corrupt Config) selects nothing; value() then reports it.
        const int index = value.toInt();
        const bool known = index >= 0 && index < m_key.allowed.size();
        m_unknownEnumText = known ? QString() : QString::number(index);
        static_cast<QComboBox *>(m_editor)->setCurrentIndex(known ? index : -1);
        break;
    }
    case Type::String:
    case Type::Path:
    case Type::List:
        static_cast<QLineEdit *>(m_editor)->setText(m_key.toText(value));
        break;
    }
    m_settingValue = false;
}

std::optional<QVariant> ConfigField::value(QString *problem) const
{
    switch (m_key.type) {
    case Type::Int: {
        auto *spin = static_cast<QSpinBox *>(m_editor);
        if (spin->hasAcceptableInput())
            return QVariant(spin->value());
        return m_key.parseText(spin->cleanText(), problem);
    }
    case Type::Double: {
        auto *spin = static_cast<QDoubleSpinBox *>(m_editor);
        if (spin->hasAcceptableInput())
            return QVariant(spin->value());
        return m_key.parseText(spin->cleanText(), problem);
    }
    case Type::Bool:
        return QVariant(static_cast<QCheckBox *>(m_editor)->isChecked());
    case Type::Enum: {
        auto *combo = static_cast<QComboBox *>(m_editor);
        if (combo->currentIndex() >= 0)
            return QVariant(combo->currentIndex());
        return m_key.parseText(m_unknownEnumText, problem);
    }
    case Type::String:
    case Type::Path:
    case Type::List:
        return m_key.parseText(static_cast<QLineEdit *>(m_editor)->text(), problem);
    }
    return std::nullopt;
}

void ConfigField::setProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

QString ConfigField::problem() const
{
    return m_problem->text();
}

bool ConfigField::matches(const QString &filter) const
{
    const QString needle = filter.trimmed();
    if (needle.isEmpty())
        return true;
    return m_label->text().contains(needle, Qt::CaseInsensitive) || m_key.path().contains(needle, Qt::CaseInsensitive)
           || m_key.envVar.contains(needle, Qt::CaseInsensitive);
}

QString ConfigField::readableName(const QString &name)
{
    QString text = name;
    text.replace(u'_', u' ');
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString ConfigField::labelFor(const ConfigKey &key)
{
    if (const FieldText *text = fieldText(key))
        return tr(text->label);
    return readableName(key.name);
}

bool ConfigField::isFilePath(const ConfigKey &key)
{
    // The agent's executable is the one path that names a file; the others are folders.
    return key.path() == u"agent.binary";
}

void ConfigField::browse()
{
    auto *line = static_cast<QLineEdit *>(m_editor);
    const QString chosen = m_pathPicker ? m_pathPicker(m_key, line->text()) : QString();
    if (chosen.isEmpty())
        return;
    line->setText(chosen);  // emits edited through textChanged
}

QString ConfigField::toolTip() const
{
    QStringList lines;
    lines << tr("Key: %1").arg(m_key.path());
    QStringList variables = QStringList{m_key.envVar} + m_key.envAliases;
    variables.removeAll(QString());
    if (!variables.isEmpty())
        lines << tr("Environment variable: %1").arg(variables.join(u", "_s));
    lines << tr("Allowed: %1").arg(m_key.allowedDescription());
    const QString defaultText = m_key.toText(m_key.get(Config()));
    lines << tr("Default: %1").arg(defaultText.isEmpty() ? tr("(empty)") : defaultText);
    return lines.join(u'\n');
}

} // namespace orch
