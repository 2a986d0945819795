#pragma once

#include "DocumentCommand.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace storyloom {

/// Setting (or removing, nullopt) workspace settings such as "scoring.framework".
class ChangeSettingsCommand : public DocumentCommand {
public:
    using Values = std::vector<std::pair<std::string, std::optional<std::string>>>;

    ChangeSettingsCommand(Document& document, Values before, Values after, const QString& text);

protected:
    void apply() override;
    void revert() override;

private:
    Values m_before;
    Values m_after;
};

} // namespace storyloom
