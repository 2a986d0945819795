#pragma once

#include "StoryField.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace storyloom::scoring {

/// The outcome of evaluating (part of) a formula for one story. Never allocates.
struct FormulaValue {
    enum class Status { Ok, Missing, Failed };
    Status status = Status::Ok;
    double value = 0;
    StoryField missing = StoryField::Reach; ///< the input that is not entered, when Missing
    const char* failure = "";               ///< static text, when Failed: "divides by zero"
    int position = 0;                       ///< 1-based character position of the failing operation
};

/// A custom score: an expression over a story's numeric fields (StoryField ids), e.g.
/// `reach * impact * confidence / 100 / max(effort, 0.5)`.
///
/// Language: numbers; input names; + - * / ^ (also the signs × ÷ −); parentheses; comparisons
/// < <= > >= == != (1 when true, 0 when false); functions min(a, ...), max(a, ...), log(x) (natural
/// logarithm), sqrt(x), if(condition, then, else). The text is parsed by hand into a tree and only
/// ever evaluated as arithmetic: nothing in it is executed. Limits: kMaxLength characters and
/// kMaxDepth nested levels.
///
/// Evaluation is lazy in if(): only the chosen branch is evaluated, so an input needed only by the
/// other branch may be missing. Division by zero, log of a number <= 0, sqrt of a negative number and
/// non-finite results fail with a reason instead of producing NaN or infinity.
class Formula {
public:
    static constexpr std::size_t kMaxLength = 1000;
    static constexpr int kMaxDepth = 64;

    /// Throws FormulaError ("position 7: expected ')' after argument list").
    static Formula parse(std::string_view text);

    const std::string& text() const { return m_text; }

    /// The formula's top-level parts joined by + and -: `reach * impact - effort` has two terms,
    /// "reach * impact" (sign +1) and "effort" (sign -1). A formula that is not a sum has one term.
    std::size_t termCount() const { return m_terms.size(); }
    std::string_view termText(std::size_t i) const;
    double termSign(std::size_t i) const { return m_terms[i].sign; }
    /// Value of term i without its sign.
    FormulaValue evaluateTerm(std::size_t i, const Story& story) const;
    /// Value of the whole formula.
    FormulaValue evaluate(const Story& story) const;

    /// Every input the formula reads, in StoryField order without duplicates.
    const std::vector<StoryField>& fields() const { return m_fields; }

    enum class Op : std::uint8_t {
        Number,
        Field,
        Negate,
        Add,
        Subtract,
        Multiply,
        Divide,
        Power,
        Less,
        LessEqual,
        Greater,
        GreaterEqual,
        Equal,
        NotEqual,
        Min,
        Max,
        Log,
        Sqrt,
        If
    };

    /// One node of the expression tree. Children are indexes into the node list; a function's
    /// arguments are `count` entries of the argument list starting at `first`.
    struct Node {
        Op op = Op::Number;
        int position = 0; ///< 1-based character position, for error messages
        double number = 0;
        StoryField field = StoryField::Reach;
        int lhs = -1;
        int rhs = -1;
        int first = 0;
        int count = 0;
        std::size_t begin = 0; ///< byte span of the node's source text
        std::size_t end = 0;
    };

private:
    friend class FormulaParser;

    struct TermRef {
        int node;
        double sign;
    };

    FormulaValue eval(int node, const Story& story) const;

    std::string m_text;
    std::vector<Node> m_nodes;
    std::vector<int> m_args;
    int m_root = -1;
    std::vector<TermRef> m_terms;
    std::vector<StoryField> m_fields;
};

} // namespace storyloom::scoring
