#include "EpicEditor.h"

#include "ui_EpicEditor.h"

#include "ColourName.h"
#include "app/Document.h"
#include "domain/Workspace.h"

#include <QColorDialog>
#include <QInputDialog>

namespace storyloom {
namespace {

QString qs(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

QDate toQDate(const Date& d) {
    return QDate(d.year, d.month, d.day);
}

Date fromQDate(const QDate& d) {
    return Date{d.year(), d.month(), d.day()};
}

void selectData(QComboBox* combo, qlonglong value) {
    const int i = combo->findData(value);
    combo->setCurrentIndex(i >= 0 ? i : 0);
}

} // namespace

EpicEditor::EpicEditor(Document& document, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::EpicEditor>()), m_document(document) {
    m_ui->setupUi(this);
    for (auto s : {EpicStatus::Proposed, EpicStatus::Planned, EpicStatus::InProgress, EpicStatus::Done,
                   EpicStatus::Cancelled})
        m_ui->statusCombo->addItem(qs(label(s)), static_cast<int>(s));
    for (auto h : {Horizon::Now, Horizon::Next, Horizon::Later})
        m_ui->horizonCombo->addItem(qs(label(h)), static_cast<int>(h));
    m_ui->colourSwatch->setAutoFillBackground(true);
    m_ui->colourSwatch->setFrameShape(QFrame::Box);

    connect(m_ui->titleEdit, &QLineEdit::textEdited, this, [this] { commit(QStringLiteral("title")); });
    connect(m_ui->descriptionEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            commit(QStringLiteral("description"));
    });
    connect(m_ui->colourEdit, &QLineEdit::textEdited, this, [this] { commit(QStringLiteral("colour")); });
    connect(m_ui->colourButton, &QPushButton::clicked, this, &EpicEditor::chooseColour);
    connect(m_ui->newThemeButton, &QPushButton::clicked, this, &EpicEditor::newTheme);
    for (QComboBox* combo : {m_ui->themeCombo, m_ui->statusCombo, m_ui->horizonCombo, m_ui->releaseCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_loading)
                commit({});
        });
    for (QCheckBox* check : {m_ui->startCheck, m_ui->endCheck})
        connect(check, &QCheckBox::toggled, this, [this] {
            m_ui->startEdit->setEnabled(m_ui->startCheck->isChecked());
            m_ui->endEdit->setEnabled(m_ui->endCheck->isChecked());
            if (!m_loading)
                commit({});
        });
    for (QDateEdit* edit : {m_ui->startEdit, m_ui->endEdit})
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (!m_loading)
                commit(QStringLiteral("dates"));
        });

    connect(&m_document, &Document::epicsChanged, this, [this] {
        if (!m_writing)
            load();
    });
    // After a reload the same epic is shown when it still exists (load() empties the form otherwise).
    connect(&m_document, &Document::reset, this, [this] { load(); });
    setEpic(0);
}

EpicEditor::~EpicEditor() = default;

void EpicEditor::setEpic(qint64 epicId) {
    m_epicId = epicId;
    load();
}

QString EpicEditor::problem() const {
    return m_ui->problemLabel->message();
}

void EpicEditor::focusTitle() {
    m_ui->titleEdit->setFocus(Qt::OtherFocusReason);
    m_ui->titleEdit->selectAll();
}

void EpicEditor::fillChoices() {
    const Workspace& ws = m_document.workspace();
    m_ui->themeCombo->clear();
    m_ui->themeCombo->addItem(tr("No theme"), qlonglong{0});
    for (const Theme& t : ws.themes)
        m_ui->themeCombo->addItem(qs(t.name), qlonglong{t.id});
    m_ui->releaseCombo->clear();
    m_ui->releaseCombo->addItem(tr("No release"), qlonglong{0});
    for (const Release& r : ws.releases)
        m_ui->releaseCombo->addItem(
            r.date ? tr("%1 (%2)").arg(qs(r.name), qs(r.date->toString())) : qs(r.name), qlonglong{r.id});
}

void EpicEditor::load() {
    m_loading = true;
    fillChoices();
    const Epic* epic = m_epicId != 0 ? m_document.findEpic(m_epicId) : nullptr;
    if (!epic)
        m_epicId = 0;
    setEnabled(epic != nullptr);
    m_ui->problemLabel->showMessage({});
    if (!epic) {
        m_ui->headingLabel->setText(tr("Choose an epic in the list, or create one with New epic."));
        m_ui->titleEdit->clear();
        m_ui->descriptionEdit->clear();
        m_ui->colourEdit->clear();
        showColour({});
        m_loading = false;
        return;
    }
    m_ui->headingLabel->setText(tr("Epic %1").arg(qs(epic->key)));
    if (m_ui->titleEdit->text() != qs(epic->title))
        m_ui->titleEdit->setText(qs(epic->title));
    if (m_ui->descriptionEdit->toPlainText() != qs(epic->description))
        m_ui->descriptionEdit->setPlainText(qs(epic->description));
    m_ui->colourEdit->setText(qs(epic->colour));
    showColour(qs(epic->colour));
    selectData(m_ui->themeCombo, epic->themeId.value_or(0));
    selectData(m_ui->releaseCombo, epic->targetReleaseId.value_or(0));
    m_ui->statusCombo->setCurrentIndex(m_ui->statusCombo->findData(static_cast<int>(epic->status)));
    m_ui->horizonCombo->setCurrentIndex(m_ui->horizonCombo->findData(static_cast<int>(epic->horizon)));
    const QDate today = QDate::currentDate();
    m_ui->startCheck->setChecked(epic->startDate.has_value());
    m_ui->startEdit->setDate(epic->startDate ? toQDate(*epic->startDate) : today);
    m_ui->endCheck->setChecked(epic->endDate.has_value());
    m_ui->endEdit->setDate(epic->endDate ? toQDate(*epic->endDate) : today);
    m_ui->startEdit->setEnabled(epic->startDate.has_value());
    m_ui->endEdit->setEnabled(epic->endDate.has_value());
    m_loading = false;
}

void EpicEditor::showColour(const QString& hex) {
    const QColor colour(hex);
    QPalette palette = m_ui->colourSwatch->palette();
    palette.setColor(QPalette::Window, colour.isValid() ? colour : palette.color(QPalette::Base));
    m_ui->colourSwatch->setPalette(palette);
    const QString name = colour.isValid() ? colourWord(colour) : QString();
    m_ui->colourNameLabel->setText(name);
    m_ui->colourSwatch->setAccessibleDescription(name);
}

bool EpicEditor::fromFields(Epic& epic) {
    const QString title = m_ui->titleEdit->text().trimmed();
    if (title.isEmpty()) {
        m_ui->problemLabel->showMessage(
            tr("The title is empty. Type a title; until then the epic keeps its last one."));
        return false;
    }
    const QString hex = m_ui->colourEdit->text().trimmed();
    if (!isValidColour(hex.toStdString())) {
        m_ui->problemLabel->showMessage(
            tr("\"%1\" is not a colour. Type # and six hexadecimal digits, such as #4C6EF5, or choose one.")
                .arg(hex));
        return false;
    }
    std::optional<Date> start;
    std::optional<Date> end;
    if (m_ui->startCheck->isChecked())
        start = fromQDate(m_ui->startEdit->date());
    if (m_ui->endCheck->isChecked())
        end = fromQDate(m_ui->endEdit->date());
    if (start && end && *end < *start) {
        m_ui->problemLabel->showMessage(tr("The end date %1 is before the start date %2. Change one of them.")
                                            .arg(qs(end->toString()), qs(start->toString())));
        return false;
    }
    epic.title = title.toStdString();
    epic.description = m_ui->descriptionEdit->toPlainText().toStdString();
    epic.colour = hex.toUpper().toStdString();
    const qlonglong theme = m_ui->themeCombo->currentData().toLongLong();
    epic.themeId = theme > 0 ? std::optional<Id>(theme) : std::nullopt;
    const qlonglong release = m_ui->releaseCombo->currentData().toLongLong();
    epic.targetReleaseId = release > 0 ? std::optional<Id>(release) : std::nullopt;
    epic.status = static_cast<EpicStatus>(m_ui->statusCombo->currentData().toInt());
    epic.horizon = static_cast<Horizon>(m_ui->horizonCombo->currentData().toInt());
    epic.startDate = start;
    epic.endDate = end;
    return true;
}

void EpicEditor::commit(const QString& mergeKey) {
    if (m_loading)
        return;
    const Epic* current = m_document.findEpic(m_epicId);
    if (!current)
        return;
    Epic epic = *current;
    if (!fromFields(epic))
        return;
    showColour(qs(epic.colour));
    m_writing = true;
    const bool ok = m_document.editEpic(epic, mergeKey);
    m_writing = false;
    m_ui->problemLabel->showMessage(ok ? QString() : m_document.errorString());
}

void EpicEditor::chooseColour() {
    const QColor chosen = QColorDialog::getColor(QColor(m_ui->colourEdit->text()), this, tr("Epic colour"));
    if (!chosen.isValid())
        return;
    m_ui->colourEdit->setText(chosen.name(QColor::HexRgb).toUpper());
    commit({});
}

void EpicEditor::newTheme() {
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New Theme"), tr("&Name of the new theme:"),
                                               QLineEdit::Normal, {}, &ok);
    if (ok)
        addTheme(name);
}

bool EpicEditor::addTheme(const QString& name) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        m_ui->problemLabel->showMessage(tr("A theme needs a name. Type one and try again."));
        return false;
    }
    Theme theme;
    theme.name = trimmed.toStdString();
    if (const Epic* epic = m_document.findEpic(m_epicId))
        theme.colour = epic->colour;
    const qint64 id = m_document.addTheme(theme);
    if (id == 0) {
        m_ui->problemLabel->showMessage(m_document.errorString());
        return false;
    }
    load();
    selectData(m_ui->themeCombo, id); // commits the theme to the epic
    return true;
}

} // namespace storyloom
