#include "ResearchView.h"

#include "InsightForm.h"
#include "InsightTableModel.h"
#include "PersonaCardDelegate.h"
#include "PersonaForm.h"
#include "PersonaListModel.h"
#include "app/Document.h"
#include "domain/Workspace.h"
#include "widgets/StoryPicker.h"
#include "widgets/ValidationLabel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace storyloom {
namespace {

QString qs(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

QPushButton* button(const QString& text, const QString& accessibleName, const QString& objectName,
                    QWidget* parent) {
    auto* b = new QPushButton(text, parent);
    b->setAccessibleName(accessibleName);
    b->setObjectName(objectName);
    return b;
}

void addDeleteKey(QWidget* widget, const std::function<void()>& action) {
    auto* a = new QAction(widget);
    a->setShortcut(QKeySequence::Delete);
    a->setShortcutContext(Qt::WidgetShortcut);
    widget->addAction(a);
    QObject::connect(a, &QAction::triggered, widget, action);
}

} // namespace

ResearchView::ResearchView(Document& document, QWidget* parent)
    : QWidget(parent), m_document(document), m_personaModel(new PersonaListModel(document, this)),
      m_insightModel(new InsightTableModel(document, this)), m_insightProxy(new QSortFilterProxyModel(this)) {
    setAccessibleName(tr("Research"));

    // Personas: cards that wrap into a grid.
    auto* personas = new QWidget(this);
    auto* personasLayout = new QVBoxLayout(personas);
    personasLayout->setContentsMargins(0, 0, 0, 0);
    auto* personaBar = new QHBoxLayout;
    auto* personasLabel = new QLabel(tr("&Personas"), personas);
    QFont heading = personasLabel->font();
    heading.setBold(true);
    personasLabel->setFont(heading);
    auto* newPersona =
        button(tr("Ne&w persona"), tr("New persona"), QStringLiteral("newPersonaButton"), personas);
    m_deletePersonaButton =
        button(tr("Delete person&a"), tr("Delete persona"), QStringLiteral("deletePersonaButton"), personas);
    personaBar->addWidget(personasLabel);
    personaBar->addStretch(1);
    personaBar->addWidget(newPersona);
    personaBar->addWidget(m_deletePersonaButton);
    m_personaList = new QListView(personas);
    m_personaList->setObjectName(QStringLiteral("personaCards"));
    m_personaList->setAccessibleName(tr("Persona cards"));
    m_personaList->setModel(m_personaModel);
    m_personaList->setItemDelegate(new PersonaCardDelegate(m_personaList));
    m_personaList->setViewMode(QListView::IconMode);
    m_personaList->setFlow(QListView::LeftToRight);
    m_personaList->setWrapping(true);
    m_personaList->setResizeMode(QListView::Adjust);
    m_personaList->setMovement(QListView::Static);
    m_personaList->setUniformItemSizes(true);
    m_personaList->setSpacing(4);
    m_personaList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_personaList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    personasLabel->setBuddy(m_personaList);
    personasLayout->addLayout(personaBar);
    personasLayout->addWidget(m_personaList, 1);

    // Insights: a sortable table.
    auto* insights = new QWidget(this);
    auto* insightsLayout = new QVBoxLayout(insights);
    insightsLayout->setContentsMargins(0, 0, 0, 0);
    auto* insightBar = new QHBoxLayout;
    auto* insightsLabel = new QLabel(tr("&Insights"), insights);
    insightsLabel->setFont(heading);
    auto* newInsight =
        button(tr("New insig&ht"), tr("New insight"), QStringLiteral("newInsightButton"), insights);
    m_deleteInsightButton =
        button(tr("Delete insi&ght"), tr("Delete insight"), QStringLiteral("deleteInsightButton"), insights);
    insightBar->addWidget(insightsLabel);
    insightBar->addStretch(1);
    insightBar->addWidget(newInsight);
    insightBar->addWidget(m_deleteInsightButton);
    m_insightProxy->setSourceModel(m_insightModel);
    m_insightProxy->setSortRole(InsightTableModel::SortRole);
    m_insightTable = new QTableView(insights);
    m_insightTable->setObjectName(QStringLiteral("insightTable"));
    m_insightTable->setAccessibleName(tr("Insight list"));
    m_insightTable->setModel(m_insightProxy);
    m_insightTable->setSortingEnabled(true);
    m_insightTable->sortByColumn(-1, Qt::AscendingOrder);
    m_insightTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_insightTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_insightTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_insightTable->setWordWrap(false);
    m_insightTable->verticalHeader()->hide();
    m_insightTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_insightTable->horizontalHeader()->setSectionResizeMode(InsightTableModel::Title, QHeaderView::Stretch);
    m_insightTable->horizontalHeader()->setSectionResizeMode(InsightTableModel::Summary,
                                                             QHeaderView::Stretch);
    insightsLabel->setBuddy(m_insightTable);
    insightsLayout->addLayout(insightBar);
    insightsLayout->addWidget(m_insightTable, 1);

    auto* lists = new QSplitter(Qt::Vertical, this);
    lists->addWidget(personas);
    lists->addWidget(insights);
    lists->setChildrenCollapsible(false);

    // The chosen persona or insight: its form and the stories it supports.
    auto* details = new QWidget(this);
    auto* detailsLayout = new QVBoxLayout(details);
    m_forms = new QStackedWidget(details);
    auto* hint = new QLabel(tr("Choose a persona card or an insight to edit it and see the stories it "
                               "supports."),
                            m_forms);
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_personaForm = new PersonaForm(document, m_forms);
    m_insightForm = new InsightForm(document, m_forms);
    m_forms->addWidget(hint);
    m_forms->addWidget(m_personaForm);
    m_forms->addWidget(m_insightForm);
    m_linkedLabel = new QLabel(tr("Lin&ked stories:"), details);
    m_linked = new QListWidget(details);
    m_linked->setObjectName(QStringLiteral("linkedStories"));
    m_linked->setAccessibleName(tr("Stories it supports"));
    m_linked->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_linkedLabel->setBuddy(m_linked);
    auto* linkBar = new QHBoxLayout;
    m_linkButton =
        button(tr("&Link stories…"), tr("Link stories"), QStringLiteral("linkStoriesButton"), details);
    m_unlinkButton =
        button(tr("&Unlink"), tr("Unlink chosen stories"), QStringLiteral("unlinkButton"), details);
    linkBar->addWidget(m_linkButton);
    linkBar->addWidget(m_unlinkButton);
    linkBar->addStretch(1);
    m_problem = new ValidationLabel(details);
    detailsLayout->addWidget(m_forms);
    detailsLayout->addWidget(m_linkedLabel);
    detailsLayout->addWidget(m_linked, 1);
    detailsLayout->addLayout(linkBar);
    detailsLayout->addWidget(m_problem);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Persona or insight details"));

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(lists);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({830, 570});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    setTabOrder(newPersona, m_deletePersonaButton);
    setTabOrder(m_deletePersonaButton, m_personaList);
    setTabOrder(m_personaList, newInsight);
    setTabOrder(newInsight, m_deleteInsightButton);
    setTabOrder(m_deleteInsightButton, m_insightTable);
    setTabOrder(m_insightTable, m_forms);
    setTabOrder(m_insightForm, m_linked);
    setTabOrder(m_personaForm, m_linked);
    setTabOrder(m_linked, m_linkButton);
    setTabOrder(m_linkButton, m_unlinkButton);

    connect(newPersona, &QPushButton::clicked, this, [this] { addPersona(); });
    connect(newInsight, &QPushButton::clicked, this, [this] { addInsight(); });
    connect(m_deletePersonaButton, &QPushButton::clicked, this, [this] {
        if (m_subject == Subject::Persona)
            deleteSubject();
    });
    connect(m_deleteInsightButton, &QPushButton::clicked, this, [this] {
        if (m_subject == Subject::Insight)
            deleteSubject();
    });
    connect(m_linkButton, &QPushButton::clicked, this, [this] { chooseAndLinkStories(); });
    connect(m_unlinkButton, &QPushButton::clicked, this, [this] { unlinkSelected(); });
    addDeleteKey(m_personaList, [this] {
        if (m_subject == Subject::Persona)
            deleteSubject();
    });
    addDeleteKey(m_insightTable, [this] {
        if (m_subject == Subject::Insight)
            deleteSubject();
    });
    addDeleteKey(m_linked, [this] { unlinkSelected(); });

    connect(m_personaList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    setSubject(Subject::Persona, current.data(PersonaListModel::IdRole).toLongLong());
            });
    connect(m_personaList, &QListView::clicked, this, [this](const QModelIndex& index) {
        setSubject(Subject::Persona, index.data(PersonaListModel::IdRole).toLongLong());
    });
    connect(m_insightTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    setSubject(Subject::Insight, current.data(InsightTableModel::IdRole).toLongLong());
            });
    connect(m_insightTable, &QTableView::clicked, this, [this](const QModelIndex& index) {
        setSubject(Subject::Insight, index.data(InsightTableModel::IdRole).toLongLong());
    });
    connect(m_linked, &QListWidget::itemSelectionChanged, this,
            [this] { m_unlinkButton->setEnabled(!m_linked->selectedItems().isEmpty()); });

    // What the subject links to changes with story edits (from the story editor too) and deletes.
    connect(&m_document, &Document::storiesChanged, this, &ResearchView::refreshLinked);
    connect(&m_document, &Document::storiesRemoved, this, &ResearchView::refreshLinked);
    connect(&m_document, &Document::storiesAdded, this, &ResearchView::refreshLinked);
    connect(&m_document, &Document::researchChanged, this, [this] {
        // The subject may have been deleted (or brought back by undo).
        setSubject(m_subject, m_subjectId);
    });
    connect(&m_document, &Document::reset, this, [this] { setSubject(Subject::None, 0); });
    setSubject(Subject::None, 0);
}

ResearchView::~ResearchView() = default;

void ResearchView::setSubject(Subject subject, qint64 id) {
    const bool exists = (subject == Subject::Persona && m_document.findPersona(id)) ||
                        (subject == Subject::Insight && m_document.findInsight(id));
    if (!exists) {
        subject = Subject::None;
        id = 0;
    }
    m_subject = subject;
    m_subjectId = id;
    if (m_personaForm->personaId() != (subject == Subject::Persona ? id : 0))
        m_personaForm->setPersona(subject == Subject::Persona ? id : 0);
    if (m_insightForm->insightId() != (subject == Subject::Insight ? id : 0))
        m_insightForm->setInsight(subject == Subject::Insight ? id : 0);
    m_forms->setCurrentIndex(subject == Subject::Persona ? 1 : subject == Subject::Insight ? 2 : 0);
    m_deletePersonaButton->setEnabled(subject == Subject::Persona);
    m_deleteInsightButton->setEnabled(subject == Subject::Insight);
    if (subject == Subject::Persona)
        m_linkedLabel->setText(
            tr("Stories %1 supports (lin&ked):").arg(qs(m_document.findPersona(id)->name)));
    else if (subject == Subject::Insight)
        m_linkedLabel->setText(tr("Stories this insight supports (lin&ked):"));
    else
        m_linkedLabel->setText(tr("Lin&ked stories:"));
    refreshLinked();
}

QList<qint64> ResearchView::linkedStoryIds() const {
    switch (m_subject) {
    case Subject::Persona:
        return m_document.storiesOfPersona(m_subjectId);
    case Subject::Insight:
        return m_document.storiesOfInsight(m_subjectId);
    default:
        return {};
    }
}

void ResearchView::refreshLinked() {
    const QList<qint64> ids = linkedStoryIds();
    QList<qint64> selected;
    for (const QListWidgetItem* item : m_linked->selectedItems())
        selected.append(item->data(Qt::UserRole).toLongLong());
    m_linked->clear();
    const Workspace& ws = m_document.workspace();
    for (qint64 id : ids) {
        const Story* s = ws.findStory(id);
        if (!s)
            continue;
        auto* item = new QListWidgetItem(qs(s->key) + QLatin1Char(' ') + qs(s->title), m_linked);
        item->setData(Qt::UserRole, qlonglong{id});
        item->setSelected(selected.contains(id));
    }
    if (ids.isEmpty() && m_subject != Subject::None)
        m_linked->setAccessibleDescription(tr("No stories linked yet. Use Link stories to add some."));
    else
        m_linked->setAccessibleDescription({});
    m_linked->setEnabled(m_subject != Subject::None);
    m_linkButton->setEnabled(m_subject != Subject::None);
    m_unlinkButton->setEnabled(!m_linked->selectedItems().isEmpty());
}

void ResearchView::showResult(bool ok) {
    m_problem->showMessage(ok ? QString() : m_document.errorString());
}

void ResearchView::selectPersona(qint64 personaId) {
    const int row = m_personaModel->rowOf(personaId);
    if (row < 0)
        return;
    m_personaList->setCurrentIndex(m_personaModel->index(row));
    setSubject(Subject::Persona, personaId);
}

void ResearchView::selectInsight(qint64 insightId) {
    const int row = m_insightModel->rowOf(insightId);
    if (row < 0)
        return;
    m_insightTable->setCurrentIndex(m_insightProxy->mapFromSource(m_insightModel->index(row, 0)));
    setSubject(Subject::Insight, insightId);
}

qint64 ResearchView::addPersona() {
    Persona draft;
    draft.name = tr("New persona").toStdString();
    const qint64 id = m_document.addPersona(draft);
    showResult(id != 0);
    if (id != 0) {
        selectPersona(id);
        m_personaForm->focusName();
    }
    return id;
}

qint64 ResearchView::addInsight() {
    Insight draft;
    draft.title = tr("New insight").toStdString();
    const qint64 id = m_document.addInsight(draft);
    showResult(id != 0);
    if (id != 0) {
        selectInsight(id);
        m_insightForm->focusTitle();
    }
    return id;
}

bool ResearchView::deleteSubject() {
    bool ok = false;
    if (m_subject == Subject::Persona)
        ok = m_document.deletePersona(m_subjectId);
    else if (m_subject == Subject::Insight)
        ok = m_document.deleteInsight(m_subjectId);
    else
        return false;
    showResult(ok);
    return ok;
}

bool ResearchView::linkStories(const QList<qint64>& storyIds) {
    if (storyIds.isEmpty() || m_subject == Subject::None)
        return false;
    const bool ok = m_subject == Subject::Persona ? m_document.linkPersona(m_subjectId, storyIds, true)
                                                  : m_document.linkInsight(m_subjectId, storyIds, true);
    showResult(ok);
    return ok;
}

bool ResearchView::chooseAndLinkStories() {
    if (m_subject == Subject::None)
        return false;
    const QList<qint64> linked = linkedStoryIds();
    QList<qint64> chosen;
    if (m_chooser) {
        chosen = m_chooser(linked);
    } else {
        const QString name = m_subject == Subject::Persona ? qs(m_document.findPersona(m_subjectId)->name)
                                                           : qs(m_document.findInsight(m_subjectId)->title);
        chosen = StoryPicker::pick(m_document, this, tr("Link Stories to %1").arg(name), linked);
    }
    return linkStories(chosen);
}

bool ResearchView::unlinkSelected() {
    QList<qint64> ids;
    for (const QListWidgetItem* item : m_linked->selectedItems())
        ids.append(item->data(Qt::UserRole).toLongLong());
    if (ids.isEmpty() || m_subject == Subject::None)
        return false;
    const bool ok = m_subject == Subject::Persona ? m_document.linkPersona(m_subjectId, ids, false)
                                                  : m_document.linkInsight(m_subjectId, ids, false);
    showResult(ok);
    return ok;
}

void ResearchView::selectLinked(const QList<qint64>& storyIds) {
    for (int i = 0; i < m_linked->count(); ++i) {
        QListWidgetItem* item = m_linked->item(i);
        item->setSelected(storyIds.contains(item->data(Qt::UserRole).toLongLong()));
    }
}

} // namespace storyloom
