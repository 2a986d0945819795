#pragma once

#include "domain/Ids.h"
#include "domain/Workspace.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace storyloom::test {

/// What the crash writer controls of one story, and so what the crash-safety test can verify.
struct StoryState {
    std::string title;
    std::string description;
    std::optional<int> points;
    std::vector<std::string> criteria; ///< criterion texts in order
    std::string rank;
    bool operator==(const StoryState&) const = default;
};

/// The expected content of the workspace: story id -> state.
using StoryModel = std::map<Id, StoryState>;

/// One edit read from the crash writer's output (see CrashWriter.cpp for the line format).
struct Edit {
    enum class Op { Add, Update, Rank, Delete };
    long long seq = 0;
    Op op = Op::Add;
    Id id = 0;        ///< for Add: known only once committed
    StoryState state; ///< Add and Update: the new fields; Rank: only rank is used
};

/// The writer's output up to the moment it was killed. Only complete lines count.
struct EditLog {
    std::vector<Edit> committed; ///< edits whose OK line was printed, in order
    std::optional<Edit> pending; ///< the edit started (TRY) but not reported: it may or may not have landed
};

/// Parses the writer's output; throws std::runtime_error on a line that does not follow the protocol.
EditLog parseEditLog(const std::string& text);

/// Applies one edit to the model as the store should have.
void applyEdit(StoryModel& model, const Edit& edit);

/// The model of what is in `workspace`.
StoryModel modelOf(const Workspace& workspace);

/// Empty when `actual` is `expected`, or `expected` with `pending` applied (an added story's id and
/// rank are then whatever the store gave it). Otherwise a description of the first difference.
std::string compareModels(const StoryModel& expected, const StoryModel& actual,
                          const std::optional<Edit>& pending);

} // namespace storyloom::test
