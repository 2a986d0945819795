#include "Vocabulary.h"

namespace storyloom {
namespace {

Vocabulary build() {
    Vocabulary v;
    v.areas = {"Checkout",        "Delivery slots", "Order history", "Search",           "Product pages",
               "Account",         "Payments",       "Returns",       "Wish lists",       "Notifications",
               "Loyalty",         "Reviews",        "Store finder",  "Help centre",      "Onboarding",
               "Subscriptions",   "Gift cards",     "Promotions",    "Basket",           "Substitutions",
               "Click & collect", "Recipes",        "Price alerts",  "Household sharing"};
    v.epicFocus = {"faster repeat orders",   "keyboard and screen-reader access",
                   "fewer support calls",    "mobile redesign",
                   "clearer pricing",        "self-service",
                   "personalisation",        "trust signals",
                   "first-time experience",  "international rollout",
                   "error recovery",         "performance on slow networks",
                   "plain-language content", "consistent design-system components",
                   "offline resilience",     "data privacy controls",
                   "reduced drop-off",       "richer product information"};
    v.themes = {"Checkout conversion", "Trust & safety", "Delivery experience",    "Accessibility",
                "Retention",           "Growth",         "Operational efficiency", "Platform health"};
    v.verbs = {"Filter", "Sort",    "Search",  "Save",    "Share",    "Compare",  "Track", "Reorder",
               "Export", "Preview", "Cancel",  "Edit",    "Schedule", "Review",   "Rate",  "Pause",
               "Resume", "Hide",    "Pin",     "Confirm", "Split",    "Download", "Print", "Redeem",
               "Update", "Remove",  "Archive", "Restore", "View",     "Change",   "Group", "Label"};
    v.objects = {"orders",
                 "delivery slots",
                 "saved cards",
                 "wish lists",
                 "invoices",
                 "returns",
                 "delivery addresses",
                 "coupons",
                 "gift cards",
                 "reviews",
                 "product photos",
                 "search results",
                 "notifications",
                 "subscriptions",
                 "payment methods",
                 "basket items",
                 "loyalty points",
                 "receipts",
                 "store opening hours",
                 "size guides",
                 "order updates",
                 "refunds",
                 "recommendations",
                 "recently viewed items",
                 "favourite stores",
                 "substitutions",
                 "recipes",
                 "price alerts",
                 "shopping lists",
                 "household members"};
    v.qualifiers = {"by delivery slot",
                    "from the order history",
                    "on mobile",
                    "with one tap",
                    "without signing in",
                    "by price",
                    "by date",
                    "in the basket",
                    "at checkout",
                    "from the home screen",
                    "by email",
                    "as a PDF",
                    "with a screen reader",
                    "with the keyboard alone",
                    "in bulk",
                    "for the whole household",
                    "before paying",
                    "after delivery",
                    "across devices",
                    "in under a minute",
                    "while offline",
                    "by store",
                    "by category",
                    "from a notification"};
    v.roles = {"returning shopper",       "first-time visitor",    "busy parent",
               "screen-reader user",      "keyboard-only user",    "customer support agent",
               "store manager",           "delivery driver",       "shopper on a slow connection",
               "shopper with low vision", "loyalty member",        "shopper buying for a relative",
               "content designer",        "finance administrator", "older shopper new to online shopping"};
    v.benefits = {"I can finish checkout in seconds",
                  "I do not have to retype my details",
                  "I trust the price I see",
                  "I can plan my week around deliveries",
                  "support spends less time on calls",
                  "I can shop with my screen reader without sighted help",
                  "I do not miss a delivery",
                  "I only pay for what I actually received",
                  "I can find what I bought last time",
                  "I feel in control of my data",
                  "I can share the job with my household",
                  "I stay within my weekly budget",
                  "I get my money back without a phone call",
                  "I can shop on my phone during my commute",
                  "I know what happens next"};
    v.problems = {"shoppers have to call support to do this",
                  "the flow takes six steps on mobile",
                  "the current page is not announced to screen readers",
                  "a third of sessions end on this step",
                  "the feature exists on the web but not in the app",
                  "shoppers tell us they cannot find this option",
                  "the current design was never tested with keyboard users",
                  "support logs about 40 tickets a week on this",
                  "the copy uses internal jargon shoppers do not understand",
                  "the page is slow on older phones"};
    v.notes = {"Keep the existing URL so bookmarks keep working.",
               "Reuse the design-system list component.",
               "Out of scope: the native apps, tracked separately.",
               "Copy to be reviewed by the content designer before release.",
               "Analytics events follow the tracking plan.",
               "Legal has approved the wording of the consent text.",
               "Roll out behind a feature flag to 10 % of shoppers first.",
               "Designs are linked in the epic.",
               "Test with at least two screen readers before marking as done.",
               "Coordinate the release with the customer support team."};
    v.functionalCriteria = {"The {object} list updates without a full page reload",
                            "An empty state explains what to do when there are no {object}",
                            "Changes to {object} are saved immediately and survive a page refresh",
                            "The number of {object} is shown in the page heading",
                            "Errors name the field involved and say how to fix it",
                            "The shopper can undo the last change to {object} for 10 seconds",
                            "{Object} are shown newest first by default",
                            "The same {object} appear on web and in the app",
                            "Only the signed-in shopper's own {object} are shown"};
    v.givens = {"I am signed in",
                "I have at least one of my {object} saved",
                "I am in the {area} section",
                "my session has expired",
                "I am using a screen reader",
                "I have lost my network connection",
                "I have items in my basket",
                "I am a first-time visitor"};
    v.whens = {"I {verb} {object} {qualifier}",         "I select Undo",
               "I press Enter on the {object} control", "I refresh the page",
               "I open {object} from a notification",   "I submit the form with a required field empty"};
    v.thens = {"I see a confirmation naming the {object} I changed",
               "the change appears on every device within a minute",
               "focus moves to the updated {object} list",
               "the {object} stay as they were and I am told why",
               "the error is shown next to the field and announced",
               "my previous choice is kept",
               "I can carry on where I left off"};
    v.accessibilityCriteria = {
        {"1.4.3", "Text and icons on the {object} screen have a contrast ratio of at least 4.5:1"},
        {"2.1.1", "Every control on the {object} screen can be reached and used with the keyboard alone"},
        {"2.4.7", "The keyboard focus indicator is visible on every {object} control"},
        {"4.1.2", "Each custom {object} control exposes its name, role and state to assistive technology"},
        {"1.1.1", "Every informative image of {object} has a text alternative"},
        {"1.3.1", "Headings and lists on the {object} screen are marked up as headings and lists"},
        {"2.4.3", "Focus order on the {object} screen follows the visual reading order"},
        {"3.3.1", "Input errors on the {object} form are identified in text, not by colour alone"},
        {"4.1.3", "Status messages about {object} are announced without moving focus"},
        {"1.4.10", "The {object} screen reflows without horizontal scrolling at 320 CSS pixels"},
        {"2.5.8", "Touch targets for {object} are at least 24 by 24 CSS pixels"}};
    v.performanceCriteria = {"The {object} screen is usable within 2 seconds on a mid-range phone on 4G",
                             "Results for {object} appear within 300 ms of typing",
                             "Loading {object} never blocks the rest of the page",
                             "The {object} page scores at least 90 for performance in the lab test"};
    v.contentCriteria = {"Button labels on the {object} screen start with a verb",
                         "Error messages about {object} say what happened and what to do next",
                         "All {object} copy is reviewed by the content designer",
                         "Dates and prices are formatted for the shopper's locale"};
    v.labels = {"a11y",    "mobile",   "web",       "payments",        "performance",
                "content", "legal",    "tech-debt", "design-system",   "analytics",
                "i18n",    "security", "quick-win", "research-needed", "ux-debt"};
    v.personaNames = {"Maya",  "Ravi",   "Sofia",  "Tomasz", "Aisha", "Jonas", "Mei",   "Kwame",
                      "Lucia", "Oliver", "Fatima", "Noah",   "Ines",  "Hiro",  "Amara", "Pieter",
                      "Leila", "Mateo",  "Grace",  "Yusuf",  "Elena", "Sam",   "Priya", "Lars"};
    v.personaGoals = {"Reorder the weekly shop in under a minute",
                      "Check out without sighted help",
                      "Know exactly when the delivery will arrive",
                      "Keep the household within budget",
                      "Resolve a shopper's problem on the first call",
                      "Find gluten-free products quickly",
                      "Pay the way they always pay",
                      "Return an item without printing anything"};
    v.personaFrustrations = {"Forms that forget what was typed",
                             "Unlabelled buttons and icons",
                             "Delivery windows that change without notice",
                             "Prices that change at checkout",
                             "Small text and low contrast",
                             "Being forced to create an account",
                             "Pop-ups that steal focus",
                             "Having to phone support for simple changes"};
    v.insightFindings = {"Shoppers abandon at the {object} step",
                         "{Object} are expected to be remembered",
                         "Focus is lost after an error on the {object} form",
                         "Keyboard users cannot reach {object}",
                         "Shoppers compare {object} in another tab",
                         "Support tickets about {object} doubled",
                         "Screen-reader users skip the {object} section",
                         "Mobile shoppers rarely find {object}"};
    v.insightEvidence = {"38 % of sessions end on this step.",
                         "7 of 9 interviewees mentioned it unprompted.",
                         "4 of 6 participants needed help to finish the task.",
                         "The variant improved completion by 6 %.",
                         "It is the third most common contact reason this quarter.",
                         "Survey respondents rated it 2.1 out of 5.",
                         "Participants using assistive technology could not complete the task."};
    v.colours = {"#1864AB", "#C92A2A", "#2B7A3B", "#862E9C", "#0B7285",
                 "#C2410C", "#5F3DC4", "#D6336C", "#5C7F0D", "#8B5E34"};
    return v;
}

} // namespace

const Vocabulary& vocabulary() {
    static const Vocabulary v = build();
    return v;
}

} // namespace storyloom
