#pragma once

#include "Random.h"
#include "domain/AcceptanceCriterion.h"
#include "domain/Insight.h"
#include "domain/Persona.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace storyloom {

/// The words one story is built around, kept so its criteria talk about the same thing as its title.
struct StoryText {
    std::string area;
    std::string verb;
    std::string object;
    std::string qualifier;
    std::string title;
    std::string asA;
    std::string iWant;
    std::string soThat;
    std::string description;
};

/// Writes the product owner's text of a generated workspace (titles, user-story parts, descriptions,
/// acceptance criteria, personas, insights) from the shared Vocabulary, drawing only from `random`
/// so the text is as deterministic as the seed.
class BacklogWriter {
public:
    explicit BacklogWriter(Random& random) : m_random(random) {}

    /// "Checkout: fewer support calls"; a repeated pair gets " (phase 2)", " (phase 3)", ...
    std::string epicTitle(const std::string& area);
    std::string epicDescription(const std::string& area);

    StoryText story(const std::string& area);
    /// `count` criteria: a mix of free text and Given/When/Then, with one accessibility criterion
    /// carrying a WCAG reference when `accessibility` is set. Ids are left at 0.
    std::vector<AcceptanceCriterion> criteria(const StoryText& story, int count, bool accessibility);

    /// Persona number `index` (names are unique within the first Vocabulary::personaNames entries).
    Persona persona(std::size_t index);
    /// An insight without id or date.
    Insight insight();

private:
    std::string fill(std::string_view pattern, const StoryText& story) const;
    AcceptanceCriterion functional(const StoryText& story);
    AcceptanceCriterion accessibilityCriterion(const StoryText& story);

    Random& m_random;
    std::map<std::string, int> m_epicTitleUses;
};

} // namespace storyloom
