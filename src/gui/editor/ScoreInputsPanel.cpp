#include "ScoreInputsPanel.h"

#include "EditorSupport.h"
#include "app/Document.h"
#include "domain/Workspace.h"
#include "scoring/Breakdown.h"
#include "scoring/NumberText.h"
#include "scoring/ScoringError.h"
#include "scoring/ScoringSettings.h"
#include "scoring/StoryField.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <cmath>

namespace storyloom {

using editor::qs;
using scoring::Framework;
using scoring::StoryField;

struct ScoreInputsPanel::Field {
    enum Kind { Number, Kano, Scorecard };
    Kind kind = Number;
    QString id;   ///< merge key and field() id
    QString name; ///< in messages: "Impact"
    StoryField storyField = StoryField::Reach;
    bool functional = true; ///< Kano: the functional (true) or dysfunctional question
    scoring::ScorecardCriterion criterion;
    QLineEdit* edit = nullptr;
    QComboBox* combo = nullptr;
};

namespace {

struct InputText {
    StoryField field;
    const char* name;  ///< in messages
    const char* label; ///< on the form, with a mnemonic
};

constexpr InputText kInputs[] = {
    {StoryField::Reach, "Reach", "&Reach (per quarter)"},
    {StoryField::Impact, "Impact", "&Impact (3, 2, 1, 0.5, 0.25)"},
    {StoryField::Confidence, "Confidence", "Con&fidence (%)"},
    {StoryField::Effort, "Effort", "Effor&t (person-months)"},
    {StoryField::IceImpact, "ICE impact", "&Impact (1–10)"},
    {StoryField::IceConfidence, "ICE confidence", "Con&fidence (1–10)"},
    {StoryField::IceEase, "Ease", "Ea&se (1–10)"},
    {StoryField::BusinessValue, "Business value", "&Business value"},
    {StoryField::TimeCriticality, "Time criticality", "Time &criticality"},
    {StoryField::RiskReduction, "Risk reduction", "Risk reduction / &opportunity"},
    {StoryField::JobSize, "Job size", "&Job size"},
    {StoryField::Value, "Value", "&Value (1–10)"},
    {StoryField::ValueEffort, "Effort", "Effor&t (1–10)"},
};

const InputText& inputText(StoryField field) {
    for (const auto& t : kInputs)
        if (t.field == field)
            return t;
    return kInputs[0];
}

std::vector<StoryField> numberFields(Framework framework) {
    switch (framework) {
    case Framework::Rice:
        return {StoryField::Reach, StoryField::Impact, StoryField::Confidence, StoryField::Effort};
    case Framework::Ice:
        return {StoryField::IceImpact, StoryField::IceConfidence, StoryField::IceEase};
    case Framework::Wsjf:
        return {StoryField::BusinessValue, StoryField::TimeCriticality, StoryField::RiskReduction,
                StoryField::JobSize};
    case Framework::ValueEffort:
        return {StoryField::Value, StoryField::ValueEffort};
    case Framework::Formula: {
        std::vector<StoryField> all;
        for (const auto& t : kInputs)
            all.push_back(t.field);
        return all;
    }
    case Framework::Moscow:
    case Framework::Kano:
    case Framework::Scorecard:
        break;
    }
    return {};
}

scoring::ScoringSettings settingsOf(const Document& document) {
    try {
        return scoring::ScoringSettings::fromSettings(document.workspace().settings);
    } catch (const scoring::ScoringError&) {
        return {}; // the ranking falls back to the defaults too (Document::scoringSettingsError)
    }
}

QString number(double v) {
    return qs(scoring::formatNumber(v));
}

QString rounded(double v) {
    return qs(scoring::formatRounded(v));
}

void assign(Story& s, StoryField field, std::optional<double> value) {
    if (value) {
        scoring::setFieldValue(s, field, *value);
        return;
    }
    ScoringInputs& in = s.inputs;
    switch (field) {
    case StoryField::Reach:
        in.reach.reset();
        break;
    case StoryField::Impact:
        in.impact.reset();
        break;
    case StoryField::Confidence:
        in.confidence.reset();
        break;
    case StoryField::Effort:
        in.effort.reset();
        break;
    case StoryField::IceImpact:
        in.iceImpact.reset();
        break;
    case StoryField::IceConfidence:
        in.iceConfidence.reset();
        break;
    case StoryField::IceEase:
        in.iceEase.reset();
        break;
    case StoryField::BusinessValue:
        in.businessValue.reset();
        break;
    case StoryField::TimeCriticality:
        in.timeCriticality.reset();
        break;
    case StoryField::RiskReduction:
        in.riskReduction.reset();
        break;
    case StoryField::JobSize:
        in.jobSize.reset();
        break;
    case StoryField::Value:
        in.value.reset();
        break;
    case StoryField::ValueEffort:
        in.valueEffort.reset();
        break;
    case StoryField::Points:
        s.points.reset();
        break;
    }
}

/// Why `value` is not acceptable for a field on [min, max] (or one of `steps`), empty when it is.
QString rangeProblem(const QString& name, double value, double min, double max,
                     std::span<const double> steps) {
    if (!steps.empty()) {
        for (double s : steps)
            if (s == value)
                return {};
        QStringList list;
        for (double s : steps)
            list << number(s);
        return ScoreInputsPanel::tr("%1 must be one of %2.").arg(name, list.join(QStringLiteral(", ")));
    }
    if (value >= min && value <= max)
        return {};
    if (std::isinf(max))
        return ScoreInputsPanel::tr("%1 must be at least %2.").arg(name, number(min));
    return ScoreInputsPanel::tr("%1 must be between %2 and %3.").arg(name, number(min), number(max));
}

} // namespace

ScoreInputsPanel::ScoreInputsPanel(Document& document, ValidationMessages* messages, QWidget* parent)
    : QWidget(parent), m_document(document), m_messages(messages) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(m_form);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Score"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    m_terms = new QLabel(this);
    m_terms->setWordWrap(true);
    m_terms->setTextFormat(Qt::PlainText);
    m_terms->setAccessibleName(tr("Score terms"));
    m_terms->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_terms);
}

ScoreInputsPanel::~ScoreInputsPanel() = default;

void ScoreInputsPanel::setStory(qint64 storyId) {
    m_storyId = storyId;
    for (const auto& f : m_fields)
        m_messages->set(f->id, {});
    refresh();
}

void ScoreInputsPanel::rebuildFields() {
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_fields.clear();
    const scoring::ScoringSettings settings = settingsOf(m_document);
    std::vector<StoryField> numbers = numberFields(settings.framework);
    if (settings.framework == Framework::Moscow && settings.moscowTieBreak)
        numbers = numberFields(*settings.moscowTieBreak);
    if (settings.framework == Framework::Kano && settings.kano.base)
        numbers = numberFields(*settings.kano.base);

    const auto addRow = [&](std::unique_ptr<Field> f, const QString& labelText, QWidget* widget) {
        widget->setAccessibleName(f->name);
        auto* label = new QLabel(labelText, this);
        label->setBuddy(widget);
        m_form->addRow(label, widget);
        m_fields.push_back(std::move(f));
    };
    if (settings.framework == Framework::Kano) {
        for (bool functional : {true, false}) {
            auto f = std::make_unique<Field>();
            f->kind = Field::Kano;
            f->functional = functional;
            f->id = functional ? QStringLiteral("kanoFunctional") : QStringLiteral("kanoDysfunctional");
            f->name = functional ? tr("Kano: if the story is done") : tr("Kano: if the story is not done");
            f->combo = new QComboBox(this);
            f->combo->addItem(tr("Not answered"), -1);
            for (auto a : {KanoAnswer::Like, KanoAnswer::Expect, KanoAnswer::Neutral, KanoAnswer::Tolerate,
                           KanoAnswer::Dislike})
                f->combo->addItem(qs(std::string(label(a))), static_cast<int>(a));
            Field* raw = f.get();
            connect(f->combo, &QComboBox::activated, this,
                    [this, raw](int index) { kanoChosen(*raw, index); });
            const QString text = functional ? tr("If &done, users feel") : tr("If &missing, users feel");
            addRow(std::move(f), text, raw->combo);
        }
    }
    for (StoryField sf : numbers) {
        auto f = std::make_unique<Field>();
        f->storyField = sf;
        f->id = qs(std::string(scoring::toId(sf)));
        f->name = tr(inputText(sf).name);
        f->edit = new QLineEdit(this);
        Field* raw = f.get();
        connect(f->edit, &QLineEdit::textEdited, this,
                [this, raw](const QString& t) { numberEdited(*raw, t); });
        addRow(std::move(f), tr(inputText(sf).label), raw->edit);
    }
    if (settings.framework == Framework::Scorecard) {
        for (const auto& c : settings.scorecard) {
            auto f = std::make_unique<Field>();
            f->kind = Field::Scorecard;
            f->criterion = c;
            f->id = QStringLiteral("scorecard:") + qs(c.name);
            f->name = qs(c.name);
            f->edit = new QLineEdit(this);
            f->edit->setPlaceholderText(tr("%1 to %2").arg(number(c.min), number(c.max)));
            Field* raw = f.get();
            connect(f->edit, &QLineEdit::textEdited, this,
                    [this, raw](const QString& t) { numberEdited(*raw, t); });
            addRow(std::move(f), QStringLiteral("&") + qs(c.name), raw->edit);
        }
    }
}

void ScoreInputsPanel::refresh() {
    const scoring::ScoringSettings settings = settingsOf(m_document);
    QString key = qs(std::string(scoring::toId(settings.framework)));
    if (settings.moscowTieBreak)
        key += QStringLiteral("|m:") + qs(std::string(scoring::toId(*settings.moscowTieBreak)));
    if (settings.kano.base)
        key += QStringLiteral("|k:") + qs(std::string(scoring::toId(*settings.kano.base)));
    for (const auto& c : settings.scorecard)
        key += QStringLiteral("|s:") + qs(scoring::formatCriterion(c)) + qs(c.name);
    if (key != m_frameworkKey) {
        m_frameworkKey = key;
        rebuildFields();
    }
    const Story* s = editor::storedStory(m_document, m_storyId);
    setEnabled(s != nullptr);
    if (!s)
        return;
    for (const auto& f : m_fields) {
        if (m_messages->has(f->id))
            continue; // text the product owner is still typing: not stored, not overwritten
        switch (f->kind) {
        case Field::Number:
        case Field::Scorecard: {
            std::optional<double> v;
            if (f->kind == Field::Number) {
                v = scoring::fieldValue(*s, f->storyField);
            } else if (const auto it = s->inputs.scorecard.find(f->criterion.name);
                       it != s->inputs.scorecard.end()) {
                v = it->second;
            }
            // "0.50" and "0.5" are the same value: leave what the product owner typed alone.
            const QString shown = f->edit->text().trimmed();
            const auto typed = shown.isEmpty() ? std::nullopt : scoring::parseNumber(shown.toStdString());
            if (typed != v || (shown.isEmpty() != !v))
                editor::setTextKeepingCursor(f->edit, v ? number(*v) : QString());
            break;
        }
        case Field::Kano: {
            const auto& answer = f->functional ? s->inputs.kanoFunctional : s->inputs.kanoDysfunctional;
            f->combo->setCurrentIndex(f->combo->findData(answer ? static_cast<int>(*answer) : -1));
            break;
        }
        }
    }
    showBreakdown();
}

void ScoreInputsPanel::numberEdited(const Field& field, const QString& text) {
    std::optional<double> value;
    if (!text.trimmed().isEmpty()) {
        value = scoring::parseNumber(text.toStdString());
        QString problem;
        if (!value)
            problem = tr("%1 must be a number, such as 2 or 0.5.").arg(field.name);
        else if (field.kind == Field::Scorecard)
            problem = rangeProblem(field.name, *value, field.criterion.min, field.criterion.max, {});
        else {
            const auto scale = scoring::fieldScale(field.storyField);
            problem = rangeProblem(field.name, *value, scale.min, scale.max, scale.steps);
        }
        if (!problem.isEmpty()) {
            m_messages->set(field.id, problem);
            return;
        }
    }
    m_messages->set(field.id, {});
    const bool ok = editor::editStory(
        m_document, m_storyId,
        [&](Story& s) {
            if (field.kind == Field::Scorecard) {
                if (value)
                    s.inputs.scorecard[field.criterion.name] = *value;
                else
                    s.inputs.scorecard.erase(field.criterion.name);
            } else {
                assign(s, field.storyField, value);
            }
        },
        field.id);
    if (!ok)
        storeFailed(field.id);
}

void ScoreInputsPanel::kanoChosen(const Field& field, int index) {
    const int v = field.combo->itemData(index).toInt();
    const std::optional<KanoAnswer> answer =
        v < 0 ? std::nullopt : std::optional<KanoAnswer>(static_cast<KanoAnswer>(v));
    const bool ok = editor::editStory(m_document, m_storyId, [&](Story& s) {
        (field.functional ? s.inputs.kanoFunctional : s.inputs.kanoDysfunctional) = answer;
    });
    if (!ok)
        storeFailed(field.id);
}

void ScoreInputsPanel::storeFailed(const QString& id) {
    m_messages->set(id, m_document.errorString().isEmpty()
                            ? tr("The change could not be saved: the story is no longer in the workspace.")
                            : m_document.errorString());
}

void ScoreInputsPanel::showBreakdown() {
    const Story* s = editor::storedStory(m_document, m_storyId);
    if (!s) {
        m_summary->clear();
        m_terms->clear();
        return;
    }
    const scoring::Breakdown b = m_document.explainDraft(*s);
    const QString framework = qs(std::string(scoring::label(b.framework)));
    if (!b.scored) {
        m_summary->setText(tr("Unscored under %1: %2.").arg(framework, qs(b.reason)));
        m_terms->clear();
        return;
    }
    QString summary = tr("%1 score: %2").arg(framework, rounded(b.total));
    if (!b.tierLabel.empty())
        summary += tr(" (%1)").arg(qs(b.tierLabel));
    m_summary->setText(summary);
    const QString op = b.combination == scoring::Combination::Product ? tr("multiplied") : tr("added");
    QStringList lines{tr("Terms, %1:").arg(op)};
    for (const auto& t : b.terms)
        lines << tr("%1: %2 → %3 × weight %4 = %5")
                     .arg(qs(t.name), rounded(t.input), rounded(t.factor), rounded(t.weight),
                          rounded(t.contribution));
    if (b.scale != 1)
        lines << tr("then × %1 (%2)").arg(rounded(b.scale), qs(b.scaleName));
    for (const auto& n : b.notes)
        lines << qs(n);
    m_terms->setText(lines.join(QLatin1Char('\n')));
}

QString ScoreInputsPanel::breakdownText() const {
    return m_summary->text() + QLatin1Char('\n') + m_terms->text();
}

QList<QWidget*> ScoreInputsPanel::fields() const {
    QList<QWidget*> out;
    for (const auto& f : m_fields)
        out << (f->edit ? static_cast<QWidget*>(f->edit) : static_cast<QWidget*>(f->combo));
    return out;
}

QWidget* ScoreInputsPanel::field(const QString& id) const {
    for (const auto& f : m_fields)
        if (f->id == id)
            return f->edit ? static_cast<QWidget*>(f->edit) : static_cast<QWidget*>(f->combo);
    return nullptr;
}

} // namespace storyloom
