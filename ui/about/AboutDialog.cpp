#include "AboutDialog.h"

#include "main/AppIcon.h"

#include <QDialogButtonBox>
#include <QFont>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <QtGlobal>

using namespace Qt::StringLiterals;

namespace orch {

namespace {

constexpr int iconSize = 64;
constexpr int textWidth = 380;

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);
    const QString appName = tr("Parallel AI Orchestrator");
    setWindowTitle(tr("About %1").arg(appName));

    auto *iconLabel = new QLabel(this);
    iconLabel->setObjectName(u"iconLabel"_s);
    iconLabel->setPixmap(appIcon().pixmap(iconSize, iconSize));
    iconLabel->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    m_nameLabel = new QLabel(appName, this);
    m_nameLabel->setObjectName(u"nameLabel"_s);
    QFont nameFont = m_nameLabel->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.4);
    m_nameLabel->setFont(nameFont);

    m_versionLabel = new QLabel(tr("Version %1").arg(version()), this);
    m_versionLabel->setObjectName(u"versionLabel"_s);
    m_versionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Run time and build time can differ: Qt is a shared library the system may update.
    m_qtVersionLabel = new QLabel(
        tr("Using Qt %1 (built with Qt %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)),
        this);
    m_qtVersionLabel->setObjectName(u"qtVersionLabel"_s);
    m_qtVersionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_descriptionLabel = new QLabel(
        tr("Splits one large task into subtasks and runs each of them as an AI coding agent, in "
           "parallel, each in its own folder, git worktree or container. Watch the workers live, "
           "cancel or retry them, and browse the logs and results of every run."),
        this);
    m_descriptionLabel->setObjectName(u"descriptionLabel"_s);
    m_descriptionLabel->setWordWrap(true);
    m_descriptionLabel->setFixedWidth(textWidth);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(u"buttonBox"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *textLayout = new QVBoxLayout;
    textLayout->addWidget(m_nameLabel);
    textLayout->addWidget(m_versionLabel);
    textLayout->addWidget(m_qtVersionLabel);
    textLayout->addSpacing(fontMetrics().height() / 2);
    textLayout->addWidget(m_descriptionLabel);

    auto *contentLayout = new QHBoxLayout;
    contentLayout->setSpacing(fontMetrics().height());
    contentLayout->addWidget(iconLabel, 0, Qt::AlignTop);
    contentLayout->addLayout(textLayout, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(contentLayout);
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetFixedSize);
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::version()
{
    return QStringLiteral(ORCH_VERSION);
}

} // namespace orch
