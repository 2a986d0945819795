#pragma once

#include "Epic.h"
#include "Insight.h"
#include "Persona.h"
#include "Release.h"
#include "Story.h"
#include "Theme.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace storyloom {

/// Everything in one workspace file, held in memory. Entities keep the order they were loaded in;
/// use storiesInRankOrder() for the manual backlog order.
struct Workspace {
    std::string productName;
    std::string projectKey; ///< Jira project key, e.g. "SHOP"
    /// Free-form workspace settings (scoring framework, weights, readiness rules, ...), by dotted name.
    std::map<std::string, std::string> settings;
    /// The number the next epic or story key gets. Only ever grows: keys are never reused.
    long long nextKeyNumber = 1;

    std::vector<Theme> themes;
    std::vector<Release> releases;
    std::vector<Persona> personas;
    std::vector<Insight> insights;
    std::vector<Epic> epics;
    std::vector<Story> stories;

    /// "SHOP-42" for the next free number, and advances nextKeyNumber.
    std::string allocateKey();

    const Story* findStory(std::string_view key) const;
    Story* findStory(std::string_view key);
    const Story* findStory(Id id) const;
    const Epic* findEpic(std::string_view key) const;
    const Epic* findEpic(Id id) const;

    /// Stories ordered by manual rank, ties by key number.
    std::vector<const Story*> storiesInRankOrder() const;

    bool operator==(const Workspace&) const = default;
};

/// One broken invariant: where (an entity key or a field) and what is wrong, in a user's words.
struct Problem {
    std::string where;
    std::string message;
};

/// Jira's rule: 2 to 10 characters, an upper-case letter first, then upper-case letters, digits or _.
bool isValidProjectKey(std::string_view key);
/// "#RRGGBB"
bool isValidColour(std::string_view colour);
/// The number in "SHOP-42" (0 when the key is not PROJECT-N).
long long keyNumber(std::string_view key);

std::vector<Problem> validate(const Story& story);
std::vector<Problem> validate(const Epic& epic);
/// Every invariant of the workspace: valid fields, unique keys and ids, references that resolve,
/// keys below nextKeyNumber, no story blocking itself.
std::vector<Problem> validate(const Workspace& workspace);

} // namespace storyloom
