#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;

namespace storyloom {

namespace roadmap {
struct RoadmapSpec;
} // namespace roadmap

// Roadmap headers are not included here: moc cannot parse the C++20 standard headers they pull in.

/// The options of the shown layout, in the Roadmap view's layout row: the timeline's scale (months or
/// quarters), what the matrix's bubbles are (epics or stories) and what sizes them (points or reach),
/// and whether scores are printed (the audience decides unless chosen here). Only the options of the
/// shown layout are visible. Each is a drop-down or check box with a mnemonic.
class RoadmapLayoutOptions : public QWidget {
    Q_OBJECT
public:
    explicit RoadmapLayoutOptions(QWidget* parent = nullptr);

    /// Shows `spec`'s options (without emitting changed()).
    void showSpec(const roadmap::RoadmapSpec& spec);
    /// Writes the chosen options into `spec`.
    void applyTo(roadmap::RoadmapSpec& spec) const;

signals:
    /// The user changed an option.
    void changed();

private:
    QLabel* m_scaleLabel;
    QComboBox* m_scale;
    QLabel* m_subjectLabel;
    QComboBox* m_subject;
    QLabel* m_sizeLabel;
    QComboBox* m_size;
    QCheckBox* m_scores;
};

} // namespace storyloom
