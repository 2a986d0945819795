// Linked instead of GuiBench.cpp when the project is configured without the GUI layer.
#include "GuiBench.h"

namespace storyloom::bench {

bool guiAvailable() {
    return false;
}

Figure measureFilterKeystroke(const std::string&, int) {
    return {};
}

bool openAsTheApp(const std::string&) {
    return false;
}

} // namespace storyloom::bench
