#pragma once

#include "app/core/Mode.h"

#include <QCoreApplication>
#include <QString>

#include <array>
#include <optional>

namespace burgernet {

// The rules every workstation sharing a register must apply alike: they live in the register's
// settings table, only an administrator changes them, and each change is recorded first.
enum class PolicyKey {
    ApprovalThreshold,
    DailyLimit,
    ReauthRecipients,
    SignInMaxFailures,
    SignInDelaySeconds,
    SignInLockMinutes,
    AccountLockFailures,
    IdleLockMinutes,
    PurgeUnsubscribedDays,
    OverlapHours,
};
inline constexpr int kPolicyKeyCount = 10;

struct PolicyRange
{
    int minimum = 0;
    int maximum = 0;
    bool contains(int value) const { return value >= minimum && value <= maximum; }
};

// One policy key, declared once: its stored id (the same path the per-user INI file used, so
// that a value left there can be adopted), default, ranges and meaning.
struct PolicyDescriptor
{
    PolicyKey key;
    const char* id;
    int defaultValue;
    PolicyRange range;
    // Stricter in live mode where a value would switch a safeguard off (an idle lock of 0).
    PolicyRange liveRange;
    const char* description; // English; translated where shown
};

namespace policy {
const std::array<PolicyDescriptor, kPolicyKeyCount>& descriptors();
const PolicyDescriptor& descriptor(PolicyKey key);
std::optional<PolicyKey> fromId(const QString& id);
QString id(PolicyKey key);
PolicyRange rangeFor(PolicyKey key, Mode mode);
QString describe(PolicyKey key); // the meaning, translated
} // namespace policy

// The value of every policy key: the register's, or the default where it holds none.
class PolicyValues
{
public:
    PolicyValues();
    int value(PolicyKey key) const { return m_values[static_cast<size_t>(key)]; }
    void set(PolicyKey key, int value) { m_values[static_cast<size_t>(key)] = value; }
    // Whether the register held this value (false: the default).
    bool stored(PolicyKey key) const { return m_stored[static_cast<size_t>(key)]; }
    void setStored(PolicyKey key, int value)
    {
        set(key, value);
        m_stored[static_cast<size_t>(key)] = true;
    }

private:
    std::array<int, kPolicyKeyCount> m_values{};
    std::array<bool, kPolicyKeyCount> m_stored{};
};

} // namespace burgernet
