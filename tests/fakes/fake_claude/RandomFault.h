#pragma once

// The "random" scenario's draw: which fault one attempt of one subtask plays. Header-only and plain
// C++ so that the soak test (tests/e2e/tst_soak.cpp) includes it too and computes, from the seed
// and each subtask's prompt, what every attempt will do and so how every subtask must end.
//
// The draw depends on the seed, the prompt (without its marker) and the attempt number, never on
// time or process: the same run replays exactly, and attempts of one subtask differ, so a subtask
// may crash first and succeed on its retry.

#include <cstdint>
#include <string_view>

namespace orch::fake {

enum class RandomFault {
    Success,     // success: writes its file, success result
    Slow,        // slow:5: five lines 100 ms apart (0.5 s), then success
    Flood,       // flood:2: 2 MiB of assistant and tool lines, then success
    Crash,       // crash: some lines, then exit 1 without a result
    CrashSignal, // crash:SEGV: some lines, then killed by SIGSEGV
    SilentHang,  // silent_hang: no output until stopped (the inactivity timeout stops it)
    ApiError,    // api_error: API error 500, exit 1 (retryable)
    RateLimit,   // rate_limit: 429 with "retry after 1 second", exit 1 (pauses new starts)
    AuthError,   // auth_error: 401, exit 1 (never retried)
};

struct RandomFaultEntry
{
    RandomFault fault;
    const char *scenario;  // the scenario it plays (Scenarios.h)
    const char *arg;       // its argument, "" for none
    int perMille;          // how often, in thousandths of all attempts
};

// The stated proportions; they add up to 1000. Retryable failures (crash, hang, API error) are
// 28% of attempts, so with two retries about 2% of subtasks fail all three attempts.
inline constexpr RandomFaultEntry RandomFaultTable[] = {
    {RandomFault::Success, "success", "", 550},
    {RandomFault::Slow, "slow", "5", 120},
    {RandomFault::Flood, "flood", "2", 30},
    {RandomFault::Crash, "crash", "", 70},
    {RandomFault::CrashSignal, "crash", "SEGV", 40},
    {RandomFault::SilentHang, "silent_hang", "", 30},
    {RandomFault::ApiError, "api_error", "", 140},
    {RandomFault::RateLimit, "rate_limit", "", 10},
    {RandomFault::AuthError, "auth_error", "", 10},
};

inline constexpr int randomFaultTotal()
{
    int total = 0;
    for (const RandomFaultEntry &entry : RandomFaultTable)
        total += entry.perMille;
    return total;
}
static_assert(randomFaultTotal() == 1000, "the proportions must add up to 1000");

// splitmix64's finaliser: every input bit reaches every output bit.
inline constexpr std::uint64_t mixBits(std::uint64_t x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

inline constexpr std::uint64_t fnv1a(std::string_view text)
{
    std::uint64_t hash = 1469598103934665603ULL;
    for (const char c : text)
        hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
    return hash;
}

// The fault of attempt (1-based) of the subtask whose prompt, without its marker, is key.
inline constexpr const RandomFaultEntry &pickRandomFault(std::uint64_t seed, std::string_view key, int attempt)
{
    const std::uint64_t draw =
        mixBits(fnv1a(key) ^ mixBits(seed * 0x9e3779b97f4a7c15ULL + static_cast<std::uint64_t>(attempt)));
    int roll = static_cast<int>(draw % 1000);
    for (const RandomFaultEntry &entry : RandomFaultTable) {
        if (roll < entry.perMille)
            return entry;
        roll -= entry.perMille;
    }
    return RandomFaultTable[0];
}

} // namespace orch::fake
