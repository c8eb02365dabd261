#include "QuickSettings.h"

#include "config/ConfigSchema.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace orch {

namespace {

const QString modePath = u"orchestrator.mode"_s;
const QString maxWorkersPath = u"orchestrator.max_workers"_s;
const QString timeoutPath = u"orchestrator.timeout"_s;
const QString modelPath = u"ai.model"_s;

QString modeLabel(const QString &spelling)
{
    if (spelling == u"subprocess")
        return QuickSettings::tr("Subprocess");
    if (spelling == u"worktree")
        return QuickSettings::tr("Worktree");
    if (spelling == u"docker")
        return QuickSettings::tr("Docker");
    return spelling;
}

} // namespace

QuickSettings::QuickSettings(QWidget *parent)
    : QWidget(parent)
    , m_mode(new QComboBox(this))
    , m_maxWorkers(makeSpin(maxWorkersPath, u"maxWorkers"_s))
    , m_timeout(makeSpin(timeoutPath, u"timeout"_s))
    , m_model(new QLineEdit(this))
{
    setObjectName(u"quickSettings"_s);
    // A narrow form beside the task text, so the editor still fits a small window.
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setColumnStretch(1, 1);

    m_mode->setObjectName(u"modeCombo"_s);
    if (const ConfigKey *key = ConfigSchema::find(modePath)) {
        for (int i = 0; i < key->allowed.size(); ++i)
            m_mode->addItem(modeLabel(key->allowed.at(i)), i);  // data: the enum's value
    }
    m_mode->setToolTip(tr("Where each worker runs: a plain folder (subprocess), its own git worktree of the "
                          "repository, or a docker container"));
    addField(modePath, u"mode"_s, tr("Mode:"), m_mode);

    m_maxWorkers->setToolTip(tr("How many subtasks run at the same time (%1 to %2)")
                                 .arg(m_maxWorkers->minimum())
                                 .arg(m_maxWorkers->maximum()));
    addField(maxWorkersPath, u"maxWorkers"_s, tr("Workers:"), m_maxWorkers);

    m_timeout->setSuffix(tr(" s"));
    m_timeout->setToolTip(tr("Seconds one attempt of a subtask may take before it is stopped (%1 to %2)")
                              .arg(m_timeout->minimum())
                              .arg(m_timeout->maximum()));
    addField(timeoutPath, u"timeout"_s, tr("Timeout:"), m_timeout);

    m_model->setObjectName(u"modelEdit"_s);
    m_model->setToolTip(tr("The model the agent uses, e.g. claude-sonnet-4-5"));
    m_model->setClearButtonEnabled(true);
    addField(modelPath, u"model"_s, tr("Model:"), m_model);
    layout->setRowStretch(layout->rowCount(), 1);

    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        validate();
        emit edited();
    });
    for (QSpinBox *spin : {m_maxWorkers, m_timeout}) {
        // The spin box signals only whole values; its line edit also reports text that is not a
        // number yet (an emptied field), which must show as a problem while it lasts.
        if (auto *text = spin->findChild<QLineEdit *>())
            connect(text, &QLineEdit::textChanged, this, &QuickSettings::validate);
        connect(spin, &QSpinBox::valueChanged, this, &QuickSettings::edited);
    }
    connect(m_model, &QLineEdit::textChanged, this, &QuickSettings::validate);
    connect(m_model, &QLineEdit::textEdited, this, &QuickSettings::edited);
    setConfig(Config());
}

QuickSettings::~QuickSettings()
{
    // An editor losing focus while ~QWidget hides it may fix its text up and signal: not to us then
    // (as PlanEditor's title did; see tst_planmodel).
    for (const Field &field : std::as_const(m_fields)) {
        for (QObject *sender : field.editor->findChildren<QObject *>())
            sender->disconnect(this);
        field.editor->disconnect(this);
    }
}

QSpinBox *QuickSettings::makeSpin(const QString &path, const QString &name)
{
    auto *spin = new QSpinBox(this);
    spin->setObjectName(name + u"Spin"_s);
    if (const ConfigKey *key = ConfigSchema::find(path))
        spin->setRange(int(key->min), int(key->max));
    return spin;
}

void QuickSettings::addField(const QString &path, const QString &name, const QString &label, QWidget *editor)
{
    Field field;
    field.key = ConfigSchema::find(path);
    Q_ASSERT_X(field.key != nullptr, "QuickSettings", "a quick setting that is not in ConfigSchema");
    field.editor = editor;
    field.label = new QLabel(label, this);
    field.label->setObjectName(name + u"Label"_s);
    field.label->setBuddy(editor);
    field.problem = new QLabel(this);
    field.problem->setObjectName(name + u"Problem"_s);
    field.problem->setTextFormat(Qt::PlainText);
    field.problem->hide();
    // The problem goes right under its field, wrapped to the field's width.
    field.problem->setWordWrap(true);
    auto *grid = qobject_cast<QGridLayout *>(layout());
    const int row = grid->rowCount();
    grid->addWidget(field.label, row, 0);
    grid->addWidget(editor, row, 1);
    grid->addWidget(field.problem, row + 1, 1);
    m_fields << field;
}

void QuickSettings::setConfig(const Config &config)
{
    const QSignalBlocker blockMode(m_mode);
    const QSignalBlocker blockWorkers(m_maxWorkers);
    const QSignalBlocker blockTimeout(m_timeout);
    const QSignalBlocker blockModel(m_model);
    m_mode->setCurrentIndex(m_mode->findData(int(config.orchestrator.mode)));
    m_maxWorkers->setValue(config.orchestrator.maxWorkers);
    m_timeout->setValue(config.orchestrator.timeout);
    m_model->setText(config.ai.model);
    validate();
}

QString QuickSettings::textOf(const Field &field) const
{
    if (field.editor == m_mode)
        return field.key->allowed.value(m_mode->currentData().toInt());
    if (auto *spin = qobject_cast<QSpinBox *>(field.editor))
        return spin->cleanText();
    return m_model->text();
}

void QuickSettings::applyTo(Config &config) const
{
    // Through the schema, so each value lands where a config file's would.
    for (const Field &field : m_fields) {
        if (const std::optional<QVariant> value = field.key->parseText(textOf(field), nullptr))
            field.key->set(config, *value);
    }
}

QStringList QuickSettings::problems() const
{
    QStringList result;
    for (const Field &field : m_fields) {
        QString problem;
        if (!field.key->parseText(textOf(field), &problem))
            result << tr("%1 %2").arg(field.label->text(), problem);
    }
    return result;
}

void QuickSettings::validate()
{
    bool valid = true;
    for (const Field &field : m_fields) {
        QString problem;
        const bool ok = field.key->parseText(textOf(field), &problem).has_value();
        field.problem->setText(ok ? QString() : problem);
        field.problem->setVisible(!ok);
        valid = valid && ok;
    }
    if (valid != m_valid) {
        m_valid = valid;
        emit validityChanged(valid);
    }
}

} // namespace orch
