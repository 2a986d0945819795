#include "InsightForm.h"

#include "ui_ResearchInsightForm.h"

#include "InsightTableModel.h"
#include "app/Document.h"
#include "domain/Workspace.h"

namespace storyloom {
namespace {

QString qs(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

} // namespace

InsightForm::InsightForm(Document& document, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::InsightForm>()), m_document(document) {
    m_ui->setupUi(this);
    for (auto s : {InsightSource::Interview, InsightSource::UsabilityTest, InsightSource::Analytics,
                   InsightSource::Survey, InsightSource::SupportTicket, InsightSource::AbTest})
        m_ui->sourceCombo->addItem(qs(label(s)), static_cast<int>(s));
    connect(m_ui->titleEdit, &QLineEdit::textEdited, this, [this] { commit(QStringLiteral("title")); });
    connect(m_ui->summaryEdit, &QPlainTextEdit::textChanged, this,
            [this] { commit(QStringLiteral("summary")); });
    connect(m_ui->sourceCombo, &QComboBox::currentIndexChanged, this, [this] { commit({}); });
    connect(m_ui->dateCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->dateEdit->setEnabled(on);
        commit({});
    });
    connect(m_ui->dateEdit, &QDateEdit::dateChanged, this, [this] { commit(QStringLiteral("date")); });
    connect(m_ui->strengthSpin, &QSpinBox::valueChanged, this, [this](int value) {
        m_ui->strengthText->setText(InsightTableModel::strengthText(value));
        commit(QStringLiteral("strength"));
    });
    connect(&m_document, &Document::researchChanged, this, [this] {
        if (!m_writing)
            load();
    });
    connect(&m_document, &Document::reset, this, [this] { setInsight(0); });
    load();
}

InsightForm::~InsightForm() = default;

void InsightForm::setInsight(qint64 insightId) {
    m_insightId = insightId;
    load();
}

QString InsightForm::problem() const {
    return m_ui->problemLabel->message();
}

void InsightForm::focusTitle() {
    m_ui->titleEdit->setFocus(Qt::OtherFocusReason);
    m_ui->titleEdit->selectAll();
}

void InsightForm::load() {
    m_loading = true;
    const Insight* i = m_insightId ? m_document.findInsight(m_insightId) : nullptr;
    if (!i)
        m_insightId = 0;
    setEnabled(i != nullptr);
    m_ui->problemLabel->showMessage({});
    const QString title = i ? qs(i->title) : QString();
    if (m_ui->titleEdit->text() != title)
        m_ui->titleEdit->setText(title);
    const QString summary = i ? qs(i->summary) : QString();
    if (m_ui->summaryEdit->toPlainText() != summary)
        m_ui->summaryEdit->setPlainText(summary);
    m_ui->sourceCombo->setCurrentIndex(i ? m_ui->sourceCombo->findData(static_cast<int>(i->source)) : 0);
    m_ui->dateCheck->setChecked(i && i->date);
    m_ui->dateEdit->setEnabled(i && i->date);
    m_ui->dateEdit->setDate(i && i->date ? QDate(i->date->year, i->date->month, i->date->day)
                                         : QDate::currentDate());
    m_ui->strengthSpin->setValue(i ? i->strength : 3);
    m_ui->strengthText->setText(InsightTableModel::strengthText(m_ui->strengthSpin->value()));
    m_loading = false;
}

void InsightForm::commit(const QString& mergeKey) {
    if (m_loading)
        return;
    const Insight* current = m_document.findInsight(m_insightId);
    if (!current)
        return;
    const QString title = m_ui->titleEdit->text().trimmed();
    if (title.isEmpty()) {
        m_ui->problemLabel->showMessage(
            tr("The title is empty. Type a title; until then the insight keeps its last one."));
        return;
    }
    Insight i = *current;
    i.title = title.toStdString();
    i.summary = m_ui->summaryEdit->toPlainText().toStdString();
    i.source = static_cast<InsightSource>(m_ui->sourceCombo->currentData().toInt());
    if (m_ui->dateCheck->isChecked()) {
        const QDate d = m_ui->dateEdit->date();
        i.date = Date{d.year(), d.month(), d.day()};
    } else {
        i.date.reset();
    }
    i.strength = m_ui->strengthSpin->value();
    m_writing = true;
    const bool ok = m_document.editInsight(i, mergeKey);
    m_writing = false;
    m_ui->problemLabel->showMessage(ok ? QString() : m_document.errorString());
}

} // namespace storyloom
