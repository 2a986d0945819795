#include "ExportTestSupport.h"

namespace storyloom::test {

Workspace generatedWorkspace(int epics, int storiesPerEpic, int orphans) {
    Workspace ws;
    ws.productName = "Bulk";
    ws.projectKey = "BULK";
    Id storyId = 1;
    const auto addStory = [&](std::optional<Id> epicId) {
        Story s;
        s.id = storyId++;
        s.key = ws.allocateKey();
        s.epicId = epicId;
        s.title = "Story " + s.key;
        s.points = 3;
        s.rank = "r" + std::to_string(100000 + s.id);
        ws.stories.push_back(std::move(s));
    };
    for (int e = 1; e <= epics; ++e) {
        Epic epic;
        epic.id = e;
        epic.key = ws.allocateKey();
        epic.title = "Epic " + std::to_string(e);
        epic.rank = "e" + std::to_string(1000 + e);
        ws.epics.push_back(epic);
        for (int i = 0; i < storiesPerEpic; ++i)
            addStory(epic.id);
    }
    for (int i = 0; i < orphans; ++i)
        addStory(std::nullopt);
    return ws;
}

} // namespace storyloom::test
