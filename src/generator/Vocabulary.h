#pragma once

#include <string>
#include <vector>

namespace storyloom {

/// A WCAG success criterion and an acceptance criterion that checks it ("{object}" is replaced by
/// the story's object).
struct WcagCriterion {
    std::string wcag;
    std::string text;
};

/// The word lists the generator draws from: an online grocery and retail product, written the way a
/// UX product owner writes a backlog. The placeholders {object}, {area}, {verb} and {qualifier}
/// are filled in by BacklogWriter.
struct Vocabulary {
    std::vector<std::string> areas;
    std::vector<std::string> epicFocus;
    std::vector<std::string> themes;
    std::vector<std::string> verbs;
    std::vector<std::string> objects;
    std::vector<std::string> qualifiers;
    std::vector<std::string> roles;
    std::vector<std::string> benefits;
    std::vector<std::string> problems;
    std::vector<std::string> notes;
    std::vector<std::string> functionalCriteria;
    std::vector<std::string> givens;
    std::vector<std::string> whens;
    std::vector<std::string> thens;
    std::vector<WcagCriterion> accessibilityCriteria;
    std::vector<std::string> performanceCriteria;
    std::vector<std::string> contentCriteria;
    std::vector<std::string> labels;
    std::vector<std::string> personaNames;
    std::vector<std::string> personaGoals;
    std::vector<std::string> personaFrustrations;
    std::vector<std::string> insightFindings;
    std::vector<std::string> insightEvidence;
    /// Theme and epic colours: ten distinct hues, each with at least 4.5:1 contrast against white, so
    /// white labels on a bar and the bar on a white page both read (WCAG 2 AA). Keep it at ten: the
    /// generator draws from it, and another size would change every workspace after that draw.
    std::vector<std::string> colours;
};

/// The one shared, immutable vocabulary.
const Vocabulary& vocabulary();

} // namespace storyloom
