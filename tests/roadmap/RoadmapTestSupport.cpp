#include "RoadmapTestSupport.h"

#include "exchange/AtomicFile.h"
#include "exchange/NativeJson.h"

namespace storyloom::test {

const Workspace& demoWorkspace() {
    static const Workspace ws = [] {
        const std::string path = std::string(STORYLOOM_SOURCE_DIR) + "/resources/demo/demo-workspace.json";
        return nativejson::read(readFile(path), path);
    }();
    return ws;
}

std::vector<std::string> itemKeys(const roadmap::Scene& scene, roadmap::Role role) {
    std::vector<std::string> keys;
    for (const auto& item : scene.items)
        if (item.role == role)
            keys.push_back(item.key);
    return keys;
}

std::string allText(const roadmap::Scene& scene) {
    std::string text;
    for (const auto& shape : scene.shapes)
        if (const auto* t = std::get_if<roadmap::TextRun>(&shape))
            text += t->text + "\n";
    return text;
}

std::size_t countOf(const std::string& haystack, const std::string& needle) {
    std::size_t n = 0;
    for (auto pos = haystack.find(needle); pos != std::string::npos;
         pos = haystack.find(needle, pos + needle.size()))
        ++n;
    return n;
}

} // namespace storyloom::test
