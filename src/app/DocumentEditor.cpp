// The story editor's part of Document (see the "Story editor" sections of Document.h).
#include "Document.h"

#include "BacklogRanking.h"
#include "Readiness.h"
#include "domain/Workspace.h"
#include "scoring/Score.h"
#include "scoring/ScoringError.h"

#include <optional>

namespace storyloom {
namespace {

constexpr long long kMsPerDay = 86'400'000;

} // namespace

/// Holds the ReadinessContext of the document's current content; any change signal drops it and
/// the next readinessContext() call builds it again (one pass over the stories).
class Document::ReadinessCache : public QObject {
public:
    explicit ReadinessCache(Document* document) : QObject(document) {
        const auto drop = [this] { m_context.reset(); };
        connect(document, &Document::reset, this, drop);
        connect(document, &Document::storiesAdded, this, drop);
        connect(document, &Document::storiesRemoved, this, drop);
        connect(document, &Document::storiesChanged, this, drop);
        connect(document, &Document::settingsChanged, this, drop);
    }

    const ReadinessContext& get(const Workspace& workspace) {
        if (!m_context)
            m_context.emplace(workspace);
        return *m_context;
    }

private:
    std::optional<ReadinessContext> m_context;
};

Document::ReadinessCache* Document::makeReadinessCache(Document* document) {
    return new ReadinessCache(document);
}

const ReadinessContext& Document::readinessContext() const {
    return m_readinessCache->get(*m_workspace);
}

scoring::Breakdown Document::explainDraft(const Story& draft) const {
    const Date today = Date::fromDays(m_clock.nowMs() / kMsPerDay);
    try {
        const scoring::ScoringContext context(m_ranking->settings(), m_workspace->insights, today);
        return scoring::score(draft, context);
    } catch (const scoring::ScoringError& e) {
        // The ranking's settings were usable when it read them; report rather than throw if not.
        scoring::Breakdown none;
        none.framework = m_ranking->settings().framework;
        none.reason = e.what();
        return none;
    }
}

} // namespace storyloom
