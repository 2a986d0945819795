#include "RoadmapLayoutOptions.h"

#include "roadmap/RoadmapSpec.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace storyloom {
namespace {

QString qs(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

/// A drop-down of an enum's values, each item's data its stable id ("months", "epics", ...).
template <typename Enum>
QComboBox* enumCombo(std::initializer_list<Enum> values, const QString& name, const QString& objectName,
                     QWidget* parent) {
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setAccessibleName(name);
    for (Enum v : values)
        combo->addItem(qs(roadmap::label(v)), qs(roadmap::toId(v)));
    return combo;
}

template <typename Enum> void select(QComboBox* combo, Enum value) {
    const QSignalBlocker blocker(combo);
    combo->setCurrentIndex(combo->findData(qs(roadmap::toId(value))));
}

QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

RoadmapLayoutOptions::RoadmapLayoutOptions(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("layoutOptions"));
    using namespace roadmap;
    m_scale = enumCombo({TimeScale::Months, TimeScale::Quarters}, tr("Timeline scale"),
                        QStringLiteral("scaleCombo"), this);
    m_scale->setToolTip(tr("Show the timeline by month or by quarter"));
    m_subject = enumCombo({MatrixSubject::Epics, MatrixSubject::Stories}, tr("Matrix bubbles"),
                          QStringLiteral("bubbleSubjectCombo"), this);
    m_subject->setToolTip(tr("Plot each epic or each story by its value and effort"));
    m_size = enumCombo({BubbleSize::Points, BubbleSize::Reach}, tr("Bubble size"),
                       QStringLiteral("bubbleSizeCombo"), this);
    m_size->setToolTip(tr("Size each bubble by its story points or its reach"));
    m_scaleLabel = buddyLabel(tr("Scal&e:"), m_scale, this);
    m_subjectLabel = buddyLabel(tr("Bubbles s&how:"), m_subject, this);
    m_sizeLabel = buddyLabel(tr("Si&ze by:"), m_size, this);
    m_scores = new QCheckBox(tr("Sho&w scores"), this);
    m_scores->setObjectName(QStringLiteral("showScoresCheck"));
    m_scores->setAccessibleName(tr("Show scores"));
    m_scores->setToolTip(tr("Print scores on cards and bubbles; the team audience shows them by default, "
                            "the executive audience hides them"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget* w : std::initializer_list<QWidget*>{m_scaleLabel, m_scale, m_subjectLabel, m_subject,
                                                      m_sizeLabel, m_size, m_scores})
        layout->addWidget(w);

    for (QComboBox* combo : {m_scale, m_subject, m_size})
        connect(combo, &QComboBox::currentIndexChanged, this, &RoadmapLayoutOptions::changed);
    connect(m_scores, &QCheckBox::toggled, this, &RoadmapLayoutOptions::changed);
}

void RoadmapLayoutOptions::showSpec(const roadmap::RoadmapSpec& spec) {
    using roadmap::Layout;
    select(m_scale, spec.scale);
    select(m_subject, spec.matrixSubject);
    select(m_size, spec.bubbleSize);
    {
        const QSignalBlocker blocker(m_scores);
        m_scores->setChecked(spec.scoresShown());
    }
    const bool timeline = spec.layout == Layout::Timeline;
    const bool matrix = spec.layout == Layout::Matrix;
    m_scaleLabel->setVisible(timeline);
    m_scale->setVisible(timeline);
    for (QWidget* w : std::initializer_list<QWidget*>{m_subjectLabel, m_subject, m_sizeLabel, m_size})
        w->setVisible(matrix);
    // The timeline prints no scores.
    m_scores->setVisible(!timeline);
}

void RoadmapLayoutOptions::applyTo(roadmap::RoadmapSpec& spec) const {
    using namespace roadmap;
    const TimeScale scale =
        parseTimeScale(m_scale->currentData().toString().toStdString()).value_or(TimeScale::Months);
    if (scale != spec.scale) {
        spec.scale = scale;
        spec.pxPerDay.reset(); // the new scale's own zoom
    }
    spec.matrixSubject =
        parseMatrixSubject(m_subject->currentData().toString().toStdString()).value_or(MatrixSubject::Epics);
    spec.bubbleSize =
        parseBubbleSize(m_size->currentData().toString().toStdString()).value_or(BubbleSize::Points);
    // Only a choice that differs from the audience's default is kept, so switching the audience
    // later still changes what is shown.
    const bool byAudience = spec.audience == Audience::Team;
    if (m_scores->isChecked() != spec.scoresShown())
        spec.showScores =
            m_scores->isChecked() == byAudience ? std::nullopt : std::optional<bool>(m_scores->isChecked());
}

} // namespace storyloom
