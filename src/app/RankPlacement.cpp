// Document::placeAbove / placeBelow: moving a story against its score in the ranked backlog.

#include "Document.h"

#include "BacklogRanking.h"
#include "domain/Workspace.h"
#include "scoring/ScoringSettings.h"

#include <QUndoStack>

#include <algorithm>

namespace storyloom {
namespace {

/// The pins of the workspace with every pin that pulls `key` up, or that puts `first` above `second`
/// or `second` above `first`, removed; then `first` above `second` added.
std::string pinsWith(std::vector<scoring::Pin> pins, const std::string& key, const std::string& first,
                     const std::string& second) {
    pins.erase(std::remove_if(pins.begin(), pins.end(),
                              [&](const scoring::Pin& p) {
                                  return p.above == key || (p.above == first && p.below == second) ||
                                         (p.above == second && p.below == first);
                              }),
               pins.end());
    pins.push_back({first, second});
    return scoring::formatPins(pins);
}

} // namespace

bool Document::placeAbove(qint64 storyId, qint64 otherId) {
    const auto i = storyIndex(storyId);
    const auto o = storyIndex(otherId);
    if (i < 0 || o < 0 || storyId == otherId)
        return false;
    const std::string key = m_workspace->stories[static_cast<std::size_t>(i)].key;
    const std::string otherKey = m_workspace->stories[static_cast<std::size_t>(o)].key;
    const std::string pins = pinsWith(m_ranking->settings().pins, key, key, otherKey);

    m_undo.beginMacro(tr("Move %1 above %2").arg(QString::fromStdString(key), QString::fromStdString(otherKey)));
    const bool ok = moveStoryAbove(storyId, otherId) &&
                    changeSetting(QStringLiteral("scoring.pins"), QString::fromStdString(pins));
    m_undo.endMacro();
    return ok;
}

bool Document::placeBelow(qint64 storyId, qint64 otherId) {
    const auto i = storyIndex(storyId);
    const auto o = storyIndex(otherId);
    if (i < 0 || o < 0 || storyId == otherId)
        return false;
    const std::string key = m_workspace->stories[static_cast<std::size_t>(i)].key;
    const std::string otherKey = m_workspace->stories[static_cast<std::size_t>(o)].key;
    const std::string pins = pinsWith(m_ranking->settings().pins, key, otherKey, key);

    m_undo.beginMacro(tr("Move %1 below %2").arg(QString::fromStdString(key), QString::fromStdString(otherKey)));
    const bool ok = moveStoryBelow(storyId, otherId) &&
                    changeSetting(QStringLiteral("scoring.pins"), QString::fromStdString(pins));
    m_undo.endMacro();
    return ok;
}

} // namespace storyloom
