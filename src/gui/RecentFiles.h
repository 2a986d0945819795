#pragma once

#include <QStringList>

namespace storyloom {

/// The most recently opened workspace files, newest first, kept in QSettings between runs.
class RecentFiles {
public:
    static constexpr int kMaximum = 10;

    static QStringList load();
    /// Moves `path` to the front (adding it when new) and saves.
    static void add(const QString& path);
    static void remove(const QString& path);
    static void clear();
};

} // namespace storyloom
