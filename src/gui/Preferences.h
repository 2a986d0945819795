#pragma once

namespace storyloom {

/// The application's own preferences (not the workspace's), kept in QSettings.
struct Preferences {
    enum class Start { LastWorkspace, Demo, StartPage };

    Start start = Start::LastWorkspace;
    int pollSeconds = 2; ///< how often the window looks for changes made by the CLI or another window

    static Preferences load();
    void save() const;
};

} // namespace storyloom
