#pragma once

#include "domain/Enums.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace storyloom {
struct Workspace;
}

namespace storyloom::jira {

/// Which Jira deployment a profile targets. It decides the REST flavour (Cloud: v3 with ADF and
/// `parent`; Data Center: v2 with wiki markup and the Epic Link field) and the CSV epic columns
/// (Cloud: `Parent`; Data Center: `Epic Name` / `Epic Link`).
enum class Site { Cloud, DataCenter };

/// How the JSON importer file ties a story to its epic: the Epic Name / Epic Link custom fields, or a
/// "sub-task-link" parent relation for projects without Epic Link (see docs/jira-export.md).
enum class EpicLinking { EpicLink, Parent };

/// Where acceptance criteria go: a section of the description, or a custom field of their own.
enum class CriteriaLocation { Description, CustomField };

/// What to do with a label containing spaces, which Jira rejects.
enum class LabelSpaces { Error, Hyphenate };

/// How Storyloom fields map onto one Jira site. Saved in the workspace settings (`jira.profiles`, a
/// JSON array; `jira.profile`, the active profile's name).
struct Profile {
    std::string name;
    Site site = Site::Cloud;
    EpicLinking epicLinking = EpicLinking::EpicLink;
    std::string epicType = "Epic";
    std::string storyType = "Story";
    std::string storyPointsField = "Story Points";        ///< the field's name (JSON file, CSV header)
    std::string storyPointsFieldId = "customfield_10016"; ///< the field's id (REST)
    std::string epicLinkFieldId = "customfield_10014";    ///< Data Center REST only
    std::string epicNameFieldId = "customfield_10011";    ///< Data Center REST only
    CriteriaLocation criteriaLocation = CriteriaLocation::Description;
    std::string criteriaField;   ///< name of the custom field, when criteriaLocation is CustomField
    std::string criteriaFieldId; ///< its id (REST)
    /// Storyloom status -> Jira status name. Empty: statuses are not exported.
    std::map<StoryStatus, std::string> statuses;
    /// MoSCoW -> Jira priority name. A value missing here exports no priority.
    std::map<Moscow, std::string> priorities;
    LabelSpaces labelSpaces = LabelSpaces::Error;

    bool exportsStatuses() const { return !statuses.empty(); }
    bool operator==(const Profile&) const = default;
};

inline constexpr std::string_view kProfilesSetting = "jira.profiles";
inline constexpr std::string_view kActiveProfileSetting = "jira.profile";
inline constexpr std::string_view kCloudCompanyManaged = "Jira Cloud (company-managed)";
inline constexpr std::string_view kCloudTeamManaged = "Jira Cloud (team-managed)";
inline constexpr std::string_view kDataCenter = "Jira Data Center";

/// The three built-in profiles, in the order above.
std::vector<Profile> presets();

/// The profiles as the JSON text stored in `jira.profiles`.
std::string profilesToJson(const std::vector<Profile>& profiles);
/// Parses `jira.profiles`. Members left out keep the defaults of Profile{}. Throws ExchangeError naming
/// the profile and the field for anything else that is wrong.
std::vector<Profile> profilesFromJson(std::string_view text);

/// The presets plus the workspace's saved profiles (a saved profile replaces a preset of the same
/// name). Throws ExchangeError when `jira.profiles` cannot be read.
std::vector<Profile> availableProfiles(const Workspace& workspace);
/// The profile called `name`, or (no name) the workspace's active profile, or the first preset.
/// Throws ExchangeError listing the available names when there is no such profile.
Profile findProfile(const Workspace& workspace, const std::optional<std::string>& name);
/// Stores `profiles` in `jira.profiles` and makes `activeName` the active profile (`jira.profile`).
void saveProfiles(Workspace& workspace, const std::vector<Profile>& profiles, const std::string& activeName);

} // namespace storyloom::jira
