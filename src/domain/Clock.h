#pragma once

#include <chrono>

namespace storyloom {

/// Time is injected so tests are deterministic.
class Clock {
public:
    virtual ~Clock() = default;
    /// Milliseconds since the epoch.
    virtual long long nowMs() const = 0;
};

class SystemClock final : public Clock {
public:
    long long nowMs() const override {
        return std::chrono::duration_cast<std::chrono::milliseconds>(
                   std::chrono::system_clock::now().time_since_epoch())
            .count();
    }
};

class FixedClock final : public Clock {
public:
    explicit FixedClock(long long ms) : m_ms(ms) {}
    long long nowMs() const override { return m_ms; }
    void set(long long ms) { m_ms = ms; }
    void advance(long long ms) { m_ms += ms; }

private:
    long long m_ms;
};

} // namespace storyloom
