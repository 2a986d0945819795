#pragma once

#include "Measure.h"

#include <string>

namespace storyloom::bench {

/// Whether this bench was built with the GUI layer (the backlog model and proxy).
bool guiAvailable();
/// One filter keystroke on the backlog model and proxy, offscreen: from "ch" to "che" with the
/// search text prepared (as the app does in idle time after the window shows).
Figure measureFilterKeystroke(const std::string& path, int runs);
/// Opens the workspace as the app does: document (load + rank), backlog model, proxy and prepared
/// search text (the "app" memory probe). False without the GUI layer.
bool openAsTheApp(const std::string& path);

} // namespace storyloom::bench
