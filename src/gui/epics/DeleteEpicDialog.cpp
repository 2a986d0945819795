#include "DeleteEpicDialog.h"

#include "app/Document.h"
#include "domain/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace storyloom {
namespace {

QString qs(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

} // namespace

DeleteEpicDialog::DeleteEpicDialog(const Document& document, qint64 epicId, QWidget* parent)
    : QDialog(parent) {
    const Epic* epic = document.findEpic(epicId);
    const QString name = epic ? QStringLiteral("%1 %2").arg(qs(epic->key), qs(epic->title)) : QString();
    setWindowTitle(tr("Delete Epic"));
    setAccessibleName(tr("Delete epic %1").arg(name));
    m_storyCount = static_cast<int>(document.storiesOfEpic(epicId).size());

    auto* layout = new QVBoxLayout(this);
    auto* question = new QLabel(this);
    question->setWordWrap(true);
    question->setTextFormat(Qt::PlainText);
    layout->addWidget(question);

    m_target = new QComboBox(this);
    m_target->setAccessibleName(tr("Epic the stories move to"));
    for (const Epic& e : document.workspace().epics)
        if (e.id != epicId)
            m_target->addItem(QStringLiteral("%1 %2").arg(qs(e.key), qs(e.title)), qlonglong{e.id});

    if (m_storyCount > 0) {
        question->setText(tr("What should happen to the %n stories of %1?", nullptr, m_storyCount).arg(name));
        m_move = new QRadioButton(tr("&Move its %n stories to:", nullptr, m_storyCount), this);
        m_delete = new QRadioButton(tr("&Delete the epic and its %n stories", nullptr, m_storyCount), this);
        m_move->setAccessibleName(tr("Move its stories to another epic"));
        m_delete->setAccessibleName(tr("Delete the epic and its stories"));
        layout->addWidget(m_move);
        layout->addWidget(m_target);
        layout->addWidget(m_delete);
        connect(m_move, &QRadioButton::toggled, m_target, &QWidget::setEnabled);
        if (m_target->count() > 0) {
            m_move->setChecked(true);
        } else {
            m_move->setEnabled(false);
            m_target->setEnabled(false);
            m_delete->setChecked(true);
        }
        question->setBuddy(m_move);
    } else {
        question->setText(tr("Delete %1? It has no stories.").arg(name));
        m_target->hide();
    }
    auto* note = new QLabel(tr("Undo (Ctrl+Z) brings everything back."), this);
    note->setWordWrap(true);
    layout->addWidget(note);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* remove = buttons->addButton(tr("Delete"), QDialogButtonBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("deleteButton"));
    remove->setAccessibleName(tr("Delete epic"));
    remove->setAutoDefault(false);
    remove->setDefault(false);
    QPushButton* cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setDefault(true);
    cancel->setAutoDefault(true);
    connect(remove, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    cancel->setFocus(Qt::OtherFocusReason);
}

std::optional<qint64> DeleteEpicDialog::moveStoriesTo() const {
    if (m_move && m_move->isChecked() && m_target->currentIndex() >= 0)
        return m_target->currentData().toLongLong();
    return std::nullopt;
}

void DeleteEpicDialog::chooseMove(qint64 targetEpicId) {
    if (!m_move)
        return;
    m_move->setChecked(true);
    m_target->setCurrentIndex(m_target->findData(qlonglong{targetEpicId}));
}

void DeleteEpicDialog::chooseDelete() {
    if (m_delete)
        m_delete->setChecked(true);
}

} // namespace storyloom
