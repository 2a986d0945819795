#include "Formula.h"

#include "FormulaParser.h"

#include <cmath>

namespace storyloom::scoring {
namespace {

using Status = FormulaValue::Status;

FormulaValue ok(double v) {
    return {Status::Ok, v, StoryField::Reach, "", 0};
}
FormulaValue failed(const char* why, int position) {
    return {Status::Failed, 0, StoryField::Reach, why, position};
}

FormulaValue finite(double v, int position) {
    if (!std::isfinite(v))
        return failed("gives a number too large to use", position);
    return ok(v);
}

} // namespace

Formula Formula::parse(std::string_view text) {
    return FormulaParser(text).parse();
}

std::string_view Formula::termText(std::size_t i) const {
    const Node& n = m_nodes[static_cast<std::size_t>(m_terms[i].node)];
    return std::string_view(m_text).substr(n.begin, n.end - n.begin);
}

FormulaValue Formula::evaluateTerm(std::size_t i, const Story& story) const {
    return eval(m_terms[i].node, story);
}

FormulaValue Formula::evaluate(const Story& story) const {
    return eval(m_root, story);
}

FormulaValue Formula::eval(int index, const Story& story) const {
    const Node& n = m_nodes[static_cast<std::size_t>(index)];
    switch (n.op) {
    case Op::Number:
        return ok(n.number);
    case Op::Field: {
        const auto v = fieldValue(story, n.field);
        if (!v)
            return {Status::Missing, 0, n.field, "", n.position};
        return ok(*v);
    }
    case Op::Negate: {
        const FormulaValue a = eval(n.lhs, story);
        if (a.status != Status::Ok)
            return a;
        return ok(-a.value);
    }
    case Op::If: {
        const FormulaValue c = eval(m_args[static_cast<std::size_t>(n.first)], story);
        if (c.status != Status::Ok)
            return c;
        return eval(m_args[static_cast<std::size_t>(n.first + (c.value != 0 ? 1 : 2))], story);
    }
    case Op::Min:
    case Op::Max: {
        double best = 0;
        for (int i = 0; i < n.count; ++i) {
            const FormulaValue a = eval(m_args[static_cast<std::size_t>(n.first + i)], story);
            if (a.status != Status::Ok)
                return a;
            if (i == 0 || (n.op == Op::Min ? a.value < best : a.value > best))
                best = a.value;
        }
        return ok(best);
    }
    case Op::Log:
    case Op::Sqrt: {
        const FormulaValue a = eval(m_args[static_cast<std::size_t>(n.first)], story);
        if (a.status != Status::Ok)
            return a;
        if (n.op == Op::Log) {
            if (a.value <= 0)
                return failed("takes the log of zero or a negative number", n.position);
            return finite(std::log(a.value), n.position);
        }
        if (a.value < 0)
            return failed("takes the square root of a negative number", n.position);
        return finite(std::sqrt(a.value), n.position);
    }
    default:
        break;
    }

    const FormulaValue a = eval(n.lhs, story);
    if (a.status != Status::Ok)
        return a;
    const FormulaValue b = eval(n.rhs, story);
    if (b.status != Status::Ok)
        return b;
    const double x = a.value;
    const double y = b.value;
    switch (n.op) {
    case Op::Add:
        return finite(x + y, n.position);
    case Op::Subtract:
        return finite(x - y, n.position);
    case Op::Multiply:
        return finite(x * y, n.position);
    case Op::Divide:
        if (y == 0)
            return failed("divides by zero", n.position);
        return finite(x / y, n.position);
    case Op::Power: {
        if (x == 0 && y < 0)
            return failed("divides by zero (zero to a negative power)", n.position);
        const double r = std::pow(x, y);
        if (std::isnan(r))
            return failed("raises a negative number to a fractional power", n.position);
        return finite(r, n.position);
    }
    case Op::Less:
        return ok(x < y ? 1 : 0);
    case Op::LessEqual:
        return ok(x <= y ? 1 : 0);
    case Op::Greater:
        return ok(x > y ? 1 : 0);
    case Op::GreaterEqual:
        return ok(x >= y ? 1 : 0);
    case Op::Equal:
        return ok(x == y ? 1 : 0);
    case Op::NotEqual:
        return ok(x != y ? 1 : 0);
    default:
        return failed("contains an operation this version cannot evaluate", n.position);
    }
}

} // namespace storyloom::scoring
