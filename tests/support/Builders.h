#pragma once

#include "domain/Workspace.h"

namespace storyloom::test {

/// A small, valid workspace that uses every entity and every field at least once:
/// project "SHOP", 2 themes, 2 releases, 2 personas, 3 insights, 2 epics, 5 stories (SHOP-3..SHOP-7)
/// with free-text, Given/When/Then and accessibility criteria, labels, links, scoring inputs and
/// settings. Ids start at 1 per entity type.
Workspace sampleWorkspace();

/// Text that has broken naive storage and exporters before: quotes, SQL fragments, emoji,
/// right-to-left script, control characters other than NUL, markup.
const std::vector<std::string>& hostileStrings();

} // namespace storyloom::test
