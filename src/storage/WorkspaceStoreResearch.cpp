// WorkspaceStore: themes, releases, personas and insights (the roadmap and research entities).

#include "WorkspaceStore.h"

#include "Transaction.h"
#include "WorkspaceStoreImpl.h"

namespace storyloom {

using storeimpl::describe;
using storeimpl::refuse;
using storeimpl::unknown;
using storeimpl::updateOne;

namespace {

void checkTheme(const std::string& path, const Theme& theme, const char* subject) {
    std::vector<std::string> problems;
    if (theme.name.empty())
        problems.push_back("a theme needs a name");
    if (!isValidColour(theme.colour))
        problems.push_back("the colour '" + theme.colour + "' must look like #RRGGBB");
    if (!problems.empty())
        refuse(path, subject, problems);
}

} // namespace

void WorkspaceStore::updateTheme(const Theme& theme) {
    checkTheme(m_path, theme, "The theme");
    Transaction tx(*m_impl->db);
    if (!m_impl->roadmap.update(theme))
        unknown(m_path, "theme " + theme.name, theme.id);
    tx.commit();
}

void WorkspaceStore::deleteTheme(Id id) {
    Transaction tx(*m_impl->db);
    // Its epics stay, without a theme (ON DELETE SET NULL).
    if (!m_impl->roadmap.removeTheme(id))
        unknown(m_path, "theme", id);
    tx.commit();
}

void WorkspaceStore::restoreTheme(const Theme& theme, const std::vector<Epic>& epics) {
    checkTheme(m_path, theme, "The theme");
    auto& m = *m_impl;
    Transaction tx(*m.db);
    m.roadmap.insert(theme);
    for (const auto& e : epics) {
        auto problems = describe(validate(e));
        for (auto& p : m.epics.missingReferences(e))
            problems.push_back(e.key + ": " + p);
        if (!problems.empty())
            refuse(m_path, "Epic " + e.key, problems);
        if (!m.epics.update(e))
            unknown(m_path, "epic " + e.key, e.id);
    }
    tx.commit();
}

Theme WorkspaceStore::addTheme(Theme theme) {
    checkTheme(m_path, theme, "The new theme");
    Transaction tx(*m_impl->db);
    theme.id = 0;
    theme.id = m_impl->roadmap.insert(theme);
    tx.commit();
    return theme;
}

Release WorkspaceStore::addRelease(Release release) {
    if (release.name.empty())
        refuse(m_path, "The new release", {"a release needs a name"});
    Transaction tx(*m_impl->db);
    release.id = 0;
    release.id = m_impl->roadmap.insert(release);
    tx.commit();
    return release;
}

namespace {

void checkPersona(const std::string& path, const Persona& p, const char* subject) {
    if (p.name.empty())
        refuse(path, subject, {"a persona needs a name"});
}

void checkInsight(const std::string& path, const Insight& i, const char* subject) {
    std::vector<std::string> problems;
    if (i.title.empty())
        problems.push_back("an insight needs a title");
    if (i.strength < Insight::kMinStrength || i.strength > Insight::kMaxStrength)
        problems.push_back("the strength of evidence must be from 1 to 5");
    if (!problems.empty())
        refuse(path, subject, problems);
}

} // namespace

Persona WorkspaceStore::addPersona(Persona persona) {
    checkPersona(m_path, persona, "The new persona");
    Transaction tx(*m_impl->db);
    persona.id = 0;
    persona.id = m_impl->research.insert(persona);
    tx.commit();
    return persona;
}

void WorkspaceStore::updatePersona(const Persona& persona) {
    checkPersona(m_path, persona, "The persona");
    Transaction tx(*m_impl->db);
    if (!m_impl->research.update(persona))
        unknown(m_path, "persona " + persona.name, persona.id);
    tx.commit();
}

void WorkspaceStore::deletePersona(Id id) {
    Transaction tx(*m_impl->db);
    // Unlinked from every story by ON DELETE CASCADE on story_personas.
    if (!m_impl->research.removePersona(id))
        unknown(m_path, "persona", id);
    tx.commit();
}

Insight WorkspaceStore::addInsight(Insight insight) {
    checkInsight(m_path, insight, "The new insight");
    Transaction tx(*m_impl->db);
    insight.id = 0;
    insight.id = m_impl->research.insert(insight);
    tx.commit();
    return insight;
}

void WorkspaceStore::updateInsight(const Insight& insight) {
    checkInsight(m_path, insight, "The insight");
    Transaction tx(*m_impl->db);
    if (!m_impl->research.update(insight))
        unknown(m_path, "insight " + insight.title, insight.id);
    tx.commit();
}

void WorkspaceStore::deleteInsight(Id id) {
    Transaction tx(*m_impl->db);
    if (!m_impl->research.removeInsight(id))
        unknown(m_path, "insight", id);
    tx.commit();
}

void WorkspaceStore::restorePersona(const Persona& persona, const std::vector<Story>& linked) {
    checkPersona(m_path, persona, "The persona");
    if (persona.id <= 0)
        refuse(m_path, "Persona " + persona.name, {"a restored persona needs the id it had"});
    Transaction tx(*m_impl->db);
    m_impl->research.insert(persona);
    const long long now = m_clock.nowMs();
    for (const auto& s : linked)
        updateOne(m_path, m_impl->stories, s, now);
    tx.commit();
}

void WorkspaceStore::restoreInsight(const Insight& insight, const std::vector<Story>& linked) {
    checkInsight(m_path, insight, "The insight");
    if (insight.id <= 0)
        refuse(m_path, "Insight " + insight.title, {"a restored insight needs the id it had"});
    Transaction tx(*m_impl->db);
    m_impl->research.insert(insight);
    const long long now = m_clock.nowMs();
    for (const auto& s : linked)
        updateOne(m_path, m_impl->stories, s, now);
    tx.commit();
}

} // namespace storyloom
