#include "ThemesDialog.h"

#include "ColourName.h"
#include "app/Document.h"
#include "domain/Workspace.h"
#include "widgets/ValidationLabel.h"

#include <QAction>
#include <QColorDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>

namespace storyloom {
namespace {

enum Column { NameColumn, ColourColumn, EpicsColumn };
constexpr int kIdRole = Qt::UserRole;

QString qs(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

// Palette for new themes: each new one differs from the last.
const char* const kColours[] = {"#4C6EF5", "#E8590C", "#2F9E44", "#AE3EC9", "#1098AD", "#F59F00"};

} // namespace

ThemesDialog::ThemesDialog(Document& document, QWidget* parent) : QDialog(parent), m_document(document) {
    setWindowTitle(tr("Manage Themes"));
    setAccessibleName(tr("Manage themes"));
    auto* layout = new QVBoxLayout(this);
    auto* label =
        new QLabel(tr("&Themes (an epic belongs to one theme; the roadmap groups by theme):"), this);
    label->setWordWrap(true);
    layout->addWidget(label);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("themeList"));
    m_list->setAccessibleName(tr("Themes"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Theme"), tr("Colour"), tr("Epics")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(ColourColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(EpicsColumn, QHeaderView::ResizeToContents);
    label->setBuddy(m_list);

    auto* row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    auto* buttons = new QVBoxLayout;
    const auto button = [&](const QString& text, const char* name, const QString& accessible,
                            const QString& tip) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        b->setAccessibleName(accessible);
        b->setToolTip(tip);
        b->setAutoDefault(false);
        buttons->addWidget(b);
        return b;
    };
    m_addButton = button(tr("&Add…"), "addThemeButton", tr("Add a theme"), tr("Add a theme (Insert)"));
    m_renameButton =
        button(tr("&Rename…"), "renameThemeButton", tr("Rename the selected theme"), tr("Rename (F2)"));
    m_colourButton = button(tr("C&olour…"), "colourThemeButton", tr("Change the selected theme's colour"),
                            tr("Choose the theme's colour"));
    m_deleteButton = button(tr("&Delete…"), "deleteThemeButton", tr("Delete the selected theme"),
                            tr("Delete the theme; its epics keep existing without a theme (Delete)"));
    buttons->addStretch(1);
    row->addLayout(buttons);
    layout->addLayout(row, 1);

    m_problem = new ValidationLabel(this);
    layout->addWidget(m_problem);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    box->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(box);

    connect(m_addButton, &QPushButton::clicked, this, &ThemesDialog::addClicked);
    connect(m_renameButton, &QPushButton::clicked, this, &ThemesDialog::renameClicked);
    connect(m_colourButton, &QPushButton::clicked, this, &ThemesDialog::colourClicked);
    connect(m_deleteButton, &QPushButton::clicked, this, &ThemesDialog::deleteClicked);
    const auto key = [this](QKeySequence sequence, void (ThemesDialog::*slot)()) {
        auto* action = new QAction(m_list);
        action->setShortcut(sequence);
        action->setShortcutContext(Qt::WidgetShortcut);
        m_list->addAction(action);
        connect(action, &QAction::triggered, this, slot);
    };
    key(QKeySequence(Qt::Key_F2), &ThemesDialog::renameClicked);
    key(QKeySequence::Delete, &ThemesDialog::deleteClicked);
    key(QKeySequence(Qt::Key_Insert), &ThemesDialog::addClicked);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ThemesDialog::updateButtons);
    // Not itemActivated: Enter would also press Close after the rename.
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &ThemesDialog::renameClicked);

    connect(&m_document, &Document::epicsChanged, this, &ThemesDialog::refill);
    connect(&m_document, &Document::reset, this, &ThemesDialog::refill);
    setTabOrder(m_list, m_addButton);
    setTabOrder(m_addButton, m_renameButton);
    setTabOrder(m_renameButton, m_colourButton);
    setTabOrder(m_colourButton, m_deleteButton);
    refill();
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_list->setFocus();
    resize(560, 380);
}

ThemesDialog::~ThemesDialog() = default;

qint64 ThemesDialog::currentThemeId() const {
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(NameColumn, kIdRole).toLongLong() : 0;
}

void ThemesDialog::selectTheme(qint64 themeId) {
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->data(NameColumn, kIdRole).toLongLong() == themeId)
            m_list->setCurrentItem(m_list->topLevelItem(i));
}

QString ThemesDialog::problem() const {
    return m_problem->message();
}

int ThemesDialog::epicsUsing(qint64 themeId) const {
    int count = 0;
    for (const Epic& e : m_document.workspace().epics)
        if (e.themeId && *e.themeId == themeId)
            ++count;
    return count;
}

void ThemesDialog::refill() {
    const qint64 current = currentThemeId();
    const int currentRow = m_list->currentIndex().row();
    m_list->clear();
    for (const Theme& t : m_document.workspace().themes) {
        const QColor colour(qs(t.colour));
        const int epics = epicsUsing(t.id);
        auto* item = new QTreeWidgetItem(m_list);
        item->setData(NameColumn, kIdRole, qlonglong{t.id});
        item->setText(NameColumn, qs(t.name));
        item->setIcon(ColourColumn, colourSwatch(colour));
        item->setText(ColourColumn, colourName(colour));
        item->setText(EpicsColumn, epics == 1 ? tr("1 epic") : tr("%1 epics").arg(epics));
        item->setTextAlignment(EpicsColumn, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (current != 0)
        selectTheme(current);
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(
            m_list->topLevelItem(std::clamp(currentRow, 0, m_list->topLevelItemCount() - 1)));
    updateButtons();
}

void ThemesDialog::updateButtons() {
    const bool any = currentThemeId() != 0;
    m_renameButton->setEnabled(any);
    m_colourButton->setEnabled(any);
    m_deleteButton->setEnabled(any);
}

qint64 ThemesDialog::addTheme(const QString& name, const QColor& colour) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        m_problem->showMessage(tr("A theme needs a name. Type one and try again."));
        return 0;
    }
    Theme draft;
    draft.name = trimmed.toStdString();
    draft.colour = colour.name(QColor::HexRgb).toUpper().toStdString();
    const qint64 id = m_document.addTheme(draft);
    m_problem->showMessage(id == 0 ? m_document.errorString() : QString());
    if (id != 0)
        selectTheme(id);
    return id;
}

bool ThemesDialog::renameTheme(qint64 themeId, const QString& name) {
    const Theme* theme = m_document.findTheme(themeId);
    const QString trimmed = name.trimmed();
    if (!theme)
        return false;
    if (trimmed.isEmpty()) {
        m_problem->showMessage(
            tr("A theme needs a name. Type one; until then \"%1\" keeps its name.").arg(qs(theme->name)));
        return false;
    }
    Theme after = *theme;
    after.name = trimmed.toStdString();
    const bool ok = m_document.editTheme(after);
    m_problem->showMessage(ok ? QString() : m_document.errorString());
    return ok;
}

bool ThemesDialog::recolourTheme(qint64 themeId, const QColor& colour) {
    const Theme* theme = m_document.findTheme(themeId);
    if (!theme || !colour.isValid())
        return false;
    Theme after = *theme;
    after.colour = colour.name(QColor::HexRgb).toUpper().toStdString();
    const bool ok = m_document.editTheme(after);
    m_problem->showMessage(ok ? QString() : m_document.errorString());
    return ok;
}

bool ThemesDialog::deleteTheme(qint64 themeId) {
    const bool ok = m_document.deleteTheme(themeId);
    m_problem->showMessage(ok ? QString() : m_document.errorString());
    return ok;
}

QString ThemesDialog::deleteQuestion(qint64 themeId) const {
    const Theme* theme = m_document.findTheme(themeId);
    if (!theme)
        return {};
    const int epics = epicsUsing(themeId);
    const QString name = qs(theme->name);
    if (epics == 0)
        return tr("Delete the theme \"%1\"? No epic uses it. You can undo this.").arg(name);
    if (epics == 1)
        return tr("Delete the theme \"%1\"? 1 epic loses the theme and keeps existing without one. You can "
                  "undo this.")
            .arg(name);
    return tr("Delete the theme \"%1\"? %2 epics lose the theme and keep existing without one. You can "
              "undo this.")
        .arg(name)
        .arg(epics);
}

std::optional<QString> ThemesDialog::askName(const QString& title, const QString& current) {
    if (m_askers.name)
        return m_askers.name(title, current);
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, title, tr("&Name of the theme:"), QLineEdit::Normal, current, &ok);
    return ok ? std::optional<QString>(name) : std::nullopt;
}

QColor ThemesDialog::askColour(const QColor& current) {
    if (m_askers.colour)
        return m_askers.colour(current);
    return QColorDialog::getColor(current, this, tr("Theme colour"));
}

bool ThemesDialog::confirm(const QString& question) {
    if (m_askers.confirm)
        return m_askers.confirm(question);
    QMessageBox box(QMessageBox::Question, tr("Delete Theme"), question, QMessageBox::NoButton, this);
    QPushButton* yes = box.addButton(tr("&Delete theme"), QMessageBox::AcceptRole);
    QPushButton* no = box.addButton(QMessageBox::Cancel);
    yes->setAccessibleName(tr("Delete theme"));
    no->setAccessibleName(tr("Cancel"));
    box.setDefaultButton(no);
    box.exec();
    return box.clickedButton() == yes;
}

void ThemesDialog::addClicked() {
    const std::optional<QString> name = askName(tr("New Theme"), {});
    if (!name)
        return;
    const auto count = m_document.workspace().themes.size();
    addTheme(*name, QColor(QString::fromLatin1(kColours[count % std::size(kColours)])));
}

void ThemesDialog::renameClicked() {
    const qint64 id = currentThemeId();
    const Theme* theme = m_document.findTheme(id);
    if (!theme)
        return;
    const std::optional<QString> name = askName(tr("Rename Theme"), qs(theme->name));
    if (name)
        renameTheme(id, *name);
}

void ThemesDialog::colourClicked() {
    const qint64 id = currentThemeId();
    const Theme* theme = m_document.findTheme(id);
    if (!theme)
        return;
    const QColor colour = askColour(QColor(qs(theme->colour)));
    if (colour.isValid())
        recolourTheme(id, colour);
}

void ThemesDialog::deleteClicked() {
    const qint64 id = currentThemeId();
    if (id == 0)
        return;
    if (confirm(deleteQuestion(id)))
        deleteTheme(id);
}

} // namespace storyloom
