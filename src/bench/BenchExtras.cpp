#include "BenchExtras.h"

namespace storyloom::bench {

std::vector<Figure> extraFigures(const std::string&, const Workspace&, int, Date) {
    return {};
}

std::vector<SizeReport::Memory> extraMemory(const std::string&) {
    return {};
}

int runExtraProbe(const std::string&, const std::string&) {
    return 1;
}

} // namespace storyloom::bench
