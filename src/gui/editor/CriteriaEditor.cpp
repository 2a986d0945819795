#include "CriteriaEditor.h"
#include "widgets/SameIds.h"

#include "ui_CriteriaEditor.h"

#include "EditorSupport.h"
#include "app/Document.h"
#include "domain/Wcag.h"
#include "domain/Workspace.h"

#include <QLineEdit>
#include <QCompleter>
#include <QKeySequence>
#include <QShortcut>
#include <QTimer>

namespace storyloom {

using editor::qs;
using editor::str;

namespace {

constexpr int kOriginalRowRole = Qt::UserRole + 1;

QString wcagText(const WcagCriterion& c) {
    return QStringLiteral("%1 %2 (%3)")
        .arg(qs(std::string(c.number)), qs(std::string(c.name)), qs(std::string(toString(c.level))));
}

QString summary(const AcceptanceCriterion& c, int row) {
    QString text = c.format == CriterionFormat::GivenWhenThen
                       ? CriteriaEditor::tr("Given %1, when %2, then %3")
                             .arg(qs(c.given).isEmpty() ? QStringLiteral("…") : qs(c.given),
                                  qs(c.when).isEmpty() ? QStringLiteral("…") : qs(c.when),
                                  qs(c.then).isEmpty() ? QStringLiteral("…") : qs(c.then))
                       : (c.text.empty() ? CriteriaEditor::tr("(empty)") : qs(c.text));
    QStringList tags{qs(std::string(label(c.kind)))};
    if (!c.wcag.empty())
        tags << QStringLiteral("WCAG ") + qs(c.wcag);
    if (c.done)
        tags << CriteriaEditor::tr("✓ done");
    return QStringLiteral("%1. %2 [%3]").arg(row + 1).arg(text, tags.join(QStringLiteral(", ")));
}

} // namespace

CriteriaEditor::CriteriaEditor(Document& document, ValidationMessages* messages, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::CriteriaEditor>()), m_document(document),
      m_messages(messages) {
    m_ui->setupUi(this);
    // The editable combo's text field is what a screen reader lands on: it carries the combo's name.
    m_ui->wcagCombo->lineEdit()->setAccessibleName(m_ui->wcagCombo->accessibleName());
    m_ui->formatCombo->addItem(tr("Free text"), static_cast<int>(CriterionFormat::FreeText));
    m_ui->formatCombo->addItem(tr("Given / When / Then"), static_cast<int>(CriterionFormat::GivenWhenThen));
    for (auto k : {CriterionKind::Functional, CriterionKind::Accessibility, CriterionKind::Performance,
                   CriterionKind::Content})
        m_ui->kindCombo->addItem(qs(std::string(label(k))), static_cast<int>(k));
    m_ui->wcagCombo->addItem(tr("None"), QString());
    for (const auto& c : wcag22Criteria())
        m_ui->wcagCombo->addItem(wcagText(c), qs(std::string(c.number)));
    // Searchable: typing "contrast" or "2.4" offers every criterion containing it.
    m_ui->wcagCombo->completer()->setFilterMode(Qt::MatchContains);
    m_ui->wcagCombo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_ui->wcagCombo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_ui->wcagCombo->lineEdit()->setPlaceholderText(tr("Type a number or a name, e.g. 1.4.3 or contrast"));

    connect(m_ui->criteriaList, &QListWidget::currentRowChanged, this, [this] { showDetails(); });
    // Queued: the list is still inside its drop handling when it reports the move.
    connect(m_ui->criteriaList->model(), &QAbstractItemModel::rowsMoved, this, &CriteriaEditor::rowsMoved,
            Qt::QueuedConnection);
    connect(m_ui->addButton, &QPushButton::clicked, this, &CriteriaEditor::addCriterion);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &CriteriaEditor::deleteCurrent);
    connect(m_ui->upButton, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_ui->downButton, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    const auto shortcut = [this](const QKeySequence& keys, QWidget* on, Qt::ShortcutContext context,
                                 std::function<void()> action) {
        auto* s = new QShortcut(keys, on);
        s->setContext(context);
        connect(s, &QShortcut::activated, this, std::move(action));
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this, Qt::WidgetWithChildrenShortcut,
             [this] { addCriterion(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this, Qt::WidgetWithChildrenShortcut,
             [this] { addCriterion(); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Up), this, Qt::WidgetWithChildrenShortcut,
             [this] { moveCurrent(-1); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Down), this, Qt::WidgetWithChildrenShortcut,
             [this] { moveCurrent(1); });
    shortcut(QKeySequence(QKeySequence::Delete), m_ui->criteriaList, Qt::WidgetShortcut,
             [this] { deleteCurrent(); });

    connect(m_ui->formatCombo, &QComboBox::activated, this, [this](int i) {
        const auto format = static_cast<CriterionFormat>(m_ui->formatCombo->itemData(i).toInt());
        editCurrent(
            [&](AcceptanceCriterion& c) {
                // A free-text criterion needs text: start it from the Given / When / Then parts.
                if (format == CriterionFormat::FreeText && c.format != format && c.text.empty()) {
                    QStringList parts;
                    if (!c.given.empty())
                        parts << tr("Given %1").arg(qs(c.given));
                    if (!c.when.empty())
                        parts << tr("when %1").arg(qs(c.when));
                    if (!c.then.empty())
                        parts << tr("then %1").arg(qs(c.then));
                    c.text = str(parts.isEmpty() ? tr("New criterion") : parts.join(QStringLiteral(", ")));
                }
                c.format = format;
            },
            {});
        showDetails();
    });
    connect(m_ui->kindCombo, &QComboBox::activated, this, [this](int i) {
        const auto kind = static_cast<CriterionKind>(m_ui->kindCombo->itemData(i).toInt());
        editCurrent([&](AcceptanceCriterion& c) { c.kind = kind; }, {});
    });
    connect(m_ui->doneCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_updating)
            editCurrent([&](AcceptanceCriterion& c) { c.done = on; }, {});
    });
    connect(m_ui->textEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating)
            editCurrent([&](AcceptanceCriterion& c) { c.text = str(m_ui->textEdit->toPlainText()); },
                        QStringLiteral("text"));
    });
    connect(m_ui->givenEdit, &QLineEdit::textEdited, this, [this](const QString& t) {
        editCurrent([&](AcceptanceCriterion& c) { c.given = str(t); }, QStringLiteral("given"));
    });
    connect(m_ui->whenEdit, &QLineEdit::textEdited, this, [this](const QString& t) {
        editCurrent([&](AcceptanceCriterion& c) { c.when = str(t); }, QStringLiteral("when"));
    });
    connect(m_ui->thenEdit, &QLineEdit::textEdited, this, [this](const QString& t) {
        editCurrent([&](AcceptanceCriterion& c) { c.then = str(t); }, QStringLiteral("then"));
    });
    connect(m_ui->wcagCombo, &QComboBox::activated, this, [this] { wcagChosen(); });
    connect(m_ui->wcagCombo->lineEdit(), &QLineEdit::editingFinished, this, [this] { wcagChosen(); });

    setTabOrder(m_ui->criteriaList, m_ui->addButton);
    setTabOrder(m_ui->addButton, m_ui->deleteButton);
    setTabOrder(m_ui->deleteButton, m_ui->upButton);
    setTabOrder(m_ui->upButton, m_ui->downButton);
    setTabOrder(m_ui->downButton, m_ui->formatCombo);
    setTabOrder(m_ui->formatCombo, m_ui->textEdit);
    setTabOrder(m_ui->textEdit, m_ui->givenEdit);
    setTabOrder(m_ui->givenEdit, m_ui->whenEdit);
    setTabOrder(m_ui->whenEdit, m_ui->thenEdit);
    setTabOrder(m_ui->thenEdit, m_ui->kindCombo);
    setTabOrder(m_ui->kindCombo, m_ui->wcagCombo);
    setTabOrder(m_ui->wcagCombo, m_ui->doneCheck);
    updateEnabled();
}

CriteriaEditor::~CriteriaEditor() = default;

void CriteriaEditor::setStory(qint64 storyId) {
    m_storyId = storyId;
    m_shownIds.clear();
    m_ui->criteriaList->clear();
    refresh();
    if (m_ui->criteriaList->count() > 0)
        setCurrentRow(0);
}

void CriteriaEditor::refresh() {
    const Story* s = editor::storedStory(m_document, m_storyId);
    m_updating = true;
    QList<qint64> ids;
    if (s)
        for (const auto& c : s->criteria)
            ids << c.id;
    auto* list = m_ui->criteriaList;
    const int row = list->currentRow();
    if (!sameIds(ids, m_shownIds)) {
        // Criteria were added, removed or reordered: rebuild, keeping the selected row.
        list->clear();
        for (int i = 0; s && i < static_cast<int>(s->criteria.size()); ++i)
            list->addItem(QString());
        m_shownIds = ids;
        if (list->count() > 0)
            list->setCurrentRow(std::clamp(row, 0, list->count() - 1));
    }
    for (int i = 0; s && i < list->count(); ++i) {
        QListWidgetItem* item = list->item(i);
        const QString text = summary(s->criteria[static_cast<std::size_t>(i)], i);
        if (item->text() != text) {
            item->setText(text);
            item->setData(Qt::AccessibleTextRole, text);
        }
        item->setData(kOriginalRowRole, i);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
    }
    m_updating = false;
    showDetails();
}

void CriteriaEditor::showDetails() {
    const Story* s = editor::storedStory(m_document, m_storyId);
    const int row = currentRow();
    m_updating = true;
    if (s && row >= 0 && row < static_cast<int>(s->criteria.size())) {
        const AcceptanceCriterion& c = s->criteria[static_cast<std::size_t>(row)];
        m_ui->formatCombo->setCurrentIndex(m_ui->formatCombo->findData(static_cast<int>(c.format)));
        editor::setTextKeepingCursor(m_ui->textEdit, qs(c.text));
        editor::setTextKeepingCursor(m_ui->givenEdit, qs(c.given));
        editor::setTextKeepingCursor(m_ui->whenEdit, qs(c.when));
        editor::setTextKeepingCursor(m_ui->thenEdit, qs(c.then));
        m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(static_cast<int>(c.kind)));
        if (!m_messages->has(QStringLiteral("wcag")) && !m_ui->wcagCombo->lineEdit()->hasFocus()) {
            const int w = m_ui->wcagCombo->findData(qs(c.wcag));
            if (w >= 0)
                m_ui->wcagCombo->setCurrentIndex(w);
            else
                m_ui->wcagCombo->setEditText(qs(c.wcag));
        }
        m_ui->doneCheck->setChecked(c.done);
        const bool gwt = c.format == CriterionFormat::GivenWhenThen;
        for (QWidget* w : {static_cast<QWidget*>(m_ui->givenEdit), static_cast<QWidget*>(m_ui->givenLabel),
                           static_cast<QWidget*>(m_ui->whenEdit), static_cast<QWidget*>(m_ui->whenLabel),
                           static_cast<QWidget*>(m_ui->thenEdit), static_cast<QWidget*>(m_ui->thenLabel)})
            w->setVisible(gwt);
        m_ui->textEdit->setVisible(!gwt);
        m_ui->textLabel->setVisible(!gwt);
    }
    m_updating = false;
    updateEnabled();
}

void CriteriaEditor::updateEnabled() {
    const int row = currentRow();
    const int count = m_ui->criteriaList->count();
    const bool story = editor::storedStory(m_document, m_storyId) != nullptr;
    m_ui->addButton->setEnabled(story);
    m_ui->deleteButton->setEnabled(row >= 0);
    m_ui->upButton->setEnabled(row > 0);
    m_ui->downButton->setEnabled(row >= 0 && row + 1 < count);
    m_ui->details->setEnabled(row >= 0);
}

int CriteriaEditor::currentRow() const {
    return m_ui->criteriaList->currentRow();
}

void CriteriaEditor::setCurrentRow(int row) {
    m_ui->criteriaList->setCurrentRow(row);
}

QStringList CriteriaEditor::itemTexts() const {
    QStringList out;
    for (int i = 0; i < m_ui->criteriaList->count(); ++i)
        out << m_ui->criteriaList->item(i)->text();
    return out;
}

bool CriteriaEditor::writeCriteria(const std::function<void(std::vector<AcceptanceCriterion>&)>& change,
                                   const QString& mergeKey) {
    const bool ok = editor::editStory(
        m_document, m_storyId, [&](Story& s) { change(s.criteria); }, mergeKey);
    m_messages->set(QStringLiteral("criteria"), ok ? QString() : m_document.errorString());
    return ok;
}

void CriteriaEditor::editCurrent(const std::function<void(AcceptanceCriterion&)>& change,
                                 const QString& field) {
    if (m_updating)
        return;
    const int row = currentRow();
    if (row < 0)
        return;
    // Typing merges per criterion and field: "criterion 2 given".
    const QString key =
        field.isEmpty() ? QString() : QStringLiteral("criterion %1 %2").arg(row + 1).arg(field);
    writeCriteria(
        [&](std::vector<AcceptanceCriterion>& all) {
            if (row < static_cast<int>(all.size()))
                change(all[static_cast<std::size_t>(row)]);
        },
        key);
}

void CriteriaEditor::wcagChosen() {
    if (m_updating || currentRow() < 0)
        return;
    const QString text = m_ui->wcagCombo->currentText().trimmed();
    QString number;
    if (!text.isEmpty() && text != m_ui->wcagCombo->itemText(0)) {
        const QString first = text.section(QLatin1Char(' '), 0, 0);
        const WcagCriterion* found = findWcagCriterion(str(first));
        if (!found) {
            for (const auto& c : wcag22Criteria())
                if (wcagText(c).compare(text, Qt::CaseInsensitive) == 0 ||
                    qs(std::string(c.name)).compare(text, Qt::CaseInsensitive) == 0)
                    found = &c;
        }
        if (!found) {
            m_messages->set(QStringLiteral("wcag"),
                            tr("No WCAG 2.2 success criterion matches \"%1\". Choose one from the list, "
                               "for example 1.4.3 Contrast (Minimum).")
                                .arg(text));
            return;
        }
        number = qs(std::string(found->number));
    }
    m_messages->set(QStringLiteral("wcag"), {});
    editCurrent([&](AcceptanceCriterion& c) { c.wcag = str(number); }, {});
    showDetails();
}

void CriteriaEditor::addCriterion() {
    if (!editor::storedStory(m_document, m_storyId))
        return;
    const int row = currentRow();
    const int at = row < 0 ? m_ui->criteriaList->count() : row + 1;
    if (!writeCriteria([&](std::vector<AcceptanceCriterion>& all) {
            // Given / When / Then by default: the recommended form, and valid while still empty.
            AcceptanceCriterion added;
            added.format = CriterionFormat::GivenWhenThen;
            all.insert(all.begin() + std::min<std::ptrdiff_t>(at, static_cast<std::ptrdiff_t>(all.size())),
                       added);
        }))
        return;
    setCurrentRow(at);
    m_ui->formatCombo->setFocus();
}

void CriteriaEditor::deleteCurrent() {
    const int row = currentRow();
    if (row < 0)
        return;
    if (writeCriteria([&](std::vector<AcceptanceCriterion>& all) {
            if (row < static_cast<int>(all.size()))
                all.erase(all.begin() + row);
        }) &&
        m_ui->criteriaList->count() > 0)
        setCurrentRow(std::min(row, m_ui->criteriaList->count() - 1));
}

void CriteriaEditor::moveCurrent(int delta) {
    const int row = currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_ui->criteriaList->count())
        return;
    if (writeCriteria([&](std::vector<AcceptanceCriterion>& all) {
            if (std::max(row, to) < static_cast<int>(all.size()))
                std::swap(all[static_cast<std::size_t>(row)], all[static_cast<std::size_t>(to)]);
        }))
        setCurrentRow(to);
}

void CriteriaEditor::rowsMoved() {
    // The list holds the dragged order; each item remembers the criterion's row before the drag.
    auto* list = m_ui->criteriaList;
    std::vector<int> order;
    int selected = -1;
    for (int i = 0; i < list->count(); ++i) {
        order.push_back(list->item(i)->data(kOriginalRowRole).toInt());
        if (list->item(i)->isSelected())
            selected = i;
    }
    const bool ok = writeCriteria([&](std::vector<AcceptanceCriterion>& all) {
        if (order.size() != all.size())
            return;
        std::vector<AcceptanceCriterion> reordered;
        for (int from : order)
            if (from >= 0 && from < static_cast<int>(all.size()))
                reordered.push_back(all[static_cast<std::size_t>(from)]);
        if (reordered.size() == all.size())
            all = std::move(reordered);
    });
    if (!ok)
        m_shownIds.clear(); // show the stored order again
    refresh();
    if (ok && selected >= 0)
        setCurrentRow(selected);
}

} // namespace storyloom
