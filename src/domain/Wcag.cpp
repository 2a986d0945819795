#include "Wcag.h"

#include <array>

namespace storyloom {
namespace {

using L = WcagLevel;

// Numbers, short names and levels as published in WCAG 2.2. Checked against the count the
// Recommendation gives (86 success criteria) and its changes from 2.1: nine criteria added
// (2.4.11, 2.4.12, 2.4.13, 2.5.7, 2.5.8, 3.2.6, 3.3.7, 3.3.8, 3.3.9) and 4.1.1 Parsing removed as
// obsolete. 4.1.1 is deliberately left out: a story should not be checked against it any more.
constexpr std::array<WcagCriterion, 86> kCriteria{{
    {"1.1.1", "Non-text Content", L::A},
    {"1.2.1", "Audio-only and Video-only (Prerecorded)", L::A},
    {"1.2.2", "Captions (Prerecorded)", L::A},
    {"1.2.3", "Audio Description or Media Alternative (Prerecorded)", L::A},
    {"1.2.4", "Captions (Live)", L::AA},
    {"1.2.5", "Audio Description (Prerecorded)", L::AA},
    {"1.2.6", "Sign Language (Prerecorded)", L::AAA},
    {"1.2.7", "Extended Audio Description (Prerecorded)", L::AAA},
    {"1.2.8", "Media Alternative (Prerecorded)", L::AAA},
    {"1.2.9", "Audio-only (Live)", L::AAA},
    {"1.3.1", "Info and Relationships", L::A},
    {"1.3.2", "Meaningful Sequence", L::A},
    {"1.3.3", "Sensory Characteristics", L::A},
    {"1.3.4", "Orientation", L::AA},
    {"1.3.5", "Identify Input Purpose", L::AA},
    {"1.3.6", "Identify Purpose", L::AAA},
    {"1.4.1", "Use of Color", L::A},
    {"1.4.2", "Audio Control", L::A},
    {"1.4.3", "Contrast (Minimum)", L::AA},
    {"1.4.4", "Resize Text", L::AA},
    {"1.4.5", "Images of Text", L::AA},
    {"1.4.6", "Contrast (Enhanced)", L::AAA},
    {"1.4.7", "Low or No Background Audio", L::AAA},
    {"1.4.8", "Visual Presentation", L::AAA},
    {"1.4.9", "Images of Text (No Exception)", L::AAA},
    {"1.4.10", "Reflow", L::AA},
    {"1.4.11", "Non-text Contrast", L::AA},
    {"1.4.12", "Text Spacing", L::AA},
    {"1.4.13", "Content on Hover or Focus", L::AA},
    {"2.1.1", "Keyboard", L::A},
    {"2.1.2", "No Keyboard Trap", L::A},
    {"2.1.3", "Keyboard (No Exception)", L::AAA},
    {"2.1.4", "Character Key Shortcuts", L::A},
    {"2.2.1", "Timing Adjustable", L::A},
    {"2.2.2", "Pause, Stop, Hide", L::A},
    {"2.2.3", "No Timing", L::AAA},
    {"2.2.4", "Interruptions", L::AAA},
    {"2.2.5", "Re-authenticating", L::AAA},
    {"2.2.6", "Timeouts", L::AAA},
    {"2.3.1", "Three Flashes or Below Threshold", L::A},
    {"2.3.2", "Three Flashes", L::AAA},
    {"2.3.3", "Animation from Interactions", L::AAA},
    {"2.4.1", "Bypass Blocks", L::A},
    {"2.4.2", "Page Titled", L::A},
    {"2.4.3", "Focus Order", L::A},
    {"2.4.4", "Link Purpose (In Context)", L::A},
    {"2.4.5", "Multiple Ways", L::AA},
    {"2.4.6", "Headings and Labels", L::AA},
    {"2.4.7", "Focus Visible", L::AA},
    {"2.4.8", "Location", L::AAA},
    {"2.4.9", "Link Purpose (Link Only)", L::AAA},
    {"2.4.10", "Section Headings", L::AAA},
    {"2.4.11", "Focus Not Obscured (Minimum)", L::AA},
    {"2.4.12", "Focus Not Obscured (Enhanced)", L::AAA},
    {"2.4.13", "Focus Appearance", L::AAA},
    {"2.5.1", "Pointer Gestures", L::A},
    {"2.5.2", "Pointer Cancellation", L::A},
    {"2.5.3", "Label in Name", L::A},
    {"2.5.4", "Motion Actuation", L::A},
    {"2.5.5", "Target Size (Enhanced)", L::AAA},
    {"2.5.6", "Concurrent Input Mechanisms", L::AAA},
    {"2.5.7", "Dragging Movements", L::AA},
    {"2.5.8", "Target Size (Minimum)", L::AA},
    {"3.1.1", "Language of Page", L::A},
    {"3.1.2", "Language of Parts", L::AA},
    {"3.1.3", "Unusual Words", L::AAA},
    {"3.1.4", "Abbreviations", L::AAA},
    {"3.1.5", "Reading Level", L::AAA},
    {"3.1.6", "Pronunciation", L::AAA},
    {"3.2.1", "On Focus", L::A},
    {"3.2.2", "On Input", L::A},
    {"3.2.3", "Consistent Navigation", L::AA},
    {"3.2.4", "Consistent Identification", L::AA},
    {"3.2.5", "Change on Request", L::AAA},
    {"3.2.6", "Consistent Help", L::A},
    {"3.3.1", "Error Identification", L::A},
    {"3.3.2", "Labels or Instructions", L::A},
    {"3.3.3", "Error Suggestion", L::AA},
    {"3.3.4", "Error Prevention (Legal, Financial, Data)", L::AA},
    {"3.3.5", "Help", L::AAA},
    {"3.3.6", "Error Prevention (All)", L::AAA},
    {"3.3.7", "Redundant Entry", L::A},
    {"3.3.8", "Accessible Authentication (Minimum)", L::AA},
    {"3.3.9", "Accessible Authentication (Enhanced)", L::AAA},
    {"4.1.2", "Name, Role, Value", L::A},
    {"4.1.3", "Status Messages", L::AA},
}};

} // namespace

std::string_view toString(WcagLevel level) {
    switch (level) {
    case WcagLevel::A:
        return "A";
    case WcagLevel::AA:
        return "AA";
    case WcagLevel::AAA:
        return "AAA";
    }
    return "A";
}

std::span<const WcagCriterion> wcag22Criteria() {
    return kCriteria;
}

const WcagCriterion* findWcagCriterion(std::string_view number) {
    for (const auto& c : kCriteria)
        if (c.number == number)
            return &c;
    return nullptr;
}

} // namespace storyloom
