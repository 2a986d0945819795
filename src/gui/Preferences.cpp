#include "Preferences.h"

#include <QSettings>

#include <algorithm>

namespace storyloom {

Preferences Preferences::load() {
    QSettings settings;
    Preferences p;
    const int start = settings.value(QStringLiteral("preferences/start"), 0).toInt();
    p.start = start == 1 ? Start::Demo : start == 2 ? Start::StartPage : Start::LastWorkspace;
    p.pollSeconds = std::clamp(settings.value(QStringLiteral("preferences/pollSeconds"), 2).toInt(), 1, 60);
    return p;
}

void Preferences::save() const {
    QSettings settings;
    settings.setValue(QStringLiteral("preferences/start"), static_cast<int>(start));
    settings.setValue(QStringLiteral("preferences/pollSeconds"), pollSeconds);
}

} // namespace storyloom
