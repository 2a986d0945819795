#pragma once

#include <QString>

namespace storyloom {

class Clock;

/// The demo workspace (Basketry) shipped in the resources as native JSON.
namespace demo {

/// Where the demo workspace file lives for this user (the app data folder).
QString defaultPath();

/// Makes sure a demo workspace file exists at `path`, creating it from the bundled JSON when it does
/// not. An existing file is never touched. Returns an empty string on success, else the error.
QString ensureDemoWorkspace(const QString& path, const Clock& clock);

} // namespace demo
} // namespace storyloom
