#include "BacklogWriter.h"

#include "Vocabulary.h"

#include <cctype>

namespace storyloom {
namespace {

std::string lowerFirst(std::string s) {
    if (!s.empty())
        s[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[0])));
    return s;
}

std::string upperFirst(std::string s) {
    if (!s.empty())
        s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
    return s;
}

} // namespace

std::string BacklogWriter::fill(std::string_view pattern, const StoryText& story) const {
    std::string out;
    out.reserve(pattern.size() + 32);
    std::size_t i = 0;
    while (i < pattern.size()) {
        const std::size_t open = pattern.find('{', i);
        const std::size_t close = open == std::string_view::npos ? open : pattern.find('}', open);
        if (close == std::string_view::npos) {
            out.append(pattern.substr(i));
            break;
        }
        out.append(pattern.substr(i, open - i));
        const std::string_view name = pattern.substr(open + 1, close - open - 1);
        if (name == "object")
            out += story.object;
        else if (name == "Object")
            out += upperFirst(story.object);
        else if (name == "area")
            out += lowerFirst(story.area);
        else if (name == "verb")
            out += lowerFirst(story.verb);
        else if (name == "qualifier")
            out += story.qualifier;
        else
            out.append(pattern.substr(open, close - open + 1));
        i = close + 1;
    }
    return out;
}

std::string BacklogWriter::epicTitle(const std::string& area) {
    std::string title = area + ": " + m_random.pick(vocabulary().epicFocus);
    const int uses = ++m_epicTitleUses[title];
    if (uses > 1)
        title += " (phase " + std::to_string(uses) + ")";
    return title;
}

std::string BacklogWriter::epicDescription(const std::string& area) {
    const auto& v = vocabulary();
    std::string text = "In " + lowerFirst(area) + " today " + m_random.pick(v.problems) + ". ";
    text += "This epic groups the stories that fix it so " + m_random.pick(v.benefits) + ". ";
    text += m_random.pick(v.notes);
    return text;
}

StoryText BacklogWriter::story(const std::string& area) {
    const auto& v = vocabulary();
    StoryText s;
    s.area = area;
    s.verb = m_random.pick(v.verbs);
    s.object = m_random.pick(v.objects);
    s.qualifier = m_random.pick(v.qualifiers);
    s.title = s.verb + " " + s.object + " " + s.qualifier;
    s.asA = m_random.pick(v.roles);
    s.iWant = "to " + lowerFirst(s.verb) + " my " + s.object + " " + s.qualifier;
    s.soThat = m_random.pick(v.benefits);
    s.description = "Today " + m_random.pick(v.problems) + ".";
    if (m_random.chance(0.7))
        s.description += " " + m_random.pick(v.notes);
    if (m_random.chance(0.3))
        s.description += "\n\n" + m_random.pick(v.notes);
    return s;
}

AcceptanceCriterion BacklogWriter::functional(const StoryText& story) {
    const auto& v = vocabulary();
    AcceptanceCriterion c;
    if (m_random.chance(0.5)) {
        c.format = CriterionFormat::GivenWhenThen;
        c.given = fill(m_random.pick(v.givens), story);
        c.when = fill(m_random.pick(v.whens), story);
        c.then = fill(m_random.pick(v.thens), story);
    } else {
        c.text = fill(m_random.pick(v.functionalCriteria), story);
    }
    return c;
}

AcceptanceCriterion BacklogWriter::accessibilityCriterion(const StoryText& story) {
    const auto& pick = m_random.pick(vocabulary().accessibilityCriteria);
    AcceptanceCriterion c;
    c.kind = CriterionKind::Accessibility;
    c.wcag = pick.wcag;
    if (pick.wcag == "2.1.1" && m_random.chance(0.5)) {
        c.format = CriterionFormat::GivenWhenThen;
        c.given = "I use only the keyboard";
        c.when = fill("I move through the {object} screen with Tab and Shift+Tab", story);
        c.then = "I can reach and operate every control without a mouse";
    } else {
        c.text = fill(pick.text, story);
    }
    return c;
}

std::vector<AcceptanceCriterion> BacklogWriter::criteria(const StoryText& story, int count,
                                                         bool accessibility) {
    const auto& v = vocabulary();
    std::vector<AcceptanceCriterion> out;
    out.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        if (accessibility && i == 1) {
            out.push_back(accessibilityCriterion(story));
        } else if (i >= 2 && m_random.chance(0.15)) {
            AcceptanceCriterion c;
            c.kind = CriterionKind::Performance;
            c.text = fill(m_random.pick(v.performanceCriteria), story);
            out.push_back(std::move(c));
        } else if (i >= 2 && m_random.chance(0.15)) {
            AcceptanceCriterion c;
            c.kind = CriterionKind::Content;
            c.text = fill(m_random.pick(v.contentCriteria), story);
            out.push_back(std::move(c));
        } else {
            out.push_back(functional(story));
        }
    }
    return out;
}

Persona BacklogWriter::persona(std::size_t index) {
    const auto& v = vocabulary();
    Persona p;
    p.name = v.personaNames[index % v.personaNames.size()];
    if (index >= v.personaNames.size())
        p.name += " " + std::to_string(index / v.personaNames.size() + 1);
    p.role = upperFirst(m_random.pick(v.roles));
    p.goals = m_random.pick(v.personaGoals);
    p.frustrations = m_random.pick(v.personaFrustrations);
    return p;
}

Insight BacklogWriter::insight() {
    const auto& v = vocabulary();
    StoryText context;
    context.object = m_random.pick(v.objects);
    Insight i;
    i.title = fill(m_random.pick(v.insightFindings), context);
    i.summary = m_random.pick(v.insightEvidence);
    i.strength = static_cast<int>(m_random.between(Insight::kMinStrength, Insight::kMaxStrength));
    return i;
}

} // namespace storyloom
